import Foundation

/// The worker's own part of a session, as a trainee gets feedback on it: their questions
/// (open or closed, building on the family's words or not), their compliments, and the
/// follow-ups the session figures count (README: "Practice").
public struct TraineeFigures: Equatable, Sendable {
    /// Whether a question leaves the answer to the family or asks for yes, no or a choice.
    public enum Form: String, Equatable, Sendable {
        case open, closed
    }

    /// One question the worker asked aloud.
    public struct Question: Equatable, Sendable {
        public var entryID: UUID
        /// The words as they stood at the end of the session.
        public var text: String
        public var form: Form
        /// The family's standing entries since the worker's previous question (or the
        /// session's start), in order: what the question could build on.
        public var familyWordsBefore: [UUID]
        /// The question's content words, folded, each once, in order of appearance.
        public var contentWords: [String]
        /// Those of them that occur in `familyWordsBefore`.
        public var reusedWords: [String]
        /// Asked after another question with no family words between (the session's first question is not).
        public var stacked: Bool

        /// It reuses at least one of the family's words.
        public var buildsOnWords: Bool { !reusedWords.isEmpty }
        /// It had family words before it and content words of its own, so it could build on them.
        public var couldBuildOn: Bool { !familyWordsBefore.isEmpty && !contentWords.isEmpty }
        /// Reused content words as a share of its content words; nil when it could not build on any.
        public var reuseShare: Double? { couldBuildOn ? Double(reusedWords.count) / Double(contentWords.count) : nil }
    }

    /// Every question, in the order asked.
    public var questions: [Question]
    /// The worker's standing words said aloud in the session, questions and all else.
    public var aloud: Int
    /// The session's standing entries tagged compliment given, in order.
    public var compliments: [UUID]
    /// From the session figures: scales asked, and those with a competence follow-up.
    public var scalesAsked: Int
    public var scalesWithCompetence: Int
    /// From the session figures: exceptions the family told, and those with detail.
    public var exceptions: Int
    public var exceptionsWithDetail: Int

    public var open: Int { questions.count { $0.form == .open } }
    public var closed: Int { questions.count { $0.form == .closed } }
    /// Open questions among all questions; nil when the worker asked none.
    public var openShare: Double? { questions.isEmpty ? nil : Double(open) / Double(questions.count) }
    /// Questions that could build on the family's words.
    public var couldBuildOn: Int { questions.count(where: \.couldBuildOn) }
    /// Of those, the ones that reuse at least one of the family's words.
    public var buildOn: Int { questions.count { $0.couldBuildOn && $0.buildsOnWords } }
    /// `buildOn` of `couldBuildOn`; nil when no question could build on the family's words.
    public var buildsOnShare: Double? { couldBuildOn == 0 ? nil : Double(buildOn) / Double(couldBuildOn) }
    /// Questions asked right after another, with no family words between.
    public var stacked: Int { questions.count(where: \.stacked) }
    /// Scales with a competence follow-up, of the scales asked; nil when none was asked.
    public var competenceShare: Double? { scalesAsked == 0 ? nil : Double(scalesWithCompetence) / Double(scalesAsked) }
    /// Exceptions with detail, of the exceptions told; nil when there were none.
    public var exceptionDetailShare: Double? { exceptions == 0 ? nil : Double(exceptionsWithDetail) / Double(exceptions) }
}
