import Foundation
import GRDB
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

/// What an import, `destroy`'s lookup and opening refuse, in the store itself.
@Suite("Store safety", .serialized)
struct ImportSafetyTests {
    /// The demo family's export, as JSON to edit.
    static func demoExport() throws -> (data: Data, root: [String: Any], events: [[String: Any]]) {
        let a = try TemporaryStore()
        let events = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000), seed: 7)
        try a.store.append(events)
        let data = try a.store.export(family: events[0].familyID, user: "test")
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (data, root, try #require(root["events"] as? [[String: Any]]))
    }

    static func edited(_ root: [String: Any], _ events: [[String: Any]]) throws -> Data {
        var r = root
        r["events"] = events
        return try JSONSerialization.data(withJSONObject: r)
    }

    /// The malformed-import error's place and detail, or a recorded issue.
    static func refusal(_ data: Data) throws -> (place: String, detail: String)? {
        let b = try TemporaryStore()
        defer { #expect((try? b.store.families().isEmpty) == true, "nothing was imported") }
        do {
            try b.store.importFamily(data, user: "test")
        } catch {
            guard case .malformedImport(let place, let detail) = error else {
                Issue.record("expected a malformed import, got \(error)")
                return nil
            }
            return (place, detail)
        }
        Issue.record("imported a file that should be refused")
        return nil
    }

    static func payload(_ event: [String: Any], setting key: String, to value: Any) -> [String: Any] {
        var e = event
        e["payload"] = (event["payload"] as? [String: Any] ?? [:]).merging([key: value]) { $1 }
        return e
    }

    @Test("format and schema versions below 1 or above ours are refused, naming the place")
    func versions() throws {
        let (_, root, events) = try Self.demoExport()
        for version in [0, -1, 2, Int.max] {
            var r = root
            r["formatVersion"] = version
            let found = try Self.refusal(try Self.edited(r, events))
            #expect(found?.place == "\"formatVersion\"")
            #expect(found?.detail.contains(version > 1 ? "newer Keukentafel" : "does not exist") == true, "\(String(describing: found))")
            var list = events
            list[4]["schemaVersion"] = version
            let event = try Self.refusal(try Self.edited(root, list))
            #expect(event?.place == "events[4].schemaVersion")
            #expect(event?.detail.contains(version > 1 ? "newer Keukentafel" : "does not exist") == true, "\(String(describing: event))")
        }
    }

    @Test("a field nobody knows, in the file, an event, a payload or deep inside one, is refused by its path; a null optional is not")
    func unknownFields() throws {
        let (_, root, events) = try Self.demoExport()
        var r = root
        r["exportedBy"] = "iemand"
        #expect(try Self.refusal(try Self.edited(r, events))?.place == "\"exportedBy\"")
        var list = events
        list[1]["mood"] = "blij"
        #expect(try Self.refusal(try Self.edited(root, list))?.place == "events[1].mood")
        list = events
        list[1] = Self.payload(list[1], setting: "nickname", to: "Sas")
        let payloadField = try Self.refusal(try Self.edited(root, list))
        #expect(payloadField?.place == "events[1].payload.nickname")
        #expect(payloadField?.detail.contains("not dropped silently") == true)
        // Inside an answer's target: {"scale": {"_0": id}} with one more field.
        let link = try #require(events.firstIndex { $0["type"] as? String == "answerLinked" })
        let target = try #require((events[link]["payload"] as? [String: Any])?["target"] as? [String: Any])
        let scale = try #require(target["scale"] as? [String: Any])
        list = events
        list[link] = Self.payload(list[link], setting: "target", to: ["scale": scale.merging(["weight": 2]) { $1 }])
        #expect(try Self.refusal(try Self.edited(root, list))?.place == "events[\(link)].payload.target.scale.weight")
        // A null for an optional field is that field left out: accepted.
        let member = try #require(events.firstIndex { $0["type"] as? String == "memberAdded" })
        list = events
        list[member] = Self.payload(list[member], setting: "birthYear", to: NSNull())
        let b = try TemporaryStore()
        #expect(throws: Never.self) { try b.store.importFamily(try Self.edited(root, list), user: "test") }
    }

    @Test(
        "a reference to a member, session, entry, scale, genogram person or event the file lacks is refused, naming field and id",
        arguments: [
            ("scaleValueSet", "memberID", "a member"), ("scaleValueSet", "scaleID", "a scale"),
            ("utteranceRecorded", "speaker", "a member"),
            ("genogramChildLinked", "childID", "a genogram person"), ("genogramChildLinked", "coupleID", "a genogram couple"),
            ("genogramBondSet", "to", "a genogram person"), ("answerLinked", "entryID", "an entry"), ("goalChanged", "goalID", "a goal"),
            ("genogramPersonSet", "memberID", "a member"), ("networkContactSet", "goalIDs", "a goal"),
            ("phaseChanged", "sessionID", "a session"),
        ])
    func references(type: String, key: String, named: String) throws {
        let (_, root, events) = try Self.demoExport()
        let i = try #require(
            events.lastIndex { $0["type"] as? String == type && (key == "sessionID" || ($0["payload"] as? [String: Any])?[key] != nil) })
        let stranger = UUID()
        var list = events
        var place = "events[\(i)].payload.\(key)"
        switch key {
        case "sessionID":
            list[i][key] = stranger.uuidString
            place = "events[\(i)].sessionID"
        case "goalIDs":
            list[i] = Self.payload(list[i], setting: key, to: [stranger.uuidString])
            place += "[0]"
        default: list[i] = Self.payload(list[i], setting: key, to: stranger.uuidString)
        }
        let found = try Self.refusal(try Self.edited(root, list))
        #expect(found?.place == place)
        #expect(found?.detail == "names \(named) (\(stranger.uuidString)) that is not in the file")
    }

    @Test("an annotation on an event that is not in the file is refused; one on an event that is, is imported")
    func annotationTarget() throws {
        let (_, root, events) = try Self.demoExport()
        let family = try #require(root["family"] as? String)
        func annotation(on target: String) -> [String: Any] {
            [
                "id": UUID().uuidString, "familyID": family, "time": 800_100_000.0, "author": "supervisor", "schemaVersion": 1,
                "type": "annotationAdded",
                "payload": ["annotationID": UUID().uuidString, "targetEventID": target, "text": "Mooie open vraag."],
            ]
        }
        let stranger = UUID().uuidString
        let found = try Self.refusal(try Self.edited(root, events + [annotation(on: stranger)]))
        #expect(found?.place == "events[\(events.count)].payload.targetEventID")
        #expect(found?.detail == "names an event (\(stranger)) that is not in the file")
        let b = try TemporaryStore()
        let target = try #require(events[10]["id"] as? String)
        #expect(throws: Never.self) { try b.store.importFamily(try Self.edited(root, events + [annotation(on: target)]), user: "test") }
    }

    @Test("a full disk during an import: nothing is imported, and the message says so instead of keeping an entry")
    func fullDiskImport() throws {
        // Large enough to need pages beyond those a new store has (some free, some emptied).
        let events = SnapshotTests.longFamily(2000)
        let data = try FamilyExport.encode(family: events[0].familyID, events: events)
        let b = try TemporaryStore()
        try b.store.pool.writeWithoutTransaction { db in
            let n = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(n)")
        }
        do {
            try b.store.importFamily(data, user: "test")
            Issue.record("imported onto a full disk")
        } catch {
            guard case .full = error else {
                Issue.record("expected .full, got \(error)")
                return
            }
            #expect(error.importDescription.contains("Nothing was imported; make room and import the file again."))
            #expect(!error.importDescription.contains("the entry is kept"))
            #expect(error.description.contains("the entry is kept"), "the screen's message is unchanged")
        }
        #expect(try b.store.families().isEmpty)
    }

    @Test(
        "destroy's lookup: the whole id or the whole name (case and accents aside), never a part, never empty; a shared name asks for the id"
    )
    func exactLookup() throws {
        let tmp = try TemporaryStore()
        let first = DemoFamily.events(now: Date(), seed: 1)
        try tmp.store.append(first)
        let id = first[0].familyID
        for wrong in ["", "   ", "e", "jansen", "Gezin Jansen", "(demo)", String(id.uuidString.prefix(8)), "Gezin Jansen (demo) x"] {
            #expect(throws: StoreError.familyNotExact(wrong)) { try tmp.store.findFamilyExactly(wrong) }
        }
        #expect(throws: StoreError.familyNotFound("")) { try tmp.store.findFamily("") }
        #expect(try tmp.store.findFamilyExactly("gezin jansen (DÉMO)").id == id)
        #expect(try tmp.store.findFamilyExactly(" Gezin Jansen (demo) ").id == id)
        #expect(try tmp.store.findFamilyExactly(id.uuidString.lowercased()).id == id)
        let second = DemoFamily.events(now: Date(), seed: 2)
        try tmp.store.append(second)
        do {
            _ = try tmp.store.findFamilyExactly("Gezin Jansen (demo)")
            Issue.record("a shared name picked one")
        } catch {
            guard case .familyNameShared(_, let ids) = error else {
                Issue.record("expected a shared name, got \(error)")
                return
            }
            #expect(Set(ids) == [id.uuidString, second[0].familyID.uuidString])
            #expect(error.description.contains("give the id of the one you mean"))
        }
        #expect(try tmp.store.findFamilyExactly(second[0].familyID.uuidString).id == second[0].familyID)
    }

    @Test("a store one byte short is refused as damaged and left as it was; a live WAL beside a short file is not damage")
    func truncatedStore() throws {
        let tmp = try TemporaryStore()
        try tmp.store.append(DemoFamily.events(now: Date()))
        // A reader beside the writer: the file holds only what was checkpointed, the WAL the rest.
        let walSize = (try FileManager.default.attributesOfItem(atPath: tmp.files[1])[.size] as? NSNumber)?.intValue ?? 0
        let fileSize = (try FileManager.default.attributesOfItem(atPath: tmp.files[0])[.size] as? NSNumber)?.intValue ?? 0
        let pages = try tmp.store.pool.read { try Int.fetchOne($0, sql: "PRAGMA page_count") } ?? 0
        let pageSize = try tmp.store.pool.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } ?? 0
        #expect(walSize > 32 && fileSize > 0 && fileSize < pages * pageSize, "the WAL holds pages the file does not: \(fileSize), \(pages)")
        let reader = try EventStore(readingOnly: tmp.directory)
        #expect(try reader.families().count == 1)
        reader.closeStore()
        try tmp.store.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let whole = try Data(contentsOf: URL(fileURLWithPath: tmp.files[0]))

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kt-short-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(EventStore.databaseName)
        try whole.dropLast().write(to: file)
        let before = try Data(contentsOf: file)
        for open in [{ _ = try EventStore(directory: dir.path) }, { _ = try EventStore(readingOnly: dir.path) }] as [() throws -> Void] {
            do {
                try open()
                Issue.record("opened a store cut short")
            } catch let error as StoreError {
                guard case .corrupt(let path, let detail) = error else {
                    Issue.record("expected .corrupt, got \(error)")
                    continue
                }
                #expect(path == file.path)
                #expect(detail.contains("is \(whole.count - 1) bytes, not a whole number of pages"), "\(detail)")
                #expect(error.description.contains("It was left untouched"))
            }
        }
        #expect(try Data(contentsOf: file) == before, "byte for byte")
        // A whole number of pages, fewer than the file says it has, with no WAL: cut short too.
        #expect(
            throws: StoreError.corrupt(
                path: file.path, detail: "the file is 4096 bytes shorter than its 9 pages of 4096 bytes: it was cut short")
        ) {
            try Data(count: 8 * 4096).write(to: file)
            try EventStore.checkLength(file.path, pageCount: 9, pageSize: 4096)
        }
        #expect(throws: Never.self) { try EventStore.checkLength(file.path, pageCount: 8, pageSize: 4096) }
        try (Data(count: 8 * 4096) + Data(count: 4096)).write(to: file)
        #expect(throws: Never.self, "longer is harmless") { try EventStore.checkLength(file.path, pageCount: 8, pageSize: 4096) }
    }
}
