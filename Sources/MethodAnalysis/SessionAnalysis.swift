import Foundation
import KeukentafelDomain
import PromptLibrary

/// Counts the figures of one session: pure, from the session's log and the prompt catalogue.
public enum SessionAnalysis {
    /// Every figure of the session, as it stood when the session ended.
    public static func figures(_ log: SessionLog, catalog: PromptCatalog) -> SessionFigures {
        let s = SessionSlice(log)
        let span = s.span
        return SessionFigures(
            span: span,
            phases: phaseTimes(s),
            cards: cardTimes(s, catalog),
            scales: scaleFigures(s),
            exceptions: exceptionFigures(s),
            miracle: miracleFigures(s, catalog),
            talk: talkBalance(s),
            goals: goalWordings(s),
            agreements: agreementFigures(s),
            decisions: decisionFigures(s),
            closing: closingFigures(s, lowScore: catalog.evaluationLowScore),
            voices: voiceFigures(s))
    }

    /// The technique of a card, in whichever language the catalogue has it (ids are shared).
    public static func technique(of promptID: String, _ catalog: PromptCatalog) -> Technique? {
        (catalog.prompt(promptID, .nl) ?? catalog.prompt(promptID, .en))?.technique
    }
}

/// The session's work as analysis reads it: its own events without the annotations written
/// about it later, and the record at the moment its last such event was applied.
struct SessionSlice {
    let sessionID: UUID
    /// The session's events in order, annotations left out.
    let events: [Event]
    /// The record just after the session's last event (later sessions and annotations left out).
    let record: FamilyRecord
    let span: SessionSpan

    init(_ log: SessionLog) {
        sessionID = log.sessionID
        // A supervisor's annotation can carry the session's id but is written later: it is
        // not part of the session's time, and the record must stop before what came after.
        let work = log.positions.filter {
            if case .annotationAdded = log.events[$0].payload { return false }
            return true
        }
        events = work.map { log.events[$0] }
        record = FamilyRecord.replay(log.familyID, log.events, upToIndex: (work.last ?? -1) + 1)
        let session = record.sessions.first { $0.id == log.sessionID }
        let first = events.first?.time ?? log.events[log.positions[0]].time
        let started = session?.started ?? first
        let ended = session?.ended
        span = SessionSpan(
            sessionID: log.sessionID, number: session?.number ?? 0, kind: session?.kind ?? .live, started: started,
            end: max(started, ended ?? events.last?.time ?? started), endRecorded: ended != nil)
        entries = record.entries.filter { $0.sessionID == log.sessionID }
        familyEntries = entries.filter(\.isStandingFamilyWords)
    }

    /// The session's entries as they stood at its end, in recorded order.
    let entries: [FamilyRecord.Entry]
    /// The family's words in the session still standing at its end.
    let familyEntries: [FamilyRecord.Entry]

    /// What happened in order, as far as the windows of the figures need it: each entry
    /// (as it stood at the end) where it was recorded, and each phase change.
    enum Step {
        case entry(FamilyRecord.Entry)
        case phase(Phase)
    }

    var steps: [Step] {
        events.compactMap { e -> Step? in
            switch e.payload {
            case .utteranceRecorded(let p): return step(p.entryID)
            case .noteRecorded(let p): return step(p.entryID)
            case .workerSaid(let p): return step(p.entryID)
            case .phaseChanged(let p): return .phase(p.phase)
            default: return nil
            }
        }
    }

    /// The entry as a step, if it is this session's (an id used twice keeps its first entry).
    private func step(_ id: UUID) -> Step? {
        record.entry(id).flatMap { $0.sessionID == sessionID ? .entry($0) : nil }
    }
}

extension FamilyRecord.Entry {
    /// The family's words, still standing.
    var isStandingFamilyWords: Bool { !retracted && !isWorkers }
}
