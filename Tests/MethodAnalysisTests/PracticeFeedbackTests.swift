import Foundation
import KeukentafelDomain
import PromptLibrary
import Testing

@testable import MethodAnalysis

/// Figures of a round set by hand, so that each level and margin is known.
struct RoundFigures {
    var session: SessionFigures
    var trainee: TraineeFigures

    /// A session with nothing in it: every figure has nothing to count.
    init() {
        var b = SessionBuilder()
        b.start()
        session = b.figures
        trainee = TraineeAnalysis.figures(b.log, session: session)
    }

    /// `open` open and `closed` closed questions; the first `could` had family words before
    /// them, and the first `built` of those took one up.
    mutating func questions(open: Int, closed: Int, could: Int = 0, built: Int = 0) {
        trainee.questions = (0..<(open + closed)).map { i in
            TraineeFigures.Question(
                entryID: UUID(), text: "", form: i < open ? .open : .closed, familyWordsBefore: i < could ? [UUID()] : [],
                contentWords: ["woord"], reusedWords: i < built ? ["woord"] : [], stacked: false)
        }
    }

    mutating func compliments(_ n: Int) { trainee.compliments = (0..<n).map { _ in UUID() } }

    /// `child` of `all` family entries were a child's.
    mutating func voices(child: Int, all: Int) {
        session.voices.speakers = [
            .init(memberID: UUID(), role: .parent, entries: all - child), .init(memberID: UUID(), role: .child, entries: child),
        ]
    }
}

@Suite("Practice: feedback on a round")
struct PracticeFeedbackTests {
    static let levels: [PracticeThreshold] = [
        .init(figure: .openQuestions, fair: 50, good: 70),
        .init(figure: .buildsOnWords, fair: 40, good: 60),
        .init(figure: .competenceAfterScale, fair: 50, good: 100),
        .init(figure: .exceptionDetail, fair: 50, good: 80),
        .init(figure: .solutionTalkShare, fair: 50, good: 67),
        .init(figure: .childrenVoice, fair: 15, good: 30),
        .init(figure: .compliments, fair: 1, good: 2),
    ]

    static func item(_ id: String, _ figure: PracticeFigure? = nil) -> ObserverChecklistItem {
        ObserverChecklistItem(
            id: id, wording: [.nl: "nl \(id)", .en: "en \(id)"],
            levels: [0: [.nl: "nul", .en: "zero"], 1: [.nl: "een", .en: "one"], 2: [.nl: "goed zo", .en: "well done"]], figure: figure)
    }

    static func make(_ r: RoundFigures, _ observer: ObserverScores? = nil, checklist: [ObserverChecklistItem] = []) -> PracticeFeedback {
        PracticeFeedback.make(r.session, r.trainee, observer: observer, thresholds: levels, checklist: checklist)
    }

    @Test("strengths: at or above good, furthest above first (as a share of the level), never more than three")
    func strengths() {
        var r = RoundFigures()
        r.questions(open: 4, closed: 1, could: 5, built: 5)  // open 80% (+10/70), builds on 100% (+40/60)
        r.trainee.scalesAsked = 2
        r.trainee.scalesWithCompetence = 2  // 100%, exactly good: +0
        r.trainee.exceptions = 4
        r.trainee.exceptionsWithDetail = 4  // 100% (+20/80)
        r.compliments(3)  // +1/2
        let f = Self.make(r)
        #expect(f.strengths.map(\.measure) == [.figure(.buildsOnWords), .figure(.compliments), .figure(.exceptionDetail)])
        #expect(f.strengths.allSatisfy { $0.standing == .good })
        #expect(f.strengths[0].value == 100 && f.strengths[0].level == 60 && f.strengths[0].margin == 40.0 / 60.0)
        #expect(f.strengths[0].part == 5 && f.strengths[0].whole == 5)
        #expect(f.toPractise.isEmpty)
    }

