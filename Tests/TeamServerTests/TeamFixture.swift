import Foundation
import KeukentafelDomain
import KeukentafelStore
import PostgresHarness
import TeamServer

/// One private PostgreSQL for the whole test run (started on first use, stopped at exit);
/// each test gets a database of its own and logins with a prefix of its own, so tests
/// do not see each other.
enum SharedServer {
    nonisolated(unsafe) private static var started: Result<PrivatePostgres, HarnessError>?
    private static let lock = NSLock()

    static func get() throws -> PrivatePostgres {
        try lock.withLock {
            if started == nil {
                do {
                    started = .success(try PrivatePostgres())
                    atexit { SharedServer.stopAtExit() }
                } catch let e as HarnessError {
                    started = .failure(e)
                } catch {
                    started = .failure(HarnessError("\(error)"))
                }
            }
            return try started!.get()
        }
    }

    private static func stopAtExit() {
        if case .success(let server) = started { server.stop(removing: true) }
    }
}

/// A team on its own database: the admin's address, workers made on request, their stores.
final class Team: @unchecked Sendable {
    let server: PrivatePostgres
    let database: String
    let prefix: String
    private var folders: [String] = []

    /// Made by `Team.make()` (initialising the server is async).
    private init(server: PrivatePostgres?) throws {
        self.server = try server ?? SharedServer.get()
        let tag = UUID().uuidString.prefix(8).lowercased()
        database = "t_" + tag
        prefix = "u" + tag + "_"
        try self.server.psql("CREATE DATABASE \(database)", database: "postgres")
    }

    /// A new team database with the schema made by `server init`.
    static func make(server: PrivatePostgres? = nil) async throws -> Team {
        let team = try Team(server: server)
        _ = try await ServerAdmin.initialise(team.admin)
        return team
    }

    deinit { for f in folders { try? FileManager.default.removeItem(atPath: f) } }

    var admin: ServerAddress {
        ServerAddress(host: "127.0.0.1", port: server.port, user: server.adminUser, password: server.adminPassword, database: database)
    }

    /// The login for `name` (prefixed), made with `kind` and `team` if new.
    func member(_ name: String, kind: String = "worker", team: String = "noord", display: String? = nil) async throws -> ServerAddress {
        let role = prefix + name
        let password = "wachtwoord-\(name)-1234"
        _ = try await ServerAdmin.addMember(admin, role: role, kind: kind, team: team, displayName: display ?? name, password: password)
        return ServerAddress(host: "127.0.0.1", port: server.port, user: role, password: password, database: database)
    }

    /// A new empty store in a temporary folder.
    func store() throws -> EventStore {
        let folder = NSTemporaryDirectory() + "kt-team-\(UUID().uuidString)"
        folders.append(folder)
        return try EventStore(directory: folder)
    }

    /// psql as the admin on this team's database.
    func sql(_ text: String) throws -> String { try server.psql(text, database: database) }

    /// psql as a member, with their password.
    func sql(_ text: String, as member: ServerAddress) throws -> String {
        try server.psql(text, user: member.user, password: member.password, database: database)
    }

    /// One whole sync of `store` as `member`.
    @discardableResult
    func sync(_ store: EventStore, as member: ServerAddress, practice: Bool = false) async throws -> SyncReport {
        try await SyncEngine(store: store, practice: practice, user: member.user).sync(member)
    }
}

/// A fictional demo family's events (three sessions), by `worker`.
func demoFamily(worker: String, seed: UInt64 = 7) -> [Event] {
    DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000), worker: worker, seed: seed)
}
