import Foundation
import KeukentafelDomain
import Genealogy
import PromptLibrary
import TerminalUI

/// Keys on the live conversation screen. Everything the family says becomes an
/// `append` command; the screen changes only when the store answers `appended`.
enum SessionScreen {
    static func resume(_ record: FamilyRecord, _ sessionID: UUID) -> SessionState {
        var s = SessionState(record: record, sessionID: sessionID)
        s.status = .resumedSession(s.session?.number ?? 0)
        return s
    }

    /// The store committed: take its record and finish what the keys started.
    static func committed(_ record: FamilyRecord, _ s: inout SessionState) {
        s.record = record
        s.phase = s.session?.phases.last?.phase ?? s.phase
        guard s.awaitingSave else { return }
        s.awaitingSave = false
        s.saveProblem = nil
        switch s.mode {
        case .capture:
            s.editor.setText("")
            s.tag = nil
            s.scrollBack = 0
        case .amend:
            s.editor.setText("")
            s.mode = .capture
        case .scaleTopic:
            s.editor.setText("")
            if let scale = s.record.scales.last { s.mode = .scaleValues(scale: scale.id, index: 0) }
        case .closing, .closingCorrections:
            s.editor.setText("")
            s.mode = .evaluation(index: 0, ratings: [:])
        case .record:
            s.mode = .capture
        case .quickEntry:
            s.editor.setText("")  // stays in quick entry: people come in runs
        case .scaleValues, .familyView, .evaluation:
            break
        }
    }

    static func handle(_ event: InputEvent, _ s: inout SessionState, _ state: inout AppState) -> [AppCommand] {
        let catalog = state.prompts, language = state.language
        switch event {
        case .paste(let text):
            switch s.mode {
            case .capture, .amend, .closingCorrections, .scaleTopic, .quickEntry: s.editor.insert(text)
            case .record(var draft) where !draft.choosing:
                draft.form.paste(text)
                s.mode = .record(draft)
            default: break
            }
            return []
        case .key(let k):
            s.status = nil
            switch s.mode {
            case .familyView:
                if k.key == .function(8) || k.key == .escape { s.mode = .capture }
                return []
            case .scaleValues(let scale, let index):
                return scaleValue(k, scale, index, &s)
            case .closing:
                return closingKey(k, &s)
            case .evaluation(let index, let ratings):
                return evaluationKey(k, index, ratings, &s, catalog, language)
            case .record(var draft):
                return recordKey(k, &draft, &s, &state)
            case .capture, .amend, .scaleTopic, .closingCorrections, .quickEntry:
                return textKey(k, &s, &state)
            }
        default:
            return []
        }
    }

    // MARK: Typing

    private static func textKey(_ k: KeyPress, _ s: inout SessionState, _ state: inout AppState) -> [AppCommand] {
        let catalog = state.prompts, language = state.language
        if k.modifiers == .alt, case .character(let c) = k.key {
            return altKey(Character(c.lowercased()), &s, &state)
        }
        switch k.key {
        case .enter where k.modifiers.isEmpty:
            return submit(&s, catalog, language)
        case .escape:
            switch s.mode {
            case .amend, .scaleTopic, .quickEntry:
                s.editor.setText("")
                s.mode = .capture
            case .closingCorrections:
                s.editor.setText("")
                s.mode = .closing
            case _ where s.fullPanel:
                s.fullPanel = false
            default:
                var message = state.t(.leaveMessage)
                if !s.editor.isEmpty { message += " " + state.t(.leaveUnsavedText) }
                state.overlay = .dialog(Dialog(title: state.t(.leaveTitle), message: message,
                                               buttons: [state.t(.keep), state.t(.leaveConfirm)]), .leaveSession)
            }
            return []
        case .function(2):
            // All phases: the card already walks this phase; the library is for any other question.
            var browser = PromptBrowserState(catalog: catalog, language: language)
            browser.returnTo = s
            state.screen = .promptBrowser(browser)
            return []
        case .function(3), .function(4):
            let n = s.prompts(catalog, language).count
            if n > 0 { s.promptIndex = (s.promptIndex + (k.key == .function(4) ? 1 : n - 1)) % n }
            return []
        case .function(5), .function(6):
            let all = Phase.allCases
            let i = all.firstIndex(of: s.phase) ?? 0
            let next = all[(i + (k.key == .function(6) ? 1 : all.count - 1)) % all.count]
            s.promptIndex = 0
            s.phase = next
            return [.append(family: s.record.familyID, session: s.sessionID, payloads: [.phaseChanged(.init(phase: next))])]
        case .function(7):
            let all = SidePanel.allCases
            s.panel = all[(s.panel.rawValue + 1) % all.count]
            return []
        case .function(8):
            s.mode = .familyView
            return []
        case .function(9):
            s.mode = .scaleTopic
            s.editor.setText("")
            return []
        case .function(10):
            s.mode = .closing
            return []
        case .function(12):
            s.mode = s.mode == .quickEntry ? .capture : .quickEntry
            s.editor.setText("")
            if s.panel != .genogram && s.panel != .network { s.panel = .genogram }
            return []
        case .tab where s.mode == .quickEntry:
            // Complete the name being typed (after "van"/"of", or the first one).
            let text = s.editor.text
            let start = text.range(of: " van ", options: .backwards)?.upperBound ?? text.range(of: " of ", options: .backwards)?.upperBound
                ?? text.range(of: ", ", options: .backwards)?.upperBound ?? text.startIndex
            let prefix = String(text[start...])
            if let name = QuickEntry.complete(prefix, genogram: s.record.genogram, members: s.record.members, contacts: s.record.networkContacts).first {
                s.editor.setText(String(text[..<start]) + name)
            }
            return []
        case .function(11):
            let technique = s.currentPrompt(catalog, language)?.technique
            s.mode = .record(RecordDraft(suggested: RecordKind.suggested(for: technique), language: language))
            return []
        case .pageUp:
            s.scrollBack += max(1, state.terminalSize.height / 3)
            return []
        case .pageDown:
            s.scrollBack = max(0, s.scrollBack - max(1, state.terminalSize.height / 3))
            return []
        default:
            _ = s.editor.handle(k)
            return []
        }
    }

