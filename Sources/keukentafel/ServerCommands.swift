import ArgumentParser
import Foundation
import KeukentafelDomain
import KeukentafelStore
import TeamServer

/// Which team server to use: `--server`, `KEUKENTAFEL_SERVER`, or the config file's `server:`
/// line; the password from the address, `--password-file` (or `KEUKENTAFEL_SERVER_PASSWORD_FILE`,
/// or the config file's `server-password-file:`), else `PGPASSWORD`.
struct ServerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The team server: postgres://USER@HOST/DATABASE[?sslmode=verify-full].", valueName: "url"))
    var server: String?

    @Option(name: .customLong("password-file"), help: ArgumentHelp("A file holding the server password.", valueName: "file"))
    var passwordFile: String?

    /// The configured server, or nil when none is (the laptop then works on its own).
    func address(_ environment: [String: String]) throws -> ServerAddress? {
        try Self.resolve(server: server, passwordFile: passwordFile, environment)
    }

    /// As `address`, from the two options' values.
    static func resolve(server: String?, passwordFile: String?, _ environment: [String: String]) throws -> ServerAddress? {
        let config =
            WorkerOptions.configPath(environment).flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }.map(
                WorkerIdentity.parseConfig)
            ?? [:]
        guard let text = [server, environment["KEUKENTAFEL_SERVER"], config["server"]].compactMap({ $0 }).first(where: { !$0.isEmpty })
        else { return nil }
        var address: ServerAddress
        do { address = try ServerAddress(url: text) } catch {
            complain(error.description)
            throw ExitCode(2)
        }
        if address.password == nil {
            let file = [passwordFile, environment["KEUKENTAFEL_SERVER_PASSWORD_FILE"], config["server-password-file"]].compactMap { $0 }
                .first
            if let file {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    complain("Cannot read the password file \(file).")
                    throw ExitCode(2)
                }
                address.password = text.trimmingCharacters(in: .newlines)
            } else if let pg = environment["PGPASSWORD"] {
                address.password = pg
            }
        }
        return address
    }

    /// The configured server; a clear message and status 2 when there is none.
    func required(_ environment: [String: String]) throws -> ServerAddress {
        try Self.required(server: server, passwordFile: passwordFile, environment)
    }

    static func required(server: String?, passwordFile: String?, _ environment: [String: String]) throws -> ServerAddress {
        guard let address = try resolve(server: server, passwordFile: passwordFile, environment) else {
            complain(
                "No team server is configured: give --server postgres://USER@HOST/DATABASE, set KEUKENTAFEL_SERVER, or a `server:` line in the config file."
            )
            throw ExitCode(2)
        }
        return address
    }
}

/// Runs a server action, turning its errors into their message and exit status 4.
func serverAction<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    do { return try runBlocking(body) } catch let e as ServerError {
        complain(e.description)
        throw ExitCode(4)
    } catch let e as StoreError {
        complain(e.description)
        throw ExitCode(3)
    }
}

/// `keukentafel server init|add-worker`: the administrator's commands.
struct ServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server", abstract: "Set up the team server (PostgreSQL) and its workers (for its administrator).",
        subcommands: [ServerInitCommand.self, ServerAddWorkerCommand.self])
}

/// `keukentafel server init --database URL`.
struct ServerInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the schema, roles and row-level security on a PostgreSQL database (idempotent).",
        discussion: "Connect as the database's owner or a superuser. Running it again brings an existing server up to date.")
    @Option(name: .long, help: ArgumentHelp("The database, as the administrator: postgres://ADMIN@HOST/DATABASE.", valueName: "url"))
    var database: String
    @Option(name: .customLong("password-file"), help: ArgumentHelp("A file holding the administrator's password.", valueName: "file"))
    var passwordFile: String?

    func run() throws {
        let address = try ServerOptions.required(server: database, passwordFile: passwordFile, ProcessInfo.processInfo.environment)
        for line in try serverAction({ try await ServerAdmin.initialise(address) }) { print(line) }
    }
}

/// `keukentafel server add-worker ROLE --name NAME --kind KIND --team TEAM --database URL`.
struct ServerAddWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-worker",
        abstract: "Add a worker's login (or change its kind, team, name or password).",
        discussion: "The worker's password is read from --worker-password-file, else asked twice without echo.")
    @Argument(help: "The login name: lower-case letters, digits and _.") var login: String
    @Option(name: .long, help: "The name shown for this worker.") var name: String
    @Option(name: .long, help: "worker, supervisor or trainee.") var kind: String = "worker"
    @Option(name: .long, help: "The team: a supervisor sees the families of their team's workers.") var team: String
    @Option(name: .long, help: ArgumentHelp("The database, as the administrator.", valueName: "url")) var database: String
    @Option(name: .customLong("password-file"), help: ArgumentHelp("A file holding the administrator's password.", valueName: "file"))
    var passwordFile: String?
    @Option(name: .customLong("worker-password-file"), help: ArgumentHelp("A file holding the worker's new password.", valueName: "file"))
    var workerPasswordFile: String?
    @Flag(name: .customLong("keep-password"), help: "Change the rest, keep the worker's password.") var keepPassword = false

    func validate() throws {
        guard ["worker", "supervisor", "trainee"].contains(kind) else {
            throw ValidationError("--kind must be worker, supervisor or trainee, not '\(kind)'.")
        }
        guard ServerAdmin.isValidRoleName(login) else {
            throw ValidationError("'\(login)' is not a usable login: lower-case letters, digits and _, starting with a letter.")
        }
    }

    func run() throws {
        let address = try ServerOptions.required(server: database, passwordFile: passwordFile, ProcessInfo.processInfo.environment)
        var password: String?
        if !keepPassword {
            password = try Passphrase.read(file: workerPasswordFile, confirm: true, language: .en)
            guard (password ?? "").count >= 12 else {
                complain("A worker's password needs at least 12 characters.")
                throw ExitCode(1)
            }
        }
        let (login, kind, team, name, pw) = (login, kind, team, name, password)
        let result = try serverAction {
            try await ServerAdmin.addMember(address, role: login, kind: kind, team: team, displayName: name, password: pw)
        }
        print("\(result == "added" ? "Added" : "Changed") \(login) (\(name)), \(kind) in team \(team).")
    }
}

