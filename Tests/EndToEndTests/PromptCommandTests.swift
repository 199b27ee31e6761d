import Foundation
import TestSupport
import Testing

/// `keukentafel prompts …` and organisation prompt folders, through the real binary.
@Suite("Prompt commands", .serialized)
struct PromptCommandTests {
    static let fixtures = Golden.repositoryRoot.appendingPathComponent("Tests/PromptLibraryTests/Fixtures")

    static func shippedCount(_ language: String) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: Golden.repositoryRoot.appendingPathComponent("Prompts/\(language)").path)
            .filter { $0.hasSuffix(".md") }.count
    }

    /// Runs the binary (or `binary`) in `directory` with a clean environment.
    static func run(_ args: [String], binary: URL = TmuxSession.binary, in directory: URL? = nil) throws -> (status: Int32, output: String)
    {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("kt-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let cd = (directory ?? home).path
        let quoted = ([binary.path] + args).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        // A freshly copied binary can be "busy" for a moment while another test forks
        // (the child briefly holds the copy's write descriptor): wait and try again.
        for _ in 0..<50 {
            let r = try Subprocess.run([
                "env", "-i", "HOME=\(home.path)", "PATH=/usr/bin:/bin", "LANG=C.UTF-8",
                "/bin/sh", "-c", "cd '\(cd)' && \(quoted)",
            ])
            if !(r.status == 126 && r.output.contains("Text file busy")) { return r }
            usleep(100_000)
        }
        throw SubprocessError.spawn(ETXTBSY)
    }

    @Test("prompts list shows every prompt, per phase, in the chosen language")
    func list() throws {
        let r = try Self.run(["prompts", "list", "--lang", "en"])
        #expect(r.status == 0)
        #expect(r.output.hasSuffix("\(try Self.shippedCount("en")) questions\n"))
        #expect(r.output.contains("Goals (goals)"))
        #expect(r.output.contains("  miracle "))
        let goals = try Self.run(["prompts", "list", "--phase", "goals", "--lang", "nl"])
        #expect(goals.output.hasPrefix("Doelen (goals)\n"))
        #expect(!goals.output.contains("(welcome)"))
        let bad = try Self.run(["prompts", "list", "--phase", "dromen"])
        #expect(bad.status != 0)
        #expect(bad.output.contains("unknown phase 'dromen'"))
    }

    @Test("the binary, copied alone to another directory and run from there, still lists all prompts")
    func binaryAlone() throws {
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("kt-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let copy = elsewhere.appendingPathComponent("keukentafel")
        // Copied by `cp`, not in this process: a test forking here meanwhile would take the
        // copy's write descriptor along, and running the copy fails ("Text file busy") until
        // that child has started its program, which a loaded machine can make seconds.
        let copied = try Subprocess.run(["cp", TmuxSession.binary.path, copy.path])
        try #require(copied.status == 0, "\(copied.output)")
        let r = try Self.run(["prompts", "list", "--lang", "nl"], binary: copy, in: elsewhere)
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.hasSuffix("\(try Self.shippedCount("nl")) vragen\n"))
        let check = try Self.run(["prompts", "check"], binary: copy, in: elsewhere)
        #expect(check.status == 0)
        #expect(check.output.contains("0 errors"))
    }

    @Test("an override folder replaces one prompt's wording and adds a new one; both are listed")
    func override() throws {
        let dir = Self.fixtures.appendingPathComponent("override").path
        let r = try Self.run(["prompts", "list", "--lang", "nl", "--prompts", dir])
        #expect(r.status == 0)
        #expect(
            r.output.contains("scaling-question          Schaalvraag (eigen versie)") || r.output.contains("Schaalvraag (eigen versie)"))
        #expect(r.output.contains("huisbezoek-afspraak"))
        #expect(r.output.hasSuffix("\(try Self.shippedCount("nl") + 1) vragen\n"))
        let check = try Self.run(["prompts", "check", dir])
        #expect(check.status == 0)
    }

    @Test(
        "prompts check prints file:line for each kind of error and exits non-zero",
        arguments: [
            ("unknown-phase", "nl/fase.md:4: error: unknown phase 'dromen'"),
            ("duplicate-id", "nl/tweede.md:2: error: duplicate id 'eerste'"),
            ("missing-counterpart", "nl/alleen-nederlands.md:2: error: missing language counterpart"),
            ("missing-field", "nl/zonder-tip.md:7: error: missing required field 'tip'"),
            ("invalid-utf8", "nl/kapot.md:10: error: invalid UTF-8"),
            ("unknown-audience", "nl/kinderen.md:12: error: unknown audience 'kids'"),
        ])
    func check(fixture: String, message: String) throws {
        let dir = Self.fixtures.appendingPathComponent(fixture).path
        let r = try Self.run(["prompts", "check", dir])
        #expect(r.status == 1)
        #expect(r.output.contains(dir + "/" + message), "\(r.output)")
    }

    @Test("prompts check counts and checks the practice files: the observer checklist and the feedback levels")
    func practiceFiles() throws {
        let dir = Self.fixtures.appendingPathComponent("malformed-practice").path
        let r = try Self.run(["prompts", "check", dir])
        #expect(r.status == 1)
        #expect(r.output.contains(dir + "/observer-checklist.md:6: error: unknown figure 'open-vragen'"), "\(r.output)")
        #expect(r.output.contains(dir + "/practice-feedback.md:2: error: 'open-questions': fair (70) is above good (50)"), "\(r.output)")
        #expect(r.output.contains("2 files checked: 2 errors, 0 warnings"), "\(r.output)")
    }

    @Test("a missing folder is a clear error")
    func missingFolder() throws {
        let r = try Self.run(["prompts", "check", "/nonexistent/prompts"])
        #expect(r.status == 2)
        #expect(r.output.contains("/nonexistent/prompts: no such directory"))
    }

    @Test(
        "with a broken organisation folder the app starts on the shipped prompts and says so once",
        .enabled(if: TmuxSession.isAvailable))
    func appStartsWithWarning() throws {
        let dir = Self.fixtures.appendingPathComponent("unknown-phase").path
        let session = try TmuxSession(
            width: 80, height: 24, command: "\"$KT\" --lang nl",
            environment: ["KEUKENTAFEL_PROMPTS": dir])
        defer { session.stop() }
        // Wait for the whole notice: a capture can catch the frame half drawn.
        let screen = try session.waitFor { $0.contains("Vragen van uw organisatie") && $0.contains("1 fout") }
        #expect(screen.contains("1 fout"))
        try session.send("Enter")
        try session.waitFor { !$0.contains("Vragen van uw organisatie") && $0.contains("Nieuw gezin") }
        try session.send("b")
        try session.waitFor("\(try Self.shippedCount("nl")) vragen")
    }
}
