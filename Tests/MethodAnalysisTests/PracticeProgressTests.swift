import Foundation
import KeukentafelDomain
import PromptLibrary
import Testing

@testable import MethodAnalysis

@Suite("Practice: progress over rounds")
struct PracticeProgressTests {
    static let day = Date(timeIntervalSinceReferenceDate: 810_000_000)

    static func round(_ number: Int, day offset: Double, _ build: (inout RoundFigures) -> Void, observer: [String: Int]? = nil)
        -> PracticeRound
    {
        var r = RoundFigures()
        build(&r)
        return PracticeRound(
            number: number, date: day + offset * 86_400, session: r.session, trainee: r.trainee,
            observer: observer.map { ObserverScores(scores: $0) })
    }

    static let checklist = [
        PracticeFeedbackTests.item("open-questions", .openQuestions), PracticeFeedbackTests.item("summary-check"),
        PracticeFeedbackTests.item("never-scored"),
    ]

    @Test("rounds in order of their number; per figure one value per round, nil where there was nothing to count")
    func series() throws {
        let rounds = [
            Self.round(
                3, day: 14,
                {
                    $0.questions(open: 8, closed: 2)
                    $0.compliments(3)
                }, observer: ["open-questions": 2]),
            Self.round(1, day: 0, { $0.questions(open: 2, closed: 8) }, observer: ["open-questions": 0, "summary-check": 1]),
            Self.round(2, day: 7, { $0.compliments(1) }),
        ]
        let levels = [
            PracticeThreshold(figure: .compliments, fair: 1, good: 2), PracticeThreshold(figure: .openQuestions, fair: 50, good: 70),
        ]
        let p = PracticeProgress(rounds, thresholds: levels, checklist: Self.checklist)
        #expect(p.rounds.map(\.number) == [1, 2, 3])
        #expect(p.rounds.map(\.date) == [Self.day, Self.day + 7 * 86_400, Self.day + 14 * 86_400])
        #expect(
            p.series.map(\.measure) == [
                .figure(.compliments), .figure(.openQuestions), .observer("open-questions"), .observer("summary-check"),
            ], "figures with levels in file order, then items in checklist order; nothing counted or scored is left out")

        let open = try #require(p.series(.figure(.openQuestions)))
        #expect(open.values == [20, nil, 80])
        #expect(open.fair == 50 && open.good == 70)
        #expect(open.first == 20 && open.latest == 80 && open.change == 60)
        let compliments = try #require(p.series(.figure(.compliments)))
        #expect(compliments.values == [0, 1, 3])
        let observed = try #require(p.series(.observer("open-questions")))
        #expect(observed.values == [0, nil, 2])
        #expect(observed.fair == 1 && observed.good == 2)
        let summary = try #require(p.series(.observer("summary-check")))
        #expect(summary.values == [1, nil, nil])
        #expect(summary.change == nil, "one value is no change")
        #expect(p.series(.observer("never-scored")) == nil)
    }

    @Test("figures without levels follow in their own order, with no levels; items the checklist no longer has come last, by id")
    func withoutLevels() throws {
        let rounds = [
            Self.round(1, day: 0, { $0.voices(child: 1, all: 4) }, observer: ["zz-old": 1, "aa-old": 2]),
            Self.round(1, day: 1, { $0.voices(child: 2, all: 4) }),
        ]
        let p = PracticeProgress(rounds, thresholds: [], checklist: Self.checklist)
        #expect(p.rounds.map(\.date) == [Self.day, Self.day + 86_400], "the same number: by date")
        #expect(
            p.series.map(\.measure) == [
                .figure(.childrenVoice), .figure(.compliments), .observer("aa-old"), .observer("zz-old"),
            ])
        let voice = try #require(p.series(.figure(.childrenVoice)))
        #expect(voice.values == [25, 50] && voice.fair == nil && voice.good == nil)
    }

    @Test("no rounds: no marks and no series; the shipped catalogue's levels are read by the convenience")
    func empty() {
        let none = PracticeProgress([], catalog: SessionBuilder.catalog)
        #expect(none.rounds.isEmpty && none.series.isEmpty)
        let one = PracticeProgress([Self.round(1, day: 0, { $0.compliments(2) })], catalog: SessionBuilder.catalog)
        #expect(one.series(.figure(.compliments))?.good == 2)
        #expect(one.series(.figure(.compliments))?.values == [2])
    }
}
