import ArgumentParser
import Foundation
import PtyHarness

#if canImport(Glibc)
    import Glibc
#endif

struct Kills: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kills",
        abstract: "SIGKILL at random moments of a scripted session; every entry the screen showed as saved must be in the store.",
        discussion: """
            Each round starts keukentafel (--lang nl, 120×40) on a store kept for --kills-per-store rounds,
            creates a fictional family or opens one, and records quotes, notes, pasted words and quick-entry
            people, each with a token of its own. The screen is read through the terminal (a small VT model).
            At a random moment (during start-up, while typing, or just after an Enter) the program gets
            SIGKILL. Then every token the screen had shown as saved (its quote “TOKEN, or notitie: TOKEN,
            in the transcript with ✓ bewaard in the header; a person's "Name age" on the genogram; the
            presence screen after a new family) must be in the store, and PRAGMA integrity_check must be ok.
            """)

    @Option(help: "The seed.") var seed: UInt64 = 1
    @Option(help: "How many kills.") var kills = 20
    @Option(help: "Rounds on one store before a fresh one.") var killsPerStore = 25
    @Option(help: "Seconds a screen may take to show what the script waits for.") var hangSeconds = 10.0
    @Option(help: "Where failures are kept.") var out = "fuzz-failures"
    @Option(help: "The keukentafel binary (default: beside this one, or KEUKENTAFEL_BINARY).") var binary: String?
    @Flag(help: "Print the figures as JSON too.") var json = false

    func run() throws {
        let path = FuzzCommand.binary(binary)
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw ValidationError("no keukentafel at \(path); build it (swift build) or pass --binary")
        }
        let loop = KillLoop(
            binary: path, seed: seed, kills: kills, killsPerStore: killsPerStore, hangLimit: hangSeconds,
            out: URL(fileURLWithPath: out))
        let figures = loop.run()
        FuzzCommand.printFigures(figures, "kills: " + figures.summary, json: json)
        if !figures.failures.isEmpty { throw ExitCode(1) }
    }
}

struct KillFigures: Codable {
    var kills = 0
    /// Entries the screen showed as saved before a kill, each checked in the store after it.
    var confirmed = 0
    var confirmedQuotes = 0
    var confirmedNotes = 0
    var confirmedPeople = 0
    var confirmedFamilies = 0
    /// Confirmed entries missing from the store after a kill: must be 0.
    var lost = 0
    /// Entered (Enter pressed) but killed before the screen said saved; found or not, both are fine.
    var unconfirmed = 0
    var unconfirmedFound = 0
    /// Kills that came after at least one confirmed entry of that round.
    var killsAfterEntries = 0
    var integrityFailures = 0
    /// The program ended before the kill.
    var crashes = 0
    /// The screen did not show what the script waited for in time.
    var stalls = 0
    var seconds = 0.0
    var failures: [String] = []

    var summary: String {
        "\(kills) kills (\(killsAfterEntries) after a saved entry of their round), \(confirmed) entries shown as saved "
            + "(\(confirmedQuotes) quotes, \(confirmedNotes) notes, \(confirmedPeople) people, \(confirmedFamilies) families), "
            + "\(lost) lost, \(unconfirmed) entered but not yet shown as saved (\(unconfirmedFound) of them in the store), "
            + "\(integrityFailures) integrity failures, \(crashes) crashes, \(stalls) stalls, " + String(format: "%.0f s", seconds)
    }
}

/// The SIGKILL loop through the real full-screen program.
final class KillLoop {
    enum Kind: String { case quote, note, person, family }

    /// Something entered, and how the screen shows it once saved.
    struct Entry {
        var kind: Kind
        var token: String
        /// What the store must hold verbatim: the whole sentence, the name.
        var words: String
        /// Text that appears on screen only once the entry is in the store.
        var shownAsSaved: [String]
        /// Quick entry: the input row as it reads with the whole line typed. The line empties
        /// only once its entry is saved, so the row showing it and later not is a sign too.
        var typedLine: String? = nil
        /// The visit to quick entry it was typed in: an empty line in a later visit says nothing.
        var visit = 0
        /// The row showed the whole typed line after Enter was pressed.
        var lineShown = false

