import Foundation
import KeukentafelDomain
import PromptLibrary
import TerminalUI

/// Closing (F10): the summary confirmed (j/y) or corrected (c), then each present
/// person's rating of the conversation (EvaluationMode), which ends the session.
enum ClosingMode {
    typealias Outcome = SessionFeature.Outcome

    static func closingKey(_ press: KeyPress, _ s: inout SessionState, _ context: ScreenContext) -> Step<Outcome> {
        switch press.key {
        case .character("j"), .character("y"), .character("J"), .character("Y"):
            return SessionFeature.append(&s, [.summaryChecked(.init(confirmed: true))], context)
        case .character("c"), .character("C"):
            s.mode = .closingCorrections
            s.editor.setText("")
        case .escape, .function(10):
            s.mode = .capture
        case .up, .down, .pageUp, .pageDown:
            // A long summary scrolls: the family reads all of it before they confirm.
            let up = press.key == .up || press.key == .pageUp
            SessionFeature.scrollFamily(up: up, page: press.key == .pageUp || press.key == .pageDown, &s, context)
        default:
            break
        }
        return .none
    }

    /// A correction is someone's words: recorded under their name, linked to the check,
    /// and the summary comes back with it for the family to confirm.
    static func submitCorrections(_ s: inout SessionState, _ context: ScreenContext) -> Step<Outcome> {
        let text = s.editor.text
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return .none }
        guard case .member(let speaker) = s.speaker else {
            s.status = .session(.correctionNeedsSpeaker)
            return .none
        }
        let entry = context.env.newID()
        return SessionFeature.append(
            &s,
            [
                .utteranceRecorded(.init(entryID: entry, speaker: speaker, text: text)),
                .summaryChecked(.init(confirmed: false, corrections: text, entryID: entry)),
            ], context)
    }

    /// This session's corrections of the summary, with who gave them, oldest first.
    static func corrections(_ s: SessionState) -> [FamilyRecord.Entry] {
        let linked = Set(s.record.summaries.compactMap(\.entryID))
        return s.transcript.filter { linked.contains($0.id) && !$0.retracted }
    }
}
