import Foundation
import GRDB
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

/// The quick export reader (QuickExportReader.swift) reads exactly what the thorough reader
/// reads, the same events and stored payloads, and leaves every other file to it.
@Suite("Quick export reader")
struct QuickExportReaderTests {
    /// What a reader made of a file: its family, events and payloads, or its error.
    enum Outcome: Equatable {
        case read(UUID, [Event], [Data])
        case refused(StoreError)

        init(_ body: () throws(StoreError) -> FamilyExport.Read) {
            do {
                let r = try body()
                self = .read(r.family, r.events, r.payloads)
            } catch {
                self = .refused(error)
            }
        }
    }

    /// Holds the readers equal on `data`: what the quick reader takes, the thorough reader
    /// reads the same; and the import's reader answers as the thorough one, value or error.
    /// Returns whether the quick reader took it.
    @discardableResult
    static func agree(_ data: Data, _ note: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let thorough = Outcome { () throws(StoreError) in try FamilyExport.decodeThoroughly(data) }
        let used = Outcome { () throws(StoreError) in try FamilyExport.decodeKeepingPayloads(data) }
        #expect(used == thorough, "\(note())", sourceLocation: sourceLocation)
        guard let quick = QuickExportReader.read(data) else { return false }
        #expect(.read(quick.family, quick.events, quick.payloads) == thorough, "quick took it: \(note())", sourceLocation: sourceLocation)
        return true
    }

    /// Families of random events (every kind, texts with accents, quotes, emoji), each with
    /// the events whose references are missing taken out, so that most import.
    static func randomFamilies(seed: UInt64, events: Int) -> [(UUID, [Event])] {
        var gen = EventGenerator(seed: seed)
        var byFamily: [UUID: [Event]] = [:]
        var order: [UUID] = []
        for _ in 0..<events {
            let e = gen.next()
            if byFamily[e.familyID] == nil { order.append(e.familyID) }
            byFamily[e.familyID, default: []].append(e)
        }
        return order.map { family in
            var list = byFamily[family] ?? []
            while let missing = RecordReferences.firstMissing(in: list) { list.remove(at: missing.index) }
            return (family, list)
        }
    }

