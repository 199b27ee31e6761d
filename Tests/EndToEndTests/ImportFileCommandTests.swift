import Foundation
import TestSupport
import Testing

/// `keukentafel import` with files from elsewhere: not what their name says, too large,
/// archives, and encodings other than UTF-8, through the binary.
@Suite("Import: files from elsewhere", .serialized)
struct ImportFileCommandTests {
    static func folder() throws -> StoreCommandTests.Folder {
        let a = StoreCommandTests.Folder()
        try FileManager.default.createDirectory(at: a.url, withIntermediateDirectories: true)
        return a
    }

    /// Runs `import` and tells how long it took (for the report; asserted only loosely).
    static func importing(_ file: URL, store: StoreCommandTests.Folder) throws -> (status: Int32, output: String, seconds: Double) {
        let start = Date()
        let r = try StoreCommandTests.run(["import", file.path, "--store", store.path])
        return (r.status, r.output, Date().timeIntervalSince(start))
    }

    @Test(
        "a 3 GB sparse file of zeros is refused at once, whatever its name says, and nothing is imported",
        arguments: [
            ("nullen.ged", "not a GEDCOM file"), ("nullen.gramps", "not a Gramps XML file"), ("nullen.json", "not a Keukentafel export"),
            ("nullen.gdz", "not a ZIP archive"), ("nullen", "not a file Keukentafel imports"),
        ])
    func zeros(name: String, message: String) throws {
        let a = try Self.folder()
        let file = a.url.appendingPathComponent(name)
        // Sparse: three gibibytes that take no room on the disk.
        #expect(try Subprocess.run(["truncate", "-s", "3G", file.path]).status == 0)
        let r = try Self.importing(file, store: a)
        print("import of a 3 GB file of zeros named \(name): \(String(format: "%.3f", r.seconds)) s")
        #expect(r.status == 3, "\(r.output)")
        #expect(r.output.contains(message) && r.output.contains("zero bytes") && r.output.contains("Nothing was imported"), "\(r.output)")
        #expect(r.seconds < 30, "it reads the first bytes, not three gigabytes")
        #expect(try StoreCommandTests.run(["families", "--store", a.path]).output.contains("No families yet"))
    }

