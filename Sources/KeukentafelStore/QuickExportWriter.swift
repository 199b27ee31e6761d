import Foundation
import KeukentafelDomain
import Synchronization

/// Writes a family's export byte for byte as Foundation's `JSONSerialization` does
/// (`prettyPrinted`, `sortedKeys`), without building Foundation objects: JSONSerialization
/// spent four fifths of an export sorting keys through `NSString` and casting every value.
///
/// Whatever it cannot write exactly as JSONSerialization would (a key twice, a number in
/// another form than JSONEncoder writes, a string it cannot read), it leaves
/// alone: `write` returns nil and the caller uses JSONSerialization.
/// `QuickExportWriterTests` holds the two byte-equal over random families of every kind.
enum QuickExportWriter {
    static func write(family: UUID, events: [Event], formatter: ISO8601DateFormatter) -> Data? {
        var out = Output()
        out.bytes.reserveCapacity(events.count * 600)
        out.raw("{\n  \"events\" : [")
        for (index, e) in events.enumerated() {
            out.raw(index == 0 ? "\n    {\n" : ",\n    {\n")
            guard let payload = DirectPayloadWriter.encoded(e.payload) ?? (try? e.payload.encodedData()),
                e.time.timeIntervalSinceReferenceDate.isFinite
            else { return nil }
            out.member("author", first: true, indent: 6)
            out.string(e.author)
            out.member("familyID", indent: 6)
            out.string(e.familyID.uuidString)
            out.member("id", indent: 6)
            out.string(e.id.uuidString)
            out.member("payload", indent: 6)
            let written = payload.withUnsafeBytes { buffer -> Bool in
                var reader = PayloadReader(bytes: buffer)
                return reader.copyValue(into: &out, indent: 6) && reader.atEnd
            }
            guard written else { return nil }
            out.member("schemaVersion", indent: 6)
            out.raw(String(e.schemaVersion))
            if let session = e.sessionID {
                out.member("sessionID", indent: 6)
                out.string(session.uuidString)
            }
            out.member("time", indent: 6)
            out.raw(number(e.time.timeIntervalSinceReferenceDate))
            out.member("timeText", indent: 6)
            out.string(formatter.string(from: e.time))
            out.member("type", indent: 6)
            out.string(e.payload.typeName)
            out.raw("\n    }")
        }
        // An empty list as JSONSerialization writes it: an empty line between its brackets.
        out.raw(events.isEmpty ? "\n\n  ],\n" : "\n  ],\n")
        out.member("family", first: true, indent: 2)
        out.string(family.uuidString)
        out.member("format", indent: 2)
        out.string(FamilyExport.format)
        out.member("formatVersion", indent: 2)
        out.raw(String(FamilyExport.formatVersion))
        out.raw("\n}")
        return Data(out.bytes)
    }

    /// A `Double` as JSONSerialization writes it: its description, without a trailing ".0".
    static func number(_ value: Double) -> String {
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// Keys in JSONSerialization's order (`NSString.compare`, numeric, case-insensitive,
    /// forced ordering, the system locale), worked out once per set of keys. The sets are
    /// the record types' field names, and keys a family chose (ratings, attributes): those
    /// are not kept past a few hundred sets.
    private static let orders = Mutex<[[String]: [Int]]>([:])

    static func order(of keys: [String]) -> [Int] {
        if let known = orders.withLock({ $0[keys] }) { return known }
        let sorted = keys.indices.sorted { a, b in
            keys[a].compare(
                keys[b], options: [.numeric, .caseInsensitive, .forcedOrdering], range: keys[a].startIndex..<keys[a].endIndex,
                locale: NSLocale.system) == .orderedAscending
        }
        orders.withLock { if $0.count < 512 { $0[keys] = sorted } }
        return sorted
    }

    /// The bytes written so far.
    struct Output {
        var bytes: [UInt8] = []

        mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

        mutating func indent(_ n: Int) { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: n)) }

