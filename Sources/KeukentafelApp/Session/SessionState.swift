import Foundation
import KeukentafelDomain
import PromptLibrary
import Synchronization
import TerminalUI

/// Who is speaking on the input line: a present family member, or the worker (a private
/// note, or words said aloud to the family).
public enum Speaker: Equatable, Sendable {
    case member(UUID)
    case worker
    case workerAloud

    /// The worker's words, noted or aloud: never the family's.
    var isWorker: Bool {
        switch self {
        case .worker, .workerAloud: return true
        case .member: return false
        }
    }
}

/// What the right-hand panel shows.
public enum SidePanel: Int, CaseIterable, Sendable {
    case people, scales, plan, genogram, network
}

/// The live conversation screen's state.
public struct SessionState: Equatable, Sendable {
    /// What the keys currently do.
    public enum Mode: Equatable, Sendable {
        /// Typing the family's words (or a note).
        case capture
        /// Correcting an entry: the editor holds its text; Enter records the amendment.
        case amend(UUID)
        /// Typing the topic of a new scale, in the family's words.
        case scaleTopic
        /// One key per present person sets their 0–10 value (0–9, t for 10); `index` is who is next.
        case scaleValues(scale: UUID, index: Int)
        /// The calm view for the family.
        case familyView
        /// The closing summary: confirm (j), or type corrections.
        case closing
        case closingCorrections
        /// Each present person rates the conversation in turn, one item at a time.
        case evaluation(EvaluationProgress)
        /// A structured record (agreement, option, decision …) being chosen and filled in.
        case record(RecordDraft)
        /// One line that adds a person to the genogram or a contact to the network map.
        case quickEntry
        /// Alt-P: the family's sign or exception shaped into their goal, in their words;
        /// the speaker is whose goal it is.
        case goalShaping(source: UUID)
    }

    public var record: FamilyRecord
    public var sessionID: UUID
    public var speaker: Speaker = .worker
    public var tag: Tag?
    public var editor = LineEditor()
    public var mode: Mode = .capture
    public var phase: Phase = .welcome
    public var promptIndex = 0
    public var audience: Audience = .everyone
    public var showTip = false
    public var panel: SidePanel = .people
    /// The side panel over the whole screen (Alt-Z), for the genogram and the network map.
    public var fullPanel = false
    /// True while a write is on its way; the indicator says "saved" only after the commit.
    public var awaitingSave = false
    /// The last write that failed, shown until a later one succeeds.
    public var saveProblem: String?
    /// A short message on the status line.
    public var status: UIText?
    /// Transcript lines scrolled up from the bottom.
    public var scrollBack = 0
    /// Lines scrolled down in the family view and the closing summary.
    public var familyScroll = 0
    /// The family view shows the plan as it will be printed (`p`).
    public var planPreview = false
    /// The kind of the scale being started (F9): what 0 and 10 mean. Tab changes it.
    public var scaleKind: ScaleKind = .goal
    /// The write on its way is the input line's text: the line clears only after it commits.
    public var savingLine = false
    /// The family member who spoke last: after a note, the line goes back to them.
    public var lastFamilySpeaker: UUID?
    /// What was on the capture line when another mode took the line (F9, F12, Alt-U);
    /// it comes back when the capture line does, so no typed word is lost.
    public var parkedLine: String?
    /// The question card on screen (prompt id) and since when: once it has stayed a few
    /// seconds, or words are saved under it, a `promptShown` event records it for review.
    public var shownCard: String?
    public var shownSince: Date?
    /// The card last sent to the store as shown (so it is recorded once).
    public var recordedCard: String?

    public init(record: FamilyRecord, sessionID: UUID) {
        self.record = record
        self.sessionID = sessionID
        if let s = session {
            recordedCard = s.cards.last?.promptID
            phase = s.phases.last?.phase ?? .welcome
            if let first = s.present.first {
                speaker = .member(first)
                lastFamilySpeaker = first
            }
        }
    }

    /// Gives the input line to another mode, keeping what was typed for the family.
    mutating func takeLine(for mode: Mode, text: String = "") {
        if self.mode == .capture { parkedLine = editor.text }
        editor.setText(text)
        self.mode = mode
    }

    /// Back to capturing, with the words that were on the line before.
    mutating func returnToCapture() {
        mode = .capture
        editor.setText(parkedLine ?? "")
        parkedLine = nil
    }

