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
                return reader.copyWhole(into: &out, indent: 6)
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

        /// A list's or object's end: its own line, at the indent it opened at.
        mutating func close(_ bracket: UInt8, indent n: Int) {
            bytes.append(UInt8(ascii: "\n"))
            indent(n)
            bytes.append(bracket)
        }

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

    /// Reads a payload's compact JSON (as JSONEncoder wrote it) through `ExportScanner`, which
    /// checks it as JSON text, and writes it pretty, keys in JSONSerialization's order.
    struct PayloadReader {
        var scanner: ExportScanner

        init(bytes: UnsafeRawBufferPointer) { scanner = ExportScanner(bytes: bytes) }

        /// Writes the one value the bytes hold; false for anything it does not write exactly.
        mutating func copyWhole(into out: inout Output, indent: Int) -> Bool {
            guard (try? copyValue(into: &out, indent: indent)) != nil else { return false }
            scanner.skipSpace()
            return scanner.at == scanner.bytes.count
        }

        private mutating func copyValue(into out: inout Output, indent: Int) throws {
            scanner.skipSpace()
            guard scanner.at < scanner.bytes.count else { throw NotQuick() }
            switch scanner.bytes[scanner.at] {
            case UInt8(ascii: "{"): try copyObject(into: &out, indent: indent)
            case UInt8(ascii: "["): try copyArray(into: &out, indent: indent)
            case UInt8(ascii: "\""): out.string(try scanner.string())
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                let start = scanner.at
                try scanner.skipValue(depth: 0)
                out.bytes.append(contentsOf: scanner.bytes[start..<scanner.at])
            default: try copyNumber(into: &out)
            }
        }

        /// A whole number as JSONEncoder writes an integer (no leading zero, no "-0") is
        /// written as it is; one with a fraction or an exponent, of at most 17 characters, as
        /// the `Double` it reads as. (JSONSerialization reads a longer one as a decimal number
        /// and writes it without an exponent: left to it.)
        private mutating func copyNumber(into out: inout Output) throws {
            let range = try scanner.number()
            let token = String(decoding: UnsafeRawBufferPointer(rebasing: scanner.bytes[range]), as: UTF8.self)
            if let whole = Int(token), String(whole) == token, token != "-0" {
                out.raw(token)
                return
            }
            guard token.utf8.count <= 17, token.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let value = Double(token),
                value.isFinite
            else { throw NotQuick() }
            out.raw(QuickExportWriter.number(value))
        }

        private mutating func copyArray(into out: inout Output, indent: Int) throws {
            scanner.at += 1
            out.bytes.append(contentsOf: "[\n".utf8)
            // JSONSerialization's empty list: an empty line between its brackets.
            if !scanner.takes(UInt8(ascii: "]")) {
                var first = true
                repeat {
                    if !first { out.bytes.append(contentsOf: ",\n".utf8) }
                    first = false
                    out.indent(indent + 2)
                    try copyValue(into: &out, indent: indent + 2)
                } while scanner.takes(UInt8(ascii: ","))
                try scanner.take(UInt8(ascii: "]"))
            }
            out.close(UInt8(ascii: "]"), indent: indent)
        }

        private mutating func copyObject(into out: inout Output, indent: Int) throws {
            scanner.at += 1
            var keys: [String] = []
            var values: [Range<Int>] = []
            if !scanner.takes(UInt8(ascii: "}")) {
                repeat {
                    keys.append(try scanner.string())
                    try scanner.take(UInt8(ascii: ":"))
                    scanner.skipSpace()
                    let start = scanner.at
                    try scanner.skipValue(depth: 0)
                    values.append(start..<scanner.at)
                } while scanner.takes(UInt8(ascii: ","))
                try scanner.take(UInt8(ascii: "}"))
            }
            // A key twice would be one key to JSONSerialization, keeping one of the values.
            guard Set(keys).count == keys.count else { throw NotQuick() }
            out.bytes.append(contentsOf: "{\n".utf8)
            let end = scanner.at
            for (n, i) in QuickExportWriter.order(of: keys).enumerated() {
                if n > 0 { out.bytes.append(contentsOf: ",\n".utf8) }
                out.indent(indent + 2)
                out.string(keys[i])
                out.bytes.append(contentsOf: " : ".utf8)
                scanner.at = values[i].lowerBound
                try copyValue(into: &out, indent: indent + 2)
            }
            scanner.at = end
            out.close(UInt8(ascii: "}"), indent: indent)
        }
    }
}
