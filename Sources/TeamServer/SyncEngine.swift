import Foundation
import KeukentafelStore
import PostgresNIO

/// What one sync did, for the message after it.
public struct SyncReport: Equatable, Sendable {
    /// Events sent, and how many of them were new on the server.
    public var sent = 0
    public var pushed = 0
    public var pushedFamilies: Set<UUID> = []
    /// Events new on this laptop, and their families.
    public var pulled = 0
    public var pulledFamilies: Set<UUID> = []
    /// Families destroyed on the server, so removed here too.
    public var droppedHere: [UUID] = []
    /// This laptop's destroys that removed the family on the server.
    public var destroyedThere: [UUID] = []
    /// Destroys the server did not carry out (this login may not), with its reason.
    public var destroyRefused: [UUID: String] = [:]
    /// Families the server would not take from this login, with the reason.
    public var refused: [UUID: String] = [:]
    /// Pulled families this program could not read (pulled whole again next time).
    public var unreadable: [UUID: String] = [:]
    public init() {}
}

/// Syncs one local store with the team server: destroys first (both ways), then this
/// laptop's new events (batches of one transaction each, idempotent by event id), then the
/// events of the families this login may see that committed since the last pull.
///
/// Safe to interrupt anywhere: the server takes an event at most once (`ON CONFLICT DO
/// NOTHING`), the laptop records how far it got only after the server committed, and a pull
/// is written here only when new by id. What was not confirmed is simply sent again.
public struct SyncEngine: Sendable {
    public let store: EventStore
    /// True for the practice store: its families go up as practice data.
    public let practice: Bool
    /// Who is syncing, for this laptop's access log.
    public let user: String
    /// Events per push transaction.
    public var batchSize = 1000

    public init(store: EventStore, practice: Bool, user: String) {
        self.store = store
        self.practice = practice
        self.user = user
    }

    /// One whole sync against `address`.
    public func sync(_ address: ServerAddress) async throws -> SyncReport {
        try await ServerConnection.using(address) { try await sync(on: $0) }
    }

    /// Only this laptop's destroys (right after `destroy`, so the server forgets at once).
    public func sendDestroys(_ address: ServerAddress) async throws -> SyncReport {
        try await ServerConnection.using(address) { server in
            try await Self.checkMember(server)
            var state = try store.syncState(server: address.key)
            var report = SyncReport()
            try await pushDestroys(server, address.key, &state, &report)
            return report
        }
    }

    /// One whole sync on an open connection.
    public func sync(on server: ServerConnection) async throws -> SyncReport {
        try await Self.checkMember(server)
        let key = server.address.key
        var state = try store.syncState(server: key)
        var report = SyncReport()
        try await pushDestroys(server, key, &state, &report)
        try await dropDestroyed(server, &report)
        state = try store.syncState(server: key)
        try await push(server, key, state, &report)
        state = try store.syncState(server: key)
        try await pull(server, key, state, &report)
        return report
    }

    /// Checks the schema's version and that the login is a member; returns its kind.
    @discardableResult
    static func checkMember(_ server: ServerConnection) async throws(ServerError) -> String {
        let version: [String]
        do {
            version = try await server.rows("SELECT value FROM keukentafel.meta WHERE key = 'schema'") { try $0.decode(String.self) }
        } catch .server(let detail) {
            // No right to the schema at all: a login that is not one of the team's workers.
            if detail.hasSuffix("[42501]") { throw .notAMember(user: server.address.user) }
            throw .notInitialised(address: server.address.display, detail: detail)
        }
        guard version.first == "\(ServerSchema.version)" else {
            throw .notInitialised(
                address: server.address.display,
                detail: "schema version \(version.first ?? "none"), this program needs \(ServerSchema.version)")
        }
        let kind = try await server.rows("SELECT keukentafel.my_kind()") { try $0.decode(String?.self) }
        guard let k = kind.first ?? nil else { throw .notAMember(user: server.address.user) }
        return k
    }

    // MARK: Destroys

    private func pushDestroys(_ server: ServerConnection, _ key: String, _ state: inout SyncState, _ report: inout SyncReport)
        async throws
    {
        for (seq, family) in try store.destroysLogged(after: state.destroysSeq) {
            let result = try await server.rows("SELECT keukentafel.destroy_family(\(family))") { try $0.decode(String.self) }
            switch result.first {
            case "destroyed": report.destroyedThere.append(family)
            case "absent": break
            case let other: report.destroyRefused[family] = other ?? "no answer"
            }
            try store.recordDestroysPushed(server: key, through: seq)
            state.destroysSeq = seq
        }
    }

    /// Families destroyed on the server leave this laptop too.
    private func dropDestroyed(_ server: ServerConnection, _ report: inout SyncReport) async throws {
        let local = try store.families().map(\.id)
        guard !local.isEmpty else { return }
        let gone = try await server.rows("SELECT family_id FROM keukentafel.destroyed WHERE family_id = ANY(\(local))") {
            try $0.decode(UUID.self)
        }
        for family in gone {
            try store.destroy(family: family, user: user + " (destroyed on the team server)")
            report.droppedHere.append(family)
        }
    }

    // MARK: Pushing

    private func push(_ server: ServerConnection, _ key: String, _ state: SyncState, _ report: inout SyncReport) async throws {
        // Families refused before go whole again: they may have been shared since.
        for family in state.refused.sorted(by: { $0.uuidString < $1.uuidString }) {
            let events = try store.storedEvents(family: family)
            guard !events.isEmpty else { continue }
            try await pushBatch(server, key, events, state, through: nil, &report)
        }
        var after = state.pushedSeq
        while true {
            let batch = try store.storedEvents(after: after, limit: batchSize)
            guard let last = batch.last else { break }
            try await pushBatch(server, key, batch, state, through: last.seq, &report)
            after = last.seq
        }
    }

