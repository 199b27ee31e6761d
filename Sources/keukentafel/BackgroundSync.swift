import Foundation
import KeukentafelApp
import KeukentafelStore
import TeamServer

/// The sync at the end of a session: it runs beside the screen (the worker goes on at
/// once), and the screen asks on each tick whether it has finished. A server that is down
/// only shows in the header; everything stays in the local store for the next sync.
final class BackgroundSync: @unchecked Sendable {
    private let engine: SyncEngine
    private let address: ServerAddress
    private let lock = NSLock()
    private var running = false
    /// The outcome not yet handed to the screen: the time of a completed sync, or nil after a failure.
    private var outcome: Result<Date, any Error>?
    private var lastCompleted: Date?

    init(store: EventStore, practice: Bool, user: String, address: ServerAddress) throws {
        engine = SyncEngine(store: store, practice: practice, user: user)
        self.address = address
        lastCompleted = try store.lastSync()
    }

    /// The status to show before any sync of this run.
    func initialStatus(_ timeZone: TimeZone) -> SyncStatus {
        SyncStatus(last: lastCompleted.map { LocalTime.at($0, timeZone) })
    }

    /// Starts a sync unless one runs already; returns the status to show now.
    func start(_ timeZone: TimeZone) -> SyncStatus {
        lock.withLock {
            if !running {
                running = true
                let (engine, address) = (engine, address)
                Task.detached { [self] in
                    let result: Result<Date, any Error>
                    do {
                        _ = try await engine.sync(address)
                        result = .success(Date())
                    } catch {
                        result = .failure(error)
                    }
                    self.finish(result)
                }
            }
            return SyncStatus(last: lastCompleted.map { LocalTime.at($0, timeZone) }, running: true)
        }
    }

    private func finish(_ result: Result<Date, any Error>) {
        lock.withLock {
            running = false
            outcome = result
            if case .success(let date) = result { lastCompleted = date }
        }
    }

    /// The new status once the running sync has finished, else nil.
    func poll(_ timeZone: TimeZone) -> SyncStatus? {
        lock.withLock {
            guard !running, let result = outcome else { return nil }
            outcome = nil
            let last = lastCompleted.map { LocalTime.at($0, timeZone) }
            if case .failure = result { return SyncStatus(last: last, failed: true) }
            return SyncStatus(last: last)
        }
    }
}