    /// The exports to test on: the demo family, and random families both whole and as generated.
    static func exports(seed: UInt64) throws -> [Data] {
        var out: [Data] = []
        let demo = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000.25), seed: seed)
        out.append(try FamilyExport.encode(family: demo[0].familyID, events: demo))
        for (family, events) in randomFamilies(seed: seed, events: 1500) where !events.isEmpty {
            out.append(try FamilyExport.encode(family: family, events: events))
        }
        return out
    }

    @Test(
        "random exports, pretty and compact: the quick reader takes the valid ones and reads them as the thorough reader",
        arguments: [1, 2, 3] as [UInt64])
    func randomExports(seed: UInt64) throws {
        var taken = 0
        var files = 0
        for data in try Self.exports(seed: seed) {
            let compact = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: data))
            for file in [data, compact] {
                files += 1
                if Self.agree(file, String(decoding: file.prefix(300), as: UTF8.self)) { taken += 1 }
            }
        }
        #expect(taken == files, "every export Keukentafel writes is read quickly")
    }

    @Test("random events with missing references: refused by both, with the thorough reader's message", arguments: [4, 5] as [UInt64])
    func missingReferences(seed: UInt64) throws {
        var gen = EventGenerator(seed: seed)
        let events = (0..<400).map { _ in gen.next() }
        var refused = 0
        for family in Set(events.map(\.familyID)) {
            let data = try FamilyExport.encode(family: family, events: events.filter { $0.familyID == family })
            Self.agree(data)
            if case .refused = Outcome({ () throws(StoreError) in try FamilyExport.decodeKeepingPayloads(data) }) { refused += 1 }
        }
        #expect(refused > 0, "some families name what they lack")
    }

    /// One random change to a file's bytes.
    static func damaged(_ data: Data, _ rng: inout SeededIDs) -> Data {
        var bytes = [UInt8](data)
        func int(_ n: Int) -> Int { Int(rng.nextRandom() % UInt64(max(1, n))) }
        let at = int(bytes.count)
        let pieces: [String] = [
            "\"", "\\", "\\u0041", "\\ud83d", "\\udc4d", "\\n", "\u{0}", "\u{1}", "{", "}", "[", "]", ",", ":", " ", "\n", "null", "true",
            "1",
            "-0", "1e400", "0.5", "01", "é", "\u{301}", "/", "x",
        ]
        switch int(6) {
        case 0: bytes.remove(at: at)
        case 1: bytes[at] ^= UInt8(1 << int(8))
        case 2: bytes.insert(contentsOf: Array(pieces[int(pieces.count)].utf8), at: at)
        case 3: bytes[at] = [0x22, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x30, 0x2D, 0x80, 0xFF, 0xC3][int(12)]
        case 4: bytes = Array(bytes.prefix(at))
        default:
            // A byte in a text or a number changed for a near one: a letter's case, a digit.
            let b = bytes[at]
            if (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) {
                bytes[at] = b ^ 0x20
            } else if (0x30...0x39).contains(b) {
                bytes[at] = 0x30 + UInt8((Int(b) - 0x30 + 1 + int(9)) % 10)
            } else {
                bytes.insert(0x20, at: at)
            }
        }
        return Data(bytes)
    }

    @Test("damaged bytes: the import's reader answers as the thorough reader, and the quick one takes nothing the thorough one refuses")
    func damagedBytes() throws {
        var rng = SeededIDs(seed: 99)
        let demo = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000.5), seed: 3)
        let sources = [try FamilyExport.encode(family: demo[0].familyID, events: demo)] + (try Self.exports(seed: 6).prefix(4))
        for source in sources {
            for _ in 0..<250 {
                var data = Self.damaged(source, &rng)
                if rng.nextRandom() % 3 == 0 { data = Self.damaged(data, &rng) }
                Self.agree(data, String(decoding: data.prefix(200), as: UTF8.self))
            }
        }
    }

    /// The demo family's export as JSON to edit.
    static func demoJSON() throws -> (root: [String: Any], events: [[String: Any]]) {
        let demo = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000.75), seed: 5)
        let data = try FamilyExport.encode(family: demo[0].familyID, events: demo)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (root, try #require(root["events"] as? [[String: Any]]))
    }

    @Test(
        "edited exports (fields missing, unknown, null, of another type, repeated; odd ids, times and versions): read as the thorough reader reads them"
    )
    func editedExports() throws {
        let (root, events) = try Self.demoJSON()
        func file(_ r: [String: Any], _ list: [[String: Any]]) throws -> Data {
            var r = r
            r["events"] = list
            return try JSONSerialization.data(withJSONObject: r, options: [.prettyPrinted, .sortedKeys])
        }
        let values: [Any] = [
            NSNull(), true, false, 0, 1, 2, -1, 1.5, 1e12, -0.0, "", "x", "1", [String](), [String: Any](), UUID().uuidString,
            UUID().uuidString.lowercased(), events[0]["id"] ?? "", root["family"] ?? "", "keukentafel-family", 720_000_000.000_001,
        ]
        var rng = SeededIDs(seed: 17)
        func pick<T>(_ xs: [T]) -> T { xs[Int(rng.nextRandom() % UInt64(xs.count))] }
        for key in ["format", "formatVersion", "family", "events", "extra"] {
            for value in values {
                var r = root
                r[key] = value
                Self.agree(try file(r, key == "events" ? (value as? [[String: Any]] ?? []) : events), "\(key) = \(value)")
            }
            var r = root
            r[key] = nil
            Self.agree(try file(r, events), "no \(key)")
        }
        let eventKeys = ["id", "familyID", "sessionID", "time", "timeText", "author", "schemaVersion", "type", "payload", "mood"]
        for key in eventKeys {
            for value in values {
                var list = events
                let i = Int(rng.nextRandom() % UInt64(list.count))
                list[i][key] = value
                Self.agree(try file(root, list), "events[\(i)].\(key) = \(value)")
            }
            var list = events
            list[3][key] = nil
            Self.agree(try file(root, list), "no events[3].\(key)")
        }
        // Payload fields changed, added, nulled; events repeated, dropped, moved.
        for _ in 0..<300 {
            var list = events
            let i = Int(rng.nextRandom() % UInt64(list.count))
            var payload = list[i]["payload"] as? [String: Any] ?? [:]
            switch rng.nextRandom() % 5 {
            case 0: payload[pick(Array(payload.keys) + ["extra"])] = pick(values)
            case 1: payload[pick(Array(payload.keys) + ["extra"])] = nil
            case 2: list.append(list[i])
            case 3: list.remove(at: i)
            default: list.swapAt(i, Int(rng.nextRandom() % UInt64(list.count)))
            }
            list[min(i, list.count - 1)]["payload"] = payload
            Self.agree(try file(root, list), "event \(i)")
        }
    }

    @Test("JSON text the writer never makes but JSON allows: escapes, spaces, key order, numbers; read as the thorough reader reads them")
    func handWrittenText() throws {
        let (root, events) = try Self.demoJSON()
        let pretty = try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
        let text = String(decoding: pretty, as: UTF8.self)
        let utterance = try #require(events.firstIndex { $0["type"] as? String == "utteranceRecorded" })
        let id = try #require(events[utterance]["id"] as? String)
        let edits: [(String, String)] = [
            ("\"author\" : \"", "\"author\" : \"\\u0041\\/\\\"\\\\\\b\\f\\n\\r\\t\\ud83d\\udc4d"),
            ("\"text\" : \"", "\"text\" : \"\\u00e9\\u0301\\u2028 / \\\" \\\\"),
            ("\"type\" : \"utteranceRecorded\"", "\"type\" : \"utterance\\u0052ecorded\""),
            (id, id.lowercased()),
            ("\"id\" : \"", "\"i\\u0064\" : \""),
            ("\"time\" : 8", "\"time\" : 0.8e9 , \"timeText\" : 1, \"x\" : 8"),
            ("\"time\" : 8", "\"time\" : 80000000.0e1, \"t\":8"),
            ("\"schemaVersion\" : 1", "\"schemaVersion\" : 1.0"),
            ("\"schemaVersion\" : 1", "\"schemaVersion\" : 1e0"),
            ("\"formatVersion\" : 1", "\"formatVersion\" : 1.0"),
            (" : ", ":"), ("\n", "\r\n"), ("\n", "\t"), ("{", "{ "), ("}", " }\n"),
        ]
        for (from, to) in edits {
            // Each edit once at its first place, and everywhere.
            if let range = text.range(of: from) {
                Self.agree(Data(text.replacingCharacters(in: range, with: to).utf8), "\(from) → \(to), once")
            }
            Self.agree(Data(text.replacingOccurrences(of: from, with: to).utf8), "\(from) → \(to)")
        }
    }

    @Test("the direct writer writes each payload byte for byte as encodedData(), or leaves it to it", arguments: [11, 12] as [UInt64])
    func directWriter(seed: UInt64) throws {
        var gen = EventGenerator(seed: seed)
        var rng = SeededIDs(seed: seed)
        let scalars: [ClosedRange<UInt32>] = [0x20...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF, 0...0x1F]
        func randomText() -> String {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int(rng.nextRandom() % 12) {
                let range = scalars[Int(rng.nextRandom() % UInt64(scalars.count))]
                if let u = Unicode.Scalar(range.lowerBound + UInt32(rng.nextRandom() % UInt64(range.count))) { s.append(u) }
            }
            return String(s)
        }
        var written = 0
        var writtenByKind: [String: Int] = [:]
        for _ in 0..<3000 {
            var payload = gen.next().payload
            switch payload {
            case .utteranceRecorded(var p):
                p.text = rng.nextRandom() % 2 == 0 ? randomText() : p.text
                payload = .utteranceRecorded(p)
            case .noteRecorded(var p):
                p.text = randomText()
                payload = .noteRecorded(p)
            case .workerSaid(var p):
                p.text = randomText()
                payload = .workerSaid(p)
            case .promptShown(var p):
                p.promptID = randomText()
                payload = .promptShown(p)
            case .scaleValueSet(var p):
                p.value = Int(truncatingIfNeeded: rng.nextRandom())
                payload = .scaleValueSet(p)
            case .sessionStarted(var p):
                p.worker = randomText()
                p.number = Int(truncatingIfNeeded: rng.nextRandom())
                payload = .sessionStarted(p)
            case .evaluationRecorded(var p):
                // Names as the app gives them (ASCII, in any order), now and then one beyond ASCII.
                let letters = Array("aZ09-_.b ~")
                p.ratings = [:]
                for _ in 0..<Int(rng.nextRandom() % 5) {
                    let name = String((0..<Int(rng.nextRandom() % 6)).map { _ in letters[Int(rng.nextRandom() % UInt64(letters.count))] })
                    p.ratings[rng.nextRandom() % 8 == 0 ? randomText() : name] = Int(truncatingIfNeeded: rng.nextRandom())
                }
                p.comment = rng.nextRandom() % 2 == 0 ? randomText() : p.comment
                payload = .evaluationRecorded(p)
            case .summaryChecked(var p):
                p.corrections = rng.nextRandom() % 2 == 0 ? randomText() : p.corrections
                p.entryID = rng.nextRandom() % 2 == 0 ? UUID() : nil
                payload = .summaryChecked(p)
            default: break
            }
            guard let direct = DirectPayloadWriter.encoded(payload) else { continue }
            written += 1
            writtenByKind[payload.typeName, default: 0] += 1
            #expect(direct == (try payload.encodedData()), "\(String(decoding: direct, as: UTF8.self))")
        }
        #expect(written > 300)
        for kind in ["sessionStarted", "sessionEnded", "evaluationRecorded", "summaryChecked"] {
            #expect(writtenByKind[kind, default: 0] >= 5, "\(kind): \(writtenByKind[kind, default: 0])")
        }
    }

    @Test("an import reads quickly and stores what the thorough reader would have stored")
    func importStoresTheSame() throws {
        let a = try TemporaryStore()
        let b = try TemporaryStore()
        let demo = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000), seed: 9)
        let data = try FamilyExport.encode(family: demo[0].familyID, events: demo)
        let thorough = try FamilyExport.decodeThoroughly(data)
        try a.store.pool.write { db in
            try EventStore.insertImported(thorough, user: "test", try EventWriter(db))
        }
        try b.store.importFamily(data, user: "test")
        let columns = "id, family_id, session_id, time, author, type, schema_version, payload"
        for table in ["event", "family_index", "member_index", "session_index", "text_row"] {
            let sql = table == "event" ? "SELECT \(columns) FROM event ORDER BY seq" : "SELECT * FROM \(table) ORDER BY 1, 2"
            let left = try a.store.pool.read { try Row.fetchAll($0, sql: sql) }
            let right = try b.store.pool.read { try Row.fetchAll($0, sql: sql) }
            #expect(left == right, "\(table)")
        }
        let texts = "SELECT folded, text, kind, ref_id, family_id, session_id, speaker_id, time FROM texts ORDER BY rowid"
        #expect(try a.store.pool.read { try Row.fetchAll($0, sql: texts) } == b.store.pool.read { try Row.fetchAll($0, sql: texts) })
    }
}
