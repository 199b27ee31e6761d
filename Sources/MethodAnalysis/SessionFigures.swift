import Foundation
import KeukentafelDomain
import PromptLibrary

/// Every figure of one session, as it stood when the session ended (README: "Session
/// analysis: how each figure is counted"). Ids, not names: the text layer looks names up.
public struct SessionFigures: Equatable, Sendable {
    public var span: SessionSpan
    public var phases: PhaseTimes
    public var cards: CardTimes
    public var scales: ScaleFigures
    public var exceptions: ExceptionFigures
    public var miracle: MiracleFigures
    public var talk: TalkBalance
    public var goals: [GoalWording]
    public var agreements: AgreementFigures
    public var decisions: DecisionFigures
    public var closing: ClosingFigures
    public var voices: VoiceFigures
}

/// When the session ran: its start, its end, and whether the end was recorded.
public struct SessionSpan: Equatable, Sendable {
    public var sessionID: UUID
    /// The session's number (0 when its start was never recorded).
    public var number: Int
    public var kind: SessionKind
    public var started: Date
    /// The recorded end, else the time of the session's last event.
    public var end: Date
    /// True when the session was closed (a `sessionEnded` event), false when it stopped or is still open.
    public var endRecorded: Bool

    /// Seconds from start to end (never negative).
    public var duration: TimeInterval { max(0, end.timeIntervalSince(started)) }
}

// MARK: Time

/// Time spent in each phase: each stay in order, and the total per phase.
public struct PhaseTimes: Equatable, Sendable {
    /// One stay in a phase, from its phase change to the next one or the end.
    public struct Stay: Equatable, Sendable {
        public var phase: Phase
        public var start: Date
        public var seconds: TimeInterval
    }

    /// All stays in one phase added up.
    public struct Total: Equatable, Sendable {
        public var phase: Phase
        public var seconds: TimeInterval
        /// How many times the session moved into this phase.
        public var stays: Int
    }

    /// Every stay, in the order they happened (a phase visited twice shows twice).
    public var stays: [Stay]
    /// From the start to the first phase change; all of the session when the phase never changed.
    public var beforeFirstPhase: TimeInterval
    /// One total per phase visited, in the method's order of phases.
    public var totals: [Total]
}

/// Time each question card was on the worker's screen, by card and by technique.
public struct CardTimes: Equatable, Sendable {
    /// One card on screen, from its `promptShown` to the next card or the end.
    public struct Shown: Equatable, Sendable {
        public var promptID: String
        /// Nil when the catalogue no longer has the prompt.
        public var technique: Technique?
        public var start: Date
        public var seconds: TimeInterval
    }

    /// One card's time added up over all the times it was shown.
    public struct PromptTotal: Equatable, Sendable {
        public var promptID: String
        public var technique: Technique?
        public var seconds: TimeInterval
        public var timesShown: Int
    }

    /// One technique's time added up over its cards.
    public struct TechniqueTotal: Equatable, Sendable {
        /// Nil: cards the catalogue does not know.
        public var technique: Technique?
        public var seconds: TimeInterval
    }

    /// Every card shown, in order.
    public var shown: [Shown]
    /// From the start to the first card; all of the session when no card was recorded.
    public var beforeFirstCard: TimeInterval
    /// Per card, in the order each was first shown.
    public var byPrompt: [PromptTotal]
    /// Per technique, in the order each was first shown.
    public var byTechnique: [TechniqueTotal]
}

// MARK: Techniques

/// The scales put to the family in the session and the competence follow-ups they got.
public struct ScaleFigures: Equatable, Sendable {
    /// One scale asked in the session.
    public struct Asked: Equatable, Sendable {
        public var scaleID: UUID
        public var topic: String
        public var kind: ScaleKind
        /// True when the scale was defined in this session (false: an earlier scale asked again).
        public var definedHere: Bool
        /// Each person's last value in this session, in the order they first answered.
        public var values: [MemberValue]
        /// The family's standing entries of this session linked to the scale, in order.
        public var followUps: [UUID]
    }

    /// One person's number on a scale.
    public struct MemberValue: Equatable, Sendable {
        public var memberID: UUID
        public var value: Int
    }

    public var asked: [Asked]

    public var askedCount: Int { asked.count }
    /// Scales with at least one competence follow-up answer.
    public var withFollowUp: Int { asked.count { !$0.followUps.isEmpty } }
}

/// Exceptions the family told and whether the worker drew out more about them.
public struct ExceptionFigures: Equatable, Sendable {
    /// One exception: the family's words tagged exception, and the words that detailed it.
    public struct Exception: Equatable, Sendable {
        public var entryID: UUID
        public var speaker: UUID
        /// The family's further standing words about it (see the README for the window).
        public var detail: [UUID]
    }

    public var exceptions: [Exception]

    public var count: Int { exceptions.count }
    public var withDetail: Int { exceptions.count { !$0.detail.isEmpty } }
}

