import Foundation

// A quick reader of stored payloads: the JSON that `encodedData()` writes, parsed into a
// small tree and decoded through the records' own `Decodable` conformances. Foundation's
// JSONDecoder took about 7 µs per payload, most of the time opening a family; this takes
// about a tenth. It accepts only what it reads exactly (plain numbers, valid UTF-8, no
// duplicate keys, nothing after the value); on anything else it throws, and
// `EventPayload.decode` asks Foundation's decoder, whose answer (and error) stands. A test
// holds it equal to Foundation's decoder on every kind of event.

/// A parsed JSON value.
indirect enum JSONValue {
    case null
    case bool(Bool)
    /// The number's text, converted when a type asks for it.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])
}

/// Why the quick reader passed a payload on to Foundation's decoder.
struct QuickJSONRefusal: Error {}

/// Parses JSON text (UTF-8) into a `JSONValue`.
struct QuickJSONParser {
    private let bytes: UnsafeRawBufferPointer
    private var at = 0

    static func parse(_ data: Data) throws -> JSONValue {
        try data.withUnsafeBytes { buffer in
            var parser = QuickJSONParser(bytes: buffer)
            let value = try parser.value(depth: 0)
            parser.skipSpace()
            guard parser.at == buffer.count else { throw QuickJSONRefusal() }
            return value
        }
    }

    private init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    private mutating func skipSpace() {
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
    }

    private mutating func expect(_ literal: StaticString) throws {
        let count = literal.utf8CodeUnitCount
        guard at + count <= bytes.count else { throw QuickJSONRefusal() }
        for i in 0..<count where bytes[at + i] != literal.utf8Start[i] { throw QuickJSONRefusal() }
        at += count
    }

    private mutating func value(depth: Int) throws -> JSONValue {
        // Payloads are shallow; a deep one is not ours to read quickly.
        guard depth < 32 else { throw QuickJSONRefusal() }
        skipSpace()
        guard at < bytes.count else { throw QuickJSONRefusal() }
        switch bytes[at] {
        case UInt8(ascii: "{"):
            at += 1
            var pairs: [(key: String, value: JSONValue)] = []
            skipSpace()
            if at < bytes.count, bytes[at] == UInt8(ascii: "}") {
                at += 1
                return .object(pairs)
            }
            while true {
                skipSpace()
                guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { throw QuickJSONRefusal() }
                let key = try string()
                // Which of two equal keys a decoder takes is its own choice: leave it to Foundation.
                guard !pairs.contains(where: { $0.key == key }) else { throw QuickJSONRefusal() }
                skipSpace()
                try expect(":")
                pairs.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard at < bytes.count else { throw QuickJSONRefusal() }
                if bytes[at] == UInt8(ascii: ",") {
                    at += 1
                } else if bytes[at] == UInt8(ascii: "}") {
                    at += 1
                    return .object(pairs)
                } else {
                    throw QuickJSONRefusal()
                }
            }
        case UInt8(ascii: "["):
            at += 1
            var items: [JSONValue] = []
            skipSpace()
            if at < bytes.count, bytes[at] == UInt8(ascii: "]") {
                at += 1
                return .array(items)
            }
            while true {
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard at < bytes.count else { throw QuickJSONRefusal() }
                if bytes[at] == UInt8(ascii: ",") {
                    at += 1
                } else if bytes[at] == UInt8(ascii: "]") {
                    at += 1
                    return .array(items)
                } else {
                    throw QuickJSONRefusal()
                }
            }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try expect("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expect("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expect("null")
            return .null
        default:
            return .number(try number())
        }
    }

    /// An integer: an optional minus and digits, without leading zeros. Fractions and
    /// exponents (never in a stored payload) go to Foundation.
    private mutating func number() throws -> String {
        let start = at
        if bytes[at] == UInt8(ascii: "-") { at += 1 }
        let digits = at
        while at < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at]) { at += 1 }
        guard at > digits, at - digits == 1 || bytes[digits] != UInt8(ascii: "0") else { throw QuickJSONRefusal() }
        if at < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[at]) { throw QuickJSONRefusal() }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
    }

    /// A string at the opening quote.
    private mutating func string() throws -> String {
        at += 1
        let start = at
        var escaped = false
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                at += 2
                continue
            }
            // Control characters must be escaped in JSON.
            guard byte >= 0x20 else { throw QuickJSONRefusal() }
            at += 1
        }
        guard at < bytes.count else { throw QuickJSONRefusal() }
        let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<at])
        at += 1
        guard escaped else {
            guard let text = String(validating: raw, as: UTF8.self) else { throw QuickJSONRefusal() }
            return text
        }
        return try Self.unescape(raw)
    }

    private static func unescape(_ raw: UnsafeRawBufferPointer) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        func hex4(_ at: Int) throws -> UInt32 {
            guard at + 4 <= raw.count else { throw QuickJSONRefusal() }
            var n: UInt32 = 0
            for b in raw[at..<(at + 4)] {
                guard let d = Int(String(UnicodeScalar(b)), radix: 16) else { throw QuickJSONRefusal() }
                n = n << 4 | UInt32(d)
            }
            return n
        }
        while i < raw.count {
            let byte = raw[i]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                i += 1
                continue
            }
            guard i + 1 < raw.count else { throw QuickJSONRefusal() }
            let code = raw[i + 1]
            i += 2
            switch code {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(code)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(i)
                i += 4
                if (0xD800..<0xDC00).contains(scalar) {
                    // A surrogate pair: the low half must follow.
                    guard i + 1 < raw.count, raw[i] == UInt8(ascii: "\\"), raw[i + 1] == UInt8(ascii: "u") else { throw QuickJSONRefusal() }
                    let low = try hex4(i + 2)
                    guard (0xDC00..<0xE000).contains(low) else { throw QuickJSONRefusal() }
                    i += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw QuickJSONRefusal() }
                out.append(contentsOf: Array(String(Character(unicode)).utf8))
            default: throw QuickJSONRefusal()
            }
        }
        guard let text = String(validating: out, as: UTF8.self) else { throw QuickJSONRefusal() }
        return text
    }
}

