import Foundation
import Genealogy
import Testing

/// What a file to import is, judged from its name and first bytes before it is read whole.
@Suite("Import file check")
struct GedcomFileCheckTests {
    static func utf16(_ s: String, bom: Bool = true, big: Bool = false) -> [UInt8] {
        (bom ? (big ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []) + Array(s.data(using: big ? .utf16BigEndian : .utf16LittleEndian)!)
    }

    @Test(
        "a GEDCOM file is known by its 0 HEAD, after a byte-order mark and blank lines, in UTF-8 and UTF-16, whatever its name",
        arguments: [
            ("familie.ged", Array("0 HEAD\n1 GEDC\n".utf8)),
            ("FAMILIE.GED", Array("0 HEAD\r\n".utf8)),
            ("familie.ged", [0xEF, 0xBB, 0xBF] + Array("0 HEAD\n".utf8)),
            ("familie.ged", Array("\r\n  0  HEAD\n".utf8)),
            ("familie.ged", utf16("0 HEAD\n")),
            ("familie.ged", utf16("0 HEAD\n", big: true)),
            ("familie.ged", utf16("0 HEAD\n", bom: false)),
            ("familie.ged", utf16("0 HEAD\n", bom: false, big: true)),
            ("familie.txt", Array("0 HEAD\n".utf8)),
            // What it holds wins over a wrong name: a GEDCOM export saved as .json still reads.
            ("familie.json", Array("0 HEAD\n".utf8)),
            ("familie", utf16("0 HEAD\n")),
        ])
    func gedcom(name: String, head: [UInt8]) {
        #expect(ImportFileCheck.format(name: name, head: head) == .success(.gedcom))
    }

    @Test("Gramps XML is gzip or XML; a Keukentafel export is JSON; a file without a known name is judged by what it holds")
    func others() {
        #expect(ImportFileCheck.format(name: "data.gramps", head: [0x1F, 0x8B, 0x08, 0]) == .success(.gramps))
        #expect(ImportFileCheck.format(name: "data.gramps", head: Array("<?xml version=\"1.0\"?>".utf8)) == .success(.gramps))
        #expect(ImportFileCheck.format(name: "gezin.json", head: Array("{\"format\":".utf8)) == .success(.json))
        #expect(ImportFileCheck.format(name: "gezin.json", head: Array(" \n{".utf8)) == .success(.json))
        #expect(ImportFileCheck.format(name: "gezin", head: Array("{".utf8)) == .success(.json))
        #expect(ImportFileCheck.format(name: "gezin.bak", head: Array("<?xml?><database>".utf8)) == .success(.gramps))
    }

    @Test(
        "a file that is not what its name says is refused, saying what it looks like",
        arguments: [
            ("nul.ged", [UInt8](repeating: 0, count: 512), ["not a GEDCOM file", "0 HEAD", "zero bytes"]),
            ("nul.gramps", [UInt8](repeating: 0, count: 512), ["not a Gramps XML file", "zero bytes"]),
            ("nul.json", [UInt8](repeating: 0, count: 512), ["not a Keukentafel export", "zero bytes"]),
            ("leeg.ged", [], ["not a GEDCOM file", "empty"]),
            ("gezin.ged", Array("{\"format\": 1}".utf8), ["not a GEDCOM file", "JSON"]),
            ("gezin.json", Array("[1, 2]".utf8), ["not a Keukentafel export", "JSON"]),
            ("gezin.ged", [0x50, 0x4B, 0x03, 0x04, 0x14], ["not a GEDCOM file", "ZIP archive"]),
            ("gezin.gramps", Array("%PDF-1.4".utf8), ["not a Gramps XML file", "PDF"]),
            ("gezin.ged", Array("Naam;Geboren\nZoë;2012\n".utf8), ["not a GEDCOM file", "'Naam;Geboren'"]),
            (
                "foto.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A],
                ["not a file Keukentafel imports", ".ged", ".gramps", ".json", "89 50 4E 47"]
            ),
        ])
    func refused(name: String, head: [UInt8], words: [String]) throws {
        guard case .failure(let refusal) = ImportFileCheck.format(name: name, head: head) else {
            Issue.record("\(name) was taken for an import file")
            return
        }
        for word in words { #expect(refusal.message.contains(word), "\(refusal.message)") }
    }

    @Test("a GEDZIP archive (.gdz) and a Gramps package (.gpkg) are named for what they are, with how to get at the file inside")
    func archives() throws {
        guard case .failure(let gdz) = ImportFileCheck.format(name: "/tmp/stamboom.gdz", head: [0x50, 0x4B, 0x03, 0x04, 0x14, 0]) else {
            Issue.record("a .gdz was taken for an import file")
            return
        }
        #expect(gdz.message.contains("GEDZIP") && gdz.message.contains("GEDCOM 7"), "\(gdz.message)")
        #expect(gdz.message.contains("unzip '/tmp/stamboom.gdz' gedcom.ged") && !gdz.message.contains("JSON"), "\(gdz.message)")
        guard case .failure(let gpkg) = ImportFileCheck.format(name: "stamboom.gpkg", head: [0x1F, 0x8B, 0x08, 0]) else {
            Issue.record("a .gpkg was taken for an import file")
            return
        }
        #expect(gpkg.message.contains("Gramps package") && gpkg.message.contains("data.gramps"), "\(gpkg.message)")
        // A .gdz that is not even a ZIP archive says so.
        guard case .failure(let fake) = ImportFileCheck.format(name: "x.gdz", head: [0, 0, 0, 0]) else { return }
        #expect(fake.message.contains("not a ZIP archive") && fake.message.contains("zero bytes"), "\(fake.message)")
    }

    @Test("the size limit is 100 MB, for the file and for a compressed Gramps file once unpacked, and the message says so")
    func sizeLimit() {
        #expect(ImportFileCheck.sizeLimit == 100_000_000)
        #expect(ImportFileCheck.tooLarge(size: 100_000_000) == nil)
        let refusal = ImportFileCheck.tooLarge(size: 3_221_225_472)
        #expect(
            refusal?.message.contains("3.2 GB") == true && refusal?.message.contains("at most 100 MB") == true,
            "\(String(describing: refusal))")
        #expect(ImportFileCheck.tooLarge(size: 150_000_001, unpacked: true)?.message.contains("unpacked") == true)
    }
}
