import Foundation
import TestSupport
import Testing

/// Sharing through the real binary: encrypted bundles round-trip byte for byte, every
/// damaged or wrongly opened bundle imports nothing, and the access log shows what
/// happened, by whom, in order.
@Suite("Sharing commands", .serialized)
struct SharingCommandTests {
    /// A temporary HOME (with the worker's config file) holding stores and files.
    final class Home {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kt-share-\(UUID().uuidString)")
        init() throws {
            let config = url.appendingPathComponent(".config/keukentafel")
            try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
            try Data("name: Marieke de Boer\nrole: worker\n".utf8).write(to: config.appendingPathComponent("config"))
            try Data("kaas en brood op de keukentafel\n".utf8).write(to: url.appendingPathComponent("pass"))
            try Data("boter en jam op de keukentafel\n".utf8).write(to: url.appendingPathComponent("wrong"))
        }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    static func run(_ args: [String], home: Home) throws -> (status: Int32, output: String) {
        try Subprocess.run(
            ["env", "-i", "HOME=\(home.url.path)", "USER=werker", "PATH=/usr/bin:/bin", "LANG=C.UTF-8", TmuxSession.binary.path] + args)
    }

    static func families(_ store: String, _ home: Home) throws -> String {
        try run(["families", "--json", "--store", store], home: home).output
    }

    static func ids(_ store: String, _ home: Home) throws -> [String] {
        let list = try JSONSerialization.jsonObject(with: Data(families(store, home).utf8)) as? [[String: Any]] ?? []
        return list.compactMap { $0["id"] as? String }.sorted()
    }

