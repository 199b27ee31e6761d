import Foundation
import TestSupport
import Testing

/// What reaches the user through the binary when a GEDCOM file or a record is not whole.
@Suite("GEDCOM commands: files cut short and records that point at nothing", .serialized)
struct GedcomSafetyCommandTests {
    @Test(
        "a real GEDCOM file cut short is refused with where it ends, and nothing is imported",
        .enabled(if: GedcomSamples.available, "skipped: Debian's package mirror is not reachable to fetch the sample GEDCOM files"))
    func cutShort() throws {
        let a = StoreCommandTests.Folder()
        try FileManager.default.createDirectory(at: a.url, withIntermediateDirectories: true)
        let royal = try #require(GedcomSamples.directory).appendingPathComponent("x/usr/share/doc/libgedcom-perl/examples/royal.ged")
        let cut = a.url.appendingPathComponent("half.ged")
        try Data(contentsOf: royal).prefix(3_000).write(to: cut)
        let r = try StoreCommandTests.run(["import", cut.path, "--store", a.path])
        #expect(r.status == 3, "\(r.output)")
        #expect(
            r.output.contains("ends early") && r.output.contains("cut short") && r.output.contains("Nothing was imported"), "\(r.output)")
        #expect(try StoreCommandTests.run(["families", "--store", a.path]).output.contains("No families yet"))
    }

    @Test("a record whose couple and child link name persons it does not hold exports as GEDCOM without crashing")
    func danglingExport() throws {
        let a = StoreCommandTests.Folder()
        let b = StoreCommandTests.Folder()
        #expect(try StoreCommandTests.run(["demo", "--no-open", "--store", a.path]).status == 0)
        try FileManager.default.createDirectory(at: a.url, withIntermediateDirectories: true)
        let json = a.url.appendingPathComponent("demo.json")
        #expect(try StoreCommandTests.run(["export", "jansen", "-o", json.path, "--store", a.path]).status == 0)
        // A hand-edited file: the couple's second partner and a child are persons nobody defined.
        var record = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        var events = try #require(record["events"] as? [[String: Any]])
        var couple = try #require(events.first { $0["type"] as? String == "genogramCoupleSet" })
        var link = try #require(events.first { $0["type"] as? String == "genogramChildLinked" })
        var partners = try #require((couple["payload"] as? [String: Any])?["partners"] as? [String])
        partners[partners.count - 1] = UUID().uuidString
        couple["id"] = UUID().uuidString
        couple["payload"] = (couple["payload"] as? [String: Any] ?? [:]).merging(["partners": partners]) { $1 }
        link["id"] = UUID().uuidString
        link["payload"] = (link["payload"] as? [String: Any] ?? [:]).merging(["childID": UUID().uuidString]) { $1 }
        events += [couple, link]
        record["events"] = events
        let edited = a.url.appendingPathComponent("edited.json")
        try JSONSerialization.data(withJSONObject: record).write(to: edited)
        let imported = try StoreCommandTests.run(["import", edited.path, "--store", b.path])
        #expect(imported.status == 0, "\(imported.output)")

        try FileManager.default.createDirectory(at: b.url, withIntermediateDirectories: true)
        let ged = b.url.appendingPathComponent("out.ged")
        let exported = try StoreCommandTests.run(["export", "jansen", "--format", "gedcom", "-o", ged.path, "--store", b.path])
        #expect(exported.status == 0, "\(exported.output)")
        // What was written reads back: no pointer in it names a record it lacks.
        let again = try StoreCommandTests.run(["import", ged.path, "--name", "Terug", "--store", b.path])
        #expect(again.status == 0 && again.output.contains("persons"), "\(again.output)")
    }
}