/// `keukentafel sync [--server URL]`.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Send this laptop's new events to the team server and take those of the families you may see.",
        discussion: "Safe to interrupt: nothing is lost or doubled, and the next sync goes on where this one stopped.")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var serverOptions: ServerOptions
    @Flag(name: .long, help: "Print the result as one JSON object.") var json = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let address = try serverOptions.required(environment)
        let store = try storeOptions.open()
        let engine = SyncEngine(store: store, practice: storeOptions.practice, user: currentUser())
        let report = try serverAction { try await engine.sync(address) }
        if json {
            print(SyncText.json(report))
        } else {
            for line in SyncText.lines(report, address: address) { print(line) }
        }
    }
}

/// `keukentafel share-with FAMILY WORKER`.
struct ShareWithCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share-with",
        abstract: "Let a colleague see a family on the team server (you own it, or supervise its owner).")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var serverOptions: ServerOptions
    @Argument(help: "The family: its whole name or its id.") var family: String
    @Argument(help: "The colleague: their login or their name on the server.") var worker: String

    func run() throws {
        let address = try serverOptions.required(ProcessInfo.processInfo.environment)
        let store = try storeOptions.openForReading()
        let found = try storeAction { () throws(StoreError) in try store.findFamilyExactly(family) }
        let (id, worker) = (found.id, worker)
        let result = try serverAction { try await ServerAdmin.share(address, family: id, with: worker) }
        switch result {
        case "shared": print("\"\(found.name)\" is shared with \(worker); they see it after their next sync.")
        case "absent":
            complain("\"\(found.name)\" is not on the team server yet (or not open to you): `keukentafel sync` first.")
            throw ExitCode(1)
        case "no-such-worker":
            complain("No worker '\(worker)' on the team server.")
            throw ExitCode(1)
        case "not-owner":
            complain("Only the worker who brought \"\(found.name)\" to the server, or their supervisor, can share it.")
            throw ExitCode(1)
        case "trainee":
            complain("A trainee sees practice families only; \"\(found.name)\" is a real family.")
            throw ExitCode(1)
        default:
            complain("The team server answered '\(result)'.")
            throw ExitCode(4)
        }
    }
}

/// How a sync report reads.
enum SyncText {
    static func lines(_ r: SyncReport, address: ServerAddress) -> [String] {
        var lines = [
            "Synced with \(address.display): sent \(r.pushed) new event\(r.pushed == 1 ? "" : "s") of \(r.pushedFamilies.count) famil\(r.pushedFamilies.count == 1 ? "y" : "ies"), received \(r.pulled) of \(r.pulledFamilies.count)."
        ]
        if r.sent > r.pushed { lines.append("(\(r.sent - r.pushed) sent again were already there: nothing doubled.)") }
        for f in r.destroyedThere { lines.append("Destroyed on the server too: \(f.uuidString).") }
        for f in r.droppedHere { lines.append("Destroyed on the server, so removed here: \(f.uuidString).") }
        for (f, why) in r.destroyRefused.sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
            lines.append(
                "Not destroyed on the server (\(why == "not-owner" ? "only its owner or their supervisor may" : why)): \(f.uuidString); it comes back at the next sync."
            )
        }
        for (f, why) in r.refused.sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
            let reason =
                switch why {
                case "not-shared": "it is on the server but not shared with you; ask its owner to `keukentafel share-with` you"
                case "destroyed": "it was destroyed on the server"
                case "trainee": "a trainee's login takes practice families only"
                default: why
                }
            lines.append("Not sent: \(f.uuidString) (\(reason)). It stays safe here.")
        }
        for (f, why) in r.unreadable.sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
            lines.append("Not taken: \(f.uuidString) holds an event this version cannot read (\(why)); update Keukentafel.")
        }
        return lines
    }

    static func json(_ r: SyncReport) -> String {
        func ids(_ s: some Sequence<UUID>) -> [String] { s.map(\.uuidString).sorted() }
        let object: [String: Any] = [
            "sent": r.sent, "pushed": r.pushed, "pushedFamilies": ids(r.pushedFamilies), "pulled": r.pulled,
            "pulledFamilies": ids(r.pulledFamilies), "droppedHere": ids(r.droppedHere), "destroyedThere": ids(r.destroyedThere),
            "refused": Dictionary(uniqueKeysWithValues: r.refused.map { ($0.key.uuidString, $0.value) }),
            "destroyRefused": Dictionary(uniqueKeysWithValues: r.destroyRefused.map { ($0.key.uuidString, $0.value) }),
            "unreadable": Dictionary(uniqueKeysWithValues: r.unreadable.map { ($0.key.uuidString, $0.value) }),
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