    /// Two fictional families in `store`.
    static func twoFamilies(_ home: Home, store: String) throws -> [String] {
        for _ in 0..<2 { #expect(try run(["demo", "--no-open", "--store", store], home: home).status == 0) }
        let ids = try ids(store, home)
        #expect(ids.count == 2)
        return ids
    }

    @Test("1: share two families, import into a fresh store: the JSON exports are byte-identical to the originals")
    func roundTrip() throws {
        let home = try Home()
        let (a, b) = (home.path("a"), home.path("b"))
        let ids = try Self.twoFamilies(home, store: a)
        let bundle = home.path("overdracht.ktb")
        let shared = try Self.run(["share"] + ids + ["-o", bundle, "--passphrase-file", home.path("pass"), "--store", a], home: home)
        #expect(shared.status == 0, "\(shared.output)")
        #expect(shared.output.contains("2 families encrypted"))
        let mode = try FileManager.default.attributesOfItem(atPath: bundle)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let imported = try Self.run(["import", bundle, "--passphrase-file", home.path("pass"), "--store", b], home: home)
        #expect(imported.status == 0, "\(imported.output)")
        #expect(try Self.ids(b, home) == ids)
        for id in ids {
            let original = try Self.run(["export", id, "--store", a], home: home)
            let copy = try Self.run(["export", id, "--store", b], home: home)
            #expect(original.status == 0 && copy.status == 0)
            #expect(original.output == copy.output, "family \(id) round-trips byte for byte")
            #expect(original.output.contains("Sandra"))
        }
        // Importing the same bundle again imports nothing (the families are there).
        let again = try Self.run(["import", bundle, "--passphrase-file", home.path("pass"), "--store", b], home: home)
        #expect(again.status == 3 && again.output.contains("already in this store"))
        // A bundle is never written over a file without --force, nor to the terminal.
        let twice = try Self.run(["share", ids[0], "-o", bundle, "--passphrase-file", home.path("pass"), "--store", a], home: home)
        #expect(twice.status == 1 && twice.output.contains("already exists"))
        #expect(try Self.run(["share", ids[0], "--passphrase-file", home.path("pass"), "--store", a], home: home).status != 0)
    }

    @Test("2: a wrong passphrase, a flipped byte anywhere, a file cut short each refuse, exit non-zero and import nothing")
    func refusals() throws {
        let home = try Home()
        let (a, c) = (home.path("a"), home.path("c"))
        let ids = try Self.twoFamilies(home, store: a)
        let bundle = home.path("x.ktb")
        #expect(
            try Self.run(["share"] + ids + ["-o", bundle, "--passphrase-file", home.path("pass"), "--store", a], home: home).status == 0)
        let file = try Data(contentsOf: URL(fileURLWithPath: bundle))

        // No name and no word of the families is in the file (grep -a).
        let export = try Self.run(["export", ids[0], "--store", a], home: home).output
        let json = try JSONSerialization.jsonObject(with: Data(export.utf8)) as? [String: Any]
        var words: Set<String> = ["Jansen", "Sandra", "Karim", "Zoë", "Milan"]
        for event in json?["events"] as? [[String: Any]] ?? [] {
            for value in (event["payload"] as? [String: Any] ?? [:]).values {
                guard let text = value as? String else { continue }
                for w in text.split(whereSeparator: { !$0.isLetter }) where w.count >= 5 { words.insert(String(w)) }
            }
        }
        #expect(words.count > 20)
        for word in words {
            let grep = try Subprocess.run(["grep", "-a", "-c", "-F", word, bundle])
            #expect(grep.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "\(word) is readable in the bundle")
        }

        // A store with a family of its own, which must stay exactly as it is.
        #expect(try Self.run(["demo", "--no-open", "--store", c], home: home).status == 0)
        let before = try Self.families(c, home)
        func refused(_ data: Data, _ passphrase: String = "pass", says: String) throws {
            let path = home.path("try.ktb")
            try data.write(to: URL(fileURLWithPath: path))
            let r = try Self.run(["import", path, "--passphrase-file", home.path(passphrase), "--store", c], home: home)
            #expect(r.status != 0, "\(says): \(r.output)")
            #expect(r.output.contains(says) && r.output.contains("Nothing was imported"), "\(r.output)")
            #expect(try Self.families(c, home) == before)
        }
        try refused(file, "wrong", says: "wrong passphrase, or the file was changed")
        let header = 57
        // Magic, version, KDF parameter, salt, cipher, nonce, length, ciphertext (start, middle), tag.
        let flips: [(Int, String)] = [
            (0, "not a Keukentafel bundle"), (9, "bundle version 0 is unknown"), (11, "wrong passphrase, or the file was changed"),
            (25, "wrong passphrase, or the file was changed"), (36, "names an encryption"),
            (40, "wrong passphrase, or the file was changed"), (55, "the file"),
            (header, "wrong passphrase, or the file was changed"), (file.count / 2, "wrong passphrase, or the file was changed"),
            (file.count - 1, "wrong passphrase, or the file was changed"),
        ]
        for (at, message) in flips {
            var changed = file
            changed[at] ^= at == 9 ? 0x01 : 0x10
            try refused(changed, says: message)
        }
        for length in [5, 30, header + 20, file.count / 2, file.count - 1] {
            try refused(file.prefix(length), says: "cut short")
        }
    }

