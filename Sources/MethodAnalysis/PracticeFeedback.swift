import Foundation
import KeukentafelDomain
import PromptLibrary

/// Feedback on one practice round: at most three strengths and three points to practise,
/// from the counted figures and the observer's scores against the trainer's levels
/// (`practice-feedback.md`, `observer-checklist.md`; README: "Practice").
public struct PracticeFeedback: Equatable, Sendable {
    /// Where a value stands against its levels.
    public enum Standing: Equatable, Sendable {
        /// At or above good: a strength.
        case good
        /// From fair to below good: to practise after the points below fair.
        case belowGood
        /// Below fair: to practise first.
        case belowFair
    }

    /// One point: a figure or an observer item, its value and the level it is held against.
    public struct Point: Equatable, Sendable {
        public var measure: PracticeMeasure
        /// Percent, count, or the observer's score (0–2), as the measure's unit says.
        public var value: Double
        /// What the percentage is of, when it is a share of something counted (6 of 8 questions).
        public var part: Int?
        public var whole: Int?
        public var fair: Double
        public var good: Double
        public var standing: Standing
        /// How far past good (a strength) or below its level (to practise), as a share of
        /// that level (of 1 when the level is 0), so percentages, counts and scores compare.
        public var margin: Double
        /// The observer's score on the checklist item about this figure, when it stands the same way.
        public var observerScore: Int?

        /// The level named with the point: fair for a value below fair, good otherwise.
        public var level: Double { standing == .belowFair ? fair : good }
    }

    /// The most a list holds.
    public static let most = 3

    /// Best first: the furthest above good.
    public var strengths: [Point]
    /// Below fair first, then below good; within each, the furthest below first.
    public var toPractise: [Point]

    /// The feedback on a round. Figures are read in the order of `thresholds` (a figure
    /// without levels gets no point; one with nothing to count neither); the observer's
    /// items have fair 1 and good 2. Ties keep that order, figures before the observer's
    /// items. An observer item about a figure that stands the same way is folded into the
    /// figure's point, so one slot is not spent twice; when they disagree, both are shown.
    public static func make(
        _ session: SessionFigures, _ trainee: TraineeFigures, observer: ObserverScores?, thresholds: [PracticeThreshold],
        checklist: [ObserverChecklistItem]
    ) -> PracticeFeedback {
        var points: [Point] = []
        for t in thresholds {
            guard let value = t.figure.value(session, trainee) else { continue }
            let counts = t.figure.counts(session, trainee)
            points.append(
                point(.figure(t.figure), value, fair: Double(t.fair), good: Double(t.good), part: counts?.part, whole: counts?.whole))
        }
        for item in checklist {
            guard let score = observer?[item.id] else { continue }
            let p = point(.observer(item.id), Double(score), fair: 1, good: 2, part: nil, whole: nil)
            if let figure = item.figure,
                let i = points.firstIndex(where: { $0.measure == .figure(figure) && $0.standing == p.standing && $0.observerScore == nil })
            {
                points[i].observerScore = score
            } else {
                points.append(p)
            }
        }
        // A stable sort by margin keeps the file order for ties.
        func furthest(_ standing: Standing) -> [Point] {
            points.enumerated().filter { $0.element.standing == standing }
                .sorted { ($1.element.margin, $0.offset) < ($0.element.margin, $1.offset) }.map(\.element)
        }
        return PracticeFeedback(
            strengths: Array(furthest(.good).prefix(most)),
            toPractise: Array((furthest(.belowFair) + furthest(.belowGood)).prefix(most)))
    }

    /// The same, with the levels and checklist of a prompt catalogue.
    public static func make(_ session: SessionFigures, _ trainee: TraineeFigures, observer: ObserverScores?, catalog: PromptCatalog)
        -> PracticeFeedback
    {
        make(session, trainee, observer: observer, thresholds: catalog.practiceFeedback, checklist: catalog.observerChecklist)
    }

    static func point(_ measure: PracticeMeasure, _ value: Double, fair: Double, good: Double, part: Int?, whole: Int?) -> Point {
        let standing: Standing = value >= good ? .good : value >= fair ? .belowGood : .belowFair
        let margin: Double
        switch standing {
        case .good: margin = (value - good) / max(good, 1)
        case .belowGood: margin = (good - value) / max(good, 1)
        case .belowFair: margin = (fair - value) / max(fair, 1)
        }
        return Point(
            measure: measure, value: value, part: part, whole: whole, fair: fair, good: good, standing: standing, margin: margin,
            observerScore: nil)
    }
}

extension PracticeFigure {
    /// What a percentage is made of: part of whole (6 open of 8 questions); nil for a count,
    /// for the goals' mean share, and when there was nothing to count.
    public func counts(_ session: SessionFigures, _ trainee: TraineeFigures) -> (part: Int, whole: Int)? {
        let pair: (Int, Int)
        switch self {
        case .openQuestions: pair = (trainee.open, trainee.questions.count)
        case .buildsOnWords: pair = (trainee.buildOn, trainee.couldBuildOn)
        case .competenceAfterScale: pair = (trainee.scalesWithCompetence, trainee.scalesAsked)
        case .exceptionDetail: pair = (trainee.exceptionsWithDetail, trainee.exceptions)
        case .solutionTalkShare: pair = (session.talk.solution, session.talk.solution + session.talk.problem)
        case .childrenVoice:
            // A family without a child at the table cannot give one a voice: no figure, not 0.
            guard session.voices.speakers.contains(where: { $0.role == .child || $0.role == .adolescent }) else { return nil }
            pair = (session.voices.childEntries, session.voices.familyEntries)
        case .goalsOwnWords, .compliments: return nil
        }
        return pair.1 == 0 ? nil : pair
    }
}