    @Test("to practise: below fair first, then below good, each furthest below first; three at most")
    func toPractise() {
        var r = RoundFigures()
        r.questions(open: 3, closed: 7)  // 30%: 20/50 below fair
        r.trainee.exceptions = 2
        r.trainee.exceptionsWithDetail = 1  // 50%: from fair, 30/80 below good
        r.session.talk = TalkBalance(solution: 3, problem: 2, other: 0)  // 60%: 7/67 below good
        r.voices(child: 1, all: 10)  // 10%: 5/15 below fair
        let f = Self.make(r)
        #expect(f.toPractise.map(\.measure) == [.figure(.compliments), .figure(.openQuestions), .figure(.childrenVoice)])
        #expect(f.toPractise.map(\.standing) == [.belowFair, .belowFair, .belowFair], "below fair comes before a larger gap below good")
        #expect(f.toPractise[0].value == 0 && f.toPractise[0].level == 1)
        #expect(f.toPractise[1].level == 50, "below fair is held against fair")
        #expect(f.strengths.isEmpty)

        r.voices(child: 2, all: 10)  // 20%: now from fair
        r.compliments(1)
        let g = Self.make(r)
        #expect(g.toPractise.map(\.measure) == [.figure(.openQuestions), .figure(.compliments), .figure(.exceptionDetail)])
        #expect(g.toPractise.map(\.standing) == [.belowFair, .belowGood, .belowGood])
        #expect(g.toPractise[2].level == 80, "from fair, a point is held against good")
    }

    @Test("fewer points when a round gives little to say: a figure with nothing to count, or without levels, gets none")
    func little() {
        let empty = Self.make(RoundFigures())
        #expect(empty.strengths.isEmpty)
        #expect(empty.toPractise.map(\.measure) == [.figure(.compliments)], "no question, scale, exception or child: only the count")

        var r = RoundFigures()
        r.questions(open: 2, closed: 0)
        r.session.goals = [.init(goalID: UUID(), text: "samen ontbijten", words: 2, wordsFromFamily: 2, familySources: 1)]
        let f = PracticeFeedback.make(r.session, r.trainee, observer: nil, thresholds: [], checklist: [])
        #expect(f.strengths.isEmpty && f.toPractise.isEmpty, "no levels set: no figure feedback")
        #expect(PracticeFigure.goalsOwnWords.value(r.session, r.trainee) == 100)
        #expect(PracticeFigure.childrenVoice.value(r.session, r.trainee) == nil, "nobody spoke, so no share")
        r.voices(child: 0, all: 4)
        #expect(PracticeFigure.childrenVoice.value(r.session, r.trainee) == 0, "a silent child at the table is 0")
        r.session.voices.speakers.removeLast()
        #expect(PracticeFigure.childrenVoice.value(r.session, r.trainee) == nil, "no child at the table: no figure rather than 0")
    }

    @Test("equal margins keep the order of the levels file")
    func ties() {
        var r = RoundFigures()
        r.questions(open: 7, closed: 3, could: 10, built: 6)  // open 70%, builds on 60%: both exactly good
        let f = Self.make(r)
        #expect(f.strengths.map(\.measure) == [.figure(.openQuestions), .figure(.buildsOnWords)])
        let reversed = PracticeFeedback.make(r.session, r.trainee, observer: nil, thresholds: Self.levels.reversed(), checklist: [])
        #expect(reversed.strengths.map(\.measure) == [.figure(.buildsOnWords), .figure(.openQuestions)])
    }

