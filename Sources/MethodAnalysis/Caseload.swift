import Foundation
import KeukentafelDomain

/// Which way a family's scales went at their latest change, each read with its kind's
/// direction (a burden going down is better; progress, safety, confidence and
/// motivation going up is better).
public enum ScaleTrend: Equatable, Sendable {
    /// No scale has two sessions to compare yet (or only scales without a direction).
    case unknown
    case steady
    case better
    case worse
    /// Better for someone, worse for someone else.
    case mixed
}

/// One person's latest change on one scale: from the session before to the latest.
public struct ScaleChange: Equatable, Sendable {
    public var scaleID: UUID
    public var topic: String
    public var kind: ScaleKind
    public var memberID: UUID
    public var name: String
    public var from: Int
    public var to: Int
    /// The session of `to`.
    public var sessionNumber: Int

    /// Points of improvement: positive is better, negative worse, read with the kind's direction.
    public var improvement: Int { Caseload.direction(kind) * (to - from) }
}

/// A rating at or below the organisation's low score.
public struct LowRating: Equatable, Sendable {
    /// Nil: the family rated as one (older records).
    public var memberID: UUID?
    public var name: String?
    public var item: String
    public var value: Int
}

/// A safety scale standing at or below `Caseload.safetyScaleConcern` for someone.
public struct LowSafety: Equatable, Sendable {
    public var topic: String
    public var name: String
    public var value: Int
}

/// What the latest Signs of Safety map and the safety scales say is still of concern.
public struct SafetyConcerns: Equatable, Sendable {
    /// The words in the worries column of the latest map, still standing.
    public var worries: [String] = []
    /// The session of that map, when it was made in one.
    public var mapSessionNumber: Int?
    public var lowSafety: [LowSafety] = []

    public var isEmpty: Bool { worries.isEmpty && lowSafety.isEmpty }
    public var count: Int { worries.count + lowSafety.count }
}

/// One family on the caseload overview: when it was last seen and what may need attention.
public struct CaseloadRow: Equatable, Sendable {
    public var familyID: UUID
    public var name: String
    public var sessionCount: Int
    public var lastSessionNumber: Int?
    public var lastSessionDate: Date?
    /// Calendar days since the last session; nil when there has been none.
    public var daysSinceLastSession: Int?
    /// Days since the last session, or since the family was created when there was none:
    /// how long the family has waited.
    public var daysWaiting: Int
    public var trend: ScaleTrend
    /// The changes the trend is read from: each person's latest change on each scale,
    /// from the latest session that has one.
    public var changes: [ScaleChange]
    /// Ratings at or below the low score in the latest session that has ratings.
    public var lowRatings: [LowRating]
    public var lowRatingsSessionNumber: Int?
    public var safety: SafetyConcerns

    /// True when someone's scale went the wrong way at the latest change.
    public var isWorsening: Bool { trend == .worse || trend == .mixed }
}

/// The caseload overview: one row per family, computed from its record.
///
/// The attention order puts first what a supervisor should look at first:
/// 1. open safety concerns (worries still standing on the latest Signs of Safety map,
///    or a safety scale at `safetyScaleConcern` or below for someone),
/// 2. then low evaluations (a rating at or below the low score in the latest rated session),
/// 3. then worsening scales (someone's latest change went the wrong way),
/// 4. then the longest without a session (a family never seen counts from its creation).
///
/// The steps are compared in that order, each one deciding only between families that
/// are equal on the steps before it; the name settles the rest.
///
/// A row reads only the record's name, creation, members, sessions, scales, evaluations
/// with their sessions, and the safety map with the words on it: the store's
/// `openCaseload` reads just those events, so a row may read nothing else.
public enum Caseload {
    /// A safety scale at or below this is an open concern (10 = safe enough to close).
    public static let safetyScaleConcern = 3

    /// +1 when higher is better, -1 when lower is better, 0 when the kind has no direction.
    public static func direction(_ kind: ScaleKind) -> Int {
        switch kind {
        case .burden: -1
        case .goal, .safety, .confidence, .motivation: 1
        case .other: 0
        }
    }

    /// Every family's row, most in need of attention first.
    public static func rows(_ records: [FamilyRecord], now: Date, lowScore: Int, timeZone: TimeZone) -> [CaseloadRow] {
        let calendar = gregorian(timeZone)
        return records.map { row($0, now: now, lowScore: lowScore, calendar: calendar) }.sorted(by: needsAttentionFirst)
    }

    /// The attention order described above.
    public static func needsAttentionFirst(_ a: CaseloadRow, _ b: CaseloadRow) -> Bool {
        if a.safety.isEmpty != b.safety.isEmpty { return !a.safety.isEmpty }
        if a.lowRatings.isEmpty != b.lowRatings.isEmpty { return !a.lowRatings.isEmpty }
        if a.isWorsening != b.isWorsening { return a.isWorsening }
        if a.daysWaiting != b.daysWaiting { return a.daysWaiting > b.daysWaiting }
        let (x, y) = (a.name.lowercased(), b.name.lowercased())
        if x != y { return x < y }
        if a.name != b.name { return a.name < b.name }
        return a.familyID.uuidString < b.familyID.uuidString
    }

    /// One family's row.
    public static func row(_ record: FamilyRecord, now: Date, lowScore: Int, timeZone: TimeZone) -> CaseloadRow {
        row(record, now: now, lowScore: lowScore, calendar: gregorian(timeZone))
    }

