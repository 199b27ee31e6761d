import Foundation
import KeukentafelDomain
import KeukentafelStore
import PostgresHarness
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The team server through the real binary and a real, private PostgreSQL: setting it up,
/// two workers and a supervisor, sharing, review, destroy, and SIGKILL in the middle of pushes.
@Suite(
    "Team server commands", .serialized, .enabled(if: PrivatePostgres.unavailableReason == nil, "PostgreSQL is not installed"),
    .timeLimit(.minutes(10)))
struct TeamServerCommandTests {
    /// A temporary HOME with a password file per worker.
    final class Home {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kt-team-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    static func run(_ args: [String], home: Home, worker: String = "werker") throws -> (status: Int32, output: String) {
        try Subprocess.run(
            ["env", "-i", "HOME=\(home.url.path)", "USER=\(worker)", "PATH=/usr/bin:/bin", "LANG=C.UTF-8", TmuxSession.binary.path] + args)
    }

    /// `server init` and one login per name, through the binary; returns each login's URL.
    static func team(_ pg: PrivatePostgres, _ home: Home, _ logins: [(login: String, kind: String, name: String)]) throws -> [String:
        String]
    {
        try Data(pg.adminPassword.utf8).write(to: URL(fileURLWithPath: home.path("admin-pw")))
        let adminURL = "postgres://\(pg.adminUser)@127.0.0.1:\(pg.port)/\(pg.database)"
        let made = try run(["server", "init", "--database", adminURL, "--password-file", home.path("admin-pw")], home: home)
        #expect(made.status == 0, "\(made.output)")
        #expect(made.output.contains("is ready"))
        let again = try run(["server", "init", "--database", adminURL, "--password-file", home.path("admin-pw")], home: home)
        #expect(again.status == 0 && again.output.contains("already set up"), "\(again.output)")
        var urls: [String: String] = [:]
        for (login, kind, name) in logins {
            let password = "geheim-\(login)-wachtwoord"
            try Data("\(password)\n".utf8).write(to: URL(fileURLWithPath: home.path("pw-\(login)")))
            let added = try run(
                [
                    "server", "add-worker", login, "--name", name, "--kind", kind, "--team", "noord", "--database", adminURL,
                    "--password-file", home.path("admin-pw"), "--worker-password-file", home.path("pw-\(login)"),
                ], home: home)
            #expect(added.status == 0, "\(added.output)")
            urls[login] = pg.url(user: login, password: password)
        }
        return urls
    }

