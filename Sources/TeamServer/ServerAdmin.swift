import Foundation
import PostgresNIO

/// The administrator's side of the team server: making the schema and the workers' logins.
public enum ServerAdmin {
    /// Creates (or brings up to date) the schema, roles, policies and functions in one
    /// transaction; returns what it did, line by line.
    public static func initialise(_ address: ServerAddress) async throws -> [String] {
        try await ServerConnection.using(address) { server in
            let existed =
                try await server.rows("SELECT to_regclass('keukentafel.event') IS NOT NULL") { try $0.decode(Bool.self) }.first ?? false
            let lines = try await server.transaction { server throws(ServerError) in
                var lines: [String] = []
                for (what, sql) in ServerSchema.statements {
                    try await server.script(sql)
                    lines.append((existed ? "checked: " : "made: ") + what)
                }
                return lines
            }
            return lines + [
                existed
                    ? "The team server at \(address.display) was already set up; it is now at schema version \(ServerSchema.version)."
                    : "The team server at \(address.display) is ready (schema version \(ServerSchema.version)). Add workers with `keukentafel server add-worker`."
            ]
        }
    }

    /// A login role name PostgreSQL takes without quoting: lower-case letters, digits, `_`.
    public static func isValidRoleName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, (1...63).contains(name.utf8.count) else { return false }
        let letters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz_")
        let rest = letters.union(CharacterSet(charactersIn: "0123456789"))
        return letters.contains(first) && name.unicodeScalars.allSatisfy(rest.contains)
    }

    /// Adds a worker (or changes their kind, team, name or password): returns `added` or `changed`.
    public static func addMember(
        _ address: ServerAddress, role: String, kind: String, team: String, displayName: String, password: String?
    ) async throws -> String {
        guard isValidRoleName(role) else {
            throw ServerError.server("'\(role)' is not a usable login name: lower-case letters, digits and _ only, starting with a letter")
        }
        return try await ServerConnection.using(address) { server in
            try await server.transaction { server throws(ServerError) in
                try await server.rows(
                    "SELECT keukentafel.add_member(\(role), \(kind), \(team), \(displayName), \(password))"
                ) { try $0.decode(String.self) }.first ?? "?"
            }
        }
    }

    /// Shares a family with a colleague (by login name or display name); returns the
    /// server's answer: `shared`, `absent`, `no-such-worker`, `not-owner` or `trainee`.
    public static func share(_ address: ServerAddress, family: UUID, with worker: String) async throws -> String {
        try await ServerConnection.using(address) { server in
            try await SyncEngine.checkMember(server)
            let role =
                try await server.rows(
                    "SELECT role_name::text FROM keukentafel.member WHERE role_name = \(worker) OR lower(display_name) = lower(\(worker)) ORDER BY role_name = \(worker) DESC LIMIT 1"
                ) { try $0.decode(String.self) }.first ?? worker
            return try await server.rows("SELECT keukentafel.share_with(\(family), \(role))") { try $0.decode(String.self) }.first ?? "?"
        }
    }
}

/// Runs async work to its end from synchronous code (the command line's `run()`).
public func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        do { box.set(.success(try await body())) } catch { box.set(.failure(error)) }
        done.signal()
    }
    done.wait()
    return try box.get()
}

/// The result handed from the task to the waiting thread.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, any Error>?
    func set(_ r: Result<T, any Error>) { lock.withLock { result = r } }
    func get() throws -> T { try lock.withLock { result! }.get() }
}
