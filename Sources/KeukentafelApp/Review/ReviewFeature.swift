import Foundation
import KeukentafelDomain
import TerminalUI

/// Looking back at a recorded session: choose a session, then step through it entry by
/// entry (or play it at its own pace), with the side panel as it stood at that moment,
/// and annotate any step. Nothing here changes the family's words: annotations are
/// their own events.
enum ReviewFeature: ScreenFeature {
    typealias State = ReviewState

    enum Intent: Sendable {
        case move(KeyPress)
        case open
        case back
        case previousPhase, nextPhase
        case togglePlay
        case faster, slower
        case nextPanel
        case scrollPanel(Int)
        case annotate
        case progress
        case draftKey(KeyPress)
        case draftPaste(String)
        case draftCode(Int)
        case saveDraft
        case cancelDraft
        case tick(Date)
        /// An annotation was committed; the record holds it.
        case committed(FamilyRecord)
        case saveFailed(String)
    }

    enum Outcome: Equatable {
        case back
        /// The family over time, from this family's record.
        case progress(FamilyRecord)
    }

    static let speeds = [1, 2, 4, 8, 16, 32]
    /// A pause longer than this in the session is shortened while playing.
    static let longestPause: TimeInterval = 120

    static let keys = KeyTable<Intent>([
        .moveInList(hintOrder: 0) { .move($0) },
        KeyBinding("Enter", .review(.helpOpenSession), hints: [KeyHint(.common(.hintOpen), order: 1)], on: [Keys.enter], .open),
        KeyBinding(
            "[ ]", .review(.helpPhaseJump), hints: [KeyHint(.review(.hintPhase), order: 2)],
            match: { press in
                guard press.modifiers.isEmpty else { return nil }
                if press.key == .character("[") { return .previousPhase }
                if press.key == .character("]") { return .nextPhase }
                return nil
            }),
        KeyBinding(
            "Space", .review(.helpPlay), hints: [KeyHint(.review(.hintPlay), order: 3)], on: [KeyPress(.character(" "))], .togglePlay),
        KeyBinding(
            "+ -", .review(.helpSpeed),
            match: { press in
                if press.key == .character("+") || press.key == .character("=") { return .faster }
                if press.key == .character("-") { return .slower }
                return nil
            }),
        KeyBinding("Tab", .review(.helpPanel), hints: [KeyHint(.review(.hintPanel), order: 4)], on: [KeyPress(.tab)], .nextPanel),
        KeyBinding(
            "{ }", .review(.helpPanelScroll),
            match: { press in
                if press.key == .character("{") { return .scrollPanel(-5) }
                if press.key == .character("}") { return .scrollPanel(5) }
                return nil
            }),
        KeyBinding("a", .review(.helpAnnotate), hints: [KeyHint(.review(.hintAnnotate), order: 5)], on: Keys.letter("a"), .annotate),
        KeyBinding("o", .review(.helpProgress), hints: [KeyHint(.review(.hintProgress), order: 6)], on: Keys.letter("o"), .progress),
        .back(hintOrder: 7, .back),
        .documented("F1", .common(.helpHelp), hints: [KeyHint(.common(.hintHelp), order: 8)]),
        .interrupt,
    ])

    /// The keys while an annotation is being written.
    static let draftKeys = KeyTable<Intent>([
        .documented("a-z …", .review(.helpDraftType)),
        KeyBinding(
            "↑ ↓", .review(.helpDraftCode), hints: [KeyHint(.review(.hintCode), order: 0, key: "↑↓")],
            match: { press in
                guard press.modifiers.isEmpty else { return nil }
                if press.key == .up { return .draftCode(-1) }
                if press.key == .down { return .draftCode(1) }
                return nil
            }),
        KeyBinding("Enter", .review(.helpDraftSave), hints: [KeyHint(.review(.hintSave), order: 1)], on: [Keys.enter], .saveDraft),
        KeyBinding("Esc", .review(.helpDraftCancel), hints: [KeyHint(.common(.hintBack), order: 2)], on: [Keys.escape], .cancelDraft),
        .interrupt,
    ])

    static func intent(for event: InputEvent, _ s: ReviewState, _ context: ScreenContext) -> Intent? {
        if s.replay?.draft != nil {
            switch event {
            case .paste(let text): return .draftPaste(text)
            case .key(let press): return draftKeys.intent(for: press) ?? .draftKey(press)
            default: return nil
            }
        }
        guard case .key(let press) = event else { return nil }
        return keys.intent(for: press)
    }

