import Foundation
import Testing

@testable import TeamServer

/// The team server's address: what is read from a URL, and the rule that the record goes
/// over TLS to any server that is not this machine.
@Suite("Server address")
struct ServerAddressTests {
    @Test("a full URL: user, password (percent-decoded), host, port, database, TLS and its root certificate")
    func full() throws {
        let a = try ServerAddress(url: "postgres://marieke:ge%40heim@db.example.org:6543/team?sslmode=verify-full&sslrootcert=/etc/ca.pem")
        #expect(
            a
                == ServerAddress(
                    host: "db.example.org", port: 6543, user: "marieke", password: "ge@heim", database: "team", tls: .verifyFull,
                    rootCertificate: "/etc/ca.pem"))
        #expect(a.key == "marieke@db.example.org:6543/team")
        #expect(!a.display.contains("heim"))
    }

    @Test("loopback is plain by default; any other host is TLS by default, and plain is refused")
    func tlsRule() throws {
        #expect(try ServerAddress(url: "postgresql://w@127.0.0.1/k").tls == .disable)
        #expect(try ServerAddress(url: "postgres://w@localhost/k").tls == .disable)
        #expect(try ServerAddress(url: "postgres://w@db.example.org/k").tls == .verifyFull)
        #expect(try ServerAddress(url: "postgres://w@db.example.org/k?sslmode=require").tls == .require)
        #expect(throws: ServerError.self) { try ServerAddress(url: "postgres://w@db.example.org/k?sslmode=disable") }
        #expect(throws: ServerError.self) { try ServerAddress(url: "postgres://w@10.0.0.5/k?sslmode=disable") }
    }

    @Test("what is missing or wrong is named, and a password never shows in the message")
    func refusals() {
        for (text, words) in [
            ("http://w@h/k", "is not a postgres://"), ("postgres://h/k", "names no user"), ("postgres://w@h", "names no database"),
            ("postgres://w@h/k?sslmode=sometimes", "sslmode 'sometimes'"),
        ] {
            do {
                _ = try ServerAddress(url: text)
                Issue.record("accepted \(text)")
            } catch {
                #expect(error.description.contains(words), "\(error)")
            }
        }
        do {
            _ = try ServerAddress(url: "mysql://w:supersecret@h/k")
            Issue.record("accepted mysql")
        } catch {
            #expect(!error.description.contains("supersecret"))
        }
    }

    @Test("a script splits at semicolons outside $$ bodies and comments")
    func statements() {
        let script = """
            CREATE TABLE a (x int);
            -- a comment; with a semicolon
            CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$
            BEGIN
              RETURN 1;
            END $$;
            SELECT 1
            """
        let parts = ServerConnection.statements(script).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(parts.count == 3)
        #expect(parts[1].hasPrefix("CREATE FUNCTION") && parts[1].contains("RETURN 1;") && parts[1].hasSuffix("END $$;"))
        #expect(parts[2] == "SELECT 1")
    }
}
