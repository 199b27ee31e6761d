import Foundation
import Genealogy
import KeukentafelDomain
import PromptLibrary
import TerminalUI

/// Capturing words: who speaks, tags, the prompt card, corrections, and the keys that
/// switch to another mode.
enum CaptureMode {
    typealias Intent = SessionFeature.Intent
    typealias Outcome = SessionFeature.Outcome

    static func reduce(_ intent: Intent, _ s: inout SessionState, _ context: ScreenContext) -> Step<Outcome> {
        let catalog = context.prompts
        let language = context.language
        switch intent {
        case .speaker(let n):
            if s.present.indices.contains(n - 1) {
                s.speaker = .member(s.present[n - 1].id)
                s.lastFamilySpeaker = s.present[n - 1].id
            }
        case .workerNote:
            // Alt-0 once: a private note; again: what the worker says aloud.
            s.speaker = s.speaker == .worker ? .workerAloud : .worker
        case .toggleTag(let tag):
            s.tag = s.tag == tag ? nil : tag
        case .toggleTip:
            s.showTip.toggle()
        case .toggleFullPanel:
            s.fullPanel.toggle()
        case .nextAudience:
            let all = Audience.allCases
            s.audience = all[((all.firstIndex(of: s.audience) ?? 0) + 1) % all.count]
        case .amendLast:
            guard s.mode == .capture, let last = s.lastEntry else { return .none }
            s.takeLine(for: .amend(last.id), text: last.text)
        case .retractLast:
            guard let last = s.lastEntry else { return .none }
            return .report(.confirmRetract(entryID: last.id, text: last.text))
        case .promoteToGoal:
            return promote(&s, context)
        case .prompt(let forward):
            let n = s.prompts(catalog, language).count
            if n > 0 { s.promptIndex = (s.promptIndex + (forward ? 1 : n - 1)) % n }
        case .phase(let forward):
            let all = Phase.allCases
            let i = all.firstIndex(of: s.phase) ?? 0
            let next = all[(i + (forward ? 1 : all.count - 1)) % all.count]
            s.promptIndex = 0
            s.phase = next
            return SessionFeature.append(&s, [.phaseChanged(.init(phase: next))], context, awaitingSave: false)
        case .openLibrary:
            return .report(.openLibrary)
        case .editPresence:
            return .report(.editPresence)
        case .openSearch(let press):
            // Only an empty capture line: anywhere else `/` is what the family said.
            // A practice round searches nothing: the store's search is the real families'.
            if s.mode == .capture, s.editor.isEmpty, s.session?.kind != .practice { return .report(.openSearch) }
            _ = s.editor.handle(press)
        case .nextPanel:
            let all = SidePanel.allCases
            s.panel = all[(s.panel.rawValue + 1) % all.count]
        case .familyView:
            s.mode = .familyView
            s.familyScroll = 0
        case .startScale:
            guard s.mode == .capture else { return .none }
            ScaleMode.start(&s, context)
        case .startClosing:
            s.mode = .closing
            s.familyScroll = 0
        case .quickEntry:
            QuickEntryMode.open(&s)
        case .startRecord:
            let technique = s.currentPrompt(catalog, language)?.technique
            let number: String
            switch s.speaker {
            case .member(let id): number = s.present.firstIndex { $0.id == id }.map { String($0 + 1) } ?? ""
            case .worker, .workerAloud: number = "0"
            }
            s.mode = .record(RecordDraft(suggested: RecordKind.suggested(for: technique), language: language, speakerNumber: number))
        case .scroll(let up):
            let page = max(1, context.terminalSize.height / 3)
            s.scrollBack = up ? s.scrollBack + page : max(0, s.scrollBack - page)
        default:
            break
        }
        return .none
    }

    /// Enter while capturing: the family's words (or a note); while correcting: the amendment.
    /// `asWords`: the worker confirmed that a line that looks like quick entry is the
    /// family's words after all.
    static func submit(_ s: inout SessionState, _ context: ScreenContext, asWords: Bool = false) -> Step<Outcome> {
        let text = s.editor.text
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return .none }
        if case .amend(let id) = s.mode {
            s.savingLine = true
            return SessionFeature.append(&s, [.entryAmended(.init(entryID: id, text: text))], context)
        }
        // "netwerk: …" on the capture line is more likely meant for the map: ask first.
        if !asWords, QuickEntry.looksLikeQuickEntry(text) { return .report(.confirmQuickEntryLine(text)) }
        s.savingLine = true
        let entry = context.env.newID()
        let tags = s.tag.map { [$0] } ?? []
        var payloads: [EventPayload]
        switch s.speaker {
        case .member(let id):
            payloads = [.utteranceRecorded(.init(entryID: entry, speaker: id, text: text, tags: tags))]
            if let link = answerTarget(s, context.prompts, context.language) {
                payloads.append(.answerLinked(.init(entryID: entry, target: link)))
            }
        case .worker:
            payloads = [.noteRecorded(.init(entryID: entry, text: text, tags: tags))]
        case .workerAloud:
            payloads = [.workerSaid(.init(entryID: entry, text: text, tags: tags))]
        }
        return SessionFeature.append(&s, payloads, context)
    }

    /// Alt-P: the last exception or miracle sign becomes a goal, linked to the words.
    private static func promote(_ s: inout SessionState, _ context: ScreenContext) -> Step<Outcome> {
        guard let source = s.transcript.last(where: { !$0.retracted && ($0.tags.contains(.exception) || $0.tags.contains(.miracleSign)) })
        else {
            s.status = .session(.nothingToPromote)
            return .none
        }
        // A goal is the family's, in their words: the worker's own note never becomes one.
        guard !source.isWorkers else {
            s.status = .session(.noteIsNotAGoal)
            return .none
        }
        // A short shaping step: the words come onto the line to be made positive and
        // concrete with the family; whose goal it is starts as who said them.
        if let speaker = source.speaker { s.speaker = .member(speaker) }
        s.takeLine(for: .goalShaping(source: source.id), text: source.text)
        return .none
    }

    /// Enter while shaping a goal: their goal in their words, linked to the words it came
    /// from, owned by whoever speaks (the worker cannot own the family's goal).
    static func submitGoal(source: UUID, _ s: inout SessionState, _ context: ScreenContext) -> Step<Outcome> {
        let text = s.editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .none }
        guard case .member(let owner) = s.speaker else {
            s.status = .session(.goalNeedsOwner)
            return .none
        }
        s.status = .sessionFormat(.promoted(text.truncated(cells: 50)))
        let goal = EventPayload.goalSet(.init(goalID: context.env.newID(), text: text, sourceEntries: [source], owners: [owner]))
        return SessionFeature.append(&s, [goal], context)
    }

    /// What an answer belongs to: the current scale for scaling follow-ups, or the prompt
    /// itself for own-strength, network, Drieluik, Signs of Safety, options and preferences.
    static func answerTarget(_ s: SessionState, _ catalog: PromptCatalog, _ language: Language) -> AnswerTarget? {
        guard let prompt = s.currentPrompt(catalog, language) else { return nil }
        switch prompt.technique {
        case .scaling, .burdenScale, .safetyScale:
            return s.currentScale.map { .scale($0.id) }
        case .ownStrength, .network, .networkAssessment, .drieluik, .signsOfSafety, .options, .preferences:
            return .prompt(prompt.id)
        default:
            return nil
        }
    }
}
