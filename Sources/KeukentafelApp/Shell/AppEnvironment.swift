import Foundation
import KeukentafelDomain

/// What `update` may ask of the world: who is working, the time, and fresh ids.
/// The edge passes the real ones; tests pass fixed ones, so the same environment and
/// the same actions always give the same state.
public struct AppEnvironment {
    /// The worker named as the author of every event.
    public var worker: String
    /// What the worker does (kept with annotations).
    public var role: WorkerRole
    /// The instant an event is recorded at.
    public var now: () -> Date
    /// A new id for an event, an entry, a goal …
    public var newID: () -> UUID

    public init(worker: String, role: WorkerRole = .worker, now: @escaping () -> Date, newID: @escaping () -> UUID) {
        self.worker = worker
        self.role = role
        self.now = now
        self.newID = newID
    }

    /// The system clock and random ids.
    public static func live(_ identity: WorkerIdentity) -> AppEnvironment {
        AppEnvironment(worker: identity.name, role: identity.role, now: { Date() }, newID: { UUID() })
    }

    /// A repeatable environment: ids from `seed`, and a clock standing still at `now`.
    public static func fixed(seed: UInt64, now: Date, worker: String = "test", role: WorkerRole = .worker) -> AppEnvironment {
        let ids = SeededIDBox(seed: seed)
        return AppEnvironment(worker: worker, role: role, now: { now }, newID: { ids.next() })
    }

    /// Events for one family (and session), stamped with this environment's id, time and worker.
    func events(family: UUID, session: UUID?, _ payloads: [EventPayload]) -> [Event] {
        let time = now()
        return payloads.map { Event(id: newID(), familyID: family, sessionID: session, time: time, author: worker, payload: $0) }
    }
}

/// The environment's ids for code that draws several itself (quick entry).
struct EnvironmentIDs: IDGenerating {
    let env: AppEnvironment
    mutating func next() -> UUID { env.newID() }
}

/// Seeded ids behind a reference, so the environment's closure can advance them.
private final class SeededIDBox: @unchecked Sendable {
    // Only used from the one thread that runs `update`; tests create one per run.
    private var ids: SeededIDs
    init(seed: UInt64) { ids = SeededIDs(seed: seed) }
    func next() -> UUID { ids.next() }
}
