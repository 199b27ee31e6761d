import Foundation
import GRDB
import KeukentafelDomain

@testable import KeukentafelStore

/// A fresh store in a temporary folder, removed afterwards.
final class TemporaryStore {
    let directory: String
    var store: EventStore!

    init(upgrading: (() -> Void)? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kt-store-\(UUID().uuidString)").path
        store = try EventStore(directory: directory, upgrading: upgrading)
    }

    /// Opens the store in `directory` (made by the test), removed afterwards as well.
    init(directory: String, upgrading: (() -> Void)? = nil) throws {
        self.directory = directory
        store = try EventStore(directory: directory, upgrading: upgrading)
    }

    func reopen() throws {
        store.closeStore()
        store = nil
        store = try EventStore(directory: directory)
    }

    deinit {
        store?.closeStore()
        try? FileManager.default.removeItem(atPath: directory)
    }

    var files: [String] { ["", "-wal", "-shm"].map { directory + "/" + EventStore.databaseName + $0 } }
}

/// A store file of the v2 format, as Keukentafel 0.2 left it (its migrations only: FTS5
/// with rows of its own, no `text_key` or `text_row`), removed afterwards.
final class VersionTwoStore {
    let directory: String
    let pool: DatabasePool

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kt-v2-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        pool = try DatabasePool(path: directory + "/" + EventStore.databaseName)
        try Schema.migrator.migrate(pool, upTo: "v2: every recorded text searchable, folded for every script")
    }

    deinit {
        try? pool.close()
        try? FileManager.default.removeItem(atPath: directory)
    }
}

/// Random but valid-looking event sequences for property tests, of every kind in
/// `EventPayload.kinds` (a test fails for a kind without a generator in `makers`).
struct EventGenerator {
    /// Makes a random payload of one kind for `family`; may open a session (`sessionID`).
    typealias Make = @Sendable (inout EventGenerator, _ family: UUID) -> EventPayload

    var ids: SeededIDs
    var time = Date(timeIntervalSinceReferenceDate: 800_000_000.123456)
    var families: [UUID] = []
    var members: [UUID: [UUID]] = [:]
    var sessions: [UUID: [UUID]] = [:]
    var entries: [UUID: [UUID]] = [:]
    var scales: [UUID: [UUID]] = [:]
    var goals: [UUID: [UUID]] = [:]
    var options: [UUID: [UUID]] = [:]
    var persons: [UUID: [UUID]] = [:]
    var couples: [UUID: [UUID]] = [:]
    var contacts: [UUID: [UUID]] = [:]
    /// The session of the event being made.
    var sessionID: UUID?

    init(seed: UInt64) { ids = SeededIDs(seed: seed) }

    mutating func int(_ n: Int) -> Int { Int(ids.nextRandom() % UInt64(max(1, n))) }
    mutating func bool() -> Bool { int(2) == 0 }
    mutating func pick<T>(_ xs: [T]) -> T? { xs.isEmpty ? nil : xs[int(xs.count)] }
    mutating func pick<T: CaseIterable>(_: T.Type) -> T { pick(Array(T.allCases)) ?? T.allCases[T.allCases.startIndex] }
    mutating func maybe<T>(_ make: (inout EventGenerator) -> T) -> T? { bool() ? nil : make(&self) }
    mutating func words() -> String {
        let vocabulary = [
            "Zoë", "zegt", "het", "gaat", "beter", "ochtend", "ruzie", "oma", "Riet", "school", "家族", "👍🏽", "e\u{301}cht", "\"quote\"",
            "'s avonds",
        ]
        return (0..<(1 + int(8))).map { _ in vocabulary[int(vocabulary.count)] }.joined(separator: " ")
    }
    mutating func list(_ n: Int) -> [String] { (0..<int(n + 1)).map { _ in words() } }
    mutating func table<V>(_ value: (inout EventGenerator) -> V) -> [String: V] {
        var out: [String: V] = [:]
        for _ in 0..<int(4) { out[words()] = value(&self) }
        return out
    }
    /// An id known in `family` under `key` (or, now and then, one nobody knows).
    mutating func known(_ key: WritableKeyPath<EventGenerator, [UUID: [UUID]]>, _ family: UUID) -> UUID {
        int(8) == 0 ? ids.next() : pick(self[keyPath: key][family] ?? []) ?? ids.next()
    }
    /// A new id, remembered in `family` under `key`.
    mutating func new(_ key: WritableKeyPath<EventGenerator, [UUID: [UUID]]>, _ family: UUID) -> UUID {
        let id = ids.next()
        self[keyPath: key][family, default: []].append(id)
        return id
    }
    mutating func year() -> Int? { maybe { 1930 + $0.int(97) } }

