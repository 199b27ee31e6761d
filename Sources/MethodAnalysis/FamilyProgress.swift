import Foundation
import KeukentafelDomain

/// A family over time, from its record: every scale per person per session (grouped by
/// kind), each person's evaluations per session, instrument scores in date order, and
/// the goals with where they stand. What a supervisor looks at across sessions.
public struct FamilyProgress: Equatable, Sendable {
    /// A session as a point on the horizontal axis.
    public struct SessionMark: Equatable, Sendable {
        public var id: UUID
        public var number: Int
        public var date: Date
        public var kind: SessionKind

        public init(id: UUID, number: Int, date: Date, kind: SessionKind) {
            self.id = id
            self.number = number
            self.date = date
            self.kind = kind
        }
    }

    /// One person's value on one scale in each of the scale's sessions (nil: not asked then).
    public struct PersonLine: Equatable, Sendable {
        public var memberID: UUID
        public var name: String
        public var values: [Int?]
    }

    /// One scale: its topic and kind, the sessions it was answered in, and a line per person.
    public struct ScaleChart: Equatable, Sendable {
        public var scaleID: UUID
        public var topic: String
        public var kind: ScaleKind
        public var sessions: [SessionMark]
        public var people: [PersonLine]
    }

    /// The scales of one kind, in the order they were defined.
    public struct ScaleGroup: Equatable, Sendable {
        public var kind: ScaleKind
        public var scales: [ScaleChart]
    }

    /// One person's ratings of one session: their mean, and the items at or below the threshold.
    public struct EvaluationPoint: Equatable, Sendable {
        public var session: SessionMark
        public var mean: Double
        /// Item id → rating, for the ratings at or below the low score.
        public var low: [String: Int]
        public var isLow: Bool { !low.isEmpty }
    }

    /// One person's evaluations over sessions; `memberID` nil is the family rating as one
    /// (older records).
    public struct EvaluationTrend: Equatable, Sendable {
        public var memberID: UUID?
        public var name: String?
        public var points: [EvaluationPoint]
    }

    /// One score of an instrument on one date, as recorded, and as a number when it is one.
    public struct InstrumentPoint: Equatable, Sendable {
        public var date: String
        public var value: String
        public var number: Double?
    }

    /// One score of one instrument over time, in date order.
    public struct InstrumentTrend: Equatable, Sendable {
        public var instrument: String
        public var score: String
        public var points: [InstrumentPoint]
    }

    /// A goal in the family's words, where it stands, and whose it is (empty: the family's).
    public struct GoalLine: Equatable, Sendable {
        public var id: UUID
        public var text: String
        public var status: GoalStatus
        public var owners: [String]
    }

    public var familyID: UUID
    public var name: String
    public var sessions: [SessionMark]
    /// Kinds in `ScaleKind.allCases` order; kinds without scales are left out.
    public var scaleGroups: [ScaleGroup]
    public var evaluations: [EvaluationTrend]
    /// Ratings at or below this are flagged (the organisation's `low-score`).
    public var lowScore: Int
    public var instruments: [InstrumentTrend]
    public var goals: [GoalLine]

    /// Every scale in group order.
    public var scales: [ScaleChart] { scaleGroups.flatMap(\.scales) }

