import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A private PostgreSQL server in a temporary folder on a free loopback port, for the team
/// server's tests and benchmark: `initdb` and `pg_ctl` run as an unprivileged user when the
/// caller is root (PostgreSQL refuses to run as root), SCRAM passwords, stopped by `stop()`.
public final class PrivatePostgres: @unchecked Sendable {
    /// Why no server can be started here (PostgreSQL is not installed), else nil.
    public static let unavailableReason: String? = {
        binDirectory == nil ? "PostgreSQL is not installed here (apt-get install postgresql); the team server's tests are skipped" : nil
    }()

    /// The superuser made by `initdb`; it runs `server init` in tests.
    public let adminUser = "kt_admin"
    public let adminPassword: String
    /// The database the tests use.
    public let database = "keukentafel"
    public let port: Int
    /// The folder holding the data, the socket, the log and the password file.
    public let folder: String
    private let bin: String
    private let owner: String?
    private var running = false

    /// With `tls`, the server's self-signed certificate for `localhost` (also its own root).
    public var certificatePath: String { folder + "/server.crt" }

    /// Starts a new server; `durable: false` turns fsync off (tests: nothing here survives a
    /// power cut anyway); `tls: true` gives it a certificate and `ssl = on` (needs `openssl`).
    public init(durable: Bool = false, tls: Bool = false) throws {
        guard let bin = Self.binDirectory else { throw HarnessError(Self.unavailableReason ?? "no PostgreSQL") }
        self.bin = bin
        owner = getuid() == 0 ? Self.unprivilegedUser() : nil
        var template = Array("/tmp/kt-pg-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw HarnessError("mkdtemp failed") }
        folder = String(cString: made)
        adminPassword = "admin-" + UUID().uuidString.prefix(8)
        port = Self.freePort()
        let pwfile = folder + "/pw"
        try adminPassword.write(toFile: pwfile, atomically: true, encoding: .utf8)
        if tls {
            try Self.run(
                "/usr/bin/openssl",
                [
                    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", folder + "/server.key", "-out", folder + "/server.crt",
                    "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                ])
            chmod(folder + "/server.key", 0o600)
        }
        if let owner { try Self.run("/bin/chown", ["-R", owner, folder]) }
        try runAsOwner(
            bin + "/initdb",
            [
                "-D", folder + "/data", "-U", adminUser, "--auth=scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8", "--no-locale",
                "--no-sync",
            ])
        var conf = "listen_addresses = '127.0.0.1'\nport = \(port)\nunix_socket_directories = '\(folder)'\nmax_connections = 100\n"
        if !durable { conf += "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n" }
        if tls { conf += "ssl = on\nssl_cert_file = '\(folder)/server.crt'\nssl_key_file = '\(folder)/server.key'\n" }
        let confPath = folder + "/data/postgresql.conf"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: confPath))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(conf.utf8))
        try handle.close()
        try start()
        try psql("CREATE DATABASE \(database)", database: "postgres")
    }

    deinit { stop(removing: true) }

    /// `postgres://USER:PASSWORD@127.0.0.1:PORT/keukentafel`.
    public func url(user: String, password: String) -> String {
        "postgres://\(user):\(password)@127.0.0.1:\(port)/\(database)"
    }

    /// The admin's URL.
    public var adminURL: String { url(user: adminUser, password: adminPassword) }

    /// Starts the server (after `stop()` or `kill()`), waiting until it accepts connections.
    public func start() throws {
        try runAsOwner(bin + "/pg_ctl", ["-D", folder + "/data", "-l", folder + "/log", "-w", "-t", "60", "start"])
        running = true
    }

    /// Stops the server (fast shutdown: open connections are cut).
    public func stop(removing: Bool = false) {
        if running {
            _ = try? runAsOwner(bin + "/pg_ctl", ["-D", folder + "/data", "-m", "fast", "-w", "stop"])
            running = false
        }
        if removing { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// Restarts the server, cutting every open connection.
    public func restart() throws {
        stop()
        try start()
    }

    /// Runs SQL through `psql` as `user` (the admin by default) and returns its unaligned output.
    @discardableResult
    public func psql(_ sql: String, user: String? = nil, password: String? = nil, database: String? = nil) throws -> String {
        let psql = FileManager.default.isExecutableFile(atPath: bin + "/psql") ? bin + "/psql" : "/usr/bin/psql"
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = password ?? adminPassword
        environment["PGCONNECT_TIMEOUT"] = "10"
        let result = try Self.run(
            psql,
            [
                "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", "\(port)", "-U", user ?? adminUser, "-d",
                database ?? self.database, "-c", sql,
            ], environment: environment)
        return result
    }

    // MARK: Processes

    private func runAsOwner(_ program: String, _ arguments: [String]) throws {
        if let owner {
            try Self.run("/usr/sbin/runuser", ["-u", owner, "--", program] + arguments)
        } else {
            try Self.run(program, arguments)
        }
    }

    /// Runs a program and waits for it, its output going to a file rather than a pipe:
    /// `pg_ctl start` leaves a server running, which must not hold our end open.
    @discardableResult
    static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil) throws -> String {
        let outputPath = "/tmp/kt-pg-out-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        let env = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for e in env { free(e) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, program, &actions, nil, argv, env)
        guard rc == 0 else { throw HarnessError("cannot start \(program): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exited = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        guard exited == 0 else {
            throw HarnessError(
                "\((program as NSString).lastPathComponent) \(arguments.prefix(4).joined(separator: " ")) failed (\(exited)): \(output)")
        }
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: Finding things

    /// Debian keeps the server programs out of PATH, under /usr/lib/postgresql/VERSION/bin.
    static let binDirectory: String? = {
        let fm = FileManager.default
        var candidates: [String] = []
        if let versions = try? fm.contentsOfDirectory(atPath: "/usr/lib/postgresql") {
            for v in versions.sorted(by: { (Int($0) ?? 0) > (Int($1) ?? 0) }) { candidates.append("/usr/lib/postgresql/\(v)/bin") }
        }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") { candidates.append(String(dir)) }
        return candidates.first { fm.isExecutableFile(atPath: $0 + "/initdb") && fm.isExecutableFile(atPath: $0 + "/pg_ctl") }
    }()

    /// The account the server runs as when we are root: Debian's `postgres`, else `nobody`.
    private static func unprivilegedUser() -> String {
        getpwnam("postgres") != nil ? "postgres" : "nobody"
    }

    /// A port the kernel just gave out (bound to 0 and released).
    private static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// What went wrong starting or driving the private server.
public struct HarnessError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
