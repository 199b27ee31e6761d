import Foundation
import KeukentafelDomain
import Testing

@testable import MethodAnalysis

/// A hand-made fictional family log: events a minute apart, sessions where asked.
struct Log {
    let family = UUID()
    var events: [Event] = []
    var clock = Date(timeIntervalSinceReferenceDate: 815_000_000)

    init(_ name: String = "Gezin Test") { add(nil, .familyCreated(.init(name: name))) }

    var record: FamilyRecord { FamilyRecord.replay(family, events) }

    mutating func add(_ session: UUID?, _ payload: EventPayload) {
        events.append(Event(familyID: family, sessionID: session, time: clock, author: "test", payload: payload))
        clock = clock.addingTimeInterval(60)
    }

    mutating func member(_ name: String, _ role: FamilyRole = .parent) -> UUID {
        let id = UUID()
        add(nil, .memberAdded(.init(memberID: id, name: name, role: role)))
        return id
    }

    /// Session `number`, `days` after the log's start.
    mutating func session(_ number: Int, day days: Double? = nil) -> UUID {
        if let days { clock = max(clock, Date(timeIntervalSinceReferenceDate: 815_000_000 + days * 86_400)) }
        let id = UUID()
        add(id, .sessionStarted(.init(number: number, kind: .live, worker: "test", present: [])))
        return id
    }

    mutating func scale(_ topic: String, _ kind: ScaleKind) -> UUID {
        let id = UUID()
        add(nil, .scaleDefined(.init(scaleID: id, topic: topic, kind: kind)))
        return id
    }

    mutating func value(_ scale: UUID, _ member: UUID, _ value: Int, _ session: UUID?) {
        add(session, .scaleValueSet(.init(scaleID: scale, memberID: member, value: value)))
    }
}

@Suite("Family over time")
struct FamilyProgressTests {
    @Test("a family without sessions has nothing over time, and says so by empty lists")
    func noSessions() {
        var log = Log()
        let sara = log.member("Sara")
        let scale = log.scale("rust", .burden)
        log.value(scale, sara, 5, nil)  // outside a session: no place on the axis
        let p = FamilyProgress(log.record, lowScore: 5)
        #expect(p.sessions.isEmpty)
        #expect(p.scaleGroups.map(\.kind) == [.burden])
        #expect(p.scales[0].sessions.isEmpty)
        #expect(p.scales[0].people.isEmpty)
        #expect(p.evaluations.isEmpty)
        #expect(p.instruments.isEmpty)
        #expect(p.goals.isEmpty)
    }

    @Test("a family with sessions but no scales has no scale groups")
    func noScales() {
        var log = Log()
        _ = log.member("Sara")
        _ = log.session(1)
        #expect(FamilyProgress(log.record, lowScore: 5).scaleGroups.isEmpty)
    }

    @Test("per scale and person: the last value in each session the scale was asked in, nil when not asked")
    func scaleValuesPerSession() {
        var log = Log()
        let sara = log.member("Sara")
        let tom = log.member("Tom", .child)
        let burden = log.scale("ruzie", .burden)
        let s1 = log.session(1, day: 0)
        log.value(burden, sara, 8, s1)
        log.value(burden, sara, 7, s1)  // corrected in the same session: 7 counts
        log.value(burden, tom, 5, s1)
        _ = log.session(2, day: 7)  // the scale was not asked
        let s3 = log.session(3, day: 14)
        log.value(burden, sara, 4, s3)
        let p = FamilyProgress(log.record, lowScore: 5)
        let chart = p.scales[0]
        #expect(chart.sessions.map(\.number) == [1, 3])
        #expect(chart.sessions[1].date == log.record.sessions[2].started)
        #expect(chart.people.map(\.name) == ["Sara", "Tom"])
        #expect(chart.people[0].values == [7, 4])
        #expect(chart.people[1].values == [5, nil])
    }

    @Test("scales are grouped by kind in a fixed order, each group in the order defined")
    func groupedByKind() {
        var log = Log()
        let goal = log.scale("huiswerk", .goal)
        let burden = log.scale("ruzie", .burden)
        let safety = log.scale("veilig", .safety)
        let goal2 = log.scale("ontbijt", .goal)
        let p = FamilyProgress(log.record, lowScore: 5)
        #expect(p.scaleGroups.map(\.kind) == [.burden, .goal, .safety])
        #expect(p.scaleGroups[1].scales.map(\.scaleID) == [goal, goal2])
        #expect(p.scales.map(\.scaleID) == [burden, goal, goal2, safety])
    }