        /// The row that shows the entry as saved, or nil; notes when the typed line showed.
        mutating func shownAsSaved(on rows: [String], visit current: Int) -> String? {
            let shown = rows.first { row in shownAsSaved.contains(where: row.contains) }
            switch kind {
            case .family:
                return shown
            case .quote, .note:
                // The family's words need the header's saved mark too, as a person reads it.
                return rows[0].contains("✓ bewaard") ? shown : nil
            case .person:
                if let shown { return shown }
                // A genogram too full to show the name: the quick-entry line emptied instead.
                // The screen may lag behind the keys, so the line must first have shown whole.
                guard let typedLine, visit == current else { return nil }
                if rows.contains(where: { $0.contains(typedLine) }) {
                    lineShown = true
                    return nil
                }
                guard lineShown, rows[0].contains("✓ bewaard") else { return nil }
                let label = String(typedLine.prefix { $0 != "▸" }) + "▸"
                return rows.first { $0.contains(label) && !$0.contains(token) }
            }
        }
    }

    let binary: String
    let seed: UInt64
    let kills: Int
    let killsPerStore: Int
    let hangLimit: TimeInterval
    let out: URL
    var random: SeededRandom
    var figures = KillFigures()

    private var home = ""
    private var storeNumber = 0
    /// Entries shown as saved on this store: checked after every later kill too.
    private var confirmed: [Entry] = []
    /// Entered in this round, not yet shown as saved.
    private var pending: [Entry] = []
    private var child: Child?
    private var deadline = Date.distantFuture
    private var killAfterEnter: (count: Int, delay: TimeInterval)?
    private var enters = 0
    private var round = 0
    private var counter = 0
    private var log: [String] = []

    init(binary: String, seed: UInt64, kills: Int, killsPerStore: Int, hangLimit: TimeInterval, out: URL) {
        self.binary = binary
        self.seed = seed
        self.kills = kills
        self.killsPerStore = killsPerStore
        self.hangLimit = hangLimit
        self.out = out
        random = SeededRandom(seed: seed)
    }

    /// The kill: the script stops wherever it was.
    struct KillNow: Error {}
    /// The program ended by itself, or the screen never showed what was waited for.
    struct Trouble: Error { var what: String }

    func run() -> KillFigures {
        let start = Date()
        for r in 0..<kills {
            round = r
            if r % killsPerStore == 0 { newStore() }
            oneRound()
            if (r + 1) % 50 == 0 || r + 1 == kills {
                say(
                    "kill \(r + 1)/\(kills): \(figures.confirmed) shown as saved, \(figures.lost) lost, "
                        + String(format: "%.0f s", Date().timeIntervalSince(start)))
            }
        }
        if figures.failures.isEmpty { try? FileManager.default.removeItem(atPath: home) }
        figures.seconds = Date().timeIntervalSince(start)
        return figures
    }

    private func newStore() {
        if !home.isEmpty && figures.failures.isEmpty { try? FileManager.default.removeItem(atPath: home) }
        storeNumber += 1
        home = FileManager.default.temporaryDirectory.appendingPathComponent("kt-kills-\(getpid())-\(storeNumber)").path
        try? FileManager.default.removeItem(atPath: home)
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        confirmed = []
    }

    // MARK: One round

    private func oneRound() {
        pending = []
        lastChild = nil
        lastScreen = ""
        enters = 0
        killAfterEnter = nil
        log = ["round \(round), store \(storeNumber)"]
        // When to kill: during start-up, at any moment of the session, or just after an Enter
        // (while the entry is being committed).
        switch random.weighted([15, 45, 40]) {
        case 0: deadline = Date().addingTimeInterval(Double.random(in: 0...0.8, using: &random))
        case 1: deadline = Date().addingTimeInterval(Double.random(in: 0.5...8, using: &random))
        default:
            deadline = .distantFuture
            killAfterEnter = (Int.random(in: 1...8, using: &random), Double.random(in: 0...0.025, using: &random))
        }
        var crashed: Termination?
        do {
            let c = try Child(binary: binary, arguments: ["--lang", "nl"], home: home, columns: 120, rows: 40, readScreen: true)
            child = c
            c.onScreenChange = { [unowned self] screen in observe(screen) }
            try script()
        } catch is KillNow {
        } catch let trouble as Trouble {
            if let t = child?.termination {
                crashed = t
            } else {
                figures.stalls += 1
                log.append("stalled: \(trouble.what)")
                record(failure: "stall", trouble.what)
            }
        } catch {
            record(failure: "setup", "\(error)")
        }
        guard let c = child else { return }
        lastChild = c
        if crashed == nil, let t = c.termination { crashed = t }
        if let crashed {
            figures.crashes += 1
            record(failure: "crash", "the program ended before the kill: \(crashed)")
        } else {
            _ = c.killNow()
        }
        figures.kills += 1
        // Output written before the kill was on the screen: it counts.
        if let screen = c.screen { observe(screen) }
        child = nil
        check()
    }

