import KeukentafelDomain

/// A figure of a practice round that a trainer can set feedback levels for
/// (`practice-feedback.md`); how each is counted is in the README ("Practice").
public enum PracticeFigure: String, CaseIterable, Sendable, Hashable {
    /// Open questions among the trainee's questions, in percent.
    case openQuestions = "open-questions"
    /// Questions that reuse the family's words, of those that could, in percent.
    case buildsOnWords = "builds-on-words"
    /// Scales asked that got a competence follow-up, in percent.
    case competenceAfterScale = "competence-after-scale"
    /// Exceptions the family told that got detail, in percent.
    case exceptionDetail = "exception-detail"
    /// Solution talk among the family's tagged talk, in percent.
    case solutionTalkShare = "solution-talk-share"
    /// The goals' words found in the family's words they came from, in percent (the mean over goals).
    case goalsOwnWords = "goals-own-words"
    /// The children's share of the family's words, in percent (only when a child took part).
    case childrenVoice = "children-voice"
    /// Compliments given, a count.
    case compliments

    /// How a figure's value and levels are read.
    public enum Unit: Sendable, Equatable {
        /// 0 to 100.
        case percent
        /// A whole number from 0 up.
        case count
    }

    public var unit: Unit { self == .compliments ? .count : .percent }
}

/// The levels a trainer set for one figure: below `fair` is a point to practise first,
/// from `fair` to below `good` one to practise next, from `good` up a strength.
public struct PracticeThreshold: Equatable, Sendable {
    public var figure: PracticeFigure
    public var fair: Int
    public var good: Int

    public init(figure: PracticeFigure, fair: Int, good: Int) {
        self.figure = figure
        self.fair = fair
        self.good = good
    }
}

/// One item an observer scores 0, 1 or 2 while watching a practice round
/// (`observer-checklist.md`), with what each score means.
public struct ObserverChecklistItem: Equatable, Sendable {
    /// The scores an item can get.
    public static let scores = 0...2

    public var id: String
    /// What the item looks at, per language.
    public var wording: [Language: String]
    /// What a score means, per score (0, 1, 2) and language.
    public var levels: [Int: [Language: String]]
    /// The counted figure the item looks at too, if any: feedback shows the two as one point when they agree.
    public var figure: PracticeFigure?

    public init(id: String, wording: [Language: String], levels: [Int: [Language: String]], figure: PracticeFigure? = nil) {
        self.id = id
        self.wording = wording
        self.levels = levels
        self.figure = figure
    }

    public func wording(_ language: Language) -> String { wording[language] ?? id }

    /// What `score` means on this item; empty for a score outside 0–2.
    public func level(_ score: Int, _ language: Language) -> String { levels[score]?[language] ?? "" }
}
