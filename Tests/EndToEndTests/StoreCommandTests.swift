import Foundation
import TestSupport
import Testing

/// The store commands and the store under the screen, through the real binary.
@Suite("Store commands", .serialized)
struct StoreCommandTests {
    /// A temporary store folder for one test.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kt-cli-store-\(UUID().uuidString)")
        var path: String { url.path }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    static func run(_ args: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let quoted = ([TmuxSession.binary.path] + args).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(
            separator: " ")
        let feed = input.map { "printf '%s\\n' '\($0)' | " } ?? ""
        return try Subprocess.run([
            "env", "-i", "HOME=/tmp", "USER=werker", "PATH=/usr/bin:/bin", "LANG=C.UTF-8",
            "/bin/sh", "-c", "\(feed)\(quoted) 2>&1",
        ])
    }

    @Test("demo, families, search, export, import and destroy work together")
    func roundTrip() throws {
        let a = Folder()
        let b = Folder()
        let demo = try Self.run(["demo", "--no-open", "--store", a.path])
        #expect(demo.status == 0, "\(demo.output)")
        let families = try Self.run(["families", "--json", "--store", a.path])
        let list = try JSONSerialization.jsonObject(with: Data(families.output.utf8)) as? [[String: Any]]
        #expect(list?.first?["name"] as? String == "Gezin Jansen (demo)")
        #expect(list?.first?["sessions"] as? Int == 3)

        let search = try Self.run(["search", "zoe", "--json", "--store", a.path])
        let hits = try JSONSerialization.jsonObject(with: Data(search.output.utf8)) as? [[String: Any]]
        #expect(
            hits?.contains { ($0["text"] as? String)?.contains("Zoë") == true && $0["familyName"] as? String == "Gezin Jansen (demo)" }
                == true)

        let file = a.url.appendingPathComponent("export.json").path
        #expect(try Self.run(["export", "jansen", "--format", "json", "-o", file, "--store", a.path]).status == 0)
        let imported = try Self.run(["import", file, "--store", b.path])
        #expect(imported.status == 0, "\(imported.output)")
        let again = b.url.appendingPathComponent("again.json").path
        #expect(try Self.run(["export", "jansen", "-o", again, "--store", b.path]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data(contentsOf: URL(fileURLWithPath: again)), "lossless")
        let twice = try Self.run(["import", file, "--store", b.path])
        #expect(twice.status == 3)
        #expect(twice.output.contains("already in this store"))

        let refused = try Self.run(["destroy", "Gezin Jansen (demo)", "--store", b.path], input: "verkeerde naam")
        #expect(refused.status == 1)
        #expect(refused.output.contains("nothing was destroyed"))
        let confirmed = try Self.run(["destroy", "Gezin Jansen (demo)", "--store", b.path], input: "Gezin Jansen (demo)")
        #expect(confirmed.status == 0, "\(confirmed.output)")
        #expect(try Self.run(["families", "--store", b.path]).output.contains("No families yet"))
        #expect(try Self.run(["destroy", "gezin jansen (demo)", "--yes", "--store", a.path]).status == 0)
    }

    @Test("a malformed import names the place and imports nothing")
    func malformedImport() throws {
        let a = Folder()
        _ = try Self.run(["demo", "--no-open", "--store", a.path])
        let file = a.url.appendingPathComponent("export.json")
        #expect(try Self.run(["export", "jansen", "-o", file.path, "--store", a.path]).status == 0)
        var text = try String(contentsOf: file, encoding: .utf8)
        // Break the 5th event's payload type, and separately the JSON itself.
        var json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        var events = json["events"] as! [[String: Any]]
        events[4]["type"] = "somethingElse"
        json["events"] = events
        let b = Folder()
        let bad = b.url.appendingPathComponent("bad.json")
        try FileManager.default.createDirectory(at: b.url, withIntermediateDirectories: true)
        try JSONSerialization.data(withJSONObject: json).write(to: bad)
        let r = try Self.run(["import", bad.path, "--store", b.path])
        #expect(r.status == 3)
        #expect(r.output.contains("events[4].payload"), "\(r.output)")
        #expect(r.output.contains("Nothing was imported"))
        #expect(try Self.run(["families", "--store", b.path]).output.contains("No families yet"))
        text.removeLast(20)
        try text.write(to: bad, atomically: true, encoding: .utf8)
        let truncated = try Self.run(["import", bad.path, "--store", b.path])
        #expect(truncated.status == 3)
        #expect(truncated.output.contains("malformed"), "\(truncated.output)")
    }

    @Test("a foreign store file gets a clear message, stays untouched, and the screen never opens")
    func foreignStore() throws {
        let a = Folder()
        try FileManager.default.createDirectory(at: a.url, withIntermediateDirectories: true)
        let file = a.url.appendingPathComponent("keukentafel.sqlite")
        let content = Data("boodschappen: melk, brood, kaas\n".utf8)
        try content.write(to: file)
        for args in [["families"], ["search", "melk"]] {
            let r = try Self.run(args + ["--store", a.path])
            #expect(r.status == 3)
            #expect(r.output.contains("is not a Keukentafel store"))
            #expect(r.output.contains(file.path))
        }
        #expect(try Data(contentsOf: file) == content)
        #expect(!FileManager.default.fileExists(atPath: file.path + "-wal"))
    }

    @Test(
        "the screen saves a new family durably; a second Keukentafel that would write is told it is in use, search and families read beside it",
        .enabled(if: TmuxSession.isAvailable))
    func screenSavesFamily() throws {
        let session = try TmuxSession(width: 80, height: 24, command: "\"$KT\" --lang nl")
        defer { session.stop() }
        try session.waitFor("Nog geen gezinnen")
        let store = session.home.appendingPathComponent(".local/share/keukentafel").path
        let second = try Self.run(["demo", "--no-open", "--store", store])
        #expect(second.status == 3)
        #expect(second.output.contains("in use by another Keukentafel"))
        let beside = try Self.run(["families", "--store", store])
        #expect(beside.status == 0, "families only reads: \(beside.output)")
        try session.send("n")
        try session.waitFor("Naam of schuilnaam")
        try session.type("Gezin De Vries")
        try session.send("Tab")
        try session.type("Anouk, Daan (7)")
        try session.send("Enter")
        try session.waitFor("Wie is er bij? Gezin De Vries")
        try session.send("Enter")
        try session.waitFor("gesprek 1")
        let found = try Self.run(["search", "vries", "--store", store])
        #expect(found.status == 0 && found.output.contains("[family]: Gezin De Vries"), "search beside the open app: \(found.output)")
        try session.send("Escape")
        try session.waitFor("Gesprek onderbreken?")
        try session.send("Right", "Enter")
        try session.waitFor("1 gezin in deze opslag: Gezin De Vries.")
        try session.send("q")
        // `export` writes to the access log, so it works only once the app has let go of the store.
        try session.waitFor { _ in (try? Self.run(["export", "Gezin De Vries", "--format", "json", "--store", store]).status) == 0 }
        let listed = try Self.run(["families", "--json", "--store", store])
        #expect(listed.output.contains("Gezin De Vries"))
        let plain = try Self.run(["families", "--store", store])
        #expect(plain.output.contains("Gezin De Vries  1 session ") && !plain.output.contains("1 sessions"), "\(plain.output)")
    }
}