    /// After the kill: every entry shown as saved is in the store, and the store is sound.
    private func check() {
        let problems = StoreCheck.problems(under: home)
        if !problems.isEmpty {
            figures.integrityFailures += 1
            record(failure: "integrity", problems.joined(separator: "\n"))
        }
        let contents = StoreCheck.storeDirectories(under: home).compactMap { try? StoreCheck.contents(of: $0) }.joined()
        // Verbatim: the whole sentence, not only its token.
        let lost = confirmed.filter { !contents.contains($0.words) }
        if !lost.isEmpty {
            figures.lost += lost.count
            record(
                failure: "lost",
                "shown as saved, missing after the kill: " + lost.map { "\($0.kind.rawValue) \($0.token)" }.joined(separator: ", "))
            confirmed.removeAll { e in lost.contains { $0.token == e.token } }
        }
        figures.unconfirmed += pending.count
        figures.unconfirmedFound += pending.filter { contents.contains($0.words) }.count
        // What is in the store stays there: later rounds check these too.
        for e in pending where contents.contains(e.words) { confirmed.append(e) }
    }

    /// Moves every pending entry the screen now shows as saved to the confirmed ones.
    private func observe(_ screen: Screen) {
        guard !pending.isEmpty else { return }
        let rows = (0..<screen.rows).map(screen.line)
        var seen: [(Entry, String)] = []
        for i in pending.indices {
            if let row = pending[i].shownAsSaved(on: rows, visit: quickEntryVisit) { seen.append((pending[i], row)) }
        }
        guard !seen.isEmpty else { return }
        lastScreen = screen.text
        let afterEntries = figures.confirmed
        for (e, row) in seen {
            confirmed.append(e)
            figures.confirmed += 1
            switch e.kind {
            case .quote: figures.confirmedQuotes += 1
            case .note: figures.confirmedNotes += 1
            case .person: figures.confirmedPeople += 1
            case .family: figures.confirmedFamilies += 1
            }
            log.append("shown as saved: \(e.kind.rawValue) \(e.token), on the row: \(row.trimmingCharacters(in: .whitespaces))")
        }
        pending.removeAll { p in seen.contains { $0.0.token == p.token } }
        if roundHadEntry == false && afterEntries < figures.confirmed {
            roundHadEntry = true
            figures.killsAfterEntries += 1
        }
    }
    private var roundHadEntry = false
    /// For the report: the last program of the round and the screen when an entry last showed as saved.
    private var lastChild: Child?
    private var lastScreen = ""
    /// Counts F12 presses: see `Entry.visit`.
    private var quickEntryVisit = 0

    // MARK: The script

    private func script() throws {
        roundHadEntry = false
        try waitFor("het beginscherm") { $0.contains("Nog geen gezinnen") || $0.contains("in deze opslag") }
        let home = child?.screen?.text ?? ""
        if home.contains("Nog geen gezinnen") || random.chance(0.25) {
            try newFamily()
        } else {
            try openFamily()
        }
        for _ in 0..<Int.random(in: 3...14, using: &random) {
            switch random.weighted([50, 15, 20, 10, 5]) {
            case 0: try quote()
            case 1: try note()
            case 2: try quickEntry()
            case 3: try pasteQuote()
            default: try pause(Double.random(in: 0.05...0.6, using: &random))
            }
        }
        // Nothing left to do before the kill: idle on the live screen until it comes.
        if deadline == .distantFuture { deadline = Date().addingTimeInterval(Double.random(in: 0...0.5, using: &random)) }
        try pause(deadline.timeIntervalSinceNow)
    }

