import Foundation
import KeukentafelDomain
import Testing

@testable import MethodAnalysis

@Suite("Caseload")
struct CaseloadTests {
    static let utc = TimeZone(identifier: "UTC")!
    /// Thirty days after the logs' start.
    static let now = Date(timeIntervalSinceReferenceDate: 815_000_000 + 30 * 86_400)

    static func row(_ log: Log, lowScore: Int = 5) -> CaseloadRow {
        Caseload.row(log.record, now: now, lowScore: lowScore, timeZone: utc)
    }

    /// A family with one person and one scale of `kind` asked in two sessions.
    static func twoValues(_ kind: ScaleKind, _ from: Int, _ to: Int) -> CaseloadRow {
        var log = Log()
        let sara = log.member("Sara")
        let scale = log.scale("x", kind)
        log.value(scale, sara, from, log.session(1, day: 0))
        log.value(scale, sara, to, log.session(2, day: 7))
        return row(log)
    }

    @Test("a family without sessions: no last session, waiting since it was created, nothing to read on scales")
    func noSessions() {
        var log = Log()
        _ = log.member("Sara")
        let r = Self.row(log)
        #expect(r.sessionCount == 0)
        #expect(r.lastSessionNumber == nil)
        #expect(r.daysSinceLastSession == nil)
        #expect(r.daysWaiting == 30)
        #expect(r.trend == .unknown)
        #expect(r.lowRatings.isEmpty)
        #expect(r.safety.isEmpty)
    }

    @Test("a family with sessions and no scales has no trend")
    func noScales() {
        var log = Log()
        _ = log.session(1, day: 20)
        let r = Self.row(log)
        #expect(r.trend == .unknown)
        #expect(r.changes.isEmpty)
        #expect(r.lastSessionNumber == 1)
        #expect(r.daysSinceLastSession == 10)
    }

    @Test("a burden going down is better; progress, safety, confidence and motivation going up are better")
    func directions() {
        #expect(Self.twoValues(.burden, 8, 5).trend == .better)
        #expect(Self.twoValues(.burden, 5, 8).trend == .worse)
        for kind in [ScaleKind.goal, .safety, .confidence, .motivation] {
            #expect(Self.twoValues(kind, 4, 6).trend == .better, "\(kind)")
            #expect(Self.twoValues(kind, 6, 4).trend == .worse, "\(kind)")
        }
        #expect(Self.twoValues(.goal, 6, 6).trend == .steady)
        // A scale of no known direction says nothing either way.
        #expect(Self.twoValues(.other, 2, 9).trend == .unknown)
        let change = Self.twoValues(.burden, 8, 5).changes
        #expect(change.map(\.from) == [8])
        #expect(change.map(\.to) == [5])
        #expect(change.map(\.improvement) == [3])
        #expect(change.map(\.sessionNumber) == [2])
    }

    @Test("better for one and worse for another is mixed, and counts as worsening")
    func mixed() {
        var log = Log()
        let sara = log.member("Sara")
        let tom = log.member("Tom")
        let burden = log.scale("ruzie", .burden)
        let s1 = log.session(1, day: 0)
        log.value(burden, sara, 7, s1)
        log.value(burden, tom, 5, s1)
        let s2 = log.session(2, day: 7)
        log.value(burden, sara, 5, s2)
        log.value(burden, tom, 6, s2)
        let r = Self.row(log)
        #expect(r.trend == .mixed)
        #expect(r.isWorsening)
        #expect(r.changes.map(\.name) == ["Sara", "Tom"])
    }

    @Test("only the latest change counts: an older change of someone not asked since is left out")
    func latestChangeOnly() {
        var log = Log()
        let sara = log.member("Sara")
        let tom = log.member("Tom")
        let burden = log.scale("ruzie", .burden)
        let goal = log.scale("ontbijt", .goal)
        let s1 = log.session(1, day: 0)
        log.value(burden, tom, 4, s1)
        log.value(goal, sara, 5, s1)
        let s2 = log.session(2, day: 7)
        log.value(burden, tom, 8, s2)  // worse, but a session ago
        log.value(goal, sara, 6, s2)
        let s3 = log.session(3, day: 14)
        log.value(goal, sara, 7, s3)
        log.value(burden, sara, 9, s3)  // first value of Sara on this scale: nothing to compare
        let r = Self.row(log)
        #expect(r.changes.map(\.name) == ["Sara"])
        #expect(r.changes.map(\.topic) == ["ontbijt"])
        #expect(r.trend == .better)
    }

    @Test("low ratings come from the latest session that has ratings, at or below the low score")
    func lowRatings() {
        var log = Log()
        let sara = log.member("Sara")
        let tom = log.member("Tom", .child)
        let s1 = log.session(1, day: 0)
        log.add(s1, .evaluationRecorded(.init(ratings: ["heard": 2], memberID: sara)))
        let s2 = log.session(2, day: 7)
        log.add(s2, .evaluationRecorded(.init(ratings: ["heard": 5, "useful": 9], memberID: tom)))
        log.add(s2, .evaluationRecorded(.init(ratings: ["heard": 6], memberID: sara)))
        _ = log.session(3, day: 14)  // not rated (yet): the ratings of session 2 still stand
        let r = Self.row(log)
        #expect(r.lowRatings == [LowRating(memberID: tom, name: "Tom", item: "heard", value: 5)])
        #expect(r.lowRatingsSessionNumber == 2)
        #expect(Self.row(log, lowScore: 4).lowRatings.isEmpty)
    }

