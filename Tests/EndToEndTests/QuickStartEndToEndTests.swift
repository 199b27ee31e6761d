import Foundation
import KeukentafelDomain
import KeukentafelStore
import TestSupport
import Testing

/// The start on a store closed cleanly, where the home list comes from the quick reading
/// (`EventStore.quickFamilies`) and the store opens behind the first frame: everything
/// after it works as on any start, and `families` lists the same.
@Suite("Quick start end to end", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct QuickStartEndToEndTests {
    /// A store with the demo family, closed as a store in use is (its pages in the file).
    static func closedStore() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kt-quick-\(UUID().uuidString)").path
        let store = try EventStore(directory: directory)
        try store.append(DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 790_000_000)))
        try store.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        store.closeStore()
        return directory
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try Subprocess.run(["env", "-i", "HOME=/tmp", "PATH=/usr/bin:/bin", "LANG=C.UTF-8", TmuxSession.binary.path] + arguments)
    }

    @Test("the home screen from the quick reading, the store opened behind it: a new family and a quote are saved")
    func startAndWrite() throws {
        let store = try Self.closedStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(EventStore.quickFamilies(directory: store)?.map(\.name) == [DemoFamily.name], "this start takes the quick reading")
        let listed = try Self.run(["families", "--store", store])
        #expect(listed.status == 0 && listed.output.contains(DemoFamily.name), "\(listed.output)")

        let session = try TmuxSession(width: 120, height: 40, command: "\"$KT\" --lang nl --store '\(store)'")
        defer { session.stop() }
        try session.waitFor(DemoFamily.name)
        try session.send("n")
        try session.waitFor("Naam of schuilnaam")
        try session.type("Gezin Vos")
        try session.send("Tab")
        try session.type("Iris, Bram")
        try session.send("Enter")
        try session.waitFor("Wie is er bij?")
        try session.send("Enter")
        try session.waitFor("gesprek 1")
        try session.send("M-1")
        try session.type("Het gaat al beter met de ochtenden.")
        try session.send("Enter")
        try session.waitFor { $0.contains("Het gaat al beter met de ochtenden.") && $0.contains("✓ bewaard") }
        session.stop()

        let exported = try Self.run(["export", "Gezin Vos", "--format", "json", "--store", store])
        #expect(exported.status == 0 && exported.output.contains("Het gaat al beter met de ochtenden."), "\(exported.output)")
        let after = try Self.run(["families", "--store", store])
        #expect(after.output.contains("Gezin Vos") && after.output.contains(DemoFamily.name), "\(after.output)")
    }
}