/// Decodes a `JSONValue` through `Decodable`, as JSONDecoder would with its default
/// strategies for the types payloads use (text, whole numbers, booleans, ids, lists,
/// tables, optionals, nested records).
struct QuickJSONDecoder: Decoder, SingleValueDecodingContainer {
    let value: JSONValue
    // Errors come from Foundation's decoder on the second try, so no path is kept here.
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try T(from: QuickJSONDecoder(value: try QuickJSONParser.parse(data)))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let pairs) = value else { throw QuickJSONRefusal() }
        return KeyedDecodingContainer(Keyed<Key>(pairs: pairs))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw QuickJSONRefusal() }
        return Unkeyed(items: items)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    // MARK: SingleValueDecodingContainer

    func decodeNil() -> Bool {
        if case .null = value { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let b) = value else { throw QuickJSONRefusal() }
        return b
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let s) = value else { throw QuickJSONRefusal() }
        return s
    }

    func decode(_ type: Double.Type) throws -> Double { throw QuickJSONRefusal() }
    func decode(_ type: Float.Type) throws -> Float { throw QuickJSONRefusal() }
    func decode(_ type: Int.Type) throws -> Int { try integer() }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer() }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer() }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer() }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer() }
    func decode(_ type: UInt.Type) throws -> UInt { try integer() }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer() }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer() }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer() }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer() }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == UUID.self {
            guard case .string(let text) = value, let id = UUID(quickText: text) else { throw QuickJSONRefusal() }
            return unsafeBitCast(id, to: T.self)
        }
        // JSONDecoder reads these its own way (base64, ISO dates …); payloads hold none.
        guard !(T.self is Date.Type || T.self is Data.Type || T.self is URL.Type || T.self is Decimal.Type) else {
            throw QuickJSONRefusal()
        }
        return try T(from: self)
    }

    private func integer<T: FixedWidthInteger>() throws -> T {
        guard case .number(let text) = value, let n = T(text) else { throw QuickJSONRefusal() }
        return n
    }

    private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let pairs: [(key: String, value: JSONValue)]
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { pairs.compactMap { Key(stringValue: $0.key) } }

        func contains(_ key: Key) -> Bool { pairs.contains { $0.key == key.stringValue } }

        private func value(_ key: Key) throws -> QuickJSONDecoder {
            guard let pair = pairs.first(where: { $0.key == key.stringValue }) else { throw QuickJSONRefusal() }
            return QuickJSONDecoder(value: pair.value)
        }

        func decodeNil(forKey key: Key) throws -> Bool { try value(key).decodeNil() }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value(key).decode(type) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try value(key).decode(type) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try value(key).decode(type) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try value(key).decode(type) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try value(key).decode(type) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try value(key).decode(type) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try value(key).decode(type) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try value(key).decode(type) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try value(key).decode(type) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try value(key).decode(type) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try value(key).decode(type) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try value(key).decode(type) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try value(key).decode(type) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try value(key).decode(type) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try value(key).decode(type) }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<
            NestedKey
        > { try value(key).container(keyedBy: type) }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try value(key).unkeyedContainer() }
        func superDecoder() throws -> any Decoder { throw QuickJSONRefusal() }
        func superDecoder(forKey key: Key) throws -> any Decoder { throw QuickJSONRefusal() }
    }

    private struct Unkeyed: UnkeyedDecodingContainer {
        let items: [JSONValue]
        var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        private mutating func next() throws -> QuickJSONDecoder {
            guard currentIndex < items.count else { throw QuickJSONRefusal() }
            defer { currentIndex += 1 }
            return QuickJSONDecoder(value: items[currentIndex])
        }

        mutating func decodeNil() throws -> Bool {
            guard currentIndex < items.count else { throw QuickJSONRefusal() }
            guard case .null = items[currentIndex] else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decode(type) }
        mutating func decode(_ type: String.Type) throws -> String { try next().decode(type) }
        mutating func decode(_ type: Double.Type) throws -> Double { try next().decode(type) }
        mutating func decode(_ type: Float.Type) throws -> Float { try next().decode(type) }
        mutating func decode(_ type: Int.Type) throws -> Int { try next().decode(type) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().decode(type) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().decode(type) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().decode(type) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().decode(type) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try next().decode(type) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().decode(type) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().decode(type) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().decode(type) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().decode(type) }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(type) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try next().container(keyedBy: type)
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }
        mutating func superDecoder() throws -> any Decoder { throw QuickJSONRefusal() }
    }
}