    mutating func next() -> Event {
        time = time.addingTimeInterval(Double(int(100_000)) / 997.0)
        if families.isEmpty || int(20) == 0 {
            let f = ids.next()
            families.append(f)
            return Event(id: ids.next(), familyID: f, time: time, author: "w", payload: .familyCreated(.init(name: words())))
        }
        guard let f = pick(families), let kind = pick(Self.schedule), let make = Self.makers[kind] else {
            preconditionFailure("families and the schedule are never empty here")
        }
        sessionID = pick(sessions[f] ?? [])
        let payload = make(&self, f)
        return Event(
            id: ids.next(), familyID: f, sessionID: sessionID, time: time, author: kind == "annotationAdded" ? "supervisor" : "w",
            payload: payload)
    }

    /// Kind names as often as they should come up: words far more often than the rest.
    static let schedule: [String] = EventPayload.kinds.map(\.name).filter { makers[$0] != nil }
        .flatMap { repeatElement($0, count: weights[$0] ?? 1) }
    static let weights = [
        "utteranceRecorded": 8, "noteRecorded": 3, "workerSaid": 2, "memberAdded": 3, "sessionStarted": 2, "phaseChanged": 2,
        "entryAmended": 2, "scaleValueSet": 2, "genogramPersonSet": 2,
    ]

