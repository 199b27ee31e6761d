import Foundation
import NIOSSL
import PostgresNIO

/// Why talking to the team server failed, in words a worker can act on. The record on this
/// laptop is never touched by a failure here.
public enum ServerError: Error, Equatable, CustomStringConvertible {
    case badAddress(String)
    /// The server did not answer (down, wrong address, no network).
    case unreachable(address: String, detail: String)
    case loginRefused(address: String, user: String)
    case tls(String)
    /// `server init` has not been run there, or a different Keukentafel made the schema.
    case notInitialised(address: String, detail: String)
    /// The login is not one of the team's workers.
    case notAMember(user: String)
    /// The connection broke in the middle (server restarted, network cut).
    case interrupted(String)
    /// Any other refusal, with the server's words.
    case server(String)

    public var description: String {
        switch self {
        case .badAddress(let d): return "The team server's address is wrong: \(d)."
        case .unreachable(let a, let d):
            return
                "The team server \(a) does not answer (\(d)). Everything stays safe on this laptop; sync again later (`keukentafel sync`)."
        case .loginRefused(let a, let u):
            return "The team server \(a) refused the login of '\(u)': check the password (in the address, PGPASSWORD or the password file)."
        case .tls(let d): return "The secure connection to the team server failed: \(d)."
        case .notInitialised(let a, let d):
            return "The database at \(a) is not a Keukentafel team server (\(d)). Its administrator runs `keukentafel server init` first."
        case .notAMember(let u):
            return "'\(u)' is not a worker on this team server. Its administrator adds you with `keukentafel server add-worker`."
        case .interrupted(let d):
            return
                "The connection to the team server broke off (\(d)). Nothing was lost or doubled: what was not confirmed is sent again at the next sync."
        case .server(let d): return "The team server refused: \(d)."
        }
    }
}

/// One open connection to the team server.
public final class ServerConnection: Sendable {
    let connection: PostgresConnection
    let logger: Logger
    public let address: ServerAddress

    private init(connection: PostgresConnection, logger: Logger, address: ServerAddress) {
        self.connection = connection
        self.logger = logger
        self.address = address
    }