/// `import FILE.ged` and `export --format gedcom` through the binary.
@Suite("GEDCOM commands")
struct GedcomCommandTests {
    @Test(
        "a real GEDCOM file imports, exports and imports again with the same persons and families",
        .enabled(if: GedcomSamples.available, "skipped: Debian's package mirror is not reachable to fetch the sample GEDCOM files"))
    func roundTrip() throws {
        let a = StoreCommandTests.Folder()
        let b = StoreCommandTests.Folder()
        let royal = GedcomSamples.directory!.appendingPathComponent("x/usr/share/doc/libgedcom-perl/examples/royal.ged").path
        let first = try StoreCommandTests.run(["import", royal, "--name", "Koninklijk", "--store", a.path])
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output.contains("93 persons, 47 families"))
        try FileManager.default.createDirectory(at: a.url, withIntermediateDirectories: true)
        let exported = a.url.appendingPathComponent("out.ged").path
        #expect(try StoreCommandTests.run(["export", "Koninklijk", "--format", "gedcom", "-o", exported, "--store", a.path]).status == 0)
        let second = try StoreCommandTests.run(["import", exported, "--name", "Koninklijk", "--store", b.path])
        #expect(second.output.contains("93 persons, 47 families"), "\(second.output)")
    }

    @Test("a malformed GEDCOM file names its line and imports nothing")
    func malformed() throws {
        let a = StoreCommandTests.Folder()
        try FileManager.default.createDirectory(at: a.url, withIntermediateDirectories: true)
        let bad = a.url.appendingPathComponent("kapot.ged")
        try "0 HEAD\n1 GEDC\n0 @I1@ INDI\n1 NAME Zoë /Jansen/\nfoo bar\n".write(to: bad, atomically: true, encoding: .utf8)
        let r = try StoreCommandTests.run(["import", bad.path, "--store", a.path])
        #expect(r.status == 3)
        #expect(r.output.contains("line 5"))
        #expect(r.output.contains("Nothing was imported"))
        #expect(try StoreCommandTests.run(["families", "--store", a.path]).output.contains("No families yet"))
    }
}

extension GedcomCommandTests {
    @Test(
        "a Gramps database imports (gzip-compressed as Gramps writes it); a file that is not one is refused",
        .enabled(if: GedcomSamples.available, "skipped: Debian's package mirror is not reachable to fetch the Gramps examples"))
    func gramps() throws {
        let a = StoreCommandTests.Folder()
        try FileManager.default.createDirectory(at: a.url, withIntermediateDirectories: true)
        let source = GedcomSamples.directory!.appendingPathComponent("x/usr/share/doc/gramps/example/gramps/data.gramps").path
        let packed = a.url.appendingPathComponent("data.gramps").path
        _ = try Subprocess.run(["/bin/sh", "-c", "gzip -c '\(source)' > '\(packed)'"])
        let r = try StoreCommandTests.run(["import", packed, "--store", a.path])
        #expect(r.status == 0 && r.output.contains("60 persons, 23 families"), "\(r.output)")
        let bad = a.url.appendingPathComponent("kapot.gramps")
        try "<niet-gramps/>".write(to: bad, atomically: true, encoding: .utf8)
        let refused = try StoreCommandTests.run(["import", bad.path, "--store", a.path])
        #expect(refused.status == 3 && refused.output.contains("Nothing was imported"))
    }
}