    private func newFamily() throws {
        try key("n")
        try waitFor("het formulier voor een nieuw gezin") { $0.contains("Naam of schuilnaam") }
        let token = nextToken(letters: true)
        let name = "Gezin \(token)"
        try type(name)
        try key("\t")
        try type("Iris, Bram, Noor (9)")
        try enter(Entry(kind: .family, token: token, words: name, shownAsSaved: ["Wie is er bij?"]))
        try waitFor("wie er bij is") { $0.contains("Wie is er bij?") }
        try key("\r")
        try waitForSession()
    }

    private func openFamily() throws {
        try key("o")
        try waitFor("de lijst van gezinnen") { $0.contains("Gezin openen") }
        try key("\r")
        try waitFor("wie er bij is, of het gesprek") { $0.contains("Wie is er bij?") || Self.isSession($0) }
        if child?.screen?.text.contains("Wie is er bij?") == true {
            try key("\r")
        }
        try waitForSession()
    }

    static func isSession(_ text: String) -> Bool { text.contains("gesprek") && text.contains("Aanwezig") }

    private func waitForSession() throws { try waitFor("het gesprek") { Self.isSession($0) } }

    /// Fictional words, with Dutch diacritics (one cell each, as the screen model counts).
    static let words = [
        "het", "ontbijt", "ging", "goed", "vandaag", "Zoë", "zei", "dat", "ze", "blij", "was", "café", "we", "wilden", "samen",
        "koken", "één", "keer", "per", "week", "geïnteresseerd", "naar", "school", "oma", "komt", "zondag", "ideeën",
    ]

    private func sentence(_ token: String) -> String {
        ([token] + (0..<Int.random(in: 2...7, using: &random)).map { _ in random.pick(Self.words) }).joined(separator: " ")
    }

    private func quote() throws {
        try key("\u{1B}\(Int.random(in: 1...3, using: &random))")  // Alt-1 … Alt-3: who speaks
        if random.chance(0.2) { try key("\u{1B}" + random.pick(["e", "g", "s", "m", "a"])) }  // a tag
        let token = nextToken(letters: false)
        let words = sentence(token)
        try type(words)
        try enter(Entry(kind: .quote, token: token, words: words, shownAsSaved: ["“" + token]))
        try maybeWaitForSaved(token)
    }

    private func note() throws {
        try key("\u{1B}0")  // Alt-0: the worker's note
        let token = nextToken(letters: false)
        let words = sentence(token)
        try type(words)
        // A second Alt-0 (the worker's words aloud) shows quoted: either way it is the same entry.
        try enter(Entry(kind: .note, token: token, words: words, shownAsSaved: ["notitie: " + token, "“" + token]))
        try maybeWaitForSaved(token)
    }

    private func pasteQuote() throws {
        try key("\u{1B}\(Int.random(in: 1...3, using: &random))")
        let token = nextToken(letters: false)
        let words = sentence(token)
        try key("\u{1B}[200~" + words + "\u{1B}[201~")
        try enter(Entry(kind: .quote, token: token, words: words, shownAsSaved: ["“" + token]))
        try maybeWaitForSaved(token)
    }

