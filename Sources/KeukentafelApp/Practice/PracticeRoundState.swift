import Foundation
import KeukentafelDomain
import MethodAnalysis
import PromptLibrary
import TerminalUI

/// After a practice round: the observer's scores, the feedback, and the trainee's
/// progress over their rounds.
public struct PracticeRoundState: Equatable, Sendable {
    /// What is on screen.
    public enum Stage: Equatable, Sendable { case observer, feedback, progress }

    public var stage: Stage = .observer
    public var family: UUID
    public var session: UUID
    /// Who played the worker (the round's worker name).
    public var trainee: String
    /// The round's figures and the trainee's.
    public var figures: SessionFigures
    public var traineeFigures: TraineeFigures
    /// The observer's scores, once given.
    public var observer: ObserverScores?
    /// The round's family as it stood at the round's end (for names in the figures).
    public var record: FamilyRecord
    /// The trainee's rounds in order, this one included.
    public var rounds: [PracticeRound]
    /// Which of `rounds` is this one.
    public var roundIndex: Int?
    /// Scoring: the observer's name, the item chosen, the scores given.
    public var observerName = LineEditor()
    public var item = 0
    public var scores: [String: Int] = [:]
    public var saving = false
    public var status: UIText?
    /// Progress: the measure shown as a chart.
    public var measure = 0
    public var scroll = 0

    /// The round `session` of `family`, and every practice round of its trainee in `logs`
    /// (each a practice family's whole log), in the order they started.
    public init?(logs: [[Event]], family: UUID, session: UUID, catalog: PromptCatalog) {
        guard let own = logs.first(where: { $0.first?.familyID == family }), let log = SessionLog(events: own, sessionID: session)
        else { return nil }
        self.family = family
        self.session = session
        record = log.recordAtEnd()
        trainee = record.sessions.first { $0.id == session }?.worker ?? ""
        (figures, traineeFigures) = TraineeAnalysis.figures(log, catalog: catalog)
        observer = Self.latestScores(record, session)
        let all = Self.rounds(logs, trainee: trainee, catalog: catalog)
        rounds = all.map(\.round)
        roundIndex = all.firstIndex { $0.session == session }
        if observer != nil { stage = .feedback }
    }

    /// The last scores an observer gave this round.
    static func latestScores(_ record: FamilyRecord, _ session: UUID) -> ObserverScores? {
        record.observations.last { $0.sessionID == session }.map { ObserverScores(observer: $0.scored.observer, scores: $0.scored.scores) }
    }

    /// Every practice round of `trainee`, oldest first, numbered from 1.
    static func rounds(_ logs: [[Event]], trainee: String, catalog: PromptCatalog) -> [(session: UUID, round: PracticeRound)] {
        var found: [(Date, SessionLog, FamilyRecord)] = []
        for events in logs {
            guard let family = events.first?.familyID else { continue }
            let record = FamilyRecord.replay(family, events)
            for s in record.sessions where s.kind == .practice && s.worker == trainee {
                if let log = SessionLog(events: events, sessionID: s.id) { found.append((s.started, log, record)) }
            }
        }
        return found.sorted { $0.0 < $1.0 }.enumerated().map { i, round in
            let (session, traineeFigures) = TraineeAnalysis.figures(round.1, catalog: catalog)
            let practiceRound = PracticeRound(
                number: i + 1, date: round.0, session: session, trainee: traineeFigures,
                observer: latestScores(round.2, round.1.sessionID))
            return (round.1.sessionID, practiceRound)
        }
    }

    /// The feedback for this round.
    func feedback(_ catalog: PromptCatalog) -> PracticeFeedback {
        PracticeFeedback.make(figures, traineeFigures, observer: observer, catalog: catalog)
    }

    /// This round with the scores just given, in the progress.
    mutating func recordScores(_ scores: ObserverScores) {
        observer = scores
        if let i = roundIndex, rounds.indices.contains(i) { rounds[i].observer = scores }
    }
}
