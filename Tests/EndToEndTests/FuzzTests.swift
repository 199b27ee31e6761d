import Foundation
import TestSupport
import Testing

/// The fuzzer and the kill loop, short, with fixed seeds: the real binary under a
/// pseudo-terminal of the fuzzer's own (`keukentafel-fuzz`, built beside the tests).
/// The long runs are in the README ("Fuzzing and the kill loop").
@Suite("Fuzz and kill loop", .serialized)
struct FuzzTests {
    /// The fuzzer's figures: its last line, `figures: {json}`.
    static func figures(_ output: String) -> [String: Any]? {
        guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix("figures: ") }) else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(line.dropFirst("figures: ".count).utf8)) as? [String: Any]
    }

    static func fuzz(_ arguments: [String]) throws -> (figures: [String: Any], output: String) {
        let fuzzer = BuiltProduct.url("keukentafel-fuzz")
        // A test helper built beside the tests; when it is missing the test fails rather than skips.
        try #require(FileManager.default.isExecutableFile(atPath: fuzzer.path), "keukentafel-fuzz not built at \(fuzzer.path)")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("kt-fuzz-failures-\(UUID().uuidString)").path
        let r = try Subprocess.run(
            [fuzzer.path] + arguments + ["--binary", TmuxSession.binary.path, "--out", out, "--json"])
        let figures = try #require(Self.figures(r.output), "no figures from keukentafel-fuzz:\n\(r.output)")
        // Failures are kept (key file, output, store) for whoever reads the test log; a pass leaves nothing.
        if (figures["failures"] as? [String])?.isEmpty ?? true { try? FileManager.default.removeItem(atPath: out) }
        return (figures, r.output)
    }

    @Test("random keys for about a minute (fixed seeds): no crash, no hang, every store sound")
    func randomKeys() throws {
        // Pastes up to 10 KB, as in the long runs (editing and drawing a long line are linear).
        let (figures, output) = try Self.fuzz(["keys", "--seed", "1", "--runs", "4", "--keys", "6000", "--max-paste", "10000"])
        #expect(figures["crashes"] as? Int == 0, "\(output)")
        #expect(figures["hangs"] as? Int == 0, "\(output)")
        #expect(figures["integrityFailures"] as? Int == 0, "\(output)")
        #expect(figures["runs"] as? Int == 4)
        #expect((figures["keys"] as? Int ?? 0) >= 24_000, "\(output)")
        print(output.split(separator: "\n").last { $0.hasPrefix("fuzz: ") } ?? "")
    }

    @Test("a hand-written key file replays: escapes, a combining mark after the space, bytes that are not UTF-8")
    func replay() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kt-keys-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let keys = """
            # a new family whose name has a backslash, members with a stray combining mark
            setup 80 24 empty nl
            w n
            s 100
            w Gezin \\x5C Vos
            w \\x09
            w Zoë, \u{301}Bram
            w \\x0D
            p 80 25
            w \\x1B[24~
            w \\xFF
            r 100 30
            p 100 31

            """
        try Data(keys.utf8).write(to: file)
        let (figures, output) = try Self.fuzz(["keys", "--replay", file.path])
        #expect(figures["keys"] as? Int == 7, "\(output)")
        #expect(figures["crashes"] as? Int == 0, "\(output)")
        #expect(figures["hangs"] as? Int == 0, "\(output)")
        #expect(figures["integrityFailures"] as? Int == 0, "\(output)")
    }

    @Test("20 kills at random moments of a live session lose no entry the screen showed as saved")
    func kills() throws {
        let (figures, output) = try Self.fuzz(["kills", "--seed", "1", "--kills", "20"])
        #expect(figures["lost"] as? Int == 0, "\(output)")
        #expect(figures["integrityFailures"] as? Int == 0, "\(output)")
        #expect(figures["crashes"] as? Int == 0, "\(output)")
        #expect(figures["stalls"] as? Int == 0, "\(output)")
        #expect(figures["kills"] as? Int == 20)
        // Not vacuous: entries were seen saved before most kills, and each one was looked for.
        #expect((figures["confirmed"] as? Int ?? 0) >= 40, "\(output)")
        #expect((figures["killsAfterEntries"] as? Int ?? 0) >= 12, "\(output)")
        print(output.split(separator: "\n").last { $0.hasPrefix("kills: ") } ?? "")
    }
}