extension UUID {
    /// Parses the 36-character text form (hex digits in either case), as
    /// `UUID(uuidString:)` does, without the C library's `sscanf` that made each id cost
    /// about a microsecond on Linux; nil for anything else.
    public init?(quickText text: String) {
        var text = text
        guard let id = text.withUTF8({ UUID(quickBytes: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = id
    }

    /// The same from the text's UTF-8 bytes.
    public init?(quickBytes bytes: UnsafeRawBufferPointer) {
        guard bytes.count == 36 else { return nil }
        var out: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let parsed = withUnsafeMutableBytes(of: &out) { out -> Bool in
            var i = 0
            for n in 0..<16 {
                if i == 8 || i == 13 || i == 18 || i == 23 {
                    guard bytes[i] == UInt8(ascii: "-") else { return false }
                    i += 1
                }
                guard let high = Self.hexDigit(bytes[i]), let low = Self.hexDigit(bytes[i + 1]) else { return false }
                out[n] = high << 4 | low
                i += 2
            }
            return true
        }
        guard parsed else { return nil }
        self.init(uuid: out)
    }

    /// The 36 bytes of `uuidString` (upper-case hex), written on the stack: the store
    /// writes several ids per event, and `uuidString` made a new string of each.
    public func withTextBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        var text: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0)
        return try withUnsafeMutableBytes(of: &text) { out in
            writeText(to: out.baseAddress!)
            return try body(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(out)[..<36]))
        }
    }