        /// A member's key (a plain name), after a comma unless it is the object's first.
        mutating func member(_ key: String, first: Bool = false, indent n: Int) {
            if !first { bytes.append(contentsOf: ",\n".utf8) }
            indent(n)
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: key.utf8)
            bytes.append(contentsOf: "\" : ".utf8)
        }

        /// A string escaped as JSONSerialization escapes it: quote, backslash and slash,
        /// the short escapes, other controls as `\u00xx` in lower case, the rest as it is.
        mutating func string(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x22: bytes.append(contentsOf: "\\\"".utf8)
                case 0x5C: bytes.append(contentsOf: "\\\\".utf8)
                case 0x2F: bytes.append(contentsOf: "\\/".utf8)
                case 0x08: bytes.append(contentsOf: "\\b".utf8)
                case 0x0C: bytes.append(contentsOf: "\\f".utf8)
                case 0x0A: bytes.append(contentsOf: "\\n".utf8)
                case 0x0D: bytes.append(contentsOf: "\\r".utf8)
                case 0x09: bytes.append(contentsOf: "\\t".utf8)
                case 0..<0x20:
                    bytes.append(contentsOf: "\\u00".utf8)
                    let hex = String(scalar.value, radix: 16)
                    if hex.count == 1 { bytes.append(UInt8(ascii: "0")) }
                    bytes.append(contentsOf: hex.utf8)
                case 0..<0x80: bytes.append(UInt8(scalar.value))
                default: bytes.append(contentsOf: String(scalar).utf8)
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// Reads a payload's compact JSON (as JSONEncoder wrote it) and writes it pretty, keys
    /// in JSONSerialization's order. False for anything it does not write exactly.
    struct PayloadReader {
        let bytes: UnsafeRawBufferPointer
        var at = 0

        init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        var atEnd: Bool { at == bytes.count }

        mutating func copyValue(into out: inout Output, indent: Int) -> Bool {
            guard at < bytes.count else { return false }
            switch bytes[at] {
            case UInt8(ascii: "{"): return copyObject(into: &out, indent: indent)
            case UInt8(ascii: "["): return copyArray(into: &out, indent: indent)
            case UInt8(ascii: "\""):
                guard let text = string() else { return false }
                out.string(text)
                return true
            case UInt8(ascii: "t"): return word("true", into: &out)
            case UInt8(ascii: "f"): return word("false", into: &out)
            case UInt8(ascii: "n"): return word("null", into: &out)
            default: return copyNumber(into: &out)
            }
        }

        private mutating func word(_ word: String, into out: inout Output) -> Bool {
            let w = Array(word.utf8)
            guard at + w.count <= bytes.count, w.indices.allSatisfy({ bytes[at + $0] == w[$0] }) else { return false }
            at += w.count
            out.bytes.append(contentsOf: w)
            return true
        }

        /// A whole number as JSONEncoder writes an integer (no leading zero, no "-0") is
        /// written as it is; one with a fraction or an exponent, of at most 17 characters, as
        /// the `Double` it reads as. (JSONSerialization reads a longer one as a decimal number
        /// and writes it without an exponent: left to it.)
        private mutating func copyNumber(into out: inout Output) -> Bool {
            let start = at
            while at < bytes.count, let c = Optional(bytes[at]),
                c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: "e")
                    || c == UInt8(ascii: "E") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c)
            {
                at += 1
            }
            let token = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
            guard !token.isEmpty else { return false }
            if let whole = Int(token), String(whole) == token, token != "-0" {
                out.raw(token)
                return true
            }
            guard token.utf8.count <= 17, Self.isJSONNumber(token.utf8), token.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }),
                let value = Double(token), value.isFinite
            else { return false }
            out.raw(QuickExportWriter.number(value))
            return true
        }

        /// JSON's grammar of a number: `-`, a whole part without a leading zero, a fraction,
        /// an exponent (Swift's `Double` reads more, such as ".5").
        static func isJSONNumber(_ text: String.UTF8View) -> Bool {
            var i = text.startIndex
            func digits() -> Int {
                var n = 0
                while i < text.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[i]) {
                    i = text.index(after: i)
                    n += 1
                }
                return n
            }
            func take(_ c: Character) -> Bool {
                guard i < text.endIndex, text[i] == c.asciiValue else { return false }
                i = text.index(after: i)
                return true
            }
            _ = take("-")
            let first = i < text.endIndex ? text[i] : 0
            let whole = digits()
            guard whole == 1 || (whole > 1 && first != UInt8(ascii: "0")) else { return false }
            if take("."), digits() == 0 { return false }
            if take("e") || take("E") {
                _ = take("+") || take("-")
                if digits() == 0 { return false }
            }
            return i == text.endIndex
        }

        private mutating func copyArray(into out: inout Output, indent: Int) -> Bool {
            at += 1
            out.bytes.append(contentsOf: "[\n".utf8)
            if at < bytes.count, bytes[at] == UInt8(ascii: "]") {
                at += 1
                // JSONSerialization's empty list: an empty line between its brackets.
                out.bytes.append(UInt8(ascii: "\n"))
                out.indent(indent)
                out.bytes.append(UInt8(ascii: "]"))
                return true
            }
            var first = true
            while true {
                if !first { out.bytes.append(contentsOf: ",\n".utf8) }
                first = false
                out.indent(indent + 2)
                guard copyValue(into: &out, indent: indent + 2), at < bytes.count else { return false }
                if bytes[at] == UInt8(ascii: ",") {
                    at += 1
                    continue
                }
                guard bytes[at] == UInt8(ascii: "]") else { return false }
                at += 1
                break
            }
            out.bytes.append(UInt8(ascii: "\n"))
            out.indent(indent)
            out.bytes.append(UInt8(ascii: "]"))
            return true
        }

        private mutating func copyObject(into out: inout Output, indent: Int) -> Bool {
            at += 1
            var keys: [String] = []
            var values: [Range<Int>] = []
            if at < bytes.count, bytes[at] == UInt8(ascii: "}") {
                at += 1
            } else {
                while true {
                    guard at < bytes.count, bytes[at] == UInt8(ascii: "\""), let key = string(), at < bytes.count,
                        bytes[at] == UInt8(ascii: ":")
                    else { return false }
                    at += 1
                    let start = at
                    guard skipValue(depth: 0) else { return false }
                    keys.append(key)
                    values.append(start..<at)
                    guard at < bytes.count else { return false }
                    if bytes[at] == UInt8(ascii: ",") {
                        at += 1
                        continue
                    }
                    guard bytes[at] == UInt8(ascii: "}") else { return false }
                    at += 1
                    break
                }
            }
            // A key twice would be one key to JSONSerialization, keeping one of the values.
            guard Set(keys).count == keys.count else { return false }
            out.bytes.append(contentsOf: "{\n".utf8)
            if !keys.isEmpty {
                let end = at
                for (n, i) in QuickExportWriter.order(of: keys).enumerated() {
                    if n > 0 { out.bytes.append(contentsOf: ",\n".utf8) }
                    out.indent(indent + 2)
                    out.string(keys[i])
                    out.bytes.append(contentsOf: " : ".utf8)
                    at = values[i].lowerBound
                    guard copyValue(into: &out, indent: indent + 2), at == values[i].upperBound else { return false }
                }
                at = end
            }
            out.bytes.append(UInt8(ascii: "\n"))
            out.indent(indent)
            out.bytes.append(UInt8(ascii: "}"))
            return true
        }

        /// Steps over one value without writing it (its place is remembered by the caller).
        private mutating func skipValue(depth: Int) -> Bool {
            guard depth < 64, at < bytes.count else { return false }
            switch bytes[at] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = bytes[at] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                let isObject = close == UInt8(ascii: "}")
                at += 1
                if at < bytes.count, bytes[at] == close {
                    at += 1
                    return true
                }
                while true {
                    if isObject {
                        guard at < bytes.count, bytes[at] == UInt8(ascii: "\""), skipString(), at < bytes.count,
                            bytes[at] == UInt8(ascii: ":")
                        else { return false }
                        at += 1
                    }
                    guard skipValue(depth: depth + 1), at < bytes.count else { return false }
                    if bytes[at] == UInt8(ascii: ",") {
                        at += 1
                        continue
                    }
                    guard bytes[at] == close else { return false }
                    at += 1
                    return true
                }
            case UInt8(ascii: "\""): return skipString()
            default:
                let start = at
                while at < bytes.count, bytes[at] != UInt8(ascii: ","), bytes[at] != UInt8(ascii: "}"), bytes[at] != UInt8(ascii: "]") {
                    at += 1
                }
                return at > start
            }
        }

        private mutating func skipString() -> Bool {
            at += 1
            while at < bytes.count {
                switch bytes[at] {
                case UInt8(ascii: "\""):
                    at += 1
                    return true
                case UInt8(ascii: "\\"): at += 2
                default: at += 1
                }
            }
            return false
        }

        /// A string value, its escapes read (as JSONEncoder writes them); nil for a lone
        /// surrogate or bytes that are not UTF-8, which it leaves to JSONSerialization.
        private mutating func string() -> String? {
            at += 1
            var plain = true
            var end = at
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                // A control character must be escaped: JSONSerialization refuses it raw.
                guard bytes[end] >= 0x20 else { return nil }
                if bytes[end] == UInt8(ascii: "\\") {
                    plain = false
                    end += 2
                } else {
                    end += 1
                }
            }
            guard end < bytes.count else { return nil }
            let body = UnsafeRawBufferPointer(rebasing: bytes[at..<end])
            at = end + 1
            if plain { return String(validating: body, as: UTF8.self) }
            var scalars = String.UnicodeScalarView()
            var raw: [UInt8] = []
            var i = 0
            func flush() -> Bool {
                guard !raw.isEmpty else { return true }
                guard let text = String(validating: raw, as: UTF8.self) else { return false }
                scalars.append(contentsOf: text.unicodeScalars)
                raw.removeAll(keepingCapacity: true)
                return true
            }
            while i < body.count {
                guard body[i] == UInt8(ascii: "\\") else {
                    raw.append(body[i])
                    i += 1
                    continue
                }
                guard flush(), i + 1 < body.count else { return nil }
                let escape = body[i + 1]
                i += 2
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{8}")
                case UInt8(ascii: "f"): scalars.append("\u{c}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    guard i + 4 <= body.count,
                        body[i..<(i + 4)].allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x66) }),
                        let value = UInt32(String(decoding: UnsafeRawBufferPointer(rebasing: body[i..<(i + 4)]), as: UTF8.self), radix: 16),
                        let scalar = Unicode.Scalar(value)
                    else { return nil }
                    scalars.append(scalar)
                    i += 4
                default: return nil
                }
            }
            guard flush() else { return nil }
            return String(scalars)
        }
    }
}
