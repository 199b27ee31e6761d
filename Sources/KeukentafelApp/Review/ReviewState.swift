import Foundation
import KeukentafelDomain
import MethodAnalysis
import PromptLibrary
import TerminalUI

/// What the review's right-hand panel shows, as of the chosen step.
public enum ReviewPanel: Int, CaseIterable, Sendable {
    case genogram, network, scales, figures, notes
}

/// An annotation being written: the note and the checklist code chosen (0 = none).
public struct AnnotationDraft: Equatable, Sendable {
    public var target: UUID
    public var editor = LineEditor()
    public var code = 0
    /// True while the write is on its way; the box closes only after the commit.
    public var saving = false
}

/// One session being replayed: its steps, the chosen one, and the record at that moment.
public struct Replay: Equatable, Sendable {
    public var sessionID: UUID
    public var steps: [ReviewStep]
    public var list: ScrollList
    public var cursor: ReplayCursor
    public var panel: ReviewPanel = .genogram
    public var playing = false
    /// Playback speed: 1 = the session's own pace.
    public var speed = 1
    /// Session time owed to the next step while playing.
    public var playCredit: TimeInterval = 0
    /// The tick at which play last advanced.
    public var lastTick: Date?
    public var draft: AnnotationDraft?
    /// A message on the status line.
    public var status: UIText?
    /// The method in figures for the whole session (computed once, when it opens).
    public var figures: SessionFigures?
    /// Lines of the figures panel scrolled past.
    public var figuresScroll = 0

    public var selected: ReviewStep? { steps.indices.contains(list.selected) ? steps[list.selected] : nil }

    /// The first step of each stretch of one phase.
    public var phaseStarts: [Int] { steps.indices.filter { $0 == 0 || steps[$0 - 1].phase != steps[$0].phase } }

    public static func == (a: Replay, b: Replay) -> Bool {
        a.sessionID == b.sessionID && a.steps.count == b.steps.count && a.list == b.list && a.cursor == b.cursor && a.panel == b.panel
            && a.playing == b.playing && a.speed == b.speed && a.playCredit == b.playCredit && a.lastTick == b.lastTick
            && a.draft == b.draft && a.status == b.status && a.figuresScroll == b.figuresScroll
    }
}

/// The review screen's state: one family's log, the session chooser, and the replay.
public struct ReviewState: Equatable, Sendable {
    public var familyID: UUID
    /// The family's whole log, in recorded order.
    public var events: [Event]
    /// The record after every event (sessions, names, annotations).
    public var record: FamilyRecord
    public var sessions: ScrollList
    public var replay: Replay?
    /// True when review was opened straight onto a session (from the command line or a
    /// search hit): Esc then leaves review rather than going back to the session list.
    public var openedOnSession = false

    /// Annotations per session (by the session of the event they are about).
    public private(set) var annotationCounts: [UUID: Int] = [:]
    /// Each session's last event, for the length of one not closed.
    public private(set) var lastEventTimes: [UUID: Date] = [:]

    public init(events: [Event], familyID: UUID) {
        self.familyID = familyID
        self.events = events
        record = FamilyRecord.replay(familyID, events)
        // Newest first: a supervisor usually looks back at the latest session.
        sessions = ScrollList(count: record.sessions.count)
        for e in events { if let session = e.sessionID { lastEventTimes[session] = e.time } }
        countAnnotations()
    }

    /// Takes the annotations of a newer record (one was just saved).
    mutating func takeAnnotations(from newer: FamilyRecord) {
        record.annotations = newer.annotations
        countAnnotations()
    }

    private mutating func countAnnotations() {
        let targets = Set(record.annotations.map(\.note.targetEventID))
        var counts: [UUID: Int] = [:]
        guard !targets.isEmpty else {
            annotationCounts = counts
            return
        }
        var perTarget: [UUID: Int] = [:]
        for a in record.annotations { perTarget[a.note.targetEventID, default: 0] += 1 }
        for e in events where targets.contains(e.id) {
            if let session = e.sessionID { counts[session, default: 0] += perTarget[e.id] ?? 0 }
        }
        annotationCounts = counts
    }

    /// Sessions newest first, as the chooser lists them.
    public var sessionsNewestFirst: [FamilyRecord.Session] { record.sessions.reversed() }

    /// Opens a session at its first step, or at the step of `subject` (an event id, or the
    /// id of the entry, goal, agreement … an event records) when given and found.
    mutating func open(session id: UUID, at subject: UUID? = nil, catalog: PromptCatalog) {
        guard let log = SessionLog(events: events, sessionID: id) else { return }
        let steps = ReviewSteps.build(log)
        var replay = Replay(sessionID: id, steps: steps, list: ScrollList(count: steps.count), cursor: ReplayCursor(familyID: familyID))
        replay.figures = SessionAnalysis.figures(log, catalog: catalog)
        if let subject, let i = steps.firstIndex(where: { $0.eventID == subject || events[$0.position].payload.subjectID == subject }) {
            replay.list.select(i)
        }
        self.replay = replay
        syncCursor()
    }

    /// Keeps the side panel's record at the chosen step (that event included).
    mutating func syncCursor() {
        guard var replay, let step = replay.selected else { return }
        replay.cursor.move(to: step.position + 1, in: events)
        self.replay = replay
    }

    /// The annotations on one event, oldest first.
    func annotations(on eventID: UUID) -> [FamilyRecord.Annotation] {
        record.annotations.filter { $0.note.targetEventID == eventID }
    }
}

extension EventPayload {
    /// The id of what the event records (an entry, goal, agreement, person …), for
    /// finding the step a search hit is about.
    var subjectID: UUID? {
        switch self {
        case .utteranceRecorded(let p): p.entryID
        case .noteRecorded(let p): p.entryID
        case .workerSaid(let p): p.entryID
        case .goalSet(let p): p.goalID
        case .agreementMade(let p): p.agreementID
        case .optionAdded(let p): p.optionID
        case .decisionRecorded(let p): p.decisionID
        case .scaleDefined(let p): p.scaleID
        case .timelineEventAdded(let p): p.itemID
        case .memberAdded(let p): p.memberID
        case .genogramPersonSet(let p): p.personID
        case .networkContactSet(let c): c.contactID
        case .summaryChecked(let p): p.entryID
        default: nil
        }
    }
}