    @Test("the observer's scores: fair 1, good 2; an item about a figure that agrees is folded into it, one that disagrees stands apart")
    func observer() {
        var r = RoundFigures()
        r.questions(open: 8, closed: 2)  // open 80%: good
        r.compliments(0)  // below fair
        let checklist = [
            Self.item("open-questions", .openQuestions), Self.item("compliments", .compliments), Self.item("summary-check"),
            Self.item("keeps-to-steps"),
        ]
        let scores = ObserverScores(
            observer: "trainer",
            scores: ["open-questions": 2, "compliments": 2, "summary-check": 1, "keeps-to-steps": 0, "gone": 0, "x": 7])
        #expect(scores.scores.count == 5, "a score outside 0-2 is not kept")
        let f = Self.make(r, scores, checklist: checklist)
        #expect(f.strengths.map(\.measure) == [.figure(.openQuestions), .observer("compliments")])
        #expect(f.strengths[0].observerScore == 2, "the agreeing score is folded into the figure's point")
        #expect(f.strengths[1].value == 2 && f.strengths[1].margin == 0)
        #expect(f.toPractise.map(\.measure) == [.figure(.compliments), .observer("keeps-to-steps"), .observer("summary-check")])
        #expect(f.toPractise[0].observerScore == nil, "the observer saw a good compliment where none was tagged: both are shown")
        #expect(f.toPractise[2].standing == .belowGood && f.toPractise[2].level == 2)
        #expect(
            !(f.strengths + f.toPractise).contains { $0.measure == .observer("gone") }, "an item no longer on the checklist is left out")
    }

    @Test("each point in words, Dutch and English: value, what it is of, the level, and a tip when it is to practise")
    func texts() {
        var r = RoundFigures()
        r.questions(open: 3, closed: 7)
        r.trainee.exceptions = 2
        r.trainee.exceptionsWithDetail = 1
        r.compliments(3)
        let checklist = [Self.item("summary-check"), Self.item("compliments", .compliments)]
        let f = Self.make(r, ObserverScores(scores: ["summary-check": 0, "compliments": 2]), checklist: checklist)
        let strength = f.strengths[0]
        #expect(
            PracticeFeedbackText.text(strength, .nl, checklist: checklist) == "Complimenten: 3; goed vanaf 2. De observator gaf 2 van 2.")
        #expect(PracticeFeedbackText.text(strength, .en, checklist: checklist) == "Compliments: 3; good from 2. The observer gave 2 of 2.")
        let open = f.toPractise.first { $0.measure == .figure(.openQuestions) }!
        #expect(
            PracticeFeedbackText.text(open, .nl, checklist: checklist)
                == "Open vragen: 30% (3 van 10); voldoende vanaf 50%. Begin je vraag met wat, hoe, wanneer of wie.")
        #expect(
            PracticeFeedbackText.text(open, .en, checklist: checklist)
                == "Open questions: 30% (3 of 10); fair from 50%. Start your questions with what, how, when or who.")
        let detail = f.toPractise.first { $0.measure == .figure(.exceptionDetail) }!
        #expect(
            PracticeFeedbackText.text(detail, .en, checklist: checklist).hasPrefix(
                "Detail on exceptions: 50% (1 of 2); good from 80%. When"))
        let summary = f.toPractise.first { $0.measure == .observer("summary-check") }!
        #expect(
            PracticeFeedbackText.text(summary, .nl, checklist: checklist) == "nl summary-check (observator): 0 van 2. Een 2 is: goed zo")
        #expect(PracticeFeedbackText.text(summary, .en, checklist: checklist) == "en summary-check (observer): 0 of 2. A 2 is: well done")
        for figure in PracticeFigure.allCases {
            #expect(PracticeFeedbackText.label(figure, .nl) != PracticeFeedbackText.label(figure, .en))
            #expect(PracticeFeedbackText.tip(figure, .nl) != PracticeFeedbackText.tip(figure, .en))
        }
    }

    @Test("from a recorded role-play to feedback with the shipped levels and checklist")
    func fromTheRecord() {
        var b = SessionBuilder()
        b.start()
        b.aloud(1, "Wat ging er goed deze week?")
        b.say(2, b.anna, "Woensdag was het rustig aan tafel", [.exception])
        b.aloud(3, "Hoe kwam het dat het woensdag rustig was aan tafel?")
        b.say(4, b.anna, "We hadden de telefoons weggelegd")
        b.aloud(5, "Wat knap dat jullie dat samen afspraken.", [.complimentGiven])
        b.aloud(6, "Noor, hoe vond jij woensdag?")
        b.say(7, b.noor, "Leuk, papa deed een spelletje", [.strength])
        b.aloud(8, "Is dat vaker zo?")
        b.say(9, b.bram, "Nee, meestal ben ik te moe", [.worry])
        let (session, trainee) = TraineeAnalysis.figures(b.log, catalog: SessionBuilder.catalog)
        #expect(trainee.questions.map(\.form) == [.open, .open, .open, .closed])
        let f = PracticeFeedback.make(session, trainee, observer: nil, catalog: SessionBuilder.catalog)
        // Open 3 of 4 (75%), detail on the one exception (100%); building on their words 1 of 3
        // (33%: "woensdag" was not in Anna's last answer), solution talk 2 of 3 (67% is just
        // under the level 67), Noor 1 of 4 entries (25%), one compliment.
        #expect(f.strengths.map(\.measure) == [.figure(.exceptionDetail), .figure(.openQuestions)])
        #expect(f.toPractise.map(\.measure) == [.figure(.buildsOnWords), .figure(.compliments), .figure(.childrenVoice)])
        #expect(
            PracticeFeedbackText.text(f.strengths[0], .nl, checklist: []) == "Doorvragen op uitzonderingen: 100% (1 van 1); goed vanaf 80%."
        )
    }
}