    private static func altKey(_ c: Character, _ s: inout SessionState, _ state: inout AppState) -> [AppCommand] {
        if let n = c.wholeNumberValue {
            if n == 0 { s.speaker = .worker } else if s.present.indices.contains(n - 1) { s.speaker = .member(s.present[n - 1].id) }
            return []
        }
        let tags: [Character: Tag] = ["e": .exception, "g": .goal, "s": .strength, "w": .worry, "m": .miracleSign,
                                      "c": .coping, "a": .agreement, "k": .complimentGiven]
        if let tag = tags[c] {
            s.tag = s.tag == tag ? nil : tag
            return []
        }
        switch c {
        case "t": s.showTip.toggle()
        case "z": s.fullPanel.toggle()
        case "v":
            let all = Audience.allCases
            s.audience = all[((all.firstIndex(of: s.audience) ?? 0) + 1) % all.count]
        case "u":
            guard s.mode == .capture, let last = s.lastEntry else { return [] }
            s.mode = .amend(last.id)
            s.editor.setText(last.text)
        case "x":
            guard let last = s.lastEntry else { return [] }
            state.overlay = .dialog(Dialog(title: state.t(.retractTitle), message: state.t(.retractMessage(last.text.truncated(cells: 60))),
                                           buttons: [state.t(.keep), state.t(.retractConfirm)]), .retract(last.id))
        case "p":
            guard let source = s.transcript.last(where: { !$0.retracted && ($0.tags.contains(.exception) || $0.tags.contains(.miracleSign)) }) else {
                s.status = .nothingToPromote
                return []
            }
            s.status = .promoted(source.text.truncated(cells: 50))
            return [.append(family: s.record.familyID, session: s.sessionID,
                            payloads: [.goalSet(.init(goalID: UUID(), text: source.text, sourceEntries: [source.id]))])]
        default: break
        }
        return []
    }

