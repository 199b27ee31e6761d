import Foundation
import Genealogy
import KeukentafelDomain
import TerminalUI

/// Quick entry (F12): one line at a time adds people to the genogram or contacts to the
/// network map while the family talks.
enum QuickEntryMode {
    typealias Outcome = SessionFeature.Outcome

    /// F12 opens quick entry and never closes it: a second F12 must not send the next
    /// `netwerk:` line into the family's words. Esc leaves.
    static func open(_ s: inout SessionState) {
        guard s.mode != .quickEntry else { return }
        s.takeLine(for: .quickEntry)
        if s.panel != .genogram && s.panel != .network { s.panel = .genogram }
    }

    /// Tab completes the name being typed (after "van"/"of", or the first one).
    static func complete(_ s: inout SessionState) {
        let text = s.editor.text
        let start =
            text.range(of: " van ", options: .backwards)?.upperBound ?? text.range(of: " of ", options: .backwards)?.upperBound
            ?? text.range(of: ", ", options: .backwards)?.upperBound ?? text.startIndex
        let prefix = String(text[start...])
        let names = QuickEntry.complete(prefix, genogram: s.record.genogram, members: s.record.members, contacts: s.record.networkContacts)
        if let name = names.first { s.editor.setText(String(text[..<start]) + name) }
    }

    /// Enter (or an answer to its question, with `answers` so far): the line into the record,
    /// a question when it can mean more than one thing, or what is wrong with it.
    static func submit(_ s: inout SessionState, _ context: ScreenContext, answers: [Int] = []) -> Step<Outcome> {
        let trimmed = s.editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return .none }
        var ids = EnvironmentIDs(env: context.env)
        switch QuickEntry.interpret(trimmed, record: s.record, year: s.currentYear(context.env.now()), answers: answers, ids: &ids) {
        case .success(let outcome):
            guard !outcome.payloads.isEmpty else { return .none }
            s.panel = outcome.target == .network ? .network : .genogram
            return SessionFeature.append(&s, outcome.payloads, context)
        case .failure(let problem):
            if case .question(let question) = problem.kind {
                return .report(.askQuickEntry(line: trimmed, answers: answers, question: question))
            }
            s.status = .genogramFormat(.quickEntryProblem(problem.kind))
            return .none
        }
    }
}