    /// The family over time. Values and ratings recorded outside a session have no
    /// place on a per-session axis and are left out; so are values of people who are not
    /// (or no longer) in the record.
    public init(_ record: FamilyRecord, lowScore: Int) {
        familyID = record.familyID
        name = record.name
        self.lowScore = lowScore
        let marks = record.sessions.map { SessionMark(id: $0.id, number: $0.number, date: $0.started, kind: $0.kind) }
        sessions = marks
        let order = Dictionary(marks.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let members = record.members

        let charts = record.scales.map { scale -> ScaleChart in
            // The last value each person gave in each session.
            var last: [UUID: [UUID: Int]] = [:]
            for reading in scale.values {
                guard let session = reading.sessionID, order[session] != nil else { continue }
                last[session, default: [:]][reading.memberID] = reading.value
            }
            let asked = last.keys.sorted { order[$0]! < order[$1]! }
            let people = members.compactMap { member -> PersonLine? in
                let values = asked.map { last[$0]?[member.id] }
                guard values.contains(where: { $0 != nil }) else { return nil }
                return PersonLine(memberID: member.id, name: member.name, values: values)
            }
            return ScaleChart(
                scaleID: scale.id, topic: scale.topic, kind: scale.kind, sessions: asked.map { marks[order[$0]!] }, people: people)
        }
        scaleGroups = ScaleKind.allCases.compactMap { kind in
            let scales = charts.filter { $0.kind == kind }
            return scales.isEmpty ? nil : ScaleGroup(kind: kind, scales: scales)
        }

        // Ratings per person per session; a second evaluation by the same person in one
        // session completes the first (the later rating of an item counts).
        var ratings: [UUID?: [UUID: [String: Int]]] = [:]
        for rated in record.sessionEvaluations {
            guard let session = rated.sessionID, order[session] != nil else { continue }
            ratings[rated.evaluation.memberID, default: [:]][session, default: [:]].merge(rated.evaluation.ratings) { _, new in new }
        }
        let raters: [UUID?] = members.map(\.id).filter { ratings[$0] != nil } + (ratings[nil] != nil ? [nil] : [])
        evaluations = raters.map { memberID in
            let bySession = ratings[memberID] ?? [:]
            let points = bySession.keys.sorted { order[$0]! < order[$1]! }.compactMap { session -> EvaluationPoint? in
                let items = bySession[session] ?? [:]
                guard !items.isEmpty else { return nil }
                let mean = Double(items.values.reduce(0, +)) / Double(items.count)
                return EvaluationPoint(session: marks[order[session]!], mean: mean, low: items.filter { $0.value <= lowScore })
            }
            return EvaluationTrend(memberID: memberID, name: memberID.flatMap { id in members.first { $0.id == id }?.name }, points: points)
        }

        instruments = Self.instrumentTrends(record.instruments)
        goals = record.goals.map { goal in
            GoalLine(
                id: goal.id, text: goal.text, status: goal.status,
                owners: goal.owners.compactMap { id in members.first { $0.id == id }?.name })
        }
    }

    /// Scores grouped by instrument (case-insensitively, first spelling kept) and score
    /// name, each in date order; dates that cannot be read keep their recorded order,
    /// after the readable ones.
    static func instrumentTrends(_ scored: [EventPayload.InstrumentScored]) -> [InstrumentTrend] {
        var instruments: [String] = []
        var spelling: [String: String] = [:]
        var points: [String: [String: [(key: DayKey?, index: Int, point: InstrumentPoint)]]] = [:]
        for (index, s) in scored.enumerated() {
            let name = s.instrument.trimmingCharacters(in: .whitespaces)
            let key = name.lowercased()
            if spelling[key] == nil {
                spelling[key] = name
                instruments.append(key)
            }
            let day = DayKey(s.date)
            for (score, value) in s.scores {
                let number = Double(value.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
                points[key, default: [:]][score, default: []].append(
                    (day, index, InstrumentPoint(date: s.date, value: value, number: number)))
            }
        }
        return instruments.flatMap { key in
            (points[key] ?? [:]).keys.sorted().map { score in
                let sorted = (points[key]?[score] ?? []).sorted { a, b in
                    switch (a.key, b.key) {
                    case (let x?, let y?): return x == y ? a.index < b.index : x < y
                    case (.some, nil): return true
                    case (nil, .some): return false
                    case (nil, nil): return a.index < b.index
                    }
                }
                return InstrumentTrend(instrument: spelling[key] ?? key, score: score, points: sorted.map(\.point))
            }
        }
    }
}

/// A calendar day read from how workers write dates: `2026-11-01`, `1-11-2026`,
/// `1/11/2026`, `1.11.2026` (day before month, as in Dutch).
struct DayKey: Comparable, Sendable {
    let year: Int
    let month: Int
    let day: Int

    init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { "-/.".contains($0) }).map { Int($0) }
        guard parts.count == 3, let a = parts[0], let b = parts[1], let c = parts[2] else { return nil }
        // Year first when the first part has four digits; otherwise day-month-year.
        let (y, m, d) = a > 31 ? (a, b, c) : (c, b, a)
        guard (1...12).contains(m), (1...31).contains(d), y > 0 else { return nil }
        (year, month, day) = (y, m, d)
    }

    static func < (a: DayKey, b: DayKey) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}
