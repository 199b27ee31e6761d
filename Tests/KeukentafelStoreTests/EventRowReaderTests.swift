import Foundation
import GRDB
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

/// Events read through SQLite's C API (`EventRowReader`, used to open a family) are what
/// GRDB's rows read through the former reader give, for every kind and for damaged rows.
@Suite("Event rows")
struct EventRowReaderTests {
    /// An error, by its message (the two readers must fail alike).
    struct Failure: Error, Equatable { var message: String }

    /// A family's events as GRDB's rows read them (the reader of before), or the error.
    static func throughRows(_ store: EventStore, _ family: UUID) -> Result<[Event], Failure> {
        Result {
            try store.pool.read { db in
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT \(EventStore.eventColumns) FROM event WHERE family_id = ? ORDER BY seq", arguments: [family.uuidString]
                )
                var out: [Event] = []
                var reader = ReferenceEventReader()
                while let row = try rows.next() { out.append(try reader.event(from: row)) }
                return out
            }
        }.mapError { Failure(message: "\($0)") }
    }

    static func throughReader(_ store: EventStore, _ family: UUID) -> Result<[Event], Failure> {
        Result { () throws(StoreError) in try store.events(family: family) }.mapError { Failure(message: "\($0)") }
    }

    @Test("every kind of random event reads the same through both readers", arguments: [5, 6] as [UInt64])
    func randomLogs(seed: UInt64) throws {
        let temp = try TemporaryStore()
        let byFamily = try StoreIndexTests.appendRandom(temp.store, seed: seed, count: 1500)
        #expect(byFamily.count > 1)
        for (family, appended) in byFamily {
            let ours = try Self.throughReader(temp.store, family).get()
            #expect(ours == appended, "read back as appended")
            #expect(Self.throughRows(temp.store, family) == .success(ours))
        }
        #expect(try temp.store.events(family: UUID()).isEmpty, "an unknown family has no events")
    }

    @Test("damaged rows give the same events or the same error through both readers")
    func damagedRows() throws {
        let temp = try TemporaryStore()
        let good = #"{"entryID":"0C6D2A44-3E0B-4E38-9C2B-1D1F2E6B7A01","tags":[],"text":"We eten samen."}"#
        let speaker =
            #"{"entryID":"0C6D2A44-3E0B-4E38-9C2B-1D1F2E6B7A02","speaker":"0C6D2A44-3E0B-4E38-9C2B-1D1F2E6B7A03","tags":["exception"],"text":"Soms \u00e9\u00e9n dag"}"#
        // Each row in a family of its own, so one's error does not hide another's.
        let rows:
            [(
                label: String, id: String, session: DatabaseValueConvertible?, author: String, type: String, version: Int,
                payload: DatabaseValueConvertible
            )] = [
                ("a good row", UUID().uuidString, nil, "Marieke", "noteRecorded", 1, good),
                (
                    "a lower-case id and a session", UUID().uuidString.lowercased(), UUID().uuidString, "Jan de Vries", "utteranceRecorded",
                    1, speaker
                ),
                ("a payload kept as a blob", UUID().uuidString, nil, "a", "noteRecorded", 1, Data(good.utf8)),
                ("an id that is no id", "not-an-id", nil, "a", "noteRecorded", 1, good),
                ("an empty id", "", nil, "a", "noteRecorded", 1, good),
                ("a session that is no id", UUID().uuidString, "sessie 1", "a", "noteRecorded", 1, good),
                ("an unknown kind", UUID().uuidString, nil, "a", "familyDissolved", 1, good),
                ("a newer schema", UUID().uuidString, nil, "a", "noteRecorded", 2, good),
                ("a payload that is not JSON", UUID().uuidString, nil, "a", "noteRecorded", 1, "{nee"),
                ("an empty payload", UUID().uuidString, nil, "a", "noteRecorded", 1, ""),
                ("a long author with an emoji", UUID().uuidString, nil, "Begeleider Zeynep Yılmaz-Øverland 👩🏽‍⚕️", "noteRecorded", 1, good),
                ("an empty author", UUID().uuidString, nil, "", "noteRecorded", 1, good),
            ]
        var families: [(String, UUID)] = []
        try temp.store.pool.write { db in
            for row in rows {
                let family = UUID()
                families.append((row.label, family))
                try db.execute(
                    sql:
                        "INSERT INTO event (id, family_id, session_id, time, author, type, schema_version, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    arguments: [row.id, family.uuidString, row.session, 812_345_678.25, row.author, row.type, row.version, row.payload])
            }
        }
        var failures = 0
        for (label, family) in families {
            let ours = Self.throughReader(temp.store, family)
            #expect(ours == Self.throughRows(temp.store, family), "\(label)")
            if case .failure = ours { failures += 1 }
        }
        #expect(failures == 6, "the six damaged rows are refused, the others read")
        // The same author and kind names come back whole when many rows share them.
        let first = try #require(try temp.store.events(family: families[10].1).first)
        #expect(first.author == "Begeleider Zeynep Yılmaz-Øverland 👩🏽‍⚕️")
    }
}