    private func quickEntry() throws {
        quickEntryVisit += 1
        try key("\u{1B}[24~")  // F12
        try waitFor("snelle invoer") { $0.contains("[genogram]") }
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let name = nextToken(letters: true)
            let age = Int.random(in: 2...90, using: &random)
            // No relation: one that needs a question or a parent first would not be saved.
            let rest = random.pick(["", ", woont in Kranenmeer", ", man", ", vrouw"])
            let line = "\(name), \(age)\(rest)"
            try type(line)
            // On the genogram as "Name age"; the line being typed has a comma after the name.
            try enter(
                Entry(
                    kind: .person, token: name, words: name, shownAsSaved: ["\(name) \(age)"], typedLine: "[genogram] ▸ " + line,
                    visit: quickEntryVisit)
            )
            try maybeWaitForSaved(name, line: "[genogram] ▸")
        }
        try key("\u{1B}")  // Esc leaves quick entry
        try pause(0.06)
    }

    /// Half the time waits until the entry shows as saved, as someone watching the screen
    /// would; otherwise types straight on. A quick-entry line may empty without its person
    /// showing on a full genogram: then the empty line is enough to go on (not to count).
    private func maybeWaitForSaved(_ token: String, line label: String? = nil) throws {
        guard random.chance(0.5) else { return }
        try waitFor("\(token) als bewaard") { text in
            if !self.pending.contains(where: { $0.token == token }) { return true }
            guard let label else { return false }
            return text.split(separator: "\n").contains { $0.contains(label) && !$0.contains(token) }
        }
    }

    private func nextToken(letters: Bool) -> String {
        counter += 1
        if letters {
            // A name: capital and lowercase letters only (quick entry reads digits as an age).
            var n = counter
            var s = ""
            for _ in 0..<4 {
                s.append(Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(n % 26))))
                n /= 26
            }
            return "T" + s + String(Character(UnicodeScalar(UInt8(ascii: "a") + UInt8(storeNumber % 26))))
        }
        return String(format: "K%03d-%05d", storeNumber % 1000, counter)
    }

    // MARK: Primitives: each stops at the kill's moment

    private func live() throws -> Child {
        guard let c = child else { throw Trouble(what: "no program") }
        if Date() >= deadline { throw KillNow() }
        if let t = c.termination { throw Trouble(what: "the program ended: \(t)") }
        return c
    }

    private func key(_ s: String) throws {
        let c = try live()
        log.append("key \(KeyFile.escape(Array(s.utf8)))")
        switch c.write(Array(s.utf8), limit: hangLimit) {
        case .done: break
        case .ended(let t): throw Trouble(what: "the program ended: \(t)")
        case .stalled: throw Trouble(what: "the terminal took no input for \(Int(hangLimit)) s")
        }
    }

    /// Types like a person: a few characters at a time, with small gaps.
    private func type(_ text: String) throws {
        var rest = Substring(text)
        while !rest.isEmpty {
            let n = Int.random(in: 1...6, using: &random)
            try key(String(rest.prefix(n)))
            rest = rest.dropFirst(n)
            try pause(Double.random(in: 0...0.015, using: &random))
        }
    }

    private func enter(_ entry: Entry) throws {
        try key("\r")
        pending.append(entry)
        log.append("entered: \(entry.kind.rawValue) \(entry.token)")
        enters += 1
        if let plan = killAfterEnter, plan.count == enters { deadline = Date().addingTimeInterval(plan.delay) }
    }

    private func pause(_ seconds: TimeInterval) throws {
        let until = Date().addingTimeInterval(max(0, seconds))
        while true {
            let c = try live()
            let left = min(until, deadline).timeIntervalSinceNow
            if left <= 0 { break }
            c.drain(milliseconds: Int32(max(1, min(left, 0.05) * 1000)))
        }
        _ = try live()
    }

    private func waitFor(_ what: String, _ predicate: @escaping (String) -> Bool) throws {
        let since = Date()
        while true {
            let c = try live()
            if let screen = c.screen, predicate(screen.text) { return }
            let waited = Date().timeIntervalSince(since)
            // Working all along (a loaded machine, a slow disk) earns it more time.
            if waited > hangLimit && !(waited < 6 * hangLimit && c.isWorking) {
                throw Trouble(what: "the screen did not show \(what) within \(Int(waited)) s")
            }
            c.drain(milliseconds: Int32(max(1, min(deadline.timeIntervalSinceNow, 0.02) * 1000)))
        }
    }

    // MARK: Reports

    private func record(failure kind: String, _ detail: String) {
        let dir = out.appendingPathComponent("kills-seed-\(seed)-round-\(round)-\(kind)")
        let fm = FileManager.default
        try? fm.createDirectory(at: dir, withIntermediateDirectories: true)
        let c = child ?? lastChild
        let note = "\(kind): \(detail)\n\nwhat the round did:\n" + log.joined(separator: "\n") + "\n"
        try? Data(note.utf8).write(to: dir.appendingPathComponent("README.txt"))
        try? Data((c?.screen?.text ?? "").utf8).write(to: dir.appendingPathComponent("screen.txt"))
        try? Data(lastScreen.utf8).write(to: dir.appendingPathComponent("screen-when-last-shown-as-saved.txt"))
        if let tail = c?.tail { try? Data(tail).write(to: dir.appendingPathComponent("output.bin")) }
        // A copy of the store as it was after the kill.
        try? fm.copyItem(atPath: home, toPath: dir.appendingPathComponent("home").path)
        figures.failures.append(dir.path)
        say("round \(round): \(kind): \(detail.split(separator: "\n").first ?? "")\n  saved in \(dir.path)")
    }
}