    /// Enter: save what is on the line, as the family's words, a note, a correction, a scale topic.
    private static func submit(_ s: inout SessionState, _ catalog: PromptCatalog, _ language: Language) -> [AppCommand] {
        let text = s.editor.text
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let family = s.record.familyID, session = s.sessionID
        switch s.mode {
        case .capture:
            guard !trimmed.isEmpty else { return [] }
            let entry = UUID()
            var payloads: [EventPayload]
            switch s.speaker {
            case .member(let id):
                payloads = [.utteranceRecorded(.init(entryID: entry, speaker: id, text: text, tags: s.tag.map { [$0] } ?? []))]
                if let link = answerTarget(s, catalog, language) { payloads.append(.answerLinked(.init(entryID: entry, target: link))) }
            case .worker:
                payloads = [.noteRecorded(.init(entryID: entry, text: text, tags: s.tag.map { [$0] } ?? []))]
            }
            s.awaitingSave = true
            return [.append(family: family, session: session, payloads: payloads)]
        case .amend(let id):
            guard !trimmed.isEmpty else { return [] }
            s.awaitingSave = true
            return [.append(family: family, session: session, payloads: [.entryAmended(.init(entryID: id, text: text))])]
        case .scaleTopic:
            if trimmed.isEmpty {
                guard let previous = s.record.scales.last else { return [] }
                s.editor.setText("")
                s.mode = .scaleValues(scale: previous.id, index: 0)
                return []
            }
            let fold = { (x: String) in x.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
            if let same = s.record.scales.last(where: { fold($0.topic) == fold(trimmed) }) {
                s.editor.setText("")
                s.mode = .scaleValues(scale: same.id, index: 0)
                return []
            }
            s.awaitingSave = true
            let kind: ScaleKind
            switch s.currentPrompt(catalog, language)?.technique {
            case .safetyScale?, .signsOfSafety?: kind = .safety
            case .burdenScale?: kind = .burden
            default: kind = s.phase == .questions ? .burden : .goal
            }
            return [.append(family: family, session: session, payloads: [.scaleDefined(.init(scaleID: UUID(), topic: trimmed, kind: kind))])]
        case .quickEntry:
            guard !trimmed.isEmpty else { return [] }
            var ids = SeededIDs(seed: UInt64.random(in: 1...UInt64.max))
            switch QuickEntry.interpret(trimmed, record: s.record, year: s.currentYear, ids: &ids) {
            case .success(let outcome):
                guard !outcome.payloads.isEmpty else { return [] }
                s.awaitingSave = true
                s.panel = outcome.target == .network ? .network : .genogram
                return [.append(family: family, session: session, payloads: outcome.payloads)]
            case .failure(let problem):
                s.status = .quickEntryProblem(problem.kind)
                return []
            }
        case .closingCorrections:
            guard !trimmed.isEmpty else { return [] }
            s.awaitingSave = true
            return [.append(family: family, session: session, payloads: [.summaryChecked(.init(confirmed: false, corrections: text))])]
        default:
            return []
        }
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

    // MARK: Structured records

    private static func recordKey(_ k: KeyPress, _ draft: inout RecordDraft, _ s: inout SessionState, _ state: inout AppState) -> [AppCommand] {
        defer { if case .record = s.mode { s.mode = .record(draft) } }
        if draft.choosing {
            if draft.menu.handle(k, pageSize: RecordKind.allCases.count) { return [] }
            switch k.key {
            case .enter:
                draft.kind = RecordKind.allCases[draft.menu.selected]
                draft.form = RecordForms.form(draft.kind, state.language)
                draft.choosing = false
            case .escape:
                s.mode = .capture
            default: break
            }
            return []
        }
        switch draft.form.handle(k) {
        case .cancel:
            draft.choosing = true
        case .submit:
            switch RecordForms.payloads(draft.kind, draft.form, s) {
            case .failure(let problem):
                draft.form.errors[problem.field] = state.t(problem.message)
                draft.form.focus(problem.field)
            case .success(let payloads):
                s.awaitingSave = true
                return [.append(family: s.record.familyID, session: s.sessionID, payloads: payloads)]
            }
        default: break
        }
        return []
    }

    // MARK: Scales, closing, evaluation

    /// 0–9 or t (10) sets the value; space skips; Esc stops.
    private static func scaleValue(_ k: KeyPress, _ scale: UUID, _ index: Int, _ s: inout SessionState) -> [AppCommand] {
        let present = s.present
        guard case .character(let c) = k.key, k.modifiers.isEmpty else {
            if k.key == .escape || k.key == .enter { s.mode = .capture }
            return []
        }
        let value: Int?
        switch c {
        case "t", "T": value = 10
        case " ": value = nil
        default:
            guard let n = c.wholeNumberValue else { return [] }
            value = n
        }
        let next = index + 1
        s.mode = next < present.count ? .scaleValues(scale: scale, index: next) : .capture
        guard let value, present.indices.contains(index) else { return [] }
        return [.append(family: s.record.familyID, session: s.sessionID,
                        payloads: [.scaleValueSet(.init(scaleID: scale, memberID: present[index].id, value: value))])]
    }

    private static func closingKey(_ k: KeyPress, _ s: inout SessionState) -> [AppCommand] {
        switch k.key {
        case .character("j"), .character("y"), .character("J"), .character("Y"):
            s.awaitingSave = true
            return [.append(family: s.record.familyID, session: s.sessionID, payloads: [.summaryChecked(.init(confirmed: true))])]
        case .character("c"), .character("C"):
            s.mode = .closingCorrections
            s.editor.setText("")
        case .escape, .function(10):
            s.mode = .capture
        default: break
        }
        return []
    }

    /// The evaluation items, from `Prompts/` (ids starting with `evaluation-item-`).
    static func evaluationItems(_ catalog: PromptCatalog, _ language: Language) -> [Prompt] {
        (catalog.prompts[language] ?? []).filter { $0.id.hasPrefix("evaluation-item-") }.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
    }

    private static func evaluationKey(_ k: KeyPress, _ index: Int, _ ratings: [String: Int], _ s: inout SessionState,
                                      _ catalog: PromptCatalog, _ language: Language) -> [AppCommand] {
        let items = evaluationItems(catalog, language)
        guard case .character(let c) = k.key, k.modifiers.isEmpty else {
            if k.key == .escape { s.mode = .closing }
            return []
        }
        var r = ratings
        switch c {
        case "t", "T": if items.indices.contains(index) { r[items[index].id] = 10 }
        case " ": break
        default:
            guard let n = c.wholeNumberValue else { return [] }
            if items.indices.contains(index) { r[items[index].id] = n }
        }
        if index + 1 < items.count {
            s.mode = .evaluation(index: index + 1, ratings: r)
            return []
        }
        s.mode = .evaluation(index: index + 1, ratings: r)
        s.awaitingSave = true
        return [.append(family: s.record.familyID, session: s.sessionID,
                        payloads: [.evaluationRecorded(.init(ratings: r)), .sessionEnded(.init())])]
    }
}
