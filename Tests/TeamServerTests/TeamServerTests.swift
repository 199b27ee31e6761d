import Foundation
import KeukentafelDomain
import KeukentafelStore
import PostgresHarness
import Testing

@testable import TeamServer

/// The team server against a real PostgreSQL: who sees what (by the database's own
/// row-level security), sync both ways, destroy everywhere, and faults that lose nothing.
// A hang fails the test within minutes instead of stalling the whole run.
@Suite("Team server", .enabled(if: PrivatePostgres.unavailableReason == nil, "PostgreSQL is not installed"), .timeLimit(.minutes(10)))
struct TeamServerTests {
    @Test("server init is idempotent and says what it did")
    func initTwice() async throws {
        let team = try await Team.make()
        let again = try await ServerAdmin.initialise(team.admin)
        #expect(again.first?.hasPrefix("checked: ") == true)
        #expect(again.last?.contains("already set up") == true)
        #expect(try team.sql("SELECT value FROM keukentafel.meta WHERE key = 'schema'") == "1")
        #expect(try team.sql("SELECT count(*) FROM pg_policies WHERE schemaname = 'keukentafel'") == "10")
    }

    @Test("acceptance 1: A syncs; B sees nothing until shared; the supervisor sees and annotates; the exports are byte-identical")
    func twoWorkersAndASupervisor() async throws {
        let team = try await Team.make()
        let a = try await team.member("anna", display: "Anna Visser")
        let b = try await team.member("bram", display: "Bram Jansen")
        let s = try await team.member("sofie", kind: "supervisor", display: "Sofie de Wit")
        let other = try await team.member("olga", kind: "supervisor", team: "zuid")
        let (storeA, storeB, storeS, storeO) = (try team.store(), try team.store(), try team.store(), try team.store())
        let events = demoFamily(worker: "Anna Visser")
        let family = events[0].familyID
        try storeA.append(events)

        let pushed = try await team.sync(storeA, as: a)
        #expect(pushed.pushed == events.count)
        #expect(pushed.pushedFamilies == [family])
        #expect(try team.sql("SELECT count(*) FROM keukentafel.event") == "\(events.count)")

        // B: nothing, through the program and through hand-written SQL.
        #expect(try await team.sync(storeB, as: b).pulled == 0)
        #expect(try storeB.families().isEmpty)
        #expect(try team.sql("SELECT count(*) FROM keukentafel.event", as: b) == "0")
        // A supervisor of another team: nothing either.
        #expect(try await team.sync(storeO, as: other).pulled == 0)

        // The supervisor of A's team sees it, and annotates.
        let pulled = try await team.sync(storeS, as: s)
        #expect(pulled.pulled == events.count)
        #expect(try storeS.families().map(\.id) == [family])
        let target = events.first { if case .utteranceRecorded = $0.payload { return true } else { return false } }!
        let note = Event(
            familyID: family, sessionID: target.sessionID, time: Date(timeIntervalSinceReferenceDate: 800_100_000), author: "Sofie de Wit",
            payload: .annotationAdded(.init(annotationID: UUID(), targetEventID: target.id, text: "Mooie schaalvraag.", role: .supervisor)))
        try storeS.append([note])
        #expect(try await team.sync(storeS, as: s).pushed == 1)
        #expect(try await team.sync(storeA, as: a).pulled == 1)
        #expect(try storeA.export(family: family, user: "t") == storeS.export(family: family, user: "t"))

        // Shared: B takes it whole.
        let shared = try await ServerAdmin.share(a, family: family, with: "Bram Jansen")
        #expect(shared == "shared")
        let bPull = try await team.sync(storeB, as: b)
        #expect(bPull.pulled == events.count + 1)
        #expect(try storeB.export(family: family, user: "t") == storeA.export(family: family, user: "t"))
        // A sync with nothing new moves nothing.
        let quiet = try await team.sync(storeB, as: b)
        #expect(quiet.pulled == 0 && quiet.pushed == 0 && quiet.sent == 0)
        // Pulls are in the laptop's access log, pushes too.
        #expect(try storeB.accessLog().contains { $0.familyID == family && $0.action == "pull" })
        #expect(try storeA.accessLog().contains { $0.familyID == family && $0.action == "push" })
    }

