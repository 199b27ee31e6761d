import Foundation
import KeukentafelDomain

// A quick reader of family exports. Foundation's JSONSerialization of a whole caseload's
// files, and each payload encoded again through it, took most of an import's time. This
// reads the file's bytes straight into events. It takes only what it reads exactly (every
// field once, valid JSON text, plain ids and numbers) and that passes every check of the
// thorough reader; for anything else it answers nil and `FamilyExport.decodeThoroughly`
// reads the file, so every refusal and its message are the thorough reader's. A property
// test holds the two equal over random and damaged exports.

/// Reads a family export quickly, or leaves it to the thorough reader (see above).
enum QuickExportReader {
    /// The export's family, events and stored payloads, or nil to leave it to the thorough reader.
    static func read(_ data: Data) -> FamilyExport.Read? {
        data.withUnsafeBytes { buffer -> FamilyExport.Read? in
            var scanner = ExportScanner(bytes: buffer)
            return try? scanner.export(data)
        }
    }
}

/// Why the quick reader leaves a file to the thorough one.
struct NotQuick: Error {}

/// One event as the file gives it, before the checks across the file.
private struct ScannedEvent {
    var id: UUID?
    var familyID: UUID?
    var sessionID: UUID?
    var time: Double?
    var timeText = false
    var author: String?
    var schemaVersion: Int?
    var type: String?
    /// Where the payload's object is in the file.
    var payload: Range<Int>?
}

struct ExportScanner {
    let bytes: UnsafeRawBufferPointer
    var at = 0

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    // MARK: The file

    mutating func export(_ data: Data) throws -> FamilyExport.Read {
        var format: String?
        var formatVersion: Int?
        var family: UUID?
        var scanned: [ScannedEvent]?
        try object { key, s in
            if Self.equal(key, "events") {
                guard scanned == nil else { throw NotQuick() }
                scanned = try s.events()
            } else if Self.equal(key, "family") {
                try Self.once(&family, try s.id())
            } else if Self.equal(key, "format") {
                try Self.once(&format, try s.string())
            } else if Self.equal(key, "formatVersion") {
                try Self.once(&formatVersion, try s.integer())
            } else {
                throw NotQuick()
            }
        }
        skipSpace()
        guard at == bytes.count, format == FamilyExport.format, let formatVersion, (1...FamilyExport.formatVersion).contains(formatVersion),
            let family, let scanned
        else { throw NotQuick() }

        var events: [Event] = []
        var payloads: [Data] = []
        events.reserveCapacity(scanned.count)
        payloads.reserveCapacity(scanned.count)
        var seen: Set<UUID> = []
        seen.reserveCapacity(scanned.count)
        for one in scanned {
            guard let id = one.id, seen.insert(id).inserted, one.familyID == family, let time = one.time,
                time.isFinite, abs(time) < 1e11, let schema = one.schemaVersion, (1...Event.currentSchemaVersion).contains(schema),
                let type = one.type, let range = one.payload, let author = one.author
            else { throw NotQuick() }
            let (payload, encoded) = try readPayload(range, in: data, type, schema)
            events.append(
                Event(
                    id: id, familyID: family, sessionID: one.sessionID, time: Date(timeIntervalSinceReferenceDate: time), author: author,
                    schemaVersion: Event.currentSchemaVersion, payload: payload))
            payloads.append(encoded)
        }
        guard RecordReferences.firstMissing(in: events) == nil else { throw NotQuick() }
        return (family, events, payloads)
    }