/// The store's former reader of event rows, through GRDB's `Row`: kept as the reference
/// `EventRowReader` must equal.
struct ReferenceEventReader {
    mutating func event(from row: Row) throws -> Event {
        let seq: Int64 = row[0]
        guard let id = try Self.id(row, 1), let familyID = try Self.id(row, 2) else {
            throw StoreError.unreadableEvent(seq: seq, detail: "bad id")
        }
        let sessionID = try Self.id(row, 3)
        do {
            let type: String = row[6]
            let version: Int = row[7]
            let payload = try row.withUnsafeData(atIndex: 8) { data in
                try EventUpcaster.decode(type: type, version: version, data: data ?? Data())
            }
            return Event(
                id: id, familyID: familyID, sessionID: sessionID, time: Date(timeIntervalSinceReferenceDate: row[4]), author: row[5],
                schemaVersion: Event.currentSchemaVersion, payload: payload)
        } catch {
            throw StoreError.unreadableEvent(seq: seq, detail: "\(error)")
        }
    }

    /// The id in a text column (nil for NULL or text that is no id), parsed from its bytes;
    /// text the quick parser does not take goes to `UUID(uuidString:)`, as before.
    private static func id(_ row: Row, _ column: Int) throws -> UUID? {
        if let id = try row.withUnsafeData(atIndex: column, { $0?.withUnsafeBytes { UUID(quickBytes: $0) } }) { return id }
        let text: String? = row[column]
        return text.flatMap { UUID(uuidString: $0) }
    }
}

/// The home list read through SQLite's C API equals what GRDB's rows give (the reader of
/// before), for random stores and for rows with odd ids, NULL times and odd names.
@Suite("Family list rows")
struct FamilySummaryRowTests {
    static func throughRows(_ store: EventStore) throws -> [FamilySummary] {
        try store.pool.read { db in
            try Row.fetchAll(db, sql: EventStore.familiesSQL).compactMap { row in
                let text: String = row[0]
                guard let id = UUID(quickText: text) ?? UUID(uuidString: text) else { return nil }
                let created: Double? = row[2]
                let last: Double? = row[3]
                return FamilySummary(
                    id: id, name: row[1], created: created.map(Date.init(timeIntervalSinceReferenceDate:)),
                    lastActivity: last.map(Date.init(timeIntervalSinceReferenceDate:)), eventCount: row[4], sessionCount: row[5])
            }
        }
    }

    @Test("random stores list the same families through both readers", arguments: [7, 8] as [UInt64])
    func randomStores(seed: UInt64) throws {
        let temp = try TemporaryStore()
        let byFamily = try StoreIndexTests.appendRandom(temp.store, seed: seed, count: 800)
        let listed = try temp.store.families()
        #expect(listed.count == byFamily.count)
        #expect(listed == (try Self.throughRows(temp.store)))
    }

    @Test("odd rows: a lower-case id, a name with a NUL and accents, no times, an id that is none")
    func oddRows() throws {
        let temp = try TemporaryStore()
        try temp.store.pool.write { db in
            let columns = "family_id, name, created, last_time, event_count"
            try db.execute(
                sql: "INSERT INTO family_index (\(columns)) VALUES (?, ?, NULL, NULL, 0)",
                arguments: [UUID().uuidString.lowercased(), "Gezin Öztürk\u{0}rest"])
            try db.execute(
                sql: "INSERT INTO family_index (\(columns)) VALUES (?, ?, 1.5, 86400, 3)", arguments: [UUID().uuidString, "Zoë & co"])
            try db.execute(sql: "INSERT INTO family_index (\(columns)) VALUES ('no id', 'Niemand', 2, 2, 1)")
        }
        let listed = try temp.store.families()
        #expect(listed.count == 2, "the row without an id is left out")
        #expect(listed == (try Self.throughRows(temp.store)))
    }
}