    /// Connects and logs in (TLS as the address asks), or says why not.
    public static func connect(_ address: ServerAddress, timeout: Int64 = 5) async throws(ServerError) -> ServerConnection {
        var logger = Logger(label: "keukentafel.server")
        logger.logLevel = .critical
        let tls: PostgresConnection.Configuration.TLS
        switch address.tls {
        case .disable:
            tls = .disable
        case .require, .verifyFull:
            var config = TLSConfiguration.makeClientConfiguration()
            if address.tls == .require {
                config.certificateVerification = .none
            } else if let root = address.rootCertificate {
                config.trustRoots = .file(root)
            }
            do { tls = .require(try NIOSSLContext(configuration: config)) } catch { throw .tls("\(error)") }
        }
        var configuration = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user, password: address.password, database: address.database,
            tls: tls)
        configuration.options.connectTimeout = .seconds(timeout)
        if address.tls == .verifyFull { configuration.options.tlsServerName = address.host }
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            return ServerConnection(connection: connection, logger: logger, address: address)
        } catch {
            throw map(error, address: address)
        }
    }

    /// Connects, runs `body` on the connection, and closes it whatever `body` did.
    public static func using<T: Sendable>(_ address: ServerAddress, _ body: (ServerConnection) async throws -> T) async throws -> T {
        let server = try await connect(address)
        do {
            let value = try await body(server)
            await server.close()
            return value
        } catch {
            await server.close()
            throw error
        }
    }

    /// Closes the connection (quietly: it may already be gone).
    public func close() async {
        try? await connection.close()
    }

    /// Runs one statement, discarding rows.
    func execute(_ query: PostgresQuery) async throws(ServerError) {
        try checkOpen()
        do {
            _ = try await send(query)
        } catch {
            throw Self.map(error, address: address)
        }
    }

    /// How long a query may go without its first answer: far beyond any real one (a
    /// supervisor's first whole pull), but a sync never hangs for good.
    static let answerDeadline: Duration = .seconds(300)

    /// Sends a query; throws `interrupted` when the connection closes before the answer
    /// starts, or when none starts within `answerDeadline`. Besides `checkOpen`, this covers
    /// a close that lands just as the query is sent (PostgresNIO then never answers). A close
    /// right after a commit's answer may report an interruption for a committed batch: it is
    /// sent again and the server keeps it once.
    private func send(_ query: PostgresQuery) async throws -> PostgresRowSequence {
        let (connection, logger) = (self.connection, self.logger)
        let gate = AnswerGate<PostgresRowSequence>()
        return try await withCheckedThrowingContinuation { continuation in
            gate.arm(continuation)
            // The channel's close answers a query PostgresNIO left waiting (already closed: at once).
            connection.closeFuture.whenComplete { _ in gate.resume(.failure(ServerError.interrupted("the server closed the connection"))) }
            Task {
                do { gate.resume(.success(try await connection.query(query, logger: logger))) } catch { gate.resume(.failure(error)) }
            }
            Task {
                try? await Task.sleep(for: Self.answerDeadline)
                gate.resume(.failure(ServerError.interrupted("no answer within \(Self.answerDeadline)")))
            }
        }
    }

    /// A query sent on a connection the server has already closed (a restart, an
    /// administrator's cut between two queries) got no answer at all from PostgresNIO 1.33.
    private func checkOpen() throws(ServerError) {
        if connection.isClosed { throw .interrupted("the server closed the connection") }
    }

    /// Runs a script of several statements, one by one (the extended protocol takes one at a time).
    func script(_ sql: String) async throws(ServerError) {
        for statement in Self.statements(sql) { try await execute(PostgresQuery(unsafeSQL: statement)) }
    }

    /// The statements of a script: split at `;` outside `$$` bodies and comments.
    static func statements(_ sql: String) -> [String] {
        var out: [String] = []
        var current = ""
        var inBody = false
        for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            let code = line.trimmingCharacters(in: .whitespaces)
            if code.hasPrefix("--") && !inBody { continue }
            current += line + "\n"
            inBody = line.components(separatedBy: "$$").count % 2 == 0 ? !inBody : inBody
            if !inBody && code.hasSuffix(";") {
                out.append(current)
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { out.append(current) }
        return out
    }

    /// Runs one statement and collects its rows (each decoded by `decode`).
    func rows<T>(_ query: PostgresQuery, _ decode: (PostgresRow) throws -> T) async throws(ServerError) -> [T] {
        try checkOpen()
        do {
            var out: [T] = []
            for try await row in try await send(query) { out.append(try decode(row)) }
            return out
        } catch let e as ServerError {
            throw e
        } catch {
            throw Self.map(error, address: address)
        }
    }

    /// Runs `body` in one transaction: committed whole or, on any error, rolled back.
    func transaction<T: Sendable>(
        _ begin: String = "BEGIN", _ body: (ServerConnection) async throws(ServerError) -> T
    ) async throws(ServerError) -> T {
        try await execute(PostgresQuery(unsafeSQL: begin))
        do {
            let value = try await body(self)
            try await execute("COMMIT")
            return value
        } catch {
            try? await execute("ROLLBACK")
            throw error
        }
    }

    /// A PostgresNIO error as a `ServerError`.
    static func map(_ error: any Error, address: ServerAddress) -> ServerError {
        if let e = error as? ServerError { return e }
        guard let e = error as? PSQLError else {
            if error is NIOSSLError || error is BoringSSLError { return .tls("\(error)") }
            if error is IOError || error is ChannelError { return .unreachable(address: address.display, detail: "\(error)") }
            return .server("\(error)")
        }
        let message = e.serverInfo?[.message] ?? ""
        let state = e.serverInfo?[.sqlState] ?? ""
        switch e.code {
        case .server:
            if state == "28P01" || state == "28000" { return .loginRefused(address: address.display, user: address.user) }
            if state == "3D000" { return .notInitialised(address: address.display, detail: message) }
            if state == "57P01" || state == "57P02" || state == "57P03" { return .interrupted(message) }
            return .server(message + (state.isEmpty ? "" : " [\(state)]"))
        case .connectionError:
            let detail = e.underlying.map { "\($0)" } ?? "no connection"
            if let u = e.underlying, u is NIOSSLError || u is BoringSSLError { return .tls(detail) }
            return .unreachable(address: address.display, detail: detail)
        case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
            return .interrupted("\(e.code)")
        case .sslUnsupported:
            return .tls("the server does not offer TLS")
        case .failedToAddSSLHandler:
            // NIOSSL checks a certificate against a host name only: an IP address cannot be verified.
            return .tls("verify-full needs the server's host name as its certificate names it, not an IP address")
        case .authMechanismRequiresPassword, .saslError, .unsupportedAuthMechanism:
            return .loginRefused(address: address.display, user: address.user)
        default:
            return .server("\(e.code) \(message)")
        }
    }
}

/// Hands a query's outcome to its waiter once: the answer or the deadline, whichever comes first.
private final class AnswerGate<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?

    func arm(_ c: CheckedContinuation<T, any Error>) { lock.withLock { continuation = c } }

    func resume(_ result: Result<T, any Error>) {
        let c = lock.withLock {
            defer { continuation = nil }
            return continuation
        }
        c?.resume(with: result)
    }
}