    /// A payload decoded and encoded as the thorough reader does: the frequent kinds straight
    /// from the file's bytes, the rest through the thorough reader's own steps.
    private mutating func readPayload(_ range: Range<Int>, in data: Data, _ type: String, _ schema: Int) throws -> (EventPayload, Data) {
        let json = data[(data.startIndex + range.lowerBound)..<(data.startIndex + range.upperBound)]
        // The thorough reader decodes the payload as JSONSerialization writes it again. A flat
        // object with exactly its record's fields, none null, none twice, and whole numbers
        // only, decodes the same from the file's own bytes; and none of its fields is dropped.
        if schema == Event.currentSchemaVersion, let fields = DirectPayloadWriter.fields[type], (try? flatKeys(range)) == fields,
            let payload = try? EventPayload.decode(type: type, data: json)
        {
            guard let encoded = DirectPayloadWriter.encoded(payload) ?? (try? payload.encodedData()) else { throw NotQuick() }
            return (payload, encoded)
        }
        // Any other kind: when its JSON has no key twice and only whole numbers, reading it from
        // the file's bytes is reading it as written again; encoded, it must keep every field.
        if schema == Event.currentSchemaVersion, let read = try? shape(range),
            let payload = try? EventPayload.decode(type: type, data: json),
            let encoded = DirectPayloadWriter.encoded(payload) ?? (try? payload.encodedData()), let kept = Self.shape(of: encoded),
            !Self.drops(read, kept)
        {
            return (payload, encoded)
        }
        guard let object = try? JSONSerialization.jsonObject(with: json),
            let checked = try? FamilyExport.checkedPayload(object, type: type, schema: schema, at: "")
        else { throw NotQuick() }
        return checked
    }

    /// What `FamilyExport.firstUnknownField` looks at in a JSON value: its keys and lists.
    private indirect enum Shape {
        case object([String: Shape])
        case array([Shape])
        case null
        case scalar
    }

    /// The shape of the JSON value at `range`, which must have no key twice and no number
    /// but a whole one that fits an `Int`.
    private mutating func shape(_ range: Range<Int>) throws -> Shape {
        at = range.lowerBound
        let value = try shape(depth: 0)
        skipSpace()
        guard at == range.upperBound else { throw NotQuick() }
        return value
    }

    private static func shape(of json: Data) -> Shape? {
        json.withUnsafeBytes { buffer in
            var scanner = ExportScanner(bytes: buffer)
            return try? scanner.shape(0..<buffer.count)
        }
    }

    private mutating func shape(depth: Int) throws -> Shape {
        guard depth < 64 else { throw NotQuick() }
        skipSpace()
        guard at < bytes.count else { throw NotQuick() }
        switch bytes[at] {
        case UInt8(ascii: "{"):
            var members: [String: Shape] = [:]
            try object { key, s in
                let name = String(decoding: key, as: UTF8.self)
                guard members[name] == nil else { throw NotQuick() }
                members[name] = try s.shape(depth: depth + 1)
            }
            return .object(members)
        case UInt8(ascii: "["):
            at += 1
            var items: [Shape] = []
            if takes(UInt8(ascii: "]")) { return .array(items) }
            repeat { items.append(try shape(depth: depth + 1)) } while takes(UInt8(ascii: ","))
            try take(UInt8(ascii: "]"))
            return .array(items)
        case UInt8(ascii: "\""): _ = try rawString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        default: _ = try integer()
        }
        return .scalar
    }

    /// Whether `FamilyExport.firstUnknownField(in: read, keptIn: kept)` finds a field: one
    /// in `read`, not null, that `kept` lacks, at any depth.
    private static func drops(_ read: Shape, _ kept: Shape) -> Bool {
        switch read {
        case .object(let members):
            guard case .object(let keptMembers) = kept else {
                return members.values.contains { if case .null = $0 { false } else { true } }
            }
            for (key, value) in members {
                if case .null = value { continue }
                guard let keptValue = keptMembers[key] else { return true }
                if drops(value, keptValue) { return true }
            }
            return false
        case .array(let items):
            guard case .array(let keptItems) = kept else { return false }
            return zip(items, keptItems).contains { drops($0, $1) }
        case .null, .scalar:
            return false
        }
    }