    @Test("acceptance 2: a trainee reads no real family's rows, even with hand-written SQL, and cannot add to one")
    func traineeSeesPracticeOnly() async throws {
        let team = try await Team.make()
        let a = try await team.member("anna")
        let t = try await team.member("tess", kind: "trainee")
        let storeA = try team.store()
        let events = demoFamily(worker: "anna")
        try storeA.append(events)
        try await team.sync(storeA, as: a)
        let family = events[0].familyID

        for table in ["event", "family", "family_share"] {
            #expect(try team.sql("SELECT count(*) FROM keukentafel.\(table)", as: t) == "0")
        }
        #expect(try team.sql("SELECT count(*) FROM keukentafel.event WHERE family_id = '\(family)'", as: t) == "0")
        #expect(try team.sql("SELECT keukentafel.can_see('\(family)')", as: t) == "f")
        #expect(try team.sql("SELECT keukentafel.destroy_family('\(family)')", as: t) == "absent")
        #expect(try team.sql("SELECT keukentafel.share_with('\(family)', '\(t.user)')", as: a) == "trainee")
        #expect(throws: HarnessError.self) {
            try team.sql(
                "INSERT INTO keukentafel.event (id, family_id, time, author, type, schema_version, payload) VALUES (gen_random_uuid(), '\(family)', 0, 'x', 'note', 1, '{}')",
                as: t)
        }
        #expect(throws: HarnessError.self) {
            try team.sql("INSERT INTO keukentafel.family (family_id, practice) VALUES (gen_random_uuid(), false)", as: t)
        }
        // Not even the owner changes or removes an event by hand.
        #expect(throws: HarnessError.self) { try team.sql("UPDATE keukentafel.event SET author = 'x'", as: a) }
        #expect(throws: HarnessError.self) { try team.sql("DELETE FROM keukentafel.event", as: a) }
        #expect(throws: HarnessError.self) { try team.sql("UPDATE keukentafel.event SET author = 'x'") }

        // The trainee's own practice store syncs; its real store is refused, kindly.
        let practice = try team.store()
        let round = demoFamily(worker: "tess", seed: 99)
        try practice.append(round)
        #expect(try await team.sync(practice, as: t, practice: true).pushed == round.count)
        #expect(try team.sql("SELECT count(*) FROM keukentafel.event", as: t) == "\(round.count)")
        let real = try team.store()
        try real.append(demoFamily(worker: "tess", seed: 98))
        let refused = try await team.sync(real, as: t)
        #expect(refused.pushed == 0 && refused.refused.values.allSatisfy { $0 == "trainee" } && refused.refused.count == 1)
        // A real store does not take practice families, nor a practice store real ones.
        let s = try await team.member("sofie", kind: "supervisor")
        let supervisorReal = try team.store()
        try await team.sync(supervisorReal, as: s)
        #expect(try supervisorReal.families().map(\.id) == [family])
        let supervisorPractice = try team.store()
        try await team.sync(supervisorPractice, as: s, practice: true)
        #expect(try supervisorPractice.families().map(\.id) == [round[0].familyID])
    }

    @Test("acceptance 4: destroy on A removes the family on the server and on B at its next sync; the server's log records it")
    func destroyReachesEverywhere() async throws {
        let team = try await Team.make()
        let a = try await team.member("anna")
        let b = try await team.member("bram")
        let (storeA, storeB) = (try team.store(), try team.store())
        let events = demoFamily(worker: "anna")
        let family = events[0].familyID
        try storeA.append(events)
        try await team.sync(storeA, as: a)
        _ = try await ServerAdmin.share(a, family: family, with: b.user)
        try await team.sync(storeB, as: b)
        #expect(try storeB.families().count == 1)

        try storeA.destroy(family: family, user: "anna")
        let report = try await team.sync(storeA, as: a)
        #expect(report.destroyedThere == [family])
        #expect(try team.sql("SELECT count(*) FROM keukentafel.event WHERE family_id = '\(family)'") == "0")
        #expect(try team.sql("SELECT count(*) FROM keukentafel.family WHERE family_id = '\(family)'") == "0")
        #expect(try team.sql("SELECT count(*) FROM keukentafel.family_share WHERE family_id = '\(family)'") == "0")
        #expect(
            try team.sql("SELECT action FROM keukentafel.access_log WHERE family_id = '\(family)' ORDER BY seq")
                == "share-with \(b.user)\ndestroy")
        // No name or word of the family is left on the server.
        #expect(try team.sql("SELECT count(*) FROM keukentafel.event WHERE payload LIKE '%Sandra%'") == "0")

        let dropped = try await team.sync(storeB, as: b)
        #expect(dropped.droppedHere == [family])
        #expect(try storeB.families().isEmpty)
        #expect(try storeB.events(family: family).isEmpty)
        // B's unsent events of it cannot bring it back.
        #expect(try await team.sync(storeB, as: b).pushed == 0)
        #expect(try team.sql("SELECT count(*) FROM keukentafel.family WHERE family_id = '\(family)'") == "0")
    }

    @Test("a worker without a share cannot push into another's family; once shared the family comes whole and the words go up")
    func refusedThenShared() async throws {
        let team = try await Team.make()
        let a = try await team.member("anna")
        let b = try await team.member("bram")
        let (storeA, storeB) = (try team.store(), try team.store())
        let events = demoFamily(worker: "anna")
        let family = events[0].familyID
        try storeA.append(events)
        try await team.sync(storeA, as: a)
        // B holds the same family (from a bundle, say) and adds to it.
        try storeB.append(events)
        let extra = Event(
            familyID: family, time: Date(timeIntervalSinceReferenceDate: 800_200_000), author: "bram",
            payload: .familyRenamed(.init(name: "Gezin de Boer")))
        try storeB.append([extra])
        let first = try await team.sync(storeB, as: b)
        #expect(first.refused == [family: "not-shared"])
        #expect(try team.sql("SELECT count(*) FROM keukentafel.event") == "\(events.count)")

        _ = try await ServerAdmin.share(a, family: family, with: b.user)
        let second = try await team.sync(storeB, as: b)
        #expect(second.refused.isEmpty)
        #expect(second.pushed == 1)
        #expect(try team.sql("SELECT count(*), count(DISTINCT id) FROM keukentafel.event") == "\(events.count + 1)|\(events.count + 1)")
        #expect(try await team.sync(storeA, as: a).pulled == 1)
    }

    @Test("a server that is down: a clear message, the store untouched; after it is back the sync completes")
    func serverDown() async throws {
        let team = try await Team.make()
        let a = try await team.member("anna")
        let store = try team.store()
        try store.append(demoFamily(worker: "anna"))
        let wrongPort = ServerAddress(host: "127.0.0.1", port: 1, user: a.user, password: a.password, database: team.database)
        do {
            _ = try await team.sync(store, as: wrongPort)
            Issue.record("a sync to a closed port succeeded")
        } catch let e as ServerError {
            guard case .unreachable = e else {
                Issue.record("\(e)")
                return
            }
            #expect(e.description.contains("Everything stays safe on this laptop"))
        }
        let wrongPassword = ServerAddress(host: "127.0.0.1", port: a.port, user: a.user, password: "nee", database: team.database)
        await #expect(throws: ServerError.loginRefused(address: wrongPassword.display, user: a.user)) {
            try await team.sync(store, as: wrongPassword)
        }
        let stranger = ServerAddress(
            host: "127.0.0.1", port: a.port, user: team.server.adminUser, password: team.server.adminPassword, database: "postgres")
        await #expect(throws: ServerError.self) { try await team.sync(store, as: stranger) }
        #expect(try store.syncState(server: a.key).pushedSeq == 0)
        #expect(try await team.sync(store, as: a).pushed > 0)
    }

    @Test("a cut connection and a server restart mid-push lose nothing and double nothing")
    func cutsAndRestarts() async throws {
        // A server of its own: the restarts would cut the other tests' connections too.
        let own = try PrivatePostgres()
        defer { own.stop(removing: true) }
        let team = try await Team.make(server: own)
        let a = try await team.member("anna")
        let store = try team.store()
        var all: [Event] = []
        for seed in 1...6 {
            let events = demoFamily(worker: "anna", seed: UInt64(seed))
            all += events
            try store.append(events)
        }
        let engine = {
            var e = SyncEngine(store: store, practice: false, user: "anna")
            e.batchSize = 7
            return e
        }()
        var interrupted = 0
        for round in 0..<12 {
            // Another connection cuts this login's sessions (or the server restarts) while the push runs.
            let cutter = Thread {
                usleep(UInt32.random(in: 2_000...40_000))
                if round % 4 == 3 {
                    try? team.server.restart()
                } else {
                    _ = try? team.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '\(a.user)'")
                }
            }
            cutter.start()
            do { _ = try await engine.sync(a) } catch let e as ServerError {
                interrupted += 1
                switch e {
                case .interrupted, .unreachable, .server: break
                default: Issue.record("unexpected: \(e)")
                }
            }
            while cutter.isExecuting || !cutter.isFinished { usleep(1000) }
            // New words between rounds, as a worker goes on typing.
            let more = Event(
                familyID: all[0].familyID, time: Date(timeIntervalSinceReferenceDate: 800_300_000 + Double(round)), author: "anna",
                payload: .familyRenamed(.init(name: "Gezin \(round)")))
            try store.append([more])
            all.append(more)
        }
        _ = try await engine.sync(a)
        let counts = try team.sql("SELECT count(*), count(DISTINCT id) FROM keukentafel.event")
        #expect(counts == "\(all.count)|\(all.count)")
        let ids = Set(try team.sql("SELECT id FROM keukentafel.event").split(separator: "\n").map { $0.uppercased() })
        #expect(ids == Set(all.map(\.id.uuidString)))
        #expect(interrupted > 0, "no round was interrupted: the test did not test a cut")
    }
}

