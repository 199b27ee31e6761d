import Foundation
import KeukentafelDomain
import PromptLibrary

/// One practice round as progress reads it: its number and date, the session's figures,
/// the trainee's figures and the observer's scores, if someone scored.
public struct PracticeRound: Equatable, Sendable {
    public var number: Int
    public var date: Date
    public var session: SessionFigures
    public var trainee: TraineeFigures
    public var observer: ObserverScores?

    public init(number: Int, date: Date, session: SessionFigures, trainee: TraineeFigures, observer: ObserverScores? = nil) {
        self.number = number
        self.date = date
        self.session = session
        self.trainee = trainee
        self.observer = observer
    }
}

/// A trainee's progress over practice rounds: per figure and per observer item, a value
/// for each round, for a table and a chart (README: "Practice").
public struct PracticeProgress: Equatable, Sendable {
    /// A round as a point on the horizontal axis.
    public struct RoundMark: Equatable, Sendable {
        public var number: Int
        public var date: Date
    }

    /// One measure across the rounds.
    public struct Series: Equatable, Sendable {
        public var measure: PracticeMeasure
        /// One value per round, in the order of `rounds`; nil when there was nothing to count or no score.
        public var values: [Double?]
        /// The trainer's levels for a figure (fair 1 and good 2 for an observer item); nil when none are set.
        public var fair: Double?
        public var good: Double?

        /// The first and the latest value there is.
        public var first: Double? { values.lazy.compactMap { $0 }.first }
        public var latest: Double? { values.last { $0 != nil } ?? nil }
        /// Latest minus first; nil with fewer than two values.
        public var change: Double? {
            let known = values.compactMap { $0 }
            return known.count < 2 ? nil : known[known.count - 1] - known[0]
        }
    }

    /// The rounds in order of their number (then date).
    public var rounds: [RoundMark]
    /// Figures with levels in the order of the levels file, then other figures in their own
    /// order, then observer items in checklist order, then items scored that the checklist no
    /// longer has (by id). A measure with no value in any round is left out.
    public var series: [Series]

    public init(_ rounds: [PracticeRound], thresholds: [PracticeThreshold], checklist: [ObserverChecklistItem]) {
        let ordered = rounds.enumerated().sorted {
            ($0.element.number, $0.element.date, $0.offset) < ($1.element.number, $1.element.date, $1.offset)
        }
        .map(\.element)
        self.rounds = ordered.map { RoundMark(number: $0.number, date: $0.date) }
        var series: [Series] = []
        let levels = Dictionary(thresholds.map { ($0.figure, $0) }, uniquingKeysWith: { first, _ in first })
        let figures = thresholds.map(\.figure) + PracticeFigure.allCases.filter { levels[$0] == nil }
        for figure in figures {
            let values = ordered.map { figure.value($0.session, $0.trainee) }
            guard values.contains(where: { $0 != nil }) else { continue }
            series.append(
                Series(
                    measure: .figure(figure), values: values, fair: levels[figure].map { Double($0.fair) },
                    good: levels[figure].map { Double($0.good) }))
        }
        let known = checklist.map(\.id)
        let scored = Set(ordered.flatMap { $0.observer.map { Array($0.scores.keys) } ?? [] })
        for id in known + scored.subtracting(known).sorted() {
            let values = ordered.map { $0.observer?[id].map(Double.init) }
            guard values.contains(where: { $0 != nil }) else { continue }
            // Scores mean the same on every item, so the levels are the checklist's fixed ones.
            series.append(Series(measure: .observer(id), values: values, fair: 1, good: 2))
        }
        self.series = series
    }

    /// The same, with the levels and checklist of a prompt catalogue.
    public init(_ rounds: [PracticeRound], catalog: PromptCatalog) {
        self.init(rounds, thresholds: catalog.practiceFeedback, checklist: catalog.observerChecklist)
    }

    /// The series of one measure, if it has any value.
    public func series(_ measure: PracticeMeasure) -> Series? { series.first { $0.measure == measure } }
}