    /// The calendar days are counted in (made once for all rows: making one is not cheap).
    static func gregorian(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    static func row(_ record: FamilyRecord, now: Date, lowScore: Int, calendar: Calendar) -> CaseloadRow {
        func days(since date: Date) -> Int {
            max(0, calendar.dateComponents([.day], from: calendar.startOfDay(for: date), to: calendar.startOfDay(for: now)).day ?? 0)
        }
        let last = record.sessions.max { $0.started < $1.started }
        let since = last.map { days(since: $0.started) }
        let changes = latestChanges(record)
        let low = lowRatings(record, lowScore: lowScore)
        return CaseloadRow(
            familyID: record.familyID, name: record.name, sessionCount: record.sessions.count, lastSessionNumber: last?.number,
            lastSessionDate: last?.started, daysSinceLastSession: since,
            daysWaiting: since ?? record.created.map { days(since: $0) } ?? 0,
            trend: trend(changes), changes: changes, lowRatings: low.ratings, lowRatingsSessionNumber: low.session,
            safety: safetyConcerns(record))
    }

    /// The trend of a set of changes.
    public static func trend(_ changes: [ScaleChange]) -> ScaleTrend {
        guard !changes.isEmpty else { return .unknown }
        let better = changes.contains { $0.improvement > 0 }
        let worse = changes.contains { $0.improvement < 0 }
        switch (better, worse) {
        case (true, true): return .mixed
        case (true, false): return .better
        case (false, true): return .worse
        case (false, false): return .steady
        }
    }

    /// Each person's latest change on each scale with a direction (their last session's
    /// value against the one before), kept when it is in the latest session that has any
    /// change: an older change of someone not asked since is no longer news.
    static func latestChanges(_ record: FamilyRecord) -> [ScaleChange] {
        let order = Dictionary(record.sessions.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var changes: [(session: Int, change: ScaleChange)] = []
        for scale in record.scales where direction(scale.kind) != 0 {
            // Each person's last value per session, sessions in order.
            var perMember: [UUID: [(session: Int, value: Int)]] = [:]
            for reading in scale.values {
                guard let sid = reading.sessionID, let i = order[sid] else { continue }
                var list = perMember[reading.memberID, default: []]
                if let end = list.last, end.session == i {
                    list[list.count - 1].value = reading.value
                } else {
                    list.append((i, reading.value))
                    list.sort { $0.session < $1.session }
                }
                perMember[reading.memberID] = list
            }
            for member in record.members {
                guard let list = perMember[member.id], list.count >= 2 else { continue }
                let (before, latest) = (list[list.count - 2], list[list.count - 1])
                changes.append(
                    (
                        latest.session,
                        ScaleChange(
                            scaleID: scale.id, topic: scale.topic, kind: scale.kind, memberID: member.id, name: member.name,
                            from: before.value, to: latest.value, sessionNumber: record.sessions[latest.session].number)
                    ))
            }
        }
        guard let newest = changes.map(\.session).max() else { return [] }
        return changes.filter { $0.session == newest }.map(\.change)
    }

    /// The ratings at or below `lowScore` in the latest session that has ratings.
    static func lowRatings(_ record: FamilyRecord, lowScore: Int) -> (ratings: [LowRating], session: Int?) {
        let order = Dictionary(record.sessions.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let rated = record.sessionEvaluations.filter { $0.sessionID.flatMap { order[$0] } != nil }
        guard let latest = rated.compactMap({ $0.sessionID.flatMap { order[$0] } }).max() else { return ([], nil) }
        let sessionID = record.sessions[latest].id
        let low = rated.filter { $0.sessionID == sessionID }.flatMap { rated in
            rated.evaluation.ratings.sorted { $0.key < $1.key }.filter { $0.value <= lowScore }.map { item in
                LowRating(
                    memberID: rated.evaluation.memberID, name: rated.evaluation.memberID.flatMap { record.member($0)?.name },
                    item: item.key,
                    value: item.value)
            }
        }
        return (low, record.sessions[latest].number)
    }

    /// Worries on the latest Signs of Safety map that still stand, and safety scales at
    /// `safetyScaleConcern` or below. The latest map is the standing entries of the
    /// session of the newest standing entry: a map made again without worries means
    /// none are open.
    static func safetyConcerns(_ record: FamilyRecord) -> SafetyConcerns {
        var concerns = SafetyConcerns()
        let standing = record.safetyMap.compactMap { item -> (EventPayload.SafetyMapEntry, FamilyRecord.Entry)? in
            guard let entry = record.entry(item.entryID), !entry.retracted else { return nil }
            return (item, entry)
        }
        if let newest = standing.max(by: { $0.1.time < $1.1.time }) {
            let session = newest.1.sessionID
            concerns.worries = standing.filter { $0.1.sessionID == session && $0.0.column == .worries }.map(\.1.text)
            concerns.mapSessionNumber = session.flatMap { id in record.sessions.first { $0.id == id }?.number }
        }
        for scale in record.scales where scale.kind == .safety {
            for member in record.members {
                guard let latest = scale.values.last(where: { $0.memberID == member.id }), latest.value <= safetyScaleConcern else {
                    continue
                }
                concerns.lowSafety.append(LowSafety(topic: scale.topic, name: member.name, value: latest.value))
            }
        }
        return concerns
    }
}