    static func reduce(_ s: inout ReviewState, _ intent: Intent, _ context: ScreenContext) -> Step<Outcome> {
        switch intent {
        case .move(let press):
            if s.replay == nil {
                _ = s.sessions.handle(press, pageSize: max(1, context.terminalSize.height - 8))
            } else {
                s.replay?.playing = false
                _ = s.replay?.list.handle(press, pageSize: max(1, ReviewView.Layout(size: context.terminalSize).list.height))
                s.syncCursor()
            }
        case .open:
            guard s.replay == nil else { break }
            let sessions = s.sessionsNewestFirst
            guard sessions.indices.contains(s.sessions.selected) else { break }
            s.open(session: sessions[s.sessions.selected].id, catalog: context.prompts)
        case .back:
            if s.replay != nil && !s.openedOnSession {
                s.replay = nil
            } else {
                return .report(.back)
            }
        case .previousPhase, .nextPhase:
            guard var replay = s.replay else { break }
            let here = replay.list.selected
            let starts = replay.phaseStarts
            // Forward: the next phase's first step. Back: this phase's start, or the one before.
            guard let target = intent.isNextPhase ? starts.first(where: { $0 > here }) : starts.last(where: { $0 < here }) else { break }
            replay.list.select(target)
            replay.playing = false
            s.replay = replay
            s.syncCursor()
        case .togglePlay:
            guard var replay = s.replay else { break }
            replay.playing.toggle()
            replay.playCredit = 0
            replay.lastTick = nil
            if replay.playing && replay.list.selected >= replay.steps.count - 1 { replay.list.select(0) }
            s.replay = replay
            s.syncCursor()
        case .faster, .slower:
            guard let speed = s.replay?.speed, let i = speeds.firstIndex(of: speed) else { break }
            let j = intent.isFaster ? min(speeds.count - 1, i + 1) : max(0, i - 1)
            s.replay?.speed = speeds[j]
            s.replay?.status = .reviewFormat(.speed(speeds[j]))
        case .nextPanel:
            guard let panel = s.replay?.panel else { break }
            s.replay?.panel = ReviewPanel(rawValue: (panel.rawValue + 1) % ReviewPanel.allCases.count) ?? .genogram
        case .scrollPanel(let lines):
            guard let scroll = s.replay?.figuresScroll else { break }
            s.replay?.figuresScroll = max(0, scroll + lines)
        case .annotate:
            guard let step = s.replay?.selected else { break }
            s.replay?.playing = false
            s.replay?.draft = AnnotationDraft(target: step.eventID)
        case .progress:
            return .report(.progress(s.record))
        case .draftKey(let press):
            guard var draft = s.replay?.draft, !draft.saving else { break }
            _ = draft.editor.handle(press)
            s.replay?.draft = draft
        case .draftPaste(let text):
            guard var draft = s.replay?.draft, !draft.saving else { break }
            guard draft.editor.insert(text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")) else {
                return .refused(draft.editor)
            }
            s.replay?.draft = draft
        case .draftCode(let delta):
            guard var draft = s.replay?.draft, !draft.saving else { break }
            let count = context.prompts.reviewChecklist.count + 1
            draft.code = (draft.code + delta + count) % count
            s.replay?.draft = draft
        case .saveDraft:
            guard var draft = s.replay?.draft, !draft.saving else { break }
            let text = draft.editor.text.trimmingCharacters(in: .whitespaces)
            let checklist = context.prompts.reviewChecklist
            let code = draft.code > 0 && draft.code <= checklist.count ? checklist[draft.code - 1].code : nil
            guard !text.isEmpty || code != nil else {
                s.replay?.status = .review(.annotationEmpty)
                break
            }
            draft.saving = true
            s.replay?.draft = draft
            let note = EventPayload.AnnotationAdded(
                annotationID: context.env.newID(), targetEventID: draft.target, text: text, code: code, role: context.env.role)
            // Not part of the session: an annotation is about it, written later by someone else.
            return .run([.append(context.env.events(family: s.familyID, session: nil, [.annotationAdded(note)]))])
        case .cancelDraft:
            if s.replay?.draft?.saving == true { break }
            s.replay?.draft = nil
        case .committed(let record):
            s.takeAnnotations(from: record)
            if s.replay?.draft?.saving == true {
                s.replay?.draft = nil
                s.replay?.status = .review(.annotationSaved)
            }
        case .saveFailed(let detail):
            s.replay?.draft?.saving = false
            s.replay?.status = .reviewFormat(.annotationNotSaved(detail))
        case .tick(let now):
            play(&s, now)
        }
        return .none
    }

    /// Advances play by the time since the last tick, times the speed: the steps appear
    /// with the gaps they had in the session (long pauses shortened).
    static func play(_ s: inout ReviewState, _ now: Date) {
        guard var replay = s.replay, replay.playing else { return }
        defer {
            s.replay = replay
            s.syncCursor()
        }
        guard let last = replay.lastTick else {
            replay.lastTick = now
            return
        }
        replay.lastTick = now
        replay.playCredit += max(0, now.timeIntervalSince(last)) * Double(replay.speed)
        while replay.list.selected + 1 < replay.steps.count {
            let here = replay.steps[replay.list.selected].time
            let next = replay.steps[replay.list.selected + 1].time
            let gap = min(longestPause, max(0, next.timeIntervalSince(here)))
            guard replay.playCredit >= gap else { return }
            replay.playCredit -= gap
            replay.list.select(replay.list.selected + 1)
        }
        replay.playing = false
        replay.status = .review(.playEnded)
    }
}

extension ReviewFeature.Intent {
    fileprivate var isNextPhase: Bool { if case .nextPhase = self { true } else { false } }
    fileprivate var isFaster: Bool { if case .faster = self { true } else { false } }
}