    @Test("4: log shows the open, export, share, search and destroy of a run, in order, with the worker's name")
    func accessLog() throws {
        let home = try Home()
        let store = home.path("store")
        let config = home.url.appendingPathComponent(".config").path
        // The screen opens a family, the way a worker does it: the home screen, o, Enter.
        let session = try TmuxSession(
            width: 100, height: 30,
            command:
                "\"$KT\" demo --no-open --store '\(store)' >/dev/null && XDG_CONFIG_HOME='\(config)' \"$KT\" --lang nl --store '\(store)'")
        defer { session.stop() }
        try session.waitFor("Gezin Jansen (demo)", timeout: 30)
        try session.send("o")
        try session.waitFor("Gezin openen")
        try session.send("Enter")
        func log() throws -> [[String: Any]] {
            let r = try Self.run(["log", "--json", "--store", store], home: home)
            return try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [[String: Any]] ?? []
        }
        _ = try session.waitFor(timeout: 10) { _ in (try? log().count) == 1 }
        session.stop()
        // The screen has let go of the store once an export can open it.
        let deadline = Date().addingTimeInterval(10)
        var exported = try Self.run(["export", "jansen", "-o", home.path("e.json"), "--store", store], home: home)
        while exported.status != 0 && Date() < deadline {
            usleep(200_000)
            exported = try Self.run(["export", "jansen", "-o", home.path("e.json"), "--store", store], home: home)
        }
        #expect(exported.status == 0, "\(exported.output)")
        let share = ["share", "jansen", "-o", home.path("s.ktb"), "--passphrase-file", home.path("pass"), "--store", store]
        #expect(try Self.run(share, home: home).status == 0)
        #expect(try Self.run(["search", "ontbijt", "--store", store], home: home).status == 0)
        #expect(try Self.run(["destroy", "Gezin Jansen (demo)", "--yes", "--store", store], home: home).status == 0)

        let lines = try log()
        #expect(lines.map { $0["action"] as? String } == ["open", "export", "share", "search", "destroy"])
        #expect(lines.allSatisfy { $0["user"] as? String == "Marieke de Boer" })
        let family = try #require(lines.first?["family"] as? String)
        #expect(lines.allSatisfy { $0["family"] as? String == family && $0["familyName"] is NSNull })
        let times = lines.compactMap { $0["time"] as? String }
        #expect(times == times.sorted())

        // Readable too, and for one family by its id after the destroy; the name is gone.
        let text = try Self.run(["log", "--family", String(family.prefix(8)), "--lang", "nl", "--store", store], home: home)
        #expect(text.status == 0, "\(text.output)")
        #expect(text.output.split(separator: "\n").count == 5)
        #expect(text.output.contains("Marieke de Boer") && text.output.contains("(vernietigd)") && !text.output.contains("Jansen"))
        let later = try Self.run(["log", "--since", "2999-01-01", "--json", "--store", store], home: home)
        #expect(later.output.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]" || later.output.contains("[]"))
    }

    @Test("the passphrase is asked twice on the terminal without echo, and the echo is back after")
    func passphraseOnTerminal() throws {
        let home = try Home()
        let store = home.path("store")
        let bundle = home.path("t.ktb")
        let session = try TmuxSession(
            width: 100, height: 20,
            command:
                "\"$KT\" demo --no-open --store '\(store)' >/dev/null; \"$KT\" share jansen -o '\(bundle)' --store '\(store)' --lang nl; stty -a | grep -o ' -*echo ' | head -1; sleep 60"
        )
        defer { session.stop() }
        try session.waitFor("Wachtzin:", timeout: 30)
        try session.type("kaas en brood op de keukentafel")
        try session.send("Enter")
        try session.waitFor("Nog een keer:")
        try session.type("kaas en brood op de keukentafel")
        try session.send("Enter")
        let screen = try session.waitFor(timeout: 30) { $0.contains("versleuteld in") && $0.contains(" echo") }
        #expect(!screen.contains("kaas") && !screen.contains("-echo"), "\(screen)")
        let imported = try Self.run(["import", bundle, "--passphrase-file", home.path("pass"), "--store", home.path("b")], home: home)
        #expect(imported.status == 0, "\(imported.output)")
    }

    @Test("retention lists a family past the term with the next steps, and none within it")
    func retention() throws {
        let home = try Home()
        let store = home.path("store")
        #expect(try Self.run(["demo", "--no-open", "--store", store], home: home).status == 0)
        let none = try Self.run(["retention", "--store", store], home: home)
        #expect(none.status == 0 && none.output.contains("No families"), "\(none.output)")
        // An old record, as an export from long ago would bring it back.
        let export = try Self.run(["export", "jansen", "--store", store], home: home).output
        var json = try #require(try JSONSerialization.jsonObject(with: Data(export.utf8)) as? [String: Any])
        let old = UUID().uuidString
        json["family"] = old
        json["events"] = (json["events"] as? [[String: Any]] ?? []).map { e -> [String: Any] in
            var e = e
            e["familyID"] = old
            e["id"] = UUID().uuidString
            e["time"] = -200_000_000.0  // 1994
            return e
        }
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: home.path("old.json")))
        #expect(try Self.run(["import", home.path("old.json"), "--store", store], home: home).status == 0)
        let due = try Self.run(["retention", "--years", "20", "--store", store], home: home)
        #expect(due.output.contains("1 family past the retention term of 20 years"), "\(due.output)")
        #expect(due.output.contains("keukentafel export \(old)") && due.output.contains("keukentafel destroy \(old)"))
        #expect(try Self.run(["retention", "--years", "40", "--store", store], home: home).output.contains("No families"))
    }
}