    @Test("several exports import together, each answered on its own: a good one goes in, a malformed one and a repeat are refused alone")
    func together() throws {
        let a = try Self.folder()
        #expect(try StoreCommandTests.run(["demo", "--no-open", "--store", a.path]).status == 0)
        let good = a.url.appendingPathComponent("jansen.json")
        #expect(try StoreCommandTests.run(["export", "jansen", "--store", a.path, "-o", good.path]).status == 0)
        let bad = a.url.appendingPathComponent("kapot.json")
        try Data(#"{"format": "keukentafel-family", "events": ["#.utf8).write(to: bad)
        let again = a.url.appendingPathComponent("nogmaals.json")
        try FileManager.default.copyItem(at: good, to: again)
        let b = try Self.folder()
        let r = try StoreCommandTests.run(["import", good.path, bad.path, again.path, "--store", b.path])
        #expect(r.status == 3, "\(r.output)")
        #expect(r.output.contains("from \(good.path)."), "\(r.output)")
        #expect(r.output.contains("\(bad.path): ") && r.output.contains("Nothing was imported"), "\(r.output)")
        #expect(r.output.contains("\(again.path): "), "the repeat is refused: \(r.output)")
        let families = try StoreCommandTests.run(["families", "--store", b.path]).output
        #expect(families.split(separator: "\n").count == 1 && families.contains("Jansen"), "\(families)")
        // A genealogy file is imported on its own: given with others, nothing is imported.
        let ged = a.url.appendingPathComponent("stamboom.ged")
        try Data("0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Kees /Bakker/\n0 TRLR\n".utf8).write(to: ged)
        let c = try Self.folder()
        let mixed = try StoreCommandTests.run(["import", good.path, ged.path, "--store", c.path])
        #expect(mixed.status == 3 && mixed.output.contains("imported together"), "\(mixed.output)")
        #expect(try StoreCommandTests.run(["families", "--store", c.path]).output.contains("No families yet"))
    }

    @Test("a GEDCOM file over 100 MB is refused before it is read, with the limit in the message")
    func tooLarge() throws {
        let a = try Self.folder()
        let file = a.url.appendingPathComponent("groot.ged")
        try Data("0 HEAD\n1 GEDC\n2 VERS 5.5.1\n".utf8).write(to: file)
        #expect(try Subprocess.run(["truncate", "-s", "150MB", file.path]).status == 0)
        let r = try Self.importing(file, store: a)
        print("import of a 150 MB GEDCOM file: \(String(format: "%.3f", r.seconds)) s")
        #expect(r.status == 3 && r.output.contains("150 MB") && r.output.contains("at most 100 MB"), "\(r.output)")
        #expect(r.output.contains("Nothing was imported"), "\(r.output)")
    }

    @Test("a compressed Gramps file that unpacks to more than 100 MB is refused without unpacking it all")
    func unpacksTooLarge() throws {
        let a = try Self.folder()
        let file = a.url.appendingPathComponent("bom.gramps")
        // 400 MB of '<' compresses to some 400 KB: a small file that would fill the memory.
        #expect(try Subprocess.run(["/bin/sh", "-c", "head -c 400M /dev/zero | tr '\\0' '<' | gzip -1 > '\(file.path)'"]).status == 0)
        let r = try Self.importing(file, store: a)
        print("import of a .gramps file that unpacks to 400 MB: \(String(format: "%.3f", r.seconds)) s")
        #expect(r.status == 3 && r.output.contains("unpacked") && r.output.contains("100 MB"), "\(r.output)")
    }

    @Test("a GEDZIP archive (.gdz) and a Gramps package (.gpkg) are named for what they are, not 'not valid JSON'")
    func archives() throws {
        let a = try Self.folder()
        let gdz = a.url.appendingPathComponent("stamboom.gdz")
        // The start of a ZIP archive's first entry, as GEDCOM 7's GEDZIP holds gedcom.ged.
        try (Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0]) + Data(repeating: 0, count: 20) + Data("gedcom.ged".utf8)).write(to: gdz)
        let r = try Self.importing(gdz, store: a)
        #expect(r.status == 3 && r.output.contains("GEDZIP") && r.output.contains("gedcom.ged"), "\(r.output)")
        #expect(!r.output.contains("JSON"), "\(r.output)")
        let gpkg = a.url.appendingPathComponent("stamboom.gpkg")
        #expect(try Subprocess.run(["/bin/sh", "-c", "echo '<database/>' | gzip > '\(gpkg.path)'"]).status == 0)
        let p = try Self.importing(gpkg, store: a)
        #expect(p.status == 3 && p.output.contains("Gramps package") && p.output.contains("data.gramps"), "\(p.output)")
    }

    @Test("UTF-16 (with its byte-order mark) and ANSEL GEDCOM files import through the binary")
    func encodings() throws {
        let a = try Self.folder()
        let text = "0 HEAD\r\n1 CHAR UNICODE\r\n0 @I1@ INDI\r\n1 NAME Zoë /Ünal/\r\n0 @I2@ INDI\r\n1 NAME Ties //\r\n0 TRLR\r\n"
        let utf16 = a.url.appendingPathComponent("utf16.ged")
        try (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!).write(to: utf16)
        let r = try StoreCommandTests.run(["import", utf16.path, "--name", "Ünal", "--store", a.path])
        #expect(r.status == 0 && r.output.contains("2 persons"), "\(r.output)")
        let ansel = a.url.appendingPathComponent("ansel.ged")
        let bytes = Array("0 HEAD\n1 CHAR ANSEL\n0 @I1@ INDI\n1 NAME Hans /M".utf8) + [0xE8] + Array("uller/\n0 TRLR\n".utf8)
        try Data(bytes).write(to: ansel)
        #expect(try StoreCommandTests.run(["import", ansel.path, "--name", "Müller", "--store", a.path]).status == 0)
        let exported = try StoreCommandTests.run(["export", "Müller", "--format", "gedcom", "--store", a.path])
        #expect(exported.output.contains("1 NAME Hans Müller //"), "\(exported.output)")
    }
}
