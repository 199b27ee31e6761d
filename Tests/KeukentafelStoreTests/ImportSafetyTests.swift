import Foundation
import GRDB
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

/// What an import, `destroy`'s lookup and opening refuse, in the store itself.
@Suite("Store safety", .serialized)
struct ImportSafetyTests {
    /// The demo family's export, as JSON to edit.
    static func demoExport() throws -> (data: Data, root: [String: Any], events: [[String: Any]]) {
        let a = try TemporaryStore()
        let events = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000), seed: 7)
        try a.store.append(events)
        let data = try a.store.export(family: events[0].familyID, user: "test")
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (data, root, try #require(root["events"] as? [[String: Any]]))
    }

    static func edited(_ root: [String: Any], _ events: [[String: Any]]) throws -> Data {
        var r = root
        r["events"] = events
        return try JSONSerialization.data(withJSONObject: r)
    }

    /// The malformed-import error's place and detail, or a recorded issue.
    static func refusal(_ data: Data) throws -> (place: String, detail: String)? {
        let b = try TemporaryStore()
        defer { #expect((try? b.store.families().isEmpty) == true, "nothing was imported") }
        do {
            try b.store.importFamily(data, user: "test")
        } catch {
            guard case .malformedImport(let place, let detail) = error else {
                Issue.record("expected a malformed import, got \(error)")
                return nil
            }
            return (place, detail)
        }
        Issue.record("imported a file that should be refused")
        return nil
    }

    static func payload(_ event: [String: Any], setting key: String, to value: Any) -> [String: Any] {
        var e = event
        e["payload"] = (event["payload"] as? [String: Any] ?? [:]).merging([key: value]) { $1 }
        return e
    }

    @Test(
        "destroy's lookup: the whole id or the whole name (case and accents aside), never a part, never empty; a shared name asks for the id"
    )
    func exactLookup() throws {
        let tmp = try TemporaryStore()
        let first = DemoFamily.events(now: Date(), seed: 1)
        try tmp.store.append(first)
        let id = first[0].familyID
        for wrong in ["", "   ", "e", "jansen", "Gezin Jansen", "(demo)", String(id.uuidString.prefix(8)), "Gezin Jansen (demo) x"] {
            #expect(throws: StoreError.familyNotExact(wrong)) { try tmp.store.findFamilyExactly(wrong) }
        }
        #expect(throws: StoreError.familyNotFound("")) { try tmp.store.findFamily("") }
        #expect(try tmp.store.findFamilyExactly("gezin jansen (DÉMO)").id == id)
        #expect(try tmp.store.findFamilyExactly(" Gezin Jansen (demo) ").id == id)
        #expect(try tmp.store.findFamilyExactly(id.uuidString.lowercased()).id == id)
        let second = DemoFamily.events(now: Date(), seed: 2)
        try tmp.store.append(second)
        do {
            _ = try tmp.store.findFamilyExactly("Gezin Jansen (demo)")
            Issue.record("a shared name picked one")
        } catch {
            guard case .familyNameShared(_, let ids) = error else {
                Issue.record("expected a shared name, got \(error)")
                return
            }
            #expect(Set(ids) == [id.uuidString, second[0].familyID.uuidString])
            #expect(error.description.contains("give the id of the one you mean"))
        }
        #expect(try tmp.store.findFamilyExactly(second[0].familyID.uuidString).id == second[0].familyID)
    }
}
