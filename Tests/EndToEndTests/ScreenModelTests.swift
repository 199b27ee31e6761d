import Foundation
import PtyHarness
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The VT model the kill loop reads the screen with: exact on the sequences ncurses sends,
/// and the same screen as tmux (a real terminal) for a real session's output.
@Suite("Screen model")
struct ScreenModelTests {
    func screen(_ columns: Int, _ rows: Int, _ input: String) -> Screen {
        var s = Screen(columns: columns, rows: rows)
        s.feed(Array(input.utf8))
        return s
    }

    @Test("cursor addressing, erasing, repeat and insert/delete characters")
    func basics() {
        #expect(screen(10, 3, "\u{1B}[2;3Hab\u{1B}[1;1Hx").text == "x\n  ab\n")
        #expect(screen(10, 2, "abcdef\u{1B}[1;3H\u{1B}[K").text == "ab\n")
        #expect(screen(10, 1, "a\u{1B}[4b").text == "aaaaa")
        #expect(screen(10, 1, "abcdef\u{1B}[1;2H\u{1B}[2P").text == "adef")
        #expect(screen(10, 1, "abcdef\u{1B}[1;2H\u{1B}[2@").text == "a  bcdef")
        #expect(screen(10, 1, "abcdef\u{1B}[1;2H\u{1B}[3X").text == "a   ef")
        #expect(screen(6, 2, "abcdefgh").text == "abcdef\ngh")
    }

    @Test("wide characters take two cells, combining marks join the one before")
    func wide() {
        #expect(screen(10, 1, "家族x").text == "家族x")
        #expect(screen(10, 1, "家族\u{1B}[1;3Hz").text == "家z")
        #expect(screen(10, 1, "e\u{301}x").text == "e\u{301}x")
        #expect(screen(10, 1, "Zoë").line(0).count == 3)
    }

    @Test("scroll regions, insert and delete lines, the alternate screen, DEC line drawing")
    func regions() {
        #expect(screen(5, 4, "1\r\n2\r\n3\r\n4\u{1B}[2;3r\u{1B}[3;1H\n").text == "1\n3\n\n4")
        #expect(screen(5, 3, "1\r\n2\r\n3\u{1B}[2;1H\u{1B}[L").text == "1\n\n2")
        #expect(screen(5, 3, "1\r\n2\r\n3\u{1B}[1;1H\u{1B}[M").text == "2\n3\n")
        #expect(screen(5, 1, "main\u{1B}[?1049h\u{1B}[Halt").text == "alt")
        #expect(screen(5, 1, "main\u{1B}[?1049h\u{1B}[Halt\u{1B}[?1049l").text == "main")
        #expect(screen(5, 1, "\u{1B}(0lqk\u{1B}(Bq").text == "┌─┐q")
    }

    @Test("a real session's output reads the same as tmux shows it", .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func agreesWithTmux() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("kt-screen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = [
            "HOME": home.path, "PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8", "USER": "Marieke",
            "KEUKENTAFEL_CLOCK": "2026-11-23T14:05",
        ]
        let program = try PtyProcess(
            [TmuxSession.binary.path, "--lang", "nl"], environment: environment, directory: home.path, columns: 100, rows: 30)
        var model = Screen(columns: 100, rows: 30)
        var output: [UInt8] = []
        func waitFor(_ text: String) throws {
            let deadline = Date().addingTimeInterval(10)
            while !model.text.contains(text) {
                try #require(Date() < deadline, "waited for \(text); screen:\n\(model.text)")
                if let bytes = program.read(timeoutMilliseconds: 50) {
                    output += bytes
                    model.feed(bytes)
                }
            }
        }
        func send(_ s: String) { _ = program.writeSome(ArraySlice(Array(s.utf8))) }
        try waitFor("Nog geen gezinnen")
        send("n")
        try waitFor("Naam of schuilnaam")
        send("Gezin Vos\tIris, Zoë, Bram (9)\r")
        try waitFor("Wie is er bij?")
        send("\r")
        try waitFor("Aanwezig")
        send("\u{1B}1")
        send("Het ontbijt ging één keer goed, 家族 zei ja.\r")
        try waitFor("“Het ontbijt")
        send("\u{1B}[24~")
        try waitFor("[genogram]")
        send("Jet, 68, woont in Kranenmeer\r")
        try waitFor("Jet 68")
        send("\u{1B}")
        usleep(100_000)
        send("\u{1B}0Een notitie die lang genoeg is om te laten zien hoe de regel verder loopt dan het venster breed is, ook met ë.")
        try waitFor("ook met ë.")
        // Everything drawn so far, then the same bytes through tmux.
        _ = program.read(timeoutMilliseconds: 300).map {
            output += $0
            model.feed($0)
        }
        program.signal(SIGKILL)
        program.reap(wait: true)

        let file = home.appendingPathComponent("output.bin")
        try Data(output).write(to: file)
        // Raw output, as the program's terminal passed it on: no newline translation.
        let tmux = try TmuxSession(width: 100, height: 30, command: "stty -opost; cat \(file.path); sleep 60")
        defer { tmux.stop() }
        let shown = try tmux.waitFor { $0.contains("ook met ë.") }
        let theirs = shown.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
        let ours = model.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for row in 0..<30 {
            let a = row < theirs.count ? theirs[row] : ""
            #expect(ours[row] == a, "row \(row)\nmodel: \(ours[row])\ntmux:  \(a)")
        }
    }
}