    static func familyIDs(_ store: String, _ home: Home) throws -> [String] {
        let out = try run(["families", "--json", "--store", store], home: home).output
        let list = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]] ?? []
        return list.compactMap { $0["id"] as? String }.sorted()
    }

    @Test(
        "acceptance 1 and 4: A syncs, B sees it only once shared, the supervisor reviews it, exports are byte-identical, destroy reaches all"
    )
    func twoWorkersAndASupervisor() throws {
        let pg = try PrivatePostgres()
        defer { pg.stop(removing: true) }
        let home = try Home()
        let urls = try Self.team(
            pg, home, [("anna", "worker", "Anna Visser"), ("bram", "worker", "Bram Jansen"), ("sofie", "supervisor", "Sofie de Wit")])
        let (a, b, s) = (home.path("a"), home.path("b"), home.path("s"))
        #expect(try Self.run(["demo", "--no-open", "--store", a], home: home, worker: "anna").status == 0)
        let family = try #require(try Self.familyIDs(a, home).first)

        let synced = try Self.run(["sync", "--store", a, "--server", urls["anna"]!], home: home, worker: "anna")
        #expect(synced.status == 0, "\(synced.output)")
        #expect(synced.output.contains("of 1 family"))
        #expect(try Self.run(["sync", "--store", b, "--server", urls["bram"]!], home: home, worker: "bram").status == 0)
        #expect(try Self.familyIDs(b, home).isEmpty)

        let pulled = try Self.run(["sync", "--store", s, "--server", urls["sofie"]!, "--json"], home: home, worker: "sofie")
        #expect(pulled.status == 0, "\(pulled.output)")
        #expect(pulled.output.contains("\"pulledFamilies\":[\"\(family)\"]"))
        #expect(try Self.familyIDs(s, home) == [family])
        let review = try Self.run(["review", family, "3", "--format", "md", "--store", s], home: home, worker: "sofie")
        #expect(review.status == 0, "\(review.output)")
        #expect(review.output.contains("Sandra"))
        let exportA = try Self.run(["export", family, "--format", "json", "--store", a], home: home)
        let exportS = try Self.run(["export", family, "--format", "json", "--store", s], home: home)
        #expect(exportA.status == 0 && exportA.output == exportS.output)

        // Sharing, by the colleague's name on the server.
        let shared = try Self.run(["share-with", family, "Bram Jansen", "--store", a, "--server", urls["anna"]!], home: home)
        #expect(shared.status == 0, "\(shared.output)")
        let notOwner = try Self.run(["share-with", family, "sofie", "--store", s, "--server", urls["bram"]!], home: home)
        #expect(notOwner.status == 1)
        #expect(try Self.run(["sync", "--store", b, "--server", urls["bram"]!], home: home, worker: "bram").status == 0)
        #expect(try Self.familyIDs(b, home) == [family])

        // Destroy on A: gone on the server at once, on B at its next sync.
        let destroyed = try Self.run(["destroy", family, "--yes", "--store", a, "--server", urls["anna"]!], home: home, worker: "anna")
        #expect(destroyed.status == 0, "\(destroyed.output)")
        #expect(destroyed.output.contains("Destroyed on the team server too"))
        #expect(try pg.psql("SELECT count(*) FROM keukentafel.event") == "0")
        #expect(try pg.psql("SELECT action FROM keukentafel.access_log WHERE action = 'destroy'") == "destroy")
        let dropped = try Self.run(["sync", "--store", b, "--server", urls["bram"]!], home: home, worker: "bram")
        #expect(dropped.output.contains("Destroyed on the server, so removed here"), "\(dropped.output)")
        #expect(try Self.familyIDs(b, home).isEmpty)

        // A server that is down: a clear message, status 4, and the session goes on.
        pg.stop()
        let down = try Self.run(["sync", "--store", s, "--server", urls["sofie"]!], home: home)
        #expect(down.status == 4)
        #expect(down.output.contains("does not answer"))
        #expect(try Self.familyIDs(s, home) == [family])
    }

    @Test("acceptance 3: SIGKILL at random points in 50 pushes; afterwards the server holds every committed event exactly once")
    func killedMidPush() throws {
        let pg = try PrivatePostgres()
        defer { pg.stop(removing: true) }
        let home = try Home()
        let urls = try Self.team(pg, home, [("anna", "worker", "Anna Visser")])
        let storePath = home.path("a")
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        for round in 0..<50 {
            // New events, committed locally with the store closed again before the push starts.
            do {
                let store = try EventStore(directory: storePath)
                try store.append(DemoFamily.events(now: Date(), worker: "anna", seed: UInt64(round + 1)))
                store.closeStore()
            }
            let child = try Subprocess.spawn(
                [
                    "env", "-i", "HOME=\(home.url.path)", "USER=anna", "PATH=/usr/bin:/bin", TmuxSession.binary.path, "sync", "--store",
                    storePath, "--server", urls["anna"]!,
                ])
            // A sync of one new family takes about 0.1 s here: most kills land inside it
            // (starting, connecting, pushing, pulling), some after it finished.
            usleep(UInt32.random(in: 1_000...120_000, using: &generator))
            kill(child.pid, SIGKILL)
            _ = Subprocess.readAll(child.output)
            var status: Int32 = 0
            while waitpid(child.pid, &status, 0) == -1 && errno == EINTR {}
            if (status & 0x7f) == SIGKILL { killed += 1 }
        }
        let final = try Self.run(["sync", "--store", storePath, "--server", urls["anna"]!], home: home, worker: "anna")
        #expect(final.status == 0, "\(final.output)")
        let store = try EventStore(directory: storePath)
        let local = Set(try store.storedEvents(after: 0, limit: 1_000_000).map { $0.id.uuidString.lowercased() })
        store.closeStore()
        #expect(local.count > 50 * 10)
        #expect(try pg.psql("SELECT count(*) = count(DISTINCT id) FROM keukentafel.event") == "t")
        let server = Set(try pg.psql("SELECT id FROM keukentafel.event").split(separator: "\n").map(String.init))
        #expect(server == local)
        #expect(killed >= 10, "only \(killed) of 50 syncs were killed: the test did not test much")
    }

    @Test(
        "with a server configured, ending a session on screen syncs it in the background and the header says when",
        .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func syncAtSessionEnd() throws {
        let pg = try PrivatePostgres()
        defer { pg.stop(removing: true) }
        let home = try Home()
        let urls = try Self.team(pg, home, [("anna", "worker", "Anna Visser")])
        let session = try TmuxSession(width: 120, height: 40, command: "KEUKENTAFEL_SERVER='\(urls["anna"]!)' \"$KT\" --lang nl")
        defer { session.stop() }
        try session.waitFor("⇅ nog niet gesynchroniseerd")
        try session.send("n")
        try session.waitFor("Naam of schuilnaam")
        try session.type("Gezin Vos")
        try session.send("Tab")
        try session.type("Iris")
        try session.send("Enter")
        try session.waitFor("Wie is er bij?")
        try session.send("Enter")
        try session.waitFor("gesprek 1")
        try session.send("M-1")
        try session.type("Het gaat beter sinds de ochtenden rustiger zijn.")
        try session.send("Enter")
        try session.waitFor("✓ bewaard")
        #expect(try pg.psql("SELECT count(*) FROM keukentafel.event") == "0")
        try session.send("F10")
        try session.waitFor("Samenvatting in jullie eigen woorden")
        try session.send("j")
        try session.waitFor("Aan de beurt: Iris")
        for k in ["8", "9", "7", "t"] { try session.send(k) }
        try session.waitFor("Gesprek 1 is afgesloten en bewaard.")
        // The header turns to the time of the sync once it has finished (the screen polls each second).
        try session.waitFor(timeout: 30) { $0.contains("⇅ sync ") }
        let words = try pg.psql("SELECT count(*) FROM keukentafel.event WHERE payload LIKE '%ochtenden rustiger%'")
        #expect(words == "1")
        #expect(Int(try pg.psql("SELECT count(*) FROM keukentafel.event")) ?? 0 > 5)
    }
}
