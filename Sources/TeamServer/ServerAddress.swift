import Foundation

/// Where the team server is and how to reach it: a `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`
/// URL with libpq's `sslmode` (`disable`, `require`, `verify-full`) and `sslrootcert` options.
public struct ServerAddress: Equatable, Sendable {
    /// How the connection is protected.
    public enum TLSMode: String, Sendable, Equatable {
        /// Plain: allowed on this machine's loopback only.
        case disable
        /// Encrypted, the server's certificate not checked (as libpq's `require`).
        case require
        /// Encrypted, the certificate checked against `sslrootcert` (or the system's roots) and the host name.
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode
    /// A PEM file of the certificate authority that signed the server's certificate.
    public var rootCertificate: String?

    public init(
        host: String, port: Int = 5432, user: String, password: String? = nil, database: String, tls: TLSMode = .disable,
        rootCertificate: String? = nil
    ) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.tls = tls
        self.rootCertificate = rootCertificate
    }

    /// Reads a URL; the message says what is wrong with it. Without `sslmode`, a loopback
    /// server is reached plainly and any other with `verify-full`.
    public init(url text: String) throws(ServerError) {
        guard let c = URLComponents(string: text.trimmingCharacters(in: .whitespaces)),
            c.scheme == "postgres" || c.scheme == "postgresql"
        else { throw .badAddress("'\(Self.redacted(text))' is not a postgres://USER@HOST/DATABASE address") }
        guard let host = c.host, !host.isEmpty else { throw .badAddress("the address names no host") }
        guard let user = c.percentEncodedUser.flatMap({ $0.removingPercentEncoding }), !user.isEmpty else {
            throw .badAddress("the address names no user (postgres://USER@\(host)/…)")
        }
        let database = String(c.path.drop { $0 == "/" })
        guard !database.isEmpty else { throw .badAddress("the address names no database (…@\(host)/DATABASE)") }
        let options = Dictionary((c.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        let loopback = Self.isLoopback(host)
        var mode: TLSMode = loopback ? .disable : .verifyFull
        if let given = options["sslmode"] {
            switch given {
            case "disable": mode = .disable
            case "require", "prefer", "allow": mode = .require
            case "verify-full", "verify-ca": mode = .verifyFull
            default: throw .badAddress("sslmode '\(given)' is not disable, require or verify-full")
            }
        }
        guard loopback || mode != .disable else {
            throw .badAddress("\(host) is not this machine: the record goes only over TLS (sslmode=verify-full)")
        }
        self.init(
            host: host, port: c.port ?? 5432, user: user, password: c.percentEncodedPassword.flatMap { $0.removingPercentEncoding },
            database: database, tls: mode, rootCertificate: options["sslrootcert"])
    }

    /// What the local store keys its sync state by: the same server and login, whatever the password.
    public var key: String { "\(user)@\(host):\(port)/\(database)" }

    /// The address for messages: never the password.
    public var display: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// The text with any password cut out, for messages.
    static func redacted(_ text: String) -> String {
        guard let at = text.range(of: "@"), let scheme = text.range(of: "://"), scheme.upperBound < at.lowerBound else { return text }
        let credentials = text[scheme.upperBound..<at.lowerBound]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at.lowerBound...])
    }
}
