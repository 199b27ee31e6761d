import Foundation
import Genealogy
import KeukentafelDomain
import TerminalUI

/// The live conversation screen. Everything the family says becomes an `append`
/// command; the screen changes only when the store answers (`committed`). The keys of
/// each mode live in their own file: capture, scales, records, quick entry, closing.
enum SessionFeature: ScreenFeature {
    typealias State = SessionState

    enum Intent: Sendable {
        // Keys of the capture table (SessionKeys.swift)
        case speaker(Int)
        case workerNote
        case toggleTag(Tag)
        case submit
        case amendLast, retractLast, promoteToGoal
        case prompt(forward: Bool)
        case phase(forward: Bool)
        case toggleTip, nextAudience, openLibrary, nextPanel, familyView, startScale, startClosing, startRecord
        /// In the family view: the plan as it will be printed, and back.
        case planPreview
        case quickEntry, toggleFullPanel, completeName, editPresence
        /// `/`: the search when the capture line is empty, otherwise the character.
        case openSearch(KeyPress)
        case scroll(up: Bool)
        case escape
        /// Any other key: the line editor's.
        case edit(KeyPress)
        case paste(String)
        /// A key in a mode with keys of its own (scale values, a record form, closing …).
        case modeKey(KeyPress)
        // From the shell
        case committed(FamilyRecord)
        case saveFailed(String)
        case pickPrompt(String)
        case retract(UUID)
        /// The worker's answer about a capture line that looks like quick entry.
        case lineIsQuickEntry, lineIsWords
        /// The worker answered a quick-entry question: read `line` again with all `answers` so far.
        case quickEntryAnswered(line: String, answers: [Int])
        /// Back from who is present (Alt-H), with these present now.
        case presenceChosen([UUID])
        /// The clock ticked: a card that has stayed on screen is recorded.
        case tick

        /// True for intents that come from a key press (they clear the status line).
        var isKey: Bool {
            switch self {
            case .paste, .committed, .saveFailed, .pickPrompt, .retract, .lineIsQuickEntry, .lineIsWords, .quickEntryAnswered,
                .presenceChosen,
                .tick:
                return false
            default: return true
            }
        }
    }

    enum Outcome: Equatable {
        /// Open the question library over the session (F2).
        case openLibrary
        /// Ask before leaving; `unsavedText` when words are still on the line.
        case confirmLeave(unsavedText: Bool)
        /// Ask before retracting the entry.
        case confirmRetract(entryID: UUID, text: String)
        /// The session's end is committed; `low` are ratings for the worker to discuss next time.
        case closed(number: Int, low: [Evaluation.LowRating])
        /// Ask whether a capture line that looks like quick entry is meant for the map.
        case confirmQuickEntryLine(String)
        /// Quick entry cannot tell what `line` means: ask, then read it again with `answers` and the choice.
        case askQuickEntry(line: String, answers: [Int], question: QuickEntryQuestion)
        /// Open who is present over the session (someone arrives, leaves, or is new).
        case editPresence
        /// Open the search over the session (`/` on an empty capture line).
        case openSearch
    }

    static var keys: KeyTable<Intent> { SessionKeys.capture }

    static func intent(for event: InputEvent, _ s: SessionState, _ context: ScreenContext) -> Intent? {
        switch event {
        case .paste(let text):
            return .paste(text)
        case .key(let press):
            switch s.mode {
            case .familyView, .scaleValues, .closing, .evaluation, .record:
                return .modeKey(press)
            case .capture, .amend, .scaleTopic, .closingCorrections, .quickEntry, .goalShaping:
                return SessionKeys.capture.intent(for: press) ?? .edit(press)
            }
        default:
            return nil
        }
    }