/// The miracle question: asked or not, its signs, and the signs that became goals.
public struct MiracleFigures: Equatable, Sendable {
    /// A card of the miracle technique was on screen in the session.
    public var cardShown: Bool
    /// The family's standing words of the session tagged miracle sign, in order.
    public var signs: [UUID]
    /// The signs among them that a goal (as it stood at the end) names as a source.
    public var signsInGoals: [UUID]

    /// Asked: a miracle card was shown, or a sign was recorded.
    public var asked: Bool { cardShown || !signs.isEmpty }
}

// MARK: Talk

/// What the family's tagged words are about: what works against what is wrong.
public struct TalkBalance: Equatable, Sendable {
    /// Family entries tagged exception, strength, coping or miracle sign.
    public var solution: Int
    /// Family entries tagged worry.
    public var problem: Int
    /// Family entries with neither kind of tag.
    public var other: Int

    /// Solution talk per problem talk; nil when there was no problem talk.
    public var ratio: Double? { problem == 0 ? nil : Double(solution) / Double(problem) }
    /// Solution talk as a share of all talk tagged either way; nil when none was.
    public var solutionShare: Double? { solution + problem == 0 ? nil : Double(solution) / Double(solution + problem) }
}

/// How much of a goal is in the family's own words.
public struct GoalWording: Equatable, Sendable {
    public var goalID: UUID
    /// The goal as it stood at the end of the session.
    public var text: String
    /// The goal's words (folded), counted with repeats.
    public var words: Int
    /// How many of them occur in the quoted family words of its source entries.
    public var wordsFromFamily: Int
    /// The family's standing entries among the goal's sources.
    public var familySources: Int

    /// Nil when the goal has no words or no standing family words to come from.
    public var share: Double? {
        words == 0 || familySources == 0 ? nil : Double(wordsFromFamily) / Double(words)
    }
}

/// Who had a voice: the family's entries per speaker, and the children's share.
public struct VoiceFigures: Equatable, Sendable {
    /// One person present (or speaking) and how many entries they have.
    public struct Speaker: Equatable, Sendable {
        public var memberID: UUID
        /// Nil when the member is not in the record.
        public var role: FamilyRole?
        public var entries: Int
    }

    /// Everyone present at some moment, and anyone else who spoke, in the record's member order.
    public var speakers: [Speaker]
    /// The worker's words said aloud in the session.
    public var workerAloud: Int
    /// The worker's own notes in the session.
    public var workerNotes: Int

    /// All the family's standing entries of the session.
    public var familyEntries: Int { speakers.reduce(0) { $0 + $1.entries } }
    /// Those of children and adolescents.
    public var childEntries: Int {
        speakers.filter { $0.role == .child || $0.role == .adolescent }.reduce(0) { $0 + $1.entries }
    }
    /// The children's share of the family's entries; nil when the family said nothing.
    public var childrenShare: Double? { familyEntries == 0 ? nil : Double(childEntries) / Double(familyEntries) }
}

// MARK: Deciding and closing

/// The agreements made in the session and whether each says who, what and by when.
public struct AgreementFigures: Equatable, Sendable {
    /// One agreement.
    public struct Agreement: Equatable, Sendable {
        public var agreementID: UUID
        public var who: String
        public var what: String
        public var byWhen: String?
        /// Who, what and by when are all filled in (not blank).
        public var complete: Bool
    }

    public var agreements: [Agreement]

    public var total: Int { agreements.count }
    public var complete: Int { agreements.count { $0.complete } }
}

/// The decisions of the session, with their participation-ladder level.
public struct DecisionFigures: Equatable, Sendable {
    /// One decision.
    public struct Decision: Equatable, Sendable {
        public var decisionID: UUID
        public var text: String
        /// 1–5; nil when the record holds a level outside the ladder.
        public var ladderLevel: Int?
        public var decidedBy: [String]
        /// Nil when nobody disagreed.
        public var disagreement: String?
    }

    public var decisions: [Decision]

    /// Decisions with a disagreement recorded.
    public var disagreements: Int { decisions.count { $0.disagreement != nil } }
}

/// The close of the session: the summary check and each person's rating.
public struct ClosingFigures: Equatable, Sendable {
    /// How checking the summary with the family went.
    public enum Summary: Equatable, Sendable {
        case notChecked
        case confirmed
        /// Corrected, and confirmed after the correction.
        case correctedThenConfirmed
        /// Corrected, and not confirmed after.
        case corrected
    }

    /// One person's rating of the session (or the whole family's, in older records).
    public struct Evaluation: Equatable, Sendable {
        /// Nil: rated as the whole family.
        public var memberID: UUID?
        /// Ratings by evaluation item, sorted by item id.
        public var ratings: [Rating]

        public var lowest: Int? { ratings.map(\.value).min() }
        /// At least one rating at or below the low score.
        public var flagged: Bool { ratings.contains { $0.low } }
    }

    /// One item's rating.
    public struct Rating: Equatable, Sendable {
        public var itemID: String
        public var value: Int
        /// At or below the catalogue's low score.
        public var low: Bool
    }

    public var summary: Summary
    /// How many times the family corrected the summary.
    public var corrections: Int
    public var evaluations: [Evaluation]
    /// The threshold used: ratings at or below it are low.
    public var lowScore: Int
}