/// The record over TLS: a server with a certificate, checked against its root and host name.
@Suite(
    "Team server over TLS",
    .enabled(
        if: PrivatePostgres.unavailableReason == nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl"),
        "needs PostgreSQL and openssl"))
struct TeamServerTLSTests {
    @Test("verify-full with the right root syncs encrypted; a wrong root or a wrong host name is refused before any word is sent")
    func verified() async throws {
        let pg = try PrivatePostgres(tls: true)
        defer { pg.stop(removing: true) }
        let team = try await Team.make(server: pg)
        let a = try await team.member("anna")
        var secure = a
        secure.host = "localhost"
        secure.tls = .verifyFull
        secure.rootCertificate = pg.certificatePath
        let store = try team.store()
        try store.append(demoFamily(worker: "anna"))
        let report = try await team.sync(store, as: secure)
        #expect(report.pushed > 0)
        // The server saw an encrypted connection from that login.
        let connection = try await ServerConnection.connect(secure)
        let ssl = try await connection.rows("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()") { try $0.decode(Bool.self) }
        await connection.close()
        #expect(ssl == [true])

        // Another certificate for localhost, not the server's.
        let other = pg.folder + "/other.crt"
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        openssl.arguments = [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", pg.folder + "/other.key", "-out", other, "-days", "2", "-subj",
            "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
        ]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        var wrongRoot = secure
        wrongRoot.rootCertificate = other
        var wrongHost = secure
        wrongHost.host = "127.0.0.1"
        for bad in [wrongRoot, wrongHost] {
            do {
                _ = try await team.sync(store, as: bad)
                Issue.record("synced with \(bad.display) and root \(bad.rootCertificate ?? "-")")
            } catch let e as ServerError {
                guard case .tls = e else {
                    Issue.record("not a TLS refusal: \(e)")
                    continue
                }
            }
        }
    }
}