    /// The state of a session resumed after an interruption: it says so on the status
    /// line, and the question card that was showing is back on screen.
    static func resumed(_ record: FamilyRecord, _ sessionID: UUID, _ catalog: PromptCatalog, _ language: Language) -> SessionState {
        var s = SessionState(record: record, sessionID: sessionID)
        s.status = .sessionFormat(.resumedSession(s.session?.number ?? 0))
        if let card = s.session?.cards.last?.promptID, let i = s.prompts(catalog, language).firstIndex(where: { $0.id == card }) {
            s.promptIndex = i
        }
        return s
    }

    public var session: FamilyRecord.Session? { record.sessions.first { $0.id == sessionID } }

    /// Present members in the order they were added to the family (their number keys).
    public var present: [FamilyRecord.Member] {
        let ids = Set(session?.present ?? [])
        return record.members.filter { ids.contains($0.id) }
    }

    /// A present member's place among those present (`present`'s index), found without
    /// making that list: the input line asks on every key.
    func presentIndex(of id: UUID) -> Int? {
        guard let here = session?.present, here.contains(id) else { return nil }
        var index = 0
        for m in record.members {
            if m.id == id { return index }
            if here.contains(m.id) { index += 1 }
        }
        return nil
    }

    /// This session's entries, oldest first.
    public var transcript: [FamilyRecord.Entry] { record.entries.filter { $0.sessionID == sessionID } }

    /// The scale of this session being worked on: the newest one touched in it.
    public var currentScale: FamilyRecord.Scale? {
        let touched = record.scales.filter { s in s.values.contains { $0.sessionID == sessionID } }
        return touched.last ?? record.scales.last
    }

    /// The prompts of the current phase, for the card.
    public func prompts(_ catalog: PromptCatalog, _ language: Language) -> [Prompt] {
        CardLists.list(catalog, language, phase)
    }

    public func currentPrompt(_ catalog: PromptCatalog, _ language: Language) -> Prompt? {
        let list = prompts(catalog, language)
        guard !list.isEmpty else { return nil }
        return list[min(max(0, promptIndex), list.count - 1)]
    }

    /// The year of the session's latest event (else of `now`), to turn ages into birth years.
    public func currentYear(_ now: Date) -> Int {
        Calendar(identifier: .gregorian).component(.year, from: record.lastEventTime ?? now)
    }

    /// What the card's placeholders are filled with: the speaker's latest number on the
    /// scale being worked on, their name, the family's newest open goal.
    var placeholderValues: [PromptPlaceholder: String] {
        var known: [PromptPlaceholder: String] = [:]
        if case .member(let id) = speaker {
            if let name = record.member(id)?.name { known[.name] = name }
            if let value = currentScale?.values.last(where: { $0.memberID == id })?.value { known[.value] = String(value) }
        }
        if let goal = record.goals.last(where: { $0.status == .open }) { known[.goal] = goal.text }
        return known
    }

    /// The speaker's display name (the worker in the UI language).
    func name(of speaker: Speaker, _ language: Language) -> String {
        switch speaker {
        case .worker, .workerAloud: return UIText.session(.worker).text(language)
        case .member(let id): return record.member(id)?.name ?? "?"
        }
    }

    /// The newest standing entry of this session (the one Alt-U and Alt-X act on).
    var lastEntry: FamilyRecord.Entry? { transcript.last { !$0.retracted } }
}

/// The card's prompts for the last catalogue, language and phase asked: every key asks
/// which card is on screen, and sorting out the evaluation items and ladder steps again
/// cost more than the rest of the key.
private enum CardLists {
    private struct Last: Sendable {
        // The catalogue itself (immutable), so that another one is never taken for it.
        var catalog: PromptCatalog
        var language: Language
        var phase: Phase
        var list: [Prompt]
    }
    private static let last = Mutex<Last?>(nil)

    static func list(_ catalog: PromptCatalog, _ language: Language, _ phase: Phase) -> [Prompt] {
        if let known = last.withLock({ $0 }), known.catalog === catalog, known.language == language, known.phase == phase {
            return known.list
        }
        let list = catalog.filter(language, phase: phase).filter { !$0.id.hasPrefix("evaluation-item-") && !$0.id.hasPrefix("ladder-") }
        last.withLock { $0 = Last(catalog: catalog, language: language, phase: phase, list: list) }
        return list
    }
}