    /// The keys of the flat object at `range`, sorted: each value a text, a whole number
    /// (an `Int`) or a list of texts. Nil for any other shape or a key given twice.
    private mutating func flatKeys(_ range: Range<Int>) throws -> [String]? {
        at = range.lowerBound
        var keys: [String] = []
        try take(UInt8(ascii: "{"))
        if takes(UInt8(ascii: "}")) { return keys }
        repeat {
            let key = try string()
            guard !keys.contains(key) else { return nil }
            keys.append(key)
            try take(UInt8(ascii: ":"))
            skipSpace()
            guard at < bytes.count else { return nil }
            switch bytes[at] {
            case UInt8(ascii: "\""): _ = try rawString()
            case UInt8(ascii: "["):
                at += 1
                if !takes(UInt8(ascii: "]")) {
                    repeat {
                        skipSpace()
                        guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { return nil }
                        _ = try rawString()
                    } while takes(UInt8(ascii: ","))
                    try take(UInt8(ascii: "]"))
                }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try integer()
            default: return nil
            }
        } while takes(UInt8(ascii: ","))
        try take(UInt8(ascii: "}"))
        return keys.sorted()
    }

    /// The list of events.
    private mutating func events() throws -> [ScannedEvent] {
        var out: [ScannedEvent] = []
        try take(UInt8(ascii: "["))
        if takes(UInt8(ascii: "]")) { return out }
        repeat {
            var e = ScannedEvent()
            try object { key, s in
                if Self.equal(key, "id") {
                    try Self.once(&e.id, try s.id())
                } else if Self.equal(key, "familyID") {
                    try Self.once(&e.familyID, try s.id())
                } else if Self.equal(key, "sessionID") {
                    try Self.once(&e.sessionID, try s.id())
                } else if Self.equal(key, "time") {
                    try Self.once(&e.time, try s.double())
                } else if Self.equal(key, "timeText") {
                    // Only for people, and not read; but it must be JSON text.
                    guard !e.timeText else { throw NotQuick() }
                    e.timeText = true
                    _ = try s.rawString()
                } else if Self.equal(key, "author") {
                    try Self.once(&e.author, try s.string())
                } else if Self.equal(key, "schemaVersion") {
                    try Self.once(&e.schemaVersion, try s.integer())
                } else if Self.equal(key, "type") {
                    try Self.once(&e.type, try s.string())
                } else if Self.equal(key, "payload") {
                    guard e.payload == nil else { throw NotQuick() }
                    s.skipSpace()
                    guard s.at < s.bytes.count, s.bytes[s.at] == UInt8(ascii: "{") else { throw NotQuick() }
                    let start = s.at
                    try s.skipValue(depth: 0)
                    e.payload = start..<s.at
                } else {
                    throw NotQuick()
                }
            }
            out.append(e)
        } while takes(UInt8(ascii: ","))
        try take(UInt8(ascii: "]"))
        return out
    }

    // MARK: JSON text

    private static func once<T>(_ slot: inout T?, _ value: T) throws {
        guard slot == nil else { throw NotQuick() }
        slot = value
    }

    private static func equal(_ key: UnsafeRawBufferPointer, _ name: StaticString) -> Bool {
        key.count == name.utf8CodeUnitCount && memcmp(key.baseAddress!, name.utf8Start, key.count) == 0
    }

    mutating func skipSpace() {
        while at < bytes.count {
            switch bytes[at] {
            case 0x20, 0x0A, 0x0D, 0x09: at += 1
            default: return
            }
        }
    }

    mutating func take(_ byte: UInt8) throws {
        skipSpace()
        guard at < bytes.count, bytes[at] == byte else { throw NotQuick() }
        at += 1
    }

    /// Whether the next byte after spaces is `byte`, taken if so.
    mutating func takes(_ byte: UInt8) -> Bool {
        skipSpace()
        guard at < bytes.count, bytes[at] == byte else { return false }
        at += 1
        return true
    }

    /// An object: `member` gets each key (without escapes) with the scanner at its value, and reads the value.
    private mutating func object(_ member: (UnsafeRawBufferPointer, inout ExportScanner) throws -> Void) throws {
        try take(UInt8(ascii: "{"))
        if takes(UInt8(ascii: "}")) { return }
        repeat {
            let (key, escaped) = try rawString()
            guard !escaped else { throw NotQuick() }
            try take(UInt8(ascii: ":"))
            try member(UnsafeRawBufferPointer(rebasing: bytes[key]), &self)
        } while takes(UInt8(ascii: ","))
        try take(UInt8(ascii: "}"))
    }

