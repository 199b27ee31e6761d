import Foundation
import KeukentafelDomain
import KeukentafelStore
import PostgresHarness
import TeamServer

/// Load on one team server: `workers` laptops, each pushing `perWorker` events in rounds of
/// 1,000 while pulling its neighbour's shared family, all at once against one local
/// PostgreSQL (fsync on). Then the same with a server restart in the middle. Prints events
/// per second, the sync times, and checks that nothing was lost or doubled.
func teamServerBenchmarks(quick: Bool) async throws {
    if let reason = PrivatePostgres.unavailableReason {
        print("\n== Team server: skipped (\(reason))")
        return
    }
    let workers = quick ? 5 : 20
    let perWorker = quick ? 2_000 : 10_000
    for restart in [false, true] {
        try await teamServerLoad(workers: workers, perWorker: perWorker, restartMidway: restart)
    }
}

/// One load run on a new server.
private func teamServerLoad(workers: Int, perWorker: Int, restartMidway: Bool) async throws {
    let pg = try PrivatePostgres(durable: true)
    defer { pg.stop(removing: true) }
    let admin = ServerAddress(host: "127.0.0.1", port: pg.port, user: pg.adminUser, password: pg.adminPassword, database: pg.database)
    _ = try await ServerAdmin.initialise(admin)
    var laptops: [Laptop] = []
    for i in 0..<workers {
        let login = "w\(i)"
        _ = try await ServerAdmin.addMember(
            admin, role: login, kind: "worker", team: "noord", displayName: "Werker \(i)", password: "wachtwoord-\(i)-lang")
        let folder = NSTemporaryDirectory() + "kt-load-\(UUID().uuidString)"
        let store = try EventStore(directory: folder)
        let address = ServerAddress(host: "127.0.0.1", port: pg.port, user: login, password: "wachtwoord-\(i)-lang", database: pg.database)
        laptops.append(Laptop(index: i, store: store, folder: folder, address: address))
    }
    defer {
        for l in laptops {
            l.store.closeStore()
            try? FileManager.default.removeItem(atPath: l.folder)
        }
    }
    // Each worker's family goes up, then is shared with the next worker, who pulls it in every round.
    for l in laptops {
        try l.store.append(l.nextEvents(1))
        _ = try await SyncEngine(store: l.store, practice: false, user: l.address.user).sync(l.address)
    }
    for l in laptops {
        let next = laptops[(l.index + 1) % workers]
        _ = try await ServerAdmin.share(l.address, family: l.family, with: next.address.user)
    }

    let rounds = perWorker / 1_000
    let clock = ContinuousClock()
    let start = clock.now
    let restarted = RestartOnce()
    let results = try await withThrowingTaskGroup(of: (times: [Double], failures: Int).self) { group in
        for l in laptops {
            group.addTask {
                var times: [Double] = []
                var failures = 0
                let engine = SyncEngine(store: l.store, practice: false, user: l.address.user)
                for round in 0..<rounds {
                    try l.store.append(l.nextEvents(1_000))
                    if restartMidway && round == rounds / 2 && l.index == 0 { restarted.run { try? pg.restart() } }
                    // A sync that fails (the server restarting) is tried again, as a worker would.
                    while true {
                        let t0 = clock.now
                        do {
                            _ = try await engine.sync(l.address)
                            let d = clock.now - t0
                            times.append(Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15)
                            break
                        } catch {
                            failures += 1
                            try await Task.sleep(for: .milliseconds(200))
                        }
                    }
                }
                return (times, failures)
            }
        }
        var all: [(times: [Double], failures: Int)] = []
        for try await r in group { all.append(r) }
        return all
    }
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    // A last quiet sync for everyone, then count on both sides.
    for l in laptops { _ = try await SyncEngine(store: l.store, practice: false, user: l.address.user).sync(l.address) }
    let pushed = workers * rounds * 1_000
    let counts = try pg.psql("SELECT count(*), count(DISTINCT id) FROM keukentafel.event").split(separator: "|").compactMap { Int($0) }
    var localMissing = 0
    for l in laptops {
        let own = try l.store.storedEvents(family: l.family).count
        let neighbour = laptops[(l.index + workers - 1) % workers]
        let pulled = try l.store.storedEvents(family: neighbour.family).count
        localMissing += (l.made - own) + (neighbour.made - pulled)
    }
    let times = results.flatMap(\.times)
    let failures = results.map(\.failures).reduce(0, +)
    header(
        "Team server load: \(workers) workers × \(rounds) rounds of 1,000 events, pushing and pulling at once"
            + (restartMidway ? ", the server restarted midway" : ""), nameWidth: 44)
    row("one sync (push 1,000 + pull the neighbour's)", times)
    let expected = laptops.map(\.made).reduce(0, +)
    print(
        String(
            format:
                "%d events pushed in %.1f s: %.0f events/s; %d failed syncs retried; server %d events (%d distinct, %d expected); %d missing on laptops",
            pushed, seconds, Double(pushed) / seconds, failures, counts.first ?? -1, counts.last ?? -1, expected, localMissing))
    if counts.first != expected || counts.last != expected || localMissing != 0 { print("!! LOST OR DOUBLED EVENTS") }
}

/// One simulated laptop: its store and its one family.
private final class Laptop: @unchecked Sendable {
    let index: Int
    let store: EventStore
    let folder: String
    let address: ServerAddress
    let family = UUID()
    let speaker = UUID()
    /// Events made so far (all in `family`).
    private(set) var made = 0

    init(index: Int, store: EventStore, folder: String, address: ServerAddress) {
        self.index = index
        self.store = store
        self.folder = folder
        self.address = address
    }

    /// `n` new events of the family (its creation first).
    func nextEvents(_ n: Int) -> [Event] {
        var events: [Event] = []
        let time = Date(timeIntervalSinceReferenceDate: 800_000_000 + Double(made))
        for _ in 0..<n {
            let payload: EventPayload =
                made == 0
                ? .familyCreated(.init(name: "Gezin \(index)"))
                : .utteranceRecorded(.init(entryID: UUID(), speaker: speaker, text: "het gaat beter sinds de ochtenden rustiger zijn"))
            events.append(Event(familyID: family, time: time, author: "Werker \(index)", payload: payload))
            made += 1
        }
        return events
    }
}

/// Runs its body once, from whichever task gets there first.
private final class RestartOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    func run(_ body: @escaping @Sendable () -> Void) {
        let first = lock.withLock {
            defer { done = true }
            return !done
        }
        if first { Thread { body() }.start() }
    }
}
