import Foundation
import GRDB
import KeukentafelDomain
import KeukentafelStore

/// Opening a family with 20,000 events: reading (and where that goes: SQLite, decoding),
/// replaying, both, and with the store's opening checks.
@MainActor func openFamilyBenchmarks(quick: Bool) throws {
    header("Opening a family with 20,000 events")
    let (store, dir) = try temporaryStore()
    let family = UUID()
    var all: [Event] = [Event(familyID: family, time: Date(), author: "bench", payload: .familyCreated(.init(name: "Bench")))]
    let members = (0..<4).map { _ in UUID() }
    for m in members {
        all.append(
            Event(familyID: family, time: Date(), author: "bench", payload: .memberAdded(.init(memberID: m, name: "lid", role: .parent))))
    }
    while all.count < 20_000 {
        all.append(
            Event(
                familyID: family, time: Date(), author: "bench",
                payload: .utteranceRecorded(.init(entryID: UUID(), speaker: members[all.count % 4], text: sentence(10), tags: [.exception]))
            ))
    }
    for chunk in stride(from: 0, to: all.count, by: 1000) { try store.append(Array(all[chunk..<min(all.count, chunk + 1000)])) }
    let runs = quick ? 3 : 10
    var load: [Double] = []
    var replay: [Double] = []
    var both: [Double] = []
    var reopen: [Double] = []
    var fromSnapshot: [Double] = []
    for _ in 0..<runs {
        var events: [Event] = []
        load.append(try clock { events = try store.events(family: family) })
        replay.append(clock { _ = FamilyRecord.replay(family, events) })
        both.append(try clock { _ = FamilyRecord.replay(family, try store.events(family: family)) })
    }
    // The first opening replays every event and saves a snapshot; later ones start from it.
    let firstOpening = try clock { _ = try store.record(family: family) }
    for _ in 0..<runs { fromSnapshot.append(try clock { _ = try store.record(family: family) }) }
    let usedSnapshot = try store.fold(family: family).usedSnapshot
    precondition(usedSnapshot, "the snapshot was used")
    // Where reading goes: SQLite and GRDB alone, then decoding the payloads alone.
    var payloads: [(String, Data)] = []
    let rowsOnly = try (0..<runs).map { _ in
        try clock {
            payloads = try store.pool.read { db in
                var out: [(String, Data)] = []
                let rows = try Row.fetchCursor(
                    db,
                    sql:
                        "SELECT seq, id, family_id, session_id, time, author, type, schema_version, payload FROM event WHERE family_id = ?",
                    arguments: [family.uuidString])
                while let r = try rows.next() { out.append((r[6], r[8])) }
                return out
            }
        }
    }
    let decodeOnly = try (0..<runs).map { _ in
        try clock { for (type, data) in payloads { _ = try EventUpcaster.decode(type: type, version: 1, data: data) } }
    }
    store.closeStore()
    for _ in 0..<runs {
        reopen.append(
            try clock {
                let s = try EventStore(directory: dir)
                _ = try s.record(family: family)
                s.closeStore()
            })
    }
    row("read 20,000 events from the store", load)
    row("  of which: SQLite rows, no decoding", rowsOnly)
    row("  of which: decoding the payloads", decodeOnly)
    row(
        "  (the same with Foundation's JSONDecoder alone)",
        try (0..<runs).map { _ in
            try clock {
                let decoder = JSONDecoder()
                for (type, data) in payloads where type == "utteranceRecorded" {
                    _ = try decoder.decode(EventPayload.UtteranceRecorded.self, from: data)
                }
            }
        })
    row("replay them into the record (pure fold)", replay)
    row("both: open the family, every event replayed", both)
    row("first opening: replayed, snapshot saved", [firstOpening])
    row("open the family from its snapshot", fromSnapshot)
    row("open the store (checks) and the family", reopen)
    try? FileManager.default.removeItem(atPath: dir)
}