    /// A string: where its bytes between the quotes are, checked as JSON text (valid UTF-8,
    /// no control character, every escape whole, surrogates in pairs), and whether it has escapes.
    mutating func rawString() throws -> (range: Range<Int>, escaped: Bool) {
        try take(UInt8(ascii: "\""))
        let start = at
        var escaped = false
        var ascii = true
        scan: while true {
            at = Self.plainRun(bytes, from: at)
            // Byte by byte up to the first that is not plain, then eight at a time again.
            while true {
                guard at < bytes.count else { throw NotQuick() }
                let byte = bytes[at]
                if byte == UInt8(ascii: "\"") { break scan }
                if byte < 0x20 { throw NotQuick() }
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                    try escape()
                    break
                }
                at += 1
                if byte >= 0x80 {
                    ascii = false
                    break
                }
            }
        }
        let range = start..<at
        at += 1
        if !ascii, String(validating: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self) == nil { throw NotQuick() }
        return (range, escaped)
    }

    /// The first place at or after `start` that is not in a run of eight plain bytes
    /// (printable ASCII other than a quote or a backslash), looked at eight bytes at a time:
    /// byte by byte, the strings of a caseload's files were a fifth of reading them.
    static func plainRun(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        var at = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while at + 8 <= bytes.count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            // A byte's high bit is set in each of these where it may be one to stop at: a
            // quote or a backslash (zero after the XOR), a control character (below 0x20),
            // or beyond ASCII. A borrow can set it after such a byte too, never without one.
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            let stops =
                ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word) | word
            if stops & highs != 0 { return at }
            at += 8
        }
        return at
    }

    /// Checks one escape at the backslash and steps over it.
    private mutating func escape() throws {
        guard at + 1 < bytes.count else { throw NotQuick() }
        switch bytes[at + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"),
            UInt8(ascii: "r"), UInt8(ascii: "t"):
            at += 2
        case UInt8(ascii: "u"):
            let unit = try hex4(at + 2)
            at += 6
            switch unit {
            case 0xD800..<0xDC00:
                guard at + 1 < bytes.count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") else { throw NotQuick() }
                let low = try hex4(at + 2)
                guard (0xDC00..<0xE000).contains(low) else { throw NotQuick() }
                at += 6
            case 0xDC00..<0xE000: throw NotQuick()
            default: break
            }
        default: throw NotQuick()
        }
    }

    private func hex4(_ from: Int) throws -> UInt32 {
        guard from + 4 <= bytes.count else { throw NotQuick() }
        var n: UInt32 = 0
        for i in from..<(from + 4) {
            let c = bytes[i]
            let digit: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - UInt8(ascii: "A") + 10
            default: throw NotQuick()
            }
            n = n << 4 | UInt32(digit)
        }
        return n
    }

    /// A string's text, escapes resolved.
    mutating func string() throws -> String {
        let (range, escaped) = try rawString()
        let raw = UnsafeRawBufferPointer(rebasing: bytes[range])
        guard escaped else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            guard raw[i] == UInt8(ascii: "\\") else {
                out.append(raw[i])
                i += 1
                continue
            }
            let code = raw[i + 1]
            i += 2
            switch code {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                // Checked whole by `rawString`: a high surrogate has its low one after it.
                let base = range.lowerBound + i
                var scalar = try hex4(base)
                i += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    let low = try hex4(base + 6)
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw NotQuick() }
                out.append(contentsOf: String(Character(unicode)).utf8)
            default: out.append(code)  // " \ /
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// An id, as `UUID(uuidString:)` reads it; one with escapes is left to the thorough reader.
    mutating func id() throws -> UUID {
        let (range, escaped) = try rawString()
        guard !escaped, let id = UUID(quickBytes: UnsafeRawBufferPointer(rebasing: bytes[range])) else { throw NotQuick() }
        return id
    }

    /// A number as JSON writes it: where its text is.
    mutating func number() throws -> Range<Int> {
        skipSpace()
        let start = at
        func digits() -> Int {
            let from = at
            while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") { at += 1 }
            return at - from
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "-") { at += 1 }
        let first = at
        let whole = digits()
        guard whole > 0, whole == 1 || bytes[first] != UInt8(ascii: "0") else { throw NotQuick() }
        if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
            at += 1
            guard digits() > 0 else { throw NotQuick() }
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
            at += 1
            if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
            guard digits() > 0 else { throw NotQuick() }
        }
        return start..<at
    }

    /// A whole number written plainly (no fraction, no exponent) that fits an `Int`, as
    /// JSONSerialization gives an `Int`.
    mutating func integer() throws -> Int {
        let range = try number()
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        guard let n = Int(text) else { throw NotQuick() }
        return n
    }

    /// A number's value as a `Double` (correctly rounded, as JSONSerialization reads it); a
    /// negative zero is left to the thorough reader.
    mutating func double() throws -> Double {
        let range = try number()
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        guard let value = Double(text), value != 0 || value.sign == .plus else { throw NotQuick() }
        return value
    }

    /// Steps over any JSON value, checking it is JSON text.
    mutating func skipValue(depth: Int) throws {
        // Payloads are shallow; deep nesting is the thorough reader's to judge.
        guard depth < 64 else { throw NotQuick() }
        skipSpace()
        guard at < bytes.count else { throw NotQuick() }
        switch bytes[at] {
        case UInt8(ascii: "{"):
            at += 1
            if takes(UInt8(ascii: "}")) { return }
            repeat {
                _ = try rawString()
                try take(UInt8(ascii: ":"))
                try skipValue(depth: depth + 1)
            } while takes(UInt8(ascii: ","))
            try take(UInt8(ascii: "}"))
        case UInt8(ascii: "["):
            at += 1
            if takes(UInt8(ascii: "]")) { return }
            repeat { try skipValue(depth: depth + 1) } while takes(UInt8(ascii: ","))
            try take(UInt8(ascii: "]"))
        case UInt8(ascii: "\""): _ = try rawString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try number()
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard at + count <= bytes.count, memcmp(bytes.baseAddress! + at, word.utf8Start, count) == 0 else { throw NotQuick() }
        at += count
    }
}

