import Foundation
import KeukentafelDomain
import KeukentafelStore
import TestSupport
import Testing

/// Durability under SIGKILL: every id the writer printed (after its commit returned)
/// must be in the store afterwards, and the store must stay sound.
@Suite("Crash safety")
struct CrashTests {
    @Test("200 kills at random moments lose no committed entry and never damage the store")
    func killNine() throws {
        // A test helper built beside the tests; when it is missing the test fails rather than skips.
        let writer = BuiltProduct.url("store-crash-writer")
        try #require(FileManager.default.isExecutableFile(atPath: writer.path), "store-crash-writer not built at \(writer.path)")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kt-crash-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let start = Date()
        var confirmed = 0
        var roundsWithEntries = 0
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            let (pid, output) = try Subprocess.spawn([writer.path, dir])
            // Kill while it is writing: after its first confirmed entry (however slow the
            // machine is to start it), at a random moment of the next tens of milliseconds.
            var ready = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            _ = poll(&ready, 1, 3_000)
            usleep(UInt32.random(in: 0...30_000, using: &generator))
            kill(pid, SIGKILL)
            let printed = Subprocess.readAll(output)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            // Only whole lines count: a half-written id was not yet reported as saved.
            let ids = printed.split(separator: "\n", omittingEmptySubsequences: false).dropLast().compactMap {
                UUID(uuidString: String($0))
            }
            let store = try EventStore(directory: dir)
            defer { store.closeStore() }
            let stored = Set(try store.families().flatMap { try store.events(family: $0.id).map(\.id) })
            let missing = ids.filter { !stored.contains($0) }
            #expect(missing.isEmpty, "round \(round): \(missing.count) confirmed entries lost")
            #expect(try store.integrityCheck() == "ok", "round \(round)")
            confirmed += ids.count
            if !ids.isEmpty { roundsWithEntries += 1 }
        }
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < 120, "200 kills took \(Int(seconds)) s")
        // Each kill came after the writer had confirmed something, so nearly every round
        // tested real entries; what matters is that none of them was lost.
        #expect(roundsWithEntries >= 180, "only \(roundsWithEntries) of 200 kills came after a confirmed entry")
        print("crash test: 200 kills, \(confirmed) confirmed entries, 0 lost, \(String(format: "%.1f", seconds)) s")
    }

    /// Fictional families big enough that an import of them takes a while (each some
    /// thousand notes), as export files in `folder`.
    static func exportFiles(_ count: Int, in folder: String) throws -> [String] {
        try (0..<count).map { n in
            let demo = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000), seed: UInt64(100 + n))
            let family = demo[0].familyID
            let notes = (0..<1_500).map { i in
                Event(
                    familyID: family, time: Date(timeIntervalSinceReferenceDate: 800_100_000 + Double(i)), author: "kill-test",
                    payload: .noteRecorded(.init(entryID: UUID(), text: "notitie \(i) over school, slapen en de opa van gezin \(n)")))
            }
            let path = (folder as NSString).appendingPathComponent("gezin-\(n).json")
            try FamilyExport.encode(family: family, events: demo + notes).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    @Test("kills during an import through the rollback journal: each import whole or not at all, the store sound and in WAL mode")
    func killImport() throws {
        let binary = TmuxSession.binary.path
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kt-import-kill-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let files = try Self.exportFiles(9, in: root)
        // The store before: one family, closed cleanly.
        let base = root + "/base"
        #expect(try Subprocess.run([binary, "import", "--store", base, files[0]]).status == 0)
        // How long the import of the rest takes here, to spread the kills over it.
        let whole = root + "/whole"
        try FileManager.default.copyItem(atPath: base, toPath: whole)
        let start = Date()
        #expect(try Subprocess.run([binary, "import", "--store", whole] + files.dropFirst()).status == 0)
        let seconds = Date().timeIntervalSince(start)
        var generator = SystemRandomNumberGenerator()
        var cutOff = 0
        var finished = 0
        for round in 0..<10 {
            let dir = root + "/round-\(round)"
            try FileManager.default.copyItem(atPath: base, toPath: dir)
            let (pid, output) = try Subprocess.spawn([binary, "import", "--store", dir] + files.dropFirst())
            usleep(UInt32(Double.random(in: 0.1...1.1, using: &generator) * seconds * 1_000_000))
            kill(pid, SIGKILL)
            let printed = Subprocess.readAll(output)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            let journal = FileManager.default.fileExists(atPath: dir + "/" + EventStore.databaseName + "-journal")
            let store = try EventStore(directory: dir)
            defer { store.closeStore() }
            let families = try store.families().count
            #expect(families == 1 || families == files.count, "round \(round): \(families) families, not all or none")
            if printed.contains("Imported family") { #expect(families == files.count, "round \(round): said imported, then lost") }
            #expect(try store.integrityCheck() == "ok", "round \(round)")
            #expect(try store.writerSettings() == (synchronous: 2, journalMode: "wal"), "round \(round)")
            #expect(!FileManager.default.fileExists(atPath: dir + "/" + EventStore.databaseName + "-journal"), "round \(round)")
            if journal && families == 1 { cutOff += 1 }
            if families == files.count { finished += 1 }
        }
        print(
            "import kill test: 10 kills over \(String(format: "%.2f", seconds)) s imports, \(cutOff) cut off mid-write, \(finished) finished"
        )
        #expect(cutOff >= 2, "only \(cutOff) of 10 kills came while the import was writing")
    }
}