    /// One push transaction: claims the batch's families the server does not know yet,
    /// then inserts the events of those this login may add to.
    private func pushBatch(
        _ server: ServerConnection, _ key: String, _ batch: [StoredEvent], _ state: SyncState, through: Int64?, _ report: inout SyncReport
    ) async throws {
        let families = Array(Set(batch.map(\.familyID))).sorted { $0.uuidString < $1.uuidString }
        let practice = self.practice
        let device = state.device
        let (claims, inserted) = try await server.transaction { server throws(ServerError) in
            var claims: [UUID: String] = [:]
            for f in families where !state.synced.contains(f) || state.refused.contains(f) {
                claims[f] = try await server.rows("SELECT keukentafel.claim_family(\(f), \(practice))") { try $0.decode(String.self) }.first
            }
            let allowed = batch.filter { e in claims[e.familyID].map { $0 == "created" || $0 == "ok" } ?? true }
            guard !allowed.isEmpty else { return (claims, 0) }
            let query: PostgresQuery = """
                WITH ins AS (
                    INSERT INTO keukentafel.event (id, family_id, session_id, time, author, type, schema_version, payload, pushed_from)
                    SELECT id, family_id, NULLIF(session_id, '')::uuid, time, author, type, schema_version, payload, \(device)
                    FROM unnest(\(allowed.map(\.id))::uuid[], \(allowed.map(\.familyID))::uuid[], \(allowed.map { $0.sessionID?.uuidString ?? "" })::text[],
                                \(allowed.map(\.time))::float8[], \(allowed.map(\.author))::text[], \(allowed.map(\.type))::text[],
                                \(allowed.map(\.schemaVersion))::int8[], \(allowed.map(\.payload))::text[])
                        AS t(id, family_id, session_id, time, author, type, schema_version, payload)
                    ON CONFLICT (id) DO NOTHING
                    RETURNING 1)
                SELECT count(*) FROM ins
                """
            let count = try await server.rows(query) { try $0.decode(Int.self) }.first ?? 0
            return (claims, count)
        }
        report.sent += batch.count
        report.pushed += inserted
        var synced: Set<UUID> = []
        var refused: Set<UUID> = []
        for (f, claim) in claims {
            switch claim {
            // Made here: the server holds only what this laptop sent.
            case "created": synced.insert(f)
            // Already there and open to this login: the pull takes it whole.
            case "ok": break
            default:
                refused.insert(f)
                report.refused[f] = claim
            }
        }
        for e in batch where claims[e.familyID].map({ $0 == "created" || $0 == "ok" }) ?? true { report.pushedFamilies.insert(e.familyID) }
        try store.recordPush(
            server: key, through: through, synced: synced, refused: refused,
            pushed: Set(batch.map(\.familyID)).subtracting(refused), user: user)
        if through == nil {
            // A refused family that is open to this login now: the pull takes it whole.
            for (f, claim) in claims where claim == "ok" { try store.forgetSync(server: key, family: f) }
        }
    }

    // MARK: Pulling

    /// Takes, in one snapshot, the families new to this laptop whole and every other
    /// visible event committed since the last pull; the snapshot's horizon is kept for next time.
    private func pull(_ server: ServerConnection, _ key: String, _ state: SyncState, _ report: inout SyncReport) async throws {
        let device = state.device
        let practice = self.practice
        let (xmin, whole, events) = try await server.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") {
            server throws(ServerError) in
            let xmin =
                try await server.rows("SELECT pg_snapshot_xmin(pg_current_snapshot())::text") { try $0.decode(String.self) }.first ?? "0"
            // The practice store takes practice families only, the real store real ones only.
            let visible = try await server.rows("SELECT family_id FROM keukentafel.family WHERE practice = \(practice)") {
                try $0.decode(UUID.self)
            }
            let whole = Set(visible).subtracting(state.synced)
            let columns = "id, family_id, session_id, time, author, type, schema_version, payload"
            var events: [StoredEvent] = []
            func read(_ row: PostgresRow) throws -> StoredEvent {
                let (id, family, session, time, author, type, version, payload) = try row.decode(
                    (UUID, UUID, UUID?, Double, String, String, Int, String).self)
                return StoredEvent(
                    id: id, familyID: family, sessionID: session, time: time, author: author, type: type, schemaVersion: version,
                    payload: payload)
            }
            if !whole.isEmpty {
                events += try await server.rows(
                    PostgresQuery(
                        unsafeSQL: "SELECT \(columns) FROM keukentafel.event WHERE family_id = ANY($1) ORDER BY seq",
                        binds: Self.binds(Array(whole))), read)
            }
            var binds = PostgresBindings()
            binds.append(state.pulledXmin)
            binds.append(device)
            binds.append(Array(whole))
            binds.append(practice)
            events += try await server.rows(
                PostgresQuery(
                    unsafeSQL: """
                        SELECT \(columns) FROM keukentafel.event
                        WHERE xid >= $1::text::xid8 AND pushed_from IS DISTINCT FROM $2 AND NOT (family_id = ANY($3))
                          AND family_id IN (SELECT family_id FROM keukentafel.family WHERE practice = $4)
                        ORDER BY seq
                        """, binds: binds), read)
            return (xmin, whole, events)
        }
        let outcome = try store.applyPull(server: key, events, user: user)
        try store.recordPull(server: key, xmin: xmin, whole: whole, unreadable: Set(outcome.unreadable.keys))
        report.pulled += outcome.added
        report.pulledFamilies.formUnion(outcome.families)
        report.unreadable.merge(outcome.unreadable) { a, _ in a }
    }

    private static func binds(_ families: [UUID]) -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(families)
        return binds
    }
}