/// The stored JSON of the kinds the direct readers take, written as `encodedData()` writes
/// it (keys sorted, ids in capitals, no spaces) without going through JSONEncoder. A text
/// with a character JSONEncoder escapes is left to it. A test holds the bytes equal.
enum DirectPayloadWriter {
    /// The flat kinds it writes, with their fields, sorted: every one always written, none
    /// optional. It also writes a session's start and end, an evaluation and a summary's
    /// check, which an import checks field by field instead (see `readPayload`).
    static let fields: [String: [String]] = [
        "utteranceRecorded": ["entryID", "speaker", "tags", "text"], "noteRecorded": ["entryID", "tags", "text"],
        "workerSaid": ["entryID", "tags", "text"], "scaleValueSet": ["memberID", "scaleID", "value"], "promptShown": ["promptID"],
        "phaseChanged": ["phase"],
    ]

    /// The payload's stored JSON, or nil for another kind or a text with escapes.
    static func encoded(_ payload: EventPayload) -> Data? {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        switch payload {
        case .utteranceRecorded(let p):
            append("{\"entryID\":", &out)
            id(p.entryID, &out)
            append(",\"speaker\":", &out)
            id(p.speaker, &out)
            append(",\"tags\":", &out)
            guard tags(p.tags, &out) else { return nil }
            append(",\"text\":", &out)
            guard text(p.text, &out) else { return nil }
        case .noteRecorded(let p):
            guard words(p.entryID, p.text, p.tags, &out) else { return nil }
        case .workerSaid(let p):
            guard words(p.entryID, p.text, p.tags, &out) else { return nil }
        case .scaleValueSet(let p):
            append("{\"memberID\":", &out)
            id(p.memberID, &out)
            append(",\"scaleID\":", &out)
            id(p.scaleID, &out)
            append(",\"value\":", &out)
            out.append(contentsOf: String(p.value).utf8)
        case .promptShown(let p):
            append("{\"promptID\":", &out)
            guard text(p.promptID, &out) else { return nil }
        case .phaseChanged(let p):
            append("{\"phase\":", &out)
            guard text(p.phase.rawValue, &out) else { return nil }
        case .sessionStarted(let p):
            append("{\"kind\":", &out)
            guard text(p.kind.rawValue, &out) else { return nil }
            append(",\"number\":", &out)
            out.append(contentsOf: String(p.number).utf8)
            append(",\"present\":[", &out)
            for (i, member) in p.present.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                id(member, &out)
            }
            out.append(UInt8(ascii: "]"))
            if let minutes = p.timeBoxMinutes {
                append(",\"timeBoxMinutes\":", &out)
                out.append(contentsOf: String(minutes).utf8)
            }
            append(",\"worker\":", &out)
            guard text(p.worker, &out) else { return nil }
        case .sessionEnded:
            out.append(UInt8(ascii: "{"))
        case .evaluationRecorded(let p):
            guard evaluation(p, &out) else { return nil }
        case .summaryChecked(let p):
            append("{\"confirmed\":", &out)
            if p.confirmed { append("true", &out) } else { append("false", &out) }
            if let corrections = p.corrections {
                append(",\"corrections\":", &out)
                guard text(corrections, &out) else { return nil }
            }
            if let entry = p.entryID {
                append(",\"entryID\":", &out)
                id(entry, &out)
            }
        default:
            return nil
        }
        out.append(UInt8(ascii: "}"))
        return Data(out)
    }

    /// An evaluation's fields but the closing brace. Its ratings' names must be ASCII:
    /// JSONEncoder sorts keys as Swift compares strings, which for ASCII is byte order.
    private static func evaluation(_ p: EventPayload.EvaluationRecorded, _ out: inout [UInt8]) -> Bool {
        out.append(UInt8(ascii: "{"))
        if let comment = p.comment {
            append("\"comment\":", &out)
            guard text(comment, &out) else { return false }
            out.append(UInt8(ascii: ","))
        }
        if let member = p.memberID {
            append("\"memberID\":", &out)
            id(member, &out)
            out.append(UInt8(ascii: ","))
        }
        append("\"ratings\":{", &out)
        guard p.ratings.keys.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return false }
        for (i, name) in p.ratings.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            guard text(name, &out) else { return false }
            out.append(UInt8(ascii: ":"))
            out.append(contentsOf: String(p.ratings[name] ?? 0).utf8)
        }
        out.append(UInt8(ascii: "}"))
        return true
    }

    /// A note's or the worker's words: the same three fields.
    private static func words(_ entryID: UUID, _ words: String, _ list: [Tag], _ out: inout [UInt8]) -> Bool {
        append("{\"entryID\":", &out)
        id(entryID, &out)
        append(",\"tags\":", &out)
        guard tags(list, &out) else { return false }
        append(",\"text\":", &out)
        return text(words, &out)
    }

    private static func append(_ s: StaticString, _ out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// An id as `UUID.uuidString` writes it, in quotes.
    private static func id(_ id: UUID, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        id.withTextBytes { out.append(contentsOf: $0) }
        out.append(UInt8(ascii: "\""))
    }

    private static func tags(_ tags: [Tag], _ out: inout [UInt8]) -> Bool {
        out.append(UInt8(ascii: "["))
        for (i, tag) in tags.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            guard text(tag.rawValue, &out) else { return false }
        }
        out.append(UInt8(ascii: "]"))
        return true
    }

    /// A text in quotes, when it has no character JSONEncoder writes escaped (quote,
    /// backslash, slash, control characters); false otherwise.
    private static func text(_ s: String, _ out: inout [UInt8]) -> Bool {
        var s = s
        return s.withUTF8 { utf8 in
            for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "/") {
                return false
            }
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: utf8)
            out.append(UInt8(ascii: "\""))
            return true
        }
    }
}