    /// A generator per kind, keyed by the stored name.
    static let makers: [String: Make] = [
        "familyCreated": { g, _ in .familyCreated(.init(name: g.words())) },
        "familyRenamed": { g, _ in .familyRenamed(.init(name: g.words())) },
        "memberAdded": { g, f in
            .memberAdded(.init(memberID: g.new(\.members, f), name: g.words(), role: g.pick(FamilyRole.self), birthYear: g.year()))
        },
        "memberChanged": { g, f in
            .memberChanged(
                .init(
                    memberID: g.known(\.members, f), name: g.maybe { $0.words() },
                    role: g.maybe { $0.pick(FamilyRole.self) }, birthYear: g.year(), livesElsewhere: g.maybe { $0.bool() }))
        },
        "sessionStarted": { g, f in
            g.sessionID = g.new(\.sessions, f)
            return .sessionStarted(
                .init(
                    number: g.sessions[f]?.count ?? 1, kind: g.bool() ? .live : .practice, worker: "w",
                    present: g.members[f] ?? [], timeBoxMinutes: g.maybe { $0.bool() ? 20 : 45 }))
        },
        "presenceChanged": { g, f in .presenceChanged(.init(present: (g.members[f] ?? []).filter { _ in g.bool() })) },
        "phaseChanged": { g, _ in .phaseChanged(.init(phase: g.pick(Phase.self))) },
        "sessionEnded": { _, _ in .sessionEnded(.init()) },
        "observerScored": { g, _ in
            .observerScored(.init(observer: g.words(), scores: ["open-questions": g.bool() ? 2 : 1, "compliments": 0]))
        },
        "promptShown": { g, _ in .promptShown(.init(promptID: g.bool() ? "scaling-where-now" : "exceptions-question")) },
        "utteranceRecorded": { g, f in
            .utteranceRecorded(
                .init(
                    entryID: g.new(\.entries, f), speaker: g.known(\.members, f), text: g.words(),
                    tags: g.bool() ? [] : [g.pick(Tag.self)]))
        },
        "noteRecorded": { g, f in
            .noteRecorded(.init(entryID: g.new(\.entries, f), text: g.words(), tags: g.bool() ? [] : [g.pick(Tag.self)]))
        },
        "workerSaid": { g, f in
            .workerSaid(.init(entryID: g.new(\.entries, f), text: g.words(), tags: g.bool() ? [] : [.complimentGiven]))
        },
        "entryAmended": { g, f in .entryAmended(.init(entryID: g.known(\.entries, f), text: g.words())) },
        "entryRetracted": { g, f in .entryRetracted(.init(entryID: g.known(\.entries, f), reason: g.maybe { $0.words() })) },
        "entryTagged": { g, f in .entryTagged(.init(entryID: g.known(\.entries, f), tags: Tag.allCases.filter { _ in g.bool() })) },
        "answerLinked": { g, f in
            let target: AnswerTarget
            switch g.int(3) {
            case 0: target = .scale(g.known(\.scales, f))
            case 1: target = .goal(g.known(\.goals, f))
            default: target = .prompt(g.pick(["own-strength-tried", "network-who-cares", "drieluik-wish"]) ?? "x")
            }
            return .answerLinked(.init(entryID: g.known(\.entries, f), target: target))
        },
        "scaleDefined": { g, f in .scaleDefined(.init(scaleID: g.new(\.scales, f), topic: g.words(), kind: g.pick(ScaleKind.self))) },
        "scaleValueSet": { g, f in .scaleValueSet(.init(scaleID: g.known(\.scales, f), memberID: g.known(\.members, f), value: g.int(12)))
        },
        "goalSet": { g, f in
            .goalSet(
                .init(
                    goalID: g.new(\.goals, f), text: g.words(), sourceEntries: [g.known(\.entries, f)],
                    owners: g.maybe { [$0.known(\.members, f)] }))
        },
        "goalChanged": { g, f in
            .goalChanged(
                .init(goalID: g.known(\.goals, f), status: g.pick([.open, .achieved, .dropped]) ?? .open, text: g.maybe { $0.words() }))
        },
        "safetyMapEntry": { g, f in
            .safetyMapEntry(
                .init(entryID: g.known(\.entries, f), column: g.pick(SafetyColumn.self), perspective: g.pick(SafetyPerspective.self)))
        },
        "optionAdded": { g, f in .optionAdded(.init(optionID: g.new(\.options, f), text: g.words(), pros: g.list(2), cons: g.list(2))) },
        "preferenceRecorded": { g, f in
            .preferenceRecorded(
                .init(optionID: g.known(\.options, f), memberID: g.known(\.members, f), entryID: g.maybe { $0.known(\.entries, f) }))
        },
        "decisionRecorded": { g, f in
            .decisionRecorded(
                .init(
                    decisionID: g.ids.next(), text: g.words(), optionID: g.maybe { $0.known(\.options, f) },
                    decidedBy: g.list(3), ladderLevel: 1 + g.int(5), disagreement: g.maybe { $0.words() }))
        },
        "agreementMade": { g, _ in
            .agreementMade(.init(agreementID: g.ids.next(), who: g.words(), what: g.words(), byWhen: g.maybe { _ in "vrijdag" }))
        },
        "timelineEventAdded": { g, f in
            .timelineEventAdded(
                .init(
                    itemID: g.ids.next(), when: "\(1990 + g.int(36))", text: g.words(),
                    memberIDs: (g.members[f] ?? []).filter { _ in g.bool() }, earlierHelp: g.maybe { $0.bool() }))
        },
        "instrumentScored": { g, _ in
            .instrumentScored(.init(instrument: g.words(), date: "2026-0\(1 + g.int(9))-1\(g.int(10))", scores: g.table { $0.words() }))
        },
        "evaluationRecorded": { g, f in
            .evaluationRecorded(
                .init(ratings: g.table { $0.int(11) }, comment: g.maybe { $0.words() }, memberID: g.maybe { $0.known(\.members, f) }))
        },
        "summaryChecked": { g, _ in .summaryChecked(.init(confirmed: g.bool(), corrections: g.maybe { $0.words() })) },
        "appointmentSet": { g, _ in .appointmentSet(.init(when: g.words(), place: g.maybe { $0.words() })) },
        "genogramPersonSet": { g, f in
            let id = g.int(4) == 0 ? g.known(\.persons, f) : g.new(\.persons, f)
            return .genogramPersonSet(
                GenogramPerson(
                    personID: id, name: g.words(), gender: g.pick(Gender.self), birthYear: g.year(),
                    deathYear: g.int(5) == 0 ? g.year() : nil, deceased: g.int(6) == 0, isIndex: g.int(8) == 0,
                    household: g.maybe { $0.words() }, memberID: g.maybe { $0.known(\.members, f) },
                    kind: g.maybe { $0.pick(PersonKind.self) }))
        },
        "genogramCoupleSet": { g, f in
            let id = g.int(4) == 0 ? g.known(\.couples, f) : g.new(\.couples, f)
            return .genogramCoupleSet(
                GenogramCouple(
                    coupleID: id, partners: (0..<g.int(3)).map { _ in g.known(\.persons, f) },
                    status: g.pick(CoupleStatus.self), startYear: g.year(), endYear: g.year()))
        },
        "genogramChildLinked": { g, f in
            .genogramChildLinked(
                GenogramChildLink(
                    coupleID: g.known(\.couples, f), childID: g.known(\.persons, f), kind: g.pick(ChildLinkKind.self),
                    twinGroup: g.int(5) == 0 ? g.ids.next() : nil))
        },
        "genogramBondSet": { g, f in
            .genogramBondSet(
                GenogramBond(bondID: g.ids.next(), from: g.known(\.persons, f), to: g.known(\.persons, f), kind: g.pick(EmotionalBond.self))
            )
        },
        "genogramRemoved": { g, f in
            switch g.int(4) {
            case 0: return .genogramRemoved(GenogramRemoval(kind: .person, id: g.known(\.persons, f)))
            case 1: return .genogramRemoved(GenogramRemoval(kind: .couple, id: g.known(\.couples, f)))
            case 2: return .genogramRemoved(GenogramRemoval(kind: .childLink, id: g.known(\.couples, f), childID: g.known(\.persons, f)))
            default: return .genogramRemoved(GenogramRemoval(kind: .bond, id: g.ids.next()))
            }
        },
        "networkContactSet": { g, f in
            let id = g.int(4) == 0 ? g.known(\.contacts, f) : g.new(\.contacts, f)
            return .networkContactSet(
                NetworkContact(
                    contactID: id, name: g.words(), sector: g.pick(NetworkContact.defaultSectors) ?? "family",
                    ring: g.pick(NetworkRing.self), support: SupportKind.allCases.filter { _ in g.bool() },
                    assessment: Dictionary(
                        uniqueKeysWithValues: NetworkAssessment.allCases.filter { _ in g.bool() }
                            .map { ($0.rawValue, g.bool()) }),
                    stressful: g.int(5) == 0, oneWay: g.int(5) == 0,
                    goalIDs: g.bool() ? [] : [g.known(\.goals, f)], note: g.maybe { $0.words() }))
        },
        "networkContactRemoved": { g, f in .networkContactRemoved(.init(contactID: g.known(\.contacts, f))) },
        "networkSectorsSet": { g, _ in
            .networkSectorsSet(.init(sectors: NetworkContact.defaultSectors.filter { _ in g.bool() } + g.list(1)))
        },
        "personAdded": { g, _ in .personAdded(.init(personID: g.ids.next(), name: g.words(), attributes: g.table { $0.words() })) },
        "relationAdded": { g, _ in
            .relationAdded(
                .init(relationID: g.ids.next(), from: g.ids.next(), to: g.ids.next(), kind: g.words(), attributes: g.table { $0.words() }))
        },
        "networkContactAdded": { g, f in
            .networkContactAdded(
                .init(
                    contactID: g.new(\.contacts, f), name: g.words(), sector: g.pick(NetworkContact.defaultSectors) ?? "family",
                    ring: g.pick(NetworkRing.self).rawValue,
                    attributes: [
                        "support": SupportKind.allCases.filter { _ in g.bool() }.map(\.rawValue).joined(separator: ","),
                        "note": g.words(),
                    ]))
        },
        "annotationAdded": { g, _ in
            .annotationAdded(
                .init(
                    annotationID: g.ids.next(), targetEventID: g.ids.next(), text: g.words(), code: g.bool() ? "scale-no-competence" : nil,
                    role: g.bool() ? .supervisor : nil))
        },
    ]
}