    /// Writes the 36 bytes of `uuidString` at `out`. Not generic, so a caller in another
    /// module runs it as compiled here (the generic form, unspecialised there, cost about
    /// 2,000 instructions an id).
    public func writeText(to out: UnsafeMutableRawPointer) {
        let digits: StaticString = "0123456789ABCDEF"
        let hex = digits.utf8Start
        let bytes = uuid
        var at = 0
        func put(_ byte: UInt8) {
            out.storeBytes(of: hex[Int(byte >> 4)], toByteOffset: at, as: UInt8.self)
            out.storeBytes(of: hex[Int(byte & 0x0F)], toByteOffset: at + 1, as: UInt8.self)
            at += 2
        }
        func dash() {
            out.storeBytes(of: UInt8(ascii: "-"), toByteOffset: at, as: UInt8.self)
            at += 1
        }
        put(bytes.0)
        put(bytes.1)
        put(bytes.2)
        put(bytes.3)
        dash()
        put(bytes.4)
        put(bytes.5)
        dash()
        put(bytes.6)
        put(bytes.7)
        dash()
        put(bytes.8)
        put(bytes.9)
        dash()
        put(bytes.10)
        put(bytes.11)
        put(bytes.12)
        put(bytes.13)
        put(bytes.14)
        put(bytes.15)
    }

    private static func hexDigit(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

// Direct readers for the kinds that make up most of a family's log (the family's words,
// notes, what the worker said, scale values, cards and phases: over nine in ten events).
// Going through `Decodable` cost most of the quick reader's time; these read the flat
// object straight into the record. They take only the exact shape `encodedData()` writes
// (every field once, no other field, no null); anything else is refused, and the quick
// reader and then Foundation's decoder read it. A test holds them equal to Foundation's.
extension QuickJSONParser {
    /// Reads the one flat object `data` holds: `field` is called with each key's bytes and
    /// the parser at its value, and must read the value or refuse (a key seen twice too).
    static func flatObject(_ data: Data, _ field: (UnsafeRawBufferPointer, inout QuickJSONParser) throws -> Void) throws {
        try data.withUnsafeBytes { buffer in
            var parser = QuickJSONParser(bytes: buffer)
            parser.skipSpace()
            try parser.expect("{")
            parser.skipSpace()
            if parser.at < buffer.count, buffer[parser.at] == UInt8(ascii: "}") {
                parser.at += 1
            } else {
                while true {
                    parser.skipSpace()
                    let key = try parser.plainKey()
                    parser.skipSpace()
                    try parser.expect(":")
                    parser.skipSpace()
                    try field(key, &parser)
                    parser.skipSpace()
                    guard parser.at < buffer.count else { throw QuickJSONRefusal() }
                    if buffer[parser.at] == UInt8(ascii: ",") {
                        parser.at += 1
                    } else {
                        try parser.expect("}")
                        break
                    }
                }
            }
            parser.skipSpace()
            guard parser.at == buffer.count else { throw QuickJSONRefusal() }
        }
    }

    /// A key without escapes, as the bytes between its quotes.
    private mutating func plainKey() throws -> UnsafeRawBufferPointer {
        guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { throw QuickJSONRefusal() }
        let start = at + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            guard bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 else { throw QuickJSONRefusal() }
            end += 1
        }
        guard end < bytes.count else { throw QuickJSONRefusal() }
        at = end + 1
        return UnsafeRawBufferPointer(rebasing: bytes[start..<end])
    }

    /// A string value.
    mutating func text() throws -> String {
        guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { throw QuickJSONRefusal() }
        return try string()
    }

    /// An id as `UUID(uuidString:)` reads it, straight from the bytes.
    mutating func id() throws -> UUID {
        guard at + 38 <= bytes.count, bytes[at] == UInt8(ascii: "\""), bytes[at + 37] == UInt8(ascii: "\""),
            let id = UUID(quickBytes: UnsafeRawBufferPointer(rebasing: bytes[(at + 1)..<(at + 37)]))
        else { throw QuickJSONRefusal() }
        at += 38
        return id
    }

    /// A whole number.
    mutating func integer() throws -> Int {
        guard at < bytes.count, let n = Int(try number()) else { throw QuickJSONRefusal() }
        return n
    }

    /// A value of a `String`-backed enum.
    mutating func named<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try text()) else { throw QuickJSONRefusal() }
        return value
    }

    /// A list of tags.
    mutating func tags() throws -> [Tag] {
        try expect("[")
        var out: [Tag] = []
        skipSpace()
        if at < bytes.count, bytes[at] == UInt8(ascii: "]") {
            at += 1
            return out
        }
        while true {
            skipSpace()
            out.append(try named(Tag.self))
            skipSpace()
            guard at < bytes.count else { throw QuickJSONRefusal() }
            if bytes[at] == UInt8(ascii: ",") {
                at += 1
            } else {
                try expect("]")
                return out
            }
        }
    }
}

