import Foundation

/// The text of a GEDCOM file in any encoding the specifications allow: UTF-8 (7, 5.5.5 and
/// most 5.5.1 files, with or without a byte-order mark), UTF-16 (5.5.5's UNICODE, little or
/// big endian) and ANSEL (5.5 and 5.5.1). Anything else that is not valid UTF-8 is read as
/// Latin-1 rather than refused: a name with a wrong accent beats no family at all.
public enum GedcomText {
    public static func decode(_ data: Data) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8OrLatin1(bytes[3...]) }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes[2...], bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes[2...], bigEndian: true) }
        // UTF-16 without its mark still starts with "0 " and a NUL beside each ASCII byte.
        if bytes.starts(with: [0x30, 0x00, 0x20, 0x00]) { return utf16(bytes[...], bigEndian: false) }
        if bytes.starts(with: [0x00, 0x30, 0x00, 0x20]) { return utf16(bytes[...], bigEndian: true) }
        if declaresANSEL(bytes) {
            // Files labelled ANSEL that are really UTF-8 are common; real ANSEL, whose accents
            // precede ASCII letters, is almost never valid UTF-8.
            if bytes.contains(where: { $0 >= 0x80 }), let text = String(validating: bytes, as: UTF8.self) { return text }
            return Ansel.decode(bytes[...])
        }
        return utf8OrLatin1(bytes[...])
    }

    static func utf8OrLatin1(_ bytes: ArraySlice<UInt8>) -> String {
        String(validating: bytes, as: UTF8.self) ?? String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    /// A broken sequence (an odd last byte of a file cut short, a lone surrogate) becomes
    /// U+FFFD, so that the parser can still say which line is broken.
    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var text = String(decoding: units, as: UTF16.self)
        if i < bytes.endIndex { text.append("\u{FFFD}") }
        return text
    }

    /// Whether the header says `1 CHAR ANSEL`: the header comes before the first record, and
    /// the encoding's own name is ASCII in ANSEL, UTF-8 and Latin-1 alike.
    static func declaresANSEL(_ bytes: [UInt8]) -> Bool {
        var lineStart = 0
        var lines = 0
        while lineStart < bytes.count, lines < 200 {
            let end = bytes[lineStart...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.count
            let words = String(decoding: bytes[lineStart..<end], as: UTF8.self).split(whereSeparator: \.isWhitespace)
            if lines > 0, words.first == "0" { return false }
            if words.count >= 3, words[0] == "1", words[1] == "CHAR" { return words[2].uppercased() == "ANSEL" }
            if !words.isEmpty { lines += 1 }
            lineStart = end + 1
        }
        return false
    }
}

/// ANSEL (ANSI/NISO Z39.47, with the GEDCOM additions): ASCII below 0x80; above it letters
/// and signs of its own, and combining accents that come BEFORE the letter they belong to,
/// where Unicode puts them after it. The result is composed (NFC), as typed text is.
public enum Ansel {
    public static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        var accents: [Unicode.Scalar] = []
        for byte in bytes {
            if let accent = combining[byte] {
                accents.append(accent)
                continue
            }
            let scalar: Unicode.Scalar? =
                byte < 0x80 ? Unicode.Scalar(byte) : (byte == 0x88 || byte == 0x89 ? nil : spacing[byte] ?? "\u{FFFD}")
            // An accent never moves past the end of a line onto the next one.
            if let scalar, scalar != "\n", scalar != "\r" {
                scalars.append(scalar)
                scalars.append(contentsOf: accents)
            } else {
                scalars.append(contentsOf: accents)
                if let scalar { scalars.append(scalar) }
            }
            accents = []
        }
        scalars.append(contentsOf: accents)
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// The combining accents, 0xE0–0xFE, with the GEDCOM slash (0xFC).
    static let combining: [UInt8: Unicode.Scalar] = [
        0xE0: "\u{0309}", 0xE1: "\u{0300}", 0xE2: "\u{0301}", 0xE3: "\u{0302}", 0xE4: "\u{0303}", 0xE5: "\u{0304}", 0xE6: "\u{0306}",
        0xE7: "\u{0307}", 0xE8: "\u{0308}", 0xE9: "\u{030C}", 0xEA: "\u{030A}", 0xEB: "\u{FE20}", 0xEC: "\u{FE21}", 0xED: "\u{0315}",
        0xEE: "\u{030B}", 0xEF: "\u{0310}", 0xF0: "\u{0327}", 0xF1: "\u{0328}", 0xF2: "\u{0323}", 0xF3: "\u{0324}", 0xF4: "\u{0325}",
        0xF5: "\u{0333}", 0xF6: "\u{0332}", 0xF7: "\u{0326}", 0xF8: "\u{031C}", 0xF9: "\u{032E}", 0xFA: "\u{FE22}", 0xFB: "\u{FE23}",
        0xFC: "\u{0338}", 0xFE: "\u{0313}",
    ]

    /// The letters and signs of 0xA1–0xCF, with GEDCOM's boxes (0xBE, 0xBF), midline e and o
    /// (0xCD, 0xCE) and eszett (0xCF, and MARC-8's 0xC7), and the joiners 0x8D and 0x8E.
    /// 0x88 and 0x89 (non-sorting begin and end) mark nothing a reader sees and are dropped.
    static let spacing: [UInt8: Unicode.Scalar] = [
        0x8D: "\u{200D}", 0x8E: "\u{200C}",
        0xA1: "\u{0141}", 0xA2: "\u{00D8}", 0xA3: "\u{0110}", 0xA4: "\u{00DE}", 0xA5: "\u{00C6}", 0xA6: "\u{0152}", 0xA7: "\u{02B9}",
        0xA8: "\u{00B7}", 0xA9: "\u{266D}", 0xAA: "\u{00AE}", 0xAB: "\u{00B1}", 0xAC: "\u{01A0}", 0xAD: "\u{01AF}", 0xAE: "\u{02BC}",
        0xB0: "\u{02BB}", 0xB1: "\u{0142}", 0xB2: "\u{00F8}", 0xB3: "\u{0111}", 0xB4: "\u{00FE}", 0xB5: "\u{00E6}", 0xB6: "\u{0153}",
        0xB7: "\u{02BA}", 0xB8: "\u{0131}", 0xB9: "\u{00A3}", 0xBA: "\u{00F0}", 0xBC: "\u{01A1}", 0xBD: "\u{01B0}", 0xBE: "\u{25A1}",
        0xBF: "\u{25A0}", 0xC0: "\u{00B0}", 0xC1: "\u{2113}", 0xC2: "\u{2117}", 0xC3: "\u{00A9}", 0xC4: "\u{266F}", 0xC5: "\u{00BF}",
        0xC6: "\u{00A1}", 0xC7: "\u{00DF}", 0xC8: "\u{20AC}", 0xCD: "\u{0065}", 0xCE: "\u{006F}", 0xCF: "\u{00DF}",
    ]
}
