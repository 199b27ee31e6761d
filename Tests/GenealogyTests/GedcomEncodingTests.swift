import Foundation
import Genealogy
import KeukentafelDomain
import TestSupport
import Testing

/// GEDCOM files in every encoding the specifications allow: UTF-8 (with or without a
/// byte-order mark), UTF-16 (5.5.5, with its byte-order mark, little or big endian) and
/// ANSEL (5.5 and 5.5.1), the library character set whose accents come before their letter.
@Suite("GEDCOM encodings")
struct GedcomEncodingTests {
    /// A small family with names outside ASCII: accents, a CJK name and a letter outside the
    /// Basic Multilingual Plane (a UTF-16 surrogate pair).
    static let text =
        "0 HEAD\r\n1 GEDC\r\n2 VERS 5.5.5\r\n2 FORM LINEAGE-LINKED\r\n3 VERS 5.5.5\r\n1 CHAR UNICODE\r\n"
        + "0 @I1@ INDI\r\n1 NAME Zoë /Ünal/\r\n1 SEX F\r\n0 @I2@ INDI\r\n1 NAME 李 /王/\r\n0 @I3@ INDI\r\n1 NAME 𝔄da //\r\n"
        + "0 @F1@ FAM\r\n1 WIFE @I1@\r\n1 CHIL @I2@\r\n1 CHIL @I3@\r\n0 TRLR\r\n"

    static func names(_ data: Data) throws(GedcomError) -> [String] {
        var ids = SeededIDs(seed: 1)
        return try GedcomImport.genogram(data, ids: &ids).persons.map(\.name)
    }

    @Test(
        "UTF-16 with its byte-order mark (little and big endian), without one, and UTF-8 with a byte-order mark",
        arguments: ["UTF-16LE BOM", "UTF-16BE BOM", "UTF-16LE", "UTF-16BE", "UTF-8 BOM"])
    func unicode(encoding: String) throws {
        let data: Data
        switch encoding {
        case "UTF-16LE BOM": data = Data([0xFF, 0xFE]) + Self.text.data(using: .utf16LittleEndian)!
        case "UTF-16BE BOM": data = Data([0xFE, 0xFF]) + Self.text.data(using: .utf16BigEndian)!
        case "UTF-16LE": data = Self.text.data(using: .utf16LittleEndian)!
        case "UTF-16BE": data = Self.text.data(using: .utf16BigEndian)!
        default: data = Data([0xEF, 0xBB, 0xBF]) + Data(Self.text.utf8)
        }
        #expect(try Self.names(data) == ["Zoë Ünal", "李 王", "𝔄da"])
    }

    @Test("a UTF-16 file that ends in an odd byte or a broken line names the line, as a UTF-8 file does")
    func brokenUTF16() throws {
        let data = Data([0xFF, 0xFE]) + "0 HEAD\n0 @I1@ INDI\nx NAME Zoë\n0 TRLR\n".data(using: .utf16LittleEndian)!
        #expect(throws: GedcomError(line: 3, message: "a line starts with its level number, not 'x'")) { try Self.names(data) }
        // Cut in the middle of a character of its last line: the cut is found, not a decoding error.
        let cut = (Data([0xFF, 0xFE]) + "0 HEAD\n0 @I1@ INDI\n1 NAME Zoë".data(using: .utf16LittleEndian)!).dropLast()
        do {
            _ = try Self.names(Data(cut))
            Issue.record("a file cut short was read")
        } catch {
            #expect(error.line == 3 && error.message.contains("cut short"), "\(error)")
        }
    }
}

/// ANSEL (ANSI/NISO Z39.47), the character set of GEDCOM 5.5 and 5.5.1 files from older
/// programs: ASCII below 0x80; above it letters of its own (Ł, Ø, Æ, ß …) and combining
/// accents written BEFORE the letter they go on. The fixtures are written byte by byte.
extension GedcomEncodingTests {
    static func ansel(_ names: [[UInt8]]) -> Data {
        var bytes = Array("0 HEAD\n1 SOUR OUDPROGRAMMA\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR ANSEL\n".utf8)
        for (i, name) in names.enumerated() { bytes += Array("0 @I\(i + 1)@ INDI\n1 NAME ".utf8) + name + [0x0A] }
        return Data(bytes + Array("0 TRLR\n".utf8))
    }

    static func ascii(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test("accents before their letter come after it and are composed; ANSEL's own letters are mapped")
    func ansel() throws {
        let a = Self.ascii
        let names: [[UInt8]] = [
            a("Hans /M") + [0xE8] + a("uller/"),  // umlaut + u
            a("Jos") + [0xE2] + a("e /Garc") + [0xE2] + a("ia/"),  // acute
            a("Fran") + [0xF0] + a("cois /Lef") + [0xE1] + a("evre/"),  // cedilla, grave
            a("Anton") + [0xE2] + a("in /Dvo") + [0xE9] + a("r") + [0xE2] + a("ak/"),  // caron + r, acute + a
            [0xEA] + a("Asa /") + [0xEA] + a("Angstr") + [0xE8] + a("om/"),  // ring above at the start of a word
            a("Nguy") + [0xE3, 0xE4] + a("en /V") + [0xE6] + a("an/"),  // two accents on one letter, in order; breve
            [0xA1] + a("ukasz /Ma") + [0xB1] + a("ecki/"),  // Ł, ł
            a("S") + [0xB2] + a("ren /") + [0xA2] + a("rsted/"),  // ø, Ø
            [0xA5] + a("lfr") + [0xB5] + a("d /Stra") + [0xCF] + a("er/"),  // Æ, æ, ß
            a("Sigr") + [0xBA] + a("ur /") + [0xA4] + a("orsd") + [0xF2] + a("ottir/"),  // ð, Þ, dot below
        ]
        var ids = SeededIDs(seed: 1)
        let persons = try GedcomImport.genogram(Self.ansel(names), ids: &ids).persons
        let expected = [
            "Hans Müller", "José García", "François Lefèvre", "Antonín Dvořák", "Åsa Ångström", "Nguyễn Văn",
            "Łukasz Małecki", "Søren Ørsted", "Ælfræd Straßer", "Sigrður Þorsdọttir",
        ]
        #expect(persons.map(\.name) == expected)
        // Composed (NFC), as typed text is: one scalar for ü, not u and a combining mark.
        for (person, name) in zip(persons, expected) {
            #expect(
                Array(person.name.unicodeScalars) == Array(name.precomposedStringWithCanonicalMapping.unicodeScalars),
                "\(person.name.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("an accent with no letter after it (at the end of a value) is kept, not dropped or moved onto the next line")
    func anselTrailingAccent() throws {
        let data = Self.ansel([Self.ascii("Noor") + [0xE2], Self.ascii("Ties")])
        #expect(try Self.names(data) == ["Noor\u{301}", "Ties"])
    }

    @Test("a file that says ANSEL but is UTF-8 (a common mislabelling) is read as the UTF-8 it is")
    func anselLabelledUTF8() throws {
        let data = Self.ansel([Array("Hans /Müller/".utf8)])
        #expect(try Self.names(data) == ["Hans Müller"])
    }
}