    @Test("worries on the latest safety map count while they stand; a map made again without worries closes them")
    func safetyMap() {
        var log = Log()
        let sara = log.member("Sara")
        func entry(_ session: UUID, _ column: SafetyColumn, _ text: String) -> UUID {
            let id = UUID()
            log.add(session, .utteranceRecorded(.init(entryID: id, speaker: sara, text: text)))
            log.add(session, .safetyMapEntry(.init(entryID: id, column: column, perspective: .parents)))
            return id
        }
        let s1 = log.session(1, day: 0)
        _ = entry(s1, .worries, "Hij schreeuwt 's nachts")
        let s2 = log.session(2, day: 7)
        _ = entry(s2, .worries, "Er is geen eten in huis")
        let retracted = entry(s2, .worries, "Verkeerd ingevoerd")
        log.add(s2, .entryRetracted(.init(entryID: retracted)))
        _ = entry(s2, .goingWell, "Oma komt elke dag")
        var r = Self.row(log)
        #expect(r.safety.worries == ["Er is geen eten in huis"])
        #expect(r.safety.mapSessionNumber == 2)
        let s3 = log.session(3, day: 14)
        _ = entry(s3, .goingWell, "Er is weer eten")
        r = Self.row(log)
        #expect(r.safety.isEmpty)
    }

    @Test("a safety scale at 3 or below is an open concern, read from each person's latest value")
    func safetyScale() {
        var log = Log()
        let sara = log.member("Sara")
        let tom = log.member("Tom")
        let safety = log.scale("veilig", .safety)
        let s1 = log.session(1, day: 0)
        log.value(safety, sara, 2, s1)
        log.value(safety, tom, 3, s1)
        let s2 = log.session(2, day: 7)
        log.value(safety, sara, 4, s2)
        let r = Self.row(log)
        #expect(r.safety.lowSafety == [LowSafety(topic: "veilig", name: "Tom", value: 3)])
        #expect(!r.safety.isEmpty)
    }

    @Test("days since the last session count calendar days in the worker's time zone")
    func calendarDays() {
        // "now" is 20:53 UTC; the session began 22 hours before: yesterday in UTC, today two hours east.
        var log = Log()
        _ = log.session(1, day: 29)
        log.events[log.events.count - 1].time = Self.now.addingTimeInterval(-22 * 3600)
        let utc = Caseload.row(log.record, now: Self.now, lowScore: 5, timeZone: Self.utc)
        let east = Caseload.row(log.record, now: Self.now, lowScore: 5, timeZone: TimeZone(secondsFromGMT: 2 * 3600)!)
        #expect(utc.daysSinceLastSession == 1)
        #expect(east.daysSinceLastSession == 0)
    }

    @Test("the attention order: safety, then low evaluations, then worsening scales, then longest without a session, then name")
    func attentionOrder() {
        func row(_ name: String, safety: Bool = false, low: Bool = false, trend: ScaleTrend = .unknown, waiting: Int = 0) -> CaseloadRow {
            CaseloadRow(
                familyID: UUID(), name: name, sessionCount: 1, lastSessionNumber: 1, lastSessionDate: nil, daysSinceLastSession: waiting,
                daysWaiting: waiting, trend: trend, changes: [],
                lowRatings: low ? [LowRating(memberID: nil, name: nil, item: "heard", value: 2)] : [], lowRatingsSessionNumber: nil,
                safety: SafetyConcerns(worries: safety ? ["zorg"] : []))
        }
        let rows = [
            row("Gezin A", waiting: 40),
            row("Gezin B", trend: .worse, waiting: 1),
            row("Gezin C", low: true),
            row("Gezin D", safety: true),
            row("Gezin E", safety: true, low: true),
            row("Gezin F", trend: .mixed, waiting: 3),
            row("Gezin G", trend: .better, waiting: 50),
            row("gezin a", waiting: 40),
        ]
        let sorted = rows.shuffled().sorted(by: Caseload.needsAttentionFirst).map(\.name)
        #expect(sorted == ["Gezin E", "Gezin D", "Gezin C", "Gezin F", "Gezin B", "Gezin G", "Gezin A", "gezin a"])
    }

    @Test("rows are computed for every record and come out in the attention order")
    func rowsSorted() {
        var quiet = Log("Gezin Rust")
        _ = quiet.session(1, day: 29)
        var worried = Log("Gezin Zorg")
        let sara = worried.member("Sara")
        let s = worried.session(1, day: 29)
        let entry = UUID()
        worried.add(s, .utteranceRecorded(.init(entryID: entry, speaker: sara, text: "bang")))
        worried.add(s, .safetyMapEntry(.init(entryID: entry, column: .worries, perspective: .children)))
        let rows = Caseload.rows([quiet.record, worried.record], now: Self.now, lowScore: 5, timeZone: Self.utc)
        #expect(rows.map(\.name) == ["Gezin Zorg", "Gezin Rust"])
    }
}
