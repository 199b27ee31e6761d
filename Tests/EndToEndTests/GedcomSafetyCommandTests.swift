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

    @Test("a record whose couple or child link names a person it does not hold is refused at import, naming the place and the id")
    func danglingImport() throws {
        let a = StoreCommandTests.Folder()
        let b = StoreCommandTests.Folder()
        #expect(try StoreCommandTests.run(["demo", "--no-open", "--store", a.path]).status == 0)
        try FileManager.default.createDirectory(at: a.url, withIntermediateDirectories: true)
        let json = a.url.appendingPathComponent("demo.json")
        #expect(try StoreCommandTests.run(["export", "jansen", "-o", json.path, "--store", a.path]).status == 0)
        // A hand-edited file: the couple's second partner and a child are persons nobody defined.
        var record = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        let events = try #require(record["events"] as? [[String: Any]])
        var couple = try #require(events.first { $0["type"] as? String == "genogramCoupleSet" })
        var link = try #require(events.first { $0["type"] as? String == "genogramChildLinked" })
        var partners = try #require((couple["payload"] as? [String: Any])?["partners"] as? [String])
        let nobody = UUID().uuidString
        let noChild = UUID().uuidString
        partners[partners.count - 1] = nobody
        couple["id"] = UUID().uuidString
        couple["payload"] = (couple["payload"] as? [String: Any] ?? [:]).merging(["partners": partners]) { $1 }
        link["id"] = UUID().uuidString
        link["payload"] = (link["payload"] as? [String: Any] ?? [:]).merging(["childID": noChild]) { $1 }
        let edited = a.url.appendingPathComponent("edited.json")
        for (added, place, id) in [
            ([couple, link], "events[\(events.count)].payload.partners[\(partners.count - 1)]", nobody),
            ([link], "events[\(events.count)].payload.childID", noChild),
        ] {
            record["events"] = events + added
            try JSONSerialization.data(withJSONObject: record).write(to: edited)
            let imported = try StoreCommandTests.run(["import", edited.path, "--store", b.path])
            #expect(imported.status == 3, "\(imported.output)")
            #expect(imported.output.contains(place), "\(imported.output)")
            #expect(imported.output.contains("names a genogram person (\(id)) that is not in the file"), "\(imported.output)")
            #expect(imported.output.contains("Nothing was imported"), "\(imported.output)")
            #expect(try StoreCommandTests.run(["families", "--store", b.path]).output.contains("No families yet"))
        }
    }
}