    static func reduce(_ s: inout SessionState, _ intent: Intent, _ context: ScreenContext) -> Step<Outcome> {
        if intent.isKey { s.status = nil }
        switch intent {
        case .committed(let record):
            return applyCommit(record, &s)
        case .saveFailed(let detail):
            s.awaitingSave = false
            s.saveProblem = detail
            // The card may not have reached the store: record it again with the next write.
            s.recordedCard = s.session?.cards.last?.promptID
            return .none
        case .tick:
            return SessionCards.settled(&s, context)
        case .pickPrompt(let id):
            return pick(id, &s, context)
        case .retract(let entry):
            return append(&s, [.entryRetracted(.init(entryID: entry))], context)
        case .presenceChosen(let present):
            guard present != s.session?.present else { return .none }
            // The speaker stays only if still here; otherwise the first one present speaks.
            if case .member(let id) = s.speaker, !present.contains(id) {
                s.speaker = present.first.map { .member($0) } ?? .worker
            }
            if let last = s.lastFamilySpeaker, !present.contains(last) { s.lastFamilySpeaker = present.first }
            return append(&s, [.presenceChanged(.init(present: present))], context)
        case .lineIsWords:
            return s.mode == .capture ? CaptureMode.submit(&s, context, asWords: true) : .none
        case .lineIsQuickEntry:
            guard s.mode == .capture else { return .none }
            let line = s.editor.text
            s.editor.setText("")
            QuickEntryMode.open(&s)
            s.editor.setText(line)
            return QuickEntryMode.submit(&s, context)
        case .quickEntryAnswered(let line, let answers):
            // Only the very line that was asked about, still on the quick-entry line.
            guard s.mode == .quickEntry, s.editor.text.trimmingCharacters(in: .whitespacesAndNewlines) == line else { return .none }
            return QuickEntryMode.submit(&s, context, answers: answers)
        case .paste(let text):
            return paste(text, &s)
        case .modeKey(let press):
            return modeKey(press, &s, context)
        case .submit:
            return submit(&s, context)
        case .escape:
            return escape(&s)
        case .completeName:
            switch s.mode {
            case .quickEntry: QuickEntryMode.complete(&s)
            case .scaleTopic: ScaleMode.cycleKind(&s)
            default: _ = s.editor.handle(KeyPress(.tab))
            }
            return .none
        case .edit(let press):
            _ = s.editor.handle(press)
            return .none
        default:
            return CaptureMode.reduce(intent, &s, context)
        }
    }

    /// Events for this session, stamped by the environment, as one durable append.
    static func append(_ s: inout SessionState, _ payloads: [EventPayload], _ context: ScreenContext, awaitingSave: Bool = true) -> Step<
        Outcome
    > {
        if awaitingSave { s.awaitingSave = true }
        // The card the words were said under goes first, so review shows them together; a
        // phase or presence change alone is no answer to it (leafing on through the phases).
        let answers = payloads.contains { p in
            switch p {
            case .phaseChanged, .presenceChanged: return false
            default: return true
            }
        }
        let card = answers ? SessionCards.pending(&s, context) : []
        return .run([.append(card + context.env.events(family: s.record.familyID, session: s.sessionID, payloads))])
    }

    /// Enter: save what is on the line, in the way the mode says.
    private static func submit(_ s: inout SessionState, _ context: ScreenContext) -> Step<Outcome> {
        switch s.mode {
        case .capture, .amend: return CaptureMode.submit(&s, context)
        case .scaleTopic: return ScaleMode.submitTopic(&s, context)
        case .goalShaping(let source): return CaptureMode.submitGoal(source: source, &s, context)
        case .quickEntry: return QuickEntryMode.submit(&s, context)
        case .closingCorrections: return ClosingMode.submitCorrections(&s, context)
        default: return .none
        }
    }

    private static func escape(_ s: inout SessionState) -> Step<Outcome> {
        switch s.mode {
        case .amend, .scaleTopic, .quickEntry, .goalShaping:
            s.returnToCapture()
        case .closingCorrections:
            s.editor.setText("")
            s.mode = .closing
        case _ where s.fullPanel:
            s.fullPanel = false
        default:
            return .report(.confirmLeave(unsavedText: !s.editor.isEmpty))
        }
        return .none
    }

