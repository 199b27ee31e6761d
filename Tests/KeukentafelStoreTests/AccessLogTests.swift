import Foundation
import GRDB
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

/// The access log as `keukentafel log` reads it, append-only in the database, and
/// bundles imported all or nothing.
@Suite("Access log and bundles in the store", .serialized)
struct AccessLogTests {
    static func family(_ name: String, at time: Date = Date()) -> (UUID, [Event]) {
        let id = UUID()
        return (
            id,
            [
                Event(familyID: id, time: time, author: "Marieke", payload: .familyCreated(.init(name: name))),
                Event(
                    familyID: id, time: time, author: "Marieke",
                    payload: .memberAdded(.init(memberID: UUID(), name: "Noor", role: .child, birthYear: 2015))),
            ]
        )
    }

    @Test("no row of the access log can be changed or removed, not even by SQL on the file")
    func appendOnly() throws {
        let tmp = try TemporaryStore()
        let (id, events) = Self.family("Gezin Vos")
        try tmp.store.append(events)
        try tmp.store.logAccess(family: id, action: "open", user: "Marieke")
        #expect(throws: DatabaseError.self) { try tmp.store.pool.write { try $0.execute(sql: "UPDATE access_log SET user = 'x'") } }
        #expect(throws: DatabaseError.self) { try tmp.store.pool.write { try $0.execute(sql: "DELETE FROM access_log") } }
        #expect(try tmp.store.accessLog().map(\.user) == ["Marieke"])
    }

    @Test("after a destroy the log keeps every line with the family's id, and no name")
    func destroyKeepsID() throws {
        let tmp = try TemporaryStore()
        let (id, events) = Self.family("Gezin Vos")
        try tmp.store.append(events)
        try tmp.store.logAccess(family: id, action: "open", user: "Marieke")
        try tmp.store.destroy(family: id, user: "Marieke")
        let lines = try tmp.store.accessLogLines(family: id)
        #expect(lines.map(\.entry.action) == ["open", "destroy"])
        #expect(lines.allSatisfy { $0.familyName == nil && $0.entry.familyID == id })
        #expect(try tmp.store.loggedFamilies(matching: String(id.uuidString.prefix(8))) == [id])
        let file = try Data(contentsOf: URL(fileURLWithPath: tmp.store.databasePath))
        #expect(file.range(of: Data("Gezin Vos".utf8)) == nil)
    }

    @Test("log lines by family and since a moment, oldest first, with the family's name")
    func filters() throws {
        let tmp = try TemporaryStore()
        let (a, ea) = Self.family("Gezin Vos")
        let (b, eb) = Self.family("Gezin Kaya")
        try tmp.store.append(ea + eb)
        let t0 = Date(timeIntervalSinceReferenceDate: 790_000_000)
        try tmp.store.logAccess(family: a, action: "open", user: "Marieke", time: t0)
        try tmp.store.logAccess(families: [a, b], action: "search", user: "Fatma", time: t0 + 100)
        try tmp.store.logAccess(family: b, action: "export", user: "Marieke", time: t0 + 200)
        #expect(try tmp.store.accessLogLines().map(\.entry.action) == ["open", "search", "search", "export"])
        #expect(try tmp.store.accessLogLines(family: b).map(\.entry.action) == ["search", "export"])
        let since = try tmp.store.accessLogLines(since: t0 + 150)
        #expect(since.map(\.familyName) == ["Gezin Kaya"])
    }

    @Test("a search logged from a store opened only to read still reaches the log")
    func loggedWhileOpenElsewhere() throws {
        let tmp = try TemporaryStore()
        let (id, events) = Self.family("Gezin Vos")
        try tmp.store.append(events)
        let reader = try EventStore(readingOnly: tmp.directory)
        try reader.logAccess(families: [id], action: "search", user: "Fatma")
        #expect(try tmp.store.accessLog().map(\.action) == ["search"])
    }

    @Test("a bundle's families import all together, or on any problem none")
    func allOrNothing() throws {
        let source = try TemporaryStore()
        let (a, ea) = Self.family("Gezin Vos")
        let (b, eb) = Self.family("Gezin Kaya")
        try source.store.append(ea + eb)
        let exports = try source.store.exportsForSharing([a, b], user: "Marieke")
        #expect(try source.store.accessLog().map(\.action) == ["share", "share"])

        let target = try TemporaryStore()
        try target.store.append(eb)  // the second is already there: nothing may be imported
        #expect(throws: StoreError.familyExists(b)) { try target.store.importFamilies(exports, user: "Fatma") }
        #expect(try target.store.families().map(\.id) == [b])
        var broken = exports
        broken[1] = Data("{}".utf8)
        let fresh = try TemporaryStore()
        #expect(throws: StoreError.self) { try fresh.store.importFamilies(broken, user: "Fatma") }
        #expect(try fresh.store.families().isEmpty)
        #expect(try fresh.store.importFamilies(exports, user: "Fatma") == [a, b])
        #expect(try fresh.store.export(family: a, user: "Fatma") == exports[0])
    }
}