/// The direct readers, one per kind (see above).
enum DirectPayloadReaders {
    private static func key(_ key: UnsafeRawBufferPointer, _ name: StaticString) -> Bool {
        key.count == name.utf8CodeUnitCount && memcmp(key.baseAddress!, name.utf8Start, key.count) == 0
    }

    /// Sets a field read from the object; a key seen twice is refused (which of two a decoder
    /// takes is its own choice: Foundation's answer stands).
    private static func once<T>(_ slot: inout T?, _ value: T) throws {
        guard slot == nil else { throw QuickJSONRefusal() }
        slot = value
    }

    /// Every field must be present: a missing one is refused, as `Decodable` would fail.
    private static func present<T>(_ value: T?) throws -> T {
        guard let value else { throw QuickJSONRefusal() }
        return value
    }

    @Sendable static func utterance(_ data: Data) throws -> EventPayload {
        var entryID: UUID?
        var speaker: UUID?
        var text: String?
        var tags: [Tag]?
        try QuickJSONParser.flatObject(data) { k, p in
            if key(k, "entryID") {
                try once(&entryID, try p.id())
            } else if key(k, "speaker") {
                try once(&speaker, try p.id())
            } else if key(k, "text") {
                try once(&text, try p.text())
            } else if key(k, "tags") {
                try once(&tags, try p.tags())
            } else {
                throw QuickJSONRefusal()
            }
        }
        return .utteranceRecorded(
            .init(entryID: try present(entryID), speaker: try present(speaker), text: try present(text), tags: try present(tags)))
    }

    /// The fields of a note and of what the worker said: the same three.
    private static func words(_ data: Data) throws -> (UUID, String, [Tag]) {
        var entryID: UUID?
        var text: String?
        var tags: [Tag]?
        try QuickJSONParser.flatObject(data) { k, p in
            if key(k, "entryID") {
                try once(&entryID, try p.id())
            } else if key(k, "text") {
                try once(&text, try p.text())
            } else if key(k, "tags") {
                try once(&tags, try p.tags())
            } else {
                throw QuickJSONRefusal()
            }
        }
        return (try present(entryID), try present(text), try present(tags))
    }

    @Sendable static func note(_ data: Data) throws -> EventPayload {
        let (id, text, tags) = try words(data)
        return .noteRecorded(.init(entryID: id, text: text, tags: tags))
    }

    @Sendable static func workerSaid(_ data: Data) throws -> EventPayload {
        let (id, text, tags) = try words(data)
        return .workerSaid(.init(entryID: id, text: text, tags: tags))
    }

    @Sendable static func scaleValue(_ data: Data) throws -> EventPayload {
        var scaleID: UUID?
        var memberID: UUID?
        var value: Int?
        try QuickJSONParser.flatObject(data) { k, p in
            if key(k, "scaleID") {
                try once(&scaleID, try p.id())
            } else if key(k, "memberID") {
                try once(&memberID, try p.id())
            } else if key(k, "value") {
                try once(&value, try p.integer())
            } else {
                throw QuickJSONRefusal()
            }
        }
        return .scaleValueSet(.init(scaleID: try present(scaleID), memberID: try present(memberID), value: try present(value)))
    }

    @Sendable static func promptShown(_ data: Data) throws -> EventPayload {
        var promptID: String?
        try QuickJSONParser.flatObject(data) { k, p in
            guard key(k, "promptID") else { throw QuickJSONRefusal() }
            try once(&promptID, try p.text())
        }
        return .promptShown(.init(promptID: try present(promptID)))
    }

    @Sendable static func phaseChanged(_ data: Data) throws -> EventPayload {
        var phase: Phase?
        try QuickJSONParser.flatObject(data) { k, p in
            guard key(k, "phase") else { throw QuickJSONRefusal() }
            try once(&phase, try p.named(Phase.self))
        }
        return .phaseChanged(.init(phase: try present(phase)))
    }
}