    @Test("evaluations: each person's mean per session, flagged when a rating is at or below the low score")
    func evaluationTrends() throws {
        var log = Log()
        let sara = log.member("Sara")
        let tom = log.member("Tom", .child)
        let s1 = log.session(1, day: 0)
        log.add(s1, .evaluationRecorded(.init(ratings: ["a": 8, "b": 9], memberID: tom)))
        log.add(s1, .evaluationRecorded(.init(ratings: ["a": 7, "b": 6], memberID: sara)))
        let s2 = log.session(2, day: 7)
        log.add(s2, .evaluationRecorded(.init(ratings: ["a": 5, "b": 9], memberID: sara)))
        log.add(s2, .evaluationRecorded(.init(ratings: ["a": 6], memberID: nil)))  // the family as one (older records)
        log.add(nil, .evaluationRecorded(.init(ratings: ["a": 1], memberID: sara)))  // outside a session: left out
        let p = FamilyProgress(log.record, lowScore: 5)
        // Members in the record's order, the family as one last.
        #expect(p.evaluations.map(\.memberID) == [sara, tom, nil])
        let saraTrend = p.evaluations[0]
        #expect(saraTrend.name == "Sara")
        #expect(saraTrend.points.map(\.session.number) == [1, 2])
        #expect(saraTrend.points.map(\.mean) == [6.5, 7])
        #expect(saraTrend.points.map(\.isLow) == [false, true])
        #expect(saraTrend.points[1].low == ["a": 5])
        #expect(p.evaluations[1].points.map(\.mean) == [8.5])
        #expect(p.evaluations[2].name == nil)
        #expect(p.evaluations[2].points.map(\.mean) == [6])
    }

    @Test("a second evaluation by one person in one session completes the first")
    func evaluationsMerged() {
        var log = Log()
        let sara = log.member("Sara")
        let s1 = log.session(1)
        log.add(s1, .evaluationRecorded(.init(ratings: ["a": 4, "b": 8], memberID: sara)))
        log.add(s1, .evaluationRecorded(.init(ratings: ["a": 6], memberID: sara)))
        let point = FamilyProgress(log.record, lowScore: 5).evaluations[0].points
        #expect(point.count == 1)
        #expect(point[0].mean == 7)
        #expect(!point[0].isLow)
    }

    @Test("instruments: one trend per instrument and score, in date order whatever the date's style")
    func instrumentTrends() {
        var log = Log()
        let s1 = log.session(1)
        log.add(s1, .instrumentScored(.init(instrument: "SDQ", date: "2026-11-16", scores: ["totaal": "15", "emotioneel": "5"])))
        log.add(s1, .instrumentScored(.init(instrument: "sdq ", date: "19-10-2026", scores: ["totaal": "18"])))
        log.add(s1, .instrumentScored(.init(instrument: "ZRM", date: "najaar", scores: ["wonen": "3,5"])))
        log.add(s1, .instrumentScored(.init(instrument: "ZRM", date: "1/9/2026", scores: ["wonen": "2"])))
        let trends = FamilyProgress(log.record, lowScore: 5).instruments
        #expect(trends.map { "\($0.instrument) \($0.score)" } == ["SDQ emotioneel", "SDQ totaal", "ZRM wonen"])
        #expect(trends[1].points.map(\.date) == ["19-10-2026", "2026-11-16"])
        #expect(trends[1].points.map(\.number) == [18, 15])
        // A date that cannot be read comes after the readable ones; "3,5" is a number.
        #expect(trends[2].points.map(\.date) == ["1/9/2026", "najaar"])
        #expect(trends[2].points.map(\.number) == [2, 3.5])
    }

    @Test("goals with their status, dropped ones too, and whose they are")
    func goals() {
        var log = Log()
        let sara = log.member("Sara")
        let (a, b) = (UUID(), UUID())
        log.add(nil, .goalSet(.init(goalID: a, text: "Rustig ontbijten", sourceEntries: [], owners: [sara])))
        log.add(nil, .goalSet(.init(goalID: b, text: "Naar oma", sourceEntries: [])))
        log.add(nil, .goalChanged(.init(goalID: b, status: .dropped)))
        log.add(nil, .goalChanged(.init(goalID: a, status: .achieved, text: "Samen rustig ontbijten")))
        let goals = FamilyProgress(log.record, lowScore: 5).goals
        #expect(goals.map(\.text) == ["Samen rustig ontbijten", "Naar oma"])
        #expect(goals.map(\.status) == [.achieved, .dropped])
        #expect(goals.map(\.owners) == [["Sara"], []])
    }

    @Test("day keys read year-first and day-first dates and refuse the rest")
    func dayKeys() {
        #expect(DayKey("2026-11-01") == DayKey("1-11-2026"))
        #expect(DayKey("1.11.2026")! < DayKey("2026-11-02")!)
        #expect(DayKey("najaar") == nil)
        #expect(DayKey("2026-13-01") == nil)
    }
}