    private static func paste(_ text: String, _ s: inout SessionState) -> Step<Outcome> {
        switch s.mode {
        case .capture, .amend, .closingCorrections, .scaleTopic, .quickEntry, .goalShaping:
            return .pasted(s.editor.insert(text), into: s.editor)
        case .record(var draft) where !draft.choosing:
            guard draft.form.paste(text) else { return .refused(draft.form.fields[draft.form.focus].editor) }
            s.mode = .record(draft)
            return .none
        default:
            return .none
        }
    }

    private static func modeKey(_ press: KeyPress, _ s: inout SessionState, _ context: ScreenContext) -> Step<Outcome> {
        switch s.mode {
        case .familyView:
            switch SessionKeys.familyView.intent(for: press) {
            case .familyView?:
                s.mode = .capture
                s.planPreview = false
            case .planPreview?:
                s.planPreview.toggle()
                s.familyScroll = 0
            case .scroll(let up)?: scrollFamily(up: up, page: press.key == .pageUp || press.key == .pageDown, &s, context)
            default: break
            }
            return .none
        case .scaleValues(let scale, let index):
            return ScaleMode.valueKey(press, scale: scale, index: index, &s, context)
        case .closing:
            return ClosingMode.closingKey(press, &s, context)
        case .evaluation(let progress):
            return EvaluationMode.key(press, progress, &s, context)
        case .record(var draft):
            let step = RecordMode.key(press, &draft, &s, context)
            if case .record = s.mode { s.mode = .record(draft) }
            return step
        case .capture, .amend, .scaleTopic, .closingCorrections, .quickEntry, .goalShaping:
            return .none
        }
    }

    /// Scrolls the family view or the closing summary by a line or a page.
    static func scrollFamily(up: Bool, page: Bool, _ s: inout SessionState, _ context: ScreenContext) {
        let step = page ? max(1, context.terminalSize.height - 8) : 1
        s.familyScroll = up ? max(0, s.familyScroll - step) : s.familyScroll + step
    }

    /// Back from the question library with a question for the card (its phase if needed).
    private static func pick(_ id: String, _ s: inout SessionState, _ context: ScreenContext) -> Step<Outcome> {
        guard let prompt = context.prompts.prompt(id, context.language) else { return .none }
        var step = Step<Outcome>.none
        if !prompt.phases.contains(s.phase), let phase = prompt.phases.first {
            s.phase = phase
            step = append(&s, [.phaseChanged(.init(phase: phase))], context, awaitingSave: false)
        }
        s.promptIndex = s.prompts(context.prompts, context.language).firstIndex(of: prompt) ?? 0
        return step
    }

    /// The store committed: take its record and finish what the keys started.
    private static func applyCommit(_ record: FamilyRecord, _ s: inout SessionState) -> Step<Outcome> {
        s.record = record
        s.phase = s.session?.phases.last?.phase ?? s.phase
        if s.session?.ended != nil { return .report(.closed(number: s.session?.number ?? 0, low: EvaluationMode.flagged(s))) }
        guard s.awaitingSave else { return .none }
        let savedLine = s.savingLine
        s.awaitingSave = false
        s.savingLine = false
        s.saveProblem = nil
        switch s.mode {
        case .capture:
            // A retraction or a record also commits here; only the saved line clears it.
            guard savedLine else { break }
            s.editor.setText("")
            s.tag = nil
            s.scrollBack = 0
            // A note is one entry: the line goes back to the family member who spoke last.
            if s.speaker.isWorker, let last = s.lastFamilySpeaker, s.present.contains(where: { $0.id == last }) {
                s.speaker = .member(last)
            }
        case .amend:
            s.returnToCapture()
        case .scaleTopic:
            s.editor.setText("")
            if let scale = s.record.scales.last { s.mode = .scaleValues(scale: scale.id, index: 0) }
        case .closing:
            s.editor.setText("")
            s.mode = .evaluation(EvaluationProgress())
        case .closingCorrections:
            // Back to the summary, now with the correction, for the family to confirm.
            s.editor.setText("")
            s.mode = .closing
        case .record:
            s.mode = .capture
        case .quickEntry:
            s.editor.setText("")  // stays in quick entry: people come in runs
        case .goalShaping:
            s.returnToCapture()
        case .scaleValues, .familyView, .evaluation:
            break
        }
        return .none
    }
}
