import Diagrams
import Foundation
import GRDB
import Genealogy
import KeukentafelApp
import KeukentafelDomain
import KeukentafelStore
import PromptLibrary
import ShippedPrompts
import TeamServer
import TerminalUI

// Side-by-side measurements of the store, printed as one table per question.
// Run: swift run -c release --static-swift-stdlib keukentafel-bench [--quick] [--paste: only the paste tables]
//      [--keystrokes [DIR] [--compare OTHER-KEUKENTAFEL]…: only keystroke latency and the first frame, also on
//       the store in DIR, beside other builds of keukentafel when given]
//      [--large-store [DIR]: only the store tables, the large ones on DIR or a new one] [--make-store DIR]
//      [--import-only DIR [N]: only the import of the large store's families (its first N), read and write apart]
//      [--open: only opening a family with 20,000 events]
//      [--routing: only routing the genogram's emotional relations and drawing it]
//      [--first-frame DIR [--compare OTHER-KEUKENTAFEL]…: only the shipped catalogue and the start-up to the
//       first frame, on the store in DIR, beside other builds of keukentafel when given]
// (Hand-written: ordo-one/benchmark needs a package this machine cannot fetch.)

// As the program does at its start (the import's figures depend on it).
precondition(SQLiteSetup.setUp(), "SQLite was in use before it was set up")
let quick = CommandLine.arguments.contains("--quick")

func clock(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func percentile(_ xs: [Double], _ p: Double) -> Double {
    let s = xs.sorted()
    return s[min(s.count - 1, Int((Double(s.count - 1) * p).rounded()))]
}

func row(_ name: String, _ samples: [Double], unit: String = "ms", nameWidth: Int = 44) {
    let cells = [
        name.padding(toLength: nameWidth, withPad: " ", startingAt: 0),
        String(format: "%9.3f", percentile(samples, 0.5)), String(format: "%9.3f", percentile(samples, 0.99)),
        String(format: "%9.3f", samples.max() ?? 0), String(format: "%6d", samples.count),
    ]
    print(cells.joined(separator: " "))
}

func header(_ title: String, nameWidth: Int = 44) {
    print("\n== \(title)")
    print("case".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "   median ms    p99 ms    max ms      n")
}

func temporaryStore() throws -> (EventStore, String) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kt-bench-\(UUID().uuidString)").path
    return (try EventStore(directory: dir), dir)
}

let words = [
    "mama", "zegt", "dat", "het", "beter", "gaat", "sinds", "de", "ochtenden", "rustiger", "zijn", "Zoë", "school",
    "oma", "Riet", "helpt", "met", "boterhammen", "ruzie", "minder", "slapen", "bedtijd", "liedje", "trots", "samen",
]
/// Random sentences from the word list (repeatable).
final class Sentences {
    var rng = SeededIDs(seed: 42)
    func make(_ n: Int) -> String { (0..<n).map { _ in words[Int(rng.nextRandom() % UInt64(words.count))] }.joined(separator: " ") }
}
let sentences = Sentences()
@MainActor func sentence(_ n: Int) -> String { sentences.make(n) }

/// The value after `flag`, when it is not another flag.
func argument(after flag: String) -> String? {
    guard let i = CommandLine.arguments.firstIndex(of: flag), i + 1 < CommandLine.arguments.count else { return nil }
    let value = CommandLine.arguments[i + 1]
    return value.hasPrefix("--") ? nil : value
}

if CommandLine.arguments.contains("--make-store") {
    guard let directory = argument(after: "--make-store") else {
        FileHandle.standardError.write(Data("usage: keukentafel-bench --make-store DIR\n".utf8))
        exit(2)
    }
    do {
        let made = try LargeStore.make(at: directory)
        print(String(format: "%@: %d families, %d events, built in %.1f s", directory, made.families, made.events, made.seconds))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("keukentafel-bench: \(error)\n".utf8))
        exit(1)
    }
}

if CommandLine.arguments.contains("--open") {
    try openFamilyBenchmarks(quick: quick)
    exit(0)
}

if let store = argument(after: "--first-frame") {
    catalogBenchmarks(quick: quick)
    try firstFrameBenchmarks(store: store, label: "the store in \(store)", quick: quick)
    exit(0)
}

if let directory = argument(after: "--import-only") {
    try importBenchmarks(directory: directory, families: argument(after: directory).flatMap { Int($0) })
    exit(0)
}

if CommandLine.arguments.contains("--large-store") {
    try openFamilyBenchmarks(quick: quick)
    try largeStoreBenchmarks(directory: argument(after: "--large-store"), quick: quick)
    exit(0)
}

if let i = CommandLine.arguments.firstIndex(of: "--make-live-store"), i + 1 < CommandLine.arguments.count {
    // The keystroke benchmark's store, kept for profiling by hand.
    try makeLiveStore(at: CommandLine.arguments[i + 1])
    exit(0)
}

if CommandLine.arguments.contains("--keystrokes") {
    inProcessKeystrokeBenchmarks(quick: quick)
    try keystrokeBenchmarks(quick: quick)
    let live = FileManager.default.temporaryDirectory.appendingPathComponent("kt-first-store-\(UUID().uuidString)").path
    try makeLiveStore(at: live)
    catalogBenchmarks(quick: quick)
    try firstFrameBenchmarks(store: live, label: "one family of 1,000 entries", quick: quick)
    try? FileManager.default.removeItem(atPath: live)
    if let large = argument(after: "--keystrokes") {
        try firstFrameBenchmarks(store: large, label: "the store in \(large)", quick: quick)
    }
    exit(0)
}

if CommandLine.arguments.contains("--team-server") {
    let quickRun = quick
    try runBlocking { try await teamServerBenchmarks(quick: quickRun) }
    exit(0)
}

/// Drawing, with and without emotional relations routed around symbols and names (the
/// last rows of the genogram table; `--routing` runs only these).
func genogramRoutingRows(quick: Bool) {
    let plain = thirtyPersonGenogram()
    let g = thirtyPersonGenogramWithRelations()
    // Routing on its own, as for a genogram that just changed (the renderer keeps the
    // last routes, so a redraw for a keystroke does not route again).
    let routedLayout = GenogramLayout(g)
    let routedLines = GenogramLines(g, routedLayout, slot: 12)
    row(
        "route 12 relations (a changed genogram)",
        (0..<(quick ? 20 : 100)).map { _ in clock { _ = GenogramBondRoutes(g, routedLayout, routedLines, year: 2026) } })
    for (label, graph) in [("draw 120×40: 30 people", plain), ("draw 120×40: 30 people, 12 relations (redraw)", g)] {
        let layout = GenogramLayout(graph)
        row(
            label,
            (0..<(quick ? 20 : 100)).map { _ in
                clock {
                    var canvas = Canvas(size: Size(width: 120, height: 40))
                    GenogramRenderer.render(graph, layout, in: canvas.bounds, on: &canvas, slot: 12, year: 2026)
                }
            })
    }
}

if CommandLine.arguments.contains("--routing") {
    header("Genogram: routing emotional relations, and drawing")
    genogramRoutingRows(quick: quick)
    exit(0)
}

if CommandLine.arguments.contains("--paste") {
    pasteBenchmarks(quick: quick)
    exit(0)
}

// 1. Durable append latency.
do {
    header("Durable append: one entry per transaction (what Enter does)")
    let n = quick ? 100 : 500
    let family = UUID()
    let speaker = UUID()
    for mode in ["FULL (the product)", "NORMAL (GRDB's WAL default, for comparison)"] {
        let (store, dir) = try temporaryStore()
        if mode.hasPrefix("NORMAL") {
            try store.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        var samples: [Double] = []
        for _ in 0..<n {
            let e = Event(
                familyID: family, time: Date(), author: "bench",
                payload: .utteranceRecorded(.init(entryID: UUID(), speaker: speaker, text: sentence(12))))
            samples.append(try clock { try store.append([e]) })
        }
        row("append, synchronous \(mode)", samples)
        store.closeStore()
        try? FileManager.default.removeItem(atPath: dir)
    }
}

// 2. Opening a family with 20,000 events (OpenFamilyBenchmarks.swift).
try openFamilyBenchmarks(quick: quick)

// 3. Search over 1,000,000 recorded words.
do {
    let target = quick ? 100_000 : 1_000_000
    header("Search over \(target) recorded words")
    let (store, dir) = try temporaryStore()
    var total = 0
    var familiesMade = 0
    let build = try clock {
        while total < target {
            let family = UUID()
            let speaker = UUID()
            var batch = [
                Event(familyID: family, time: Date(), author: "bench", payload: .familyCreated(.init(name: "Gezin \(familiesMade)"))),
                Event(
                    familyID: family, time: Date(), author: "bench",
                    payload: .memberAdded(.init(memberID: speaker, name: "Sandra", role: .parent))),
            ]
            for _ in 0..<1000 {
                let s = sentence(10)
                total += 10
                batch.append(
                    Event(
                        familyID: family, time: Date(), author: "bench",
                        payload: .utteranceRecorded(.init(entryID: UUID(), speaker: speaker, text: s))))
            }
            try store.append(batch)
            familiesMade += 1
        }
        try store.append([
            Event(
                familyID: UUID(), time: Date(), author: "bench",
                payload: .noteRecorded(.init(entryID: UUID(), text: "een zeldzaam woord: kwispeltaart")))
        ])
    }
    print(String(format: "(built: %d words in %d families, %.1f s)", total, familiesMade, build / 1000))
    let runs = quick ? 10 : 30
    for (name, query) in [
        ("a rare word (1 hit)", "kwispeltaart"), ("a common word, first 200 hits", "ochtenden"),
        ("two words, accents ignored (zoe school)", "zoe school"), ("a prefix (boter…)", "boter"),
    ] {
        row("search: \(name)", try (0..<runs).map { _ in try clock { _ = try store.search(query) } })
    }
    store.closeStore()
    try? FileManager.default.removeItem(atPath: dir)
}

// 4. Rendering the live screen.
do {
    header("Rendering the live screen: 1,000 transcript entries, a 40-person family")
    let family = UUID()
    let session = UUID()
    var record = FamilyRecord(familyID: family)
    let t = Date()
    func apply(_ p: EventPayload, _ sid: UUID? = session) {
        record.apply(Event(familyID: family, sessionID: sid, time: t, author: "bench", payload: p))
    }
    apply(.familyCreated(.init(name: "Gezin Bench")), nil)
    let members = (0..<40).map { _ in UUID() }
    for (i, m) in members.enumerated() { apply(.memberAdded(.init(memberID: m, name: "Lid \(i + 1)", role: .other)), nil) }
    apply(.sessionStarted(.init(number: 1, kind: .live, worker: "bench", present: Array(members.prefix(6)))))
    let scale = UUID()
    apply(.scaleDefined(.init(scaleID: scale, topic: "rust in huis", kind: .goal)))
    for m in members.prefix(6) { apply(.scaleValueSet(.init(scaleID: scale, memberID: m, value: 6))) }
    for i in 0..<1000 {
        if i % 7 == 0 {
            apply(.noteRecorded(.init(entryID: UUID(), text: sentence(14))))
        } else {
            apply(
                .utteranceRecorded(
                    .init(entryID: UUID(), speaker: members[i % 6], text: sentence(16), tags: i % 5 == 0 ? [.exception] : [])))
        }
    }
    let catalog = PromptCatalog(shipped: ShippedPrompts.files)
    var app = AppState(
        language: .nl, now: LocalTime(year: 2026, month: 11, day: 23, weekday: 2, hour: 14, minute: 5, instant: t),
        storeDisplay: "~", terminalSize: Size(width: 120, height: 40), prompts: catalog)
    let runs = quick ? 30 : 200
    for (size, panel) in [
        (Size(width: 120, height: 40), SidePanel.people), (Size(width: 120, height: 40), .scales),
        (Size(width: 200, height: 60), .people), (Size(width: 200, height: 60), .scales),
    ] {
        var s = SessionState(record: record, sessionID: session)
        s.panel = panel
        app.screen = .session(s)
        app.terminalSize = size
        let samples = (0..<runs).map { _ in
            clock {
                var canvas = Canvas(size: size)
                AppView.render(app, &canvas)
            }
        }
        row("render \(size.width)x\(size.height), panel \(panel)", samples)
    }
}

// The caseload overview (CaseloadBenchmarks.swift).
try caseloadBenchmarks(quick: quick)

// 5. Genogram layout, side by side with Graphviz on the same person-and-family graph.
do {
    header("Genogram layout: Keukentafel's layout beside `dot -Tplain` (whole process) on the same graph")
    var sets: [(String, Genogram)] = []
    sets.append(("a 30-person family", thirtyPersonGenogram()))
    let samples = FileManager.default.temporaryDirectory.appendingPathComponent("kt-gedcom-samples/x")
    if !FileManager.default.fileExists(atPath: samples.path) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = [
            "-c",
            "mkdir -p '\(samples.deletingLastPathComponent().path)' && cd '\(samples.deletingLastPathComponent().path)' && apt-get download gramps libgedcom-perl >/dev/null 2>&1 && for d in *.deb; do dpkg -x \"$d\" x; done",
        ]
        try? p.run()
        p.waitUntilExit()
    }
    for (name, path) in [("royal.ged (93 people)", "usr/share/doc/libgedcom-perl/examples/royal.ged")] {
        if let data = FileManager.default.contents(atPath: samples.appendingPathComponent(path).path) {
            var ids = SeededIDs(seed: 1)
            if let imported = try? GedcomImport.genogram(data, ids: &ids) {
                var g = Genogram()
                g.persons = imported.persons
                g.couples = imported.couples
                g.childLinks = imported.links
                sets.append((name, g))
            }
        }
    }
    if let data = FileManager.default.contents(
        atPath: samples.appendingPathComponent("usr/share/doc/gramps/example/gramps/example.gramps").path),
        let g = GrampsXML.genogram(data)
    {
        sets.append(("example.gramps (\(g.persons.count) people)", g))
    } else {
        print("(example.gramps not available: the package mirror could not be reached)")
    }
    let hasDot = FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")
    for (name, g) in sets {
        let runs = g.persons.count > 1000 ? (quick ? 2 : 5) : (quick ? 5 : 20)
        var layout = GenogramLayout(g)
        row("layout: \(name)", (0..<runs).map { _ in clock { layout = GenogramLayout(g) } })
        // What both drawings need: the places and every family line on its lane.
        var lines = GenogramLines(g, layout, slot: 10)
        row(
            "layout + lines: \(name)",
            (0..<runs).map { _ in
                clock {
                    layout = GenogramLayout(g)
                    lines = GenogramLines(g, layout, slot: 10)
                }
            })
        let lineProblems = GenogramLineCheck.problems(g, layout, lines)
        print("    lines: \(lines.segments.count) segments, \(lines.height) rows; line checker: \(lineProblems.count) problems")
        let problems = GenogramLayoutCheck.problems(g, layout)
        var kinds: [String: Int] = [:]
        for p in problems {
            let k =
                p.contains("overlaps")
                ? "overlap"
                : p.contains("not on one row")
                    ? "couple on two rows"
                    : p.contains("crosses") ? "line through a symbol" : p.contains("not below") ? "child not below a parent" : "other"
            kinds[k, default: 0] += 1
        }
        print(
            "    \(layout.rows) rows × \(layout.columns) columns; checker: \(problems.count) problems \(kinds.sorted { $0.key < $1.key })")
        guard hasDot else { continue }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kt-bench-\(UUID().uuidString).dot")
        try GenogramExport.dot(name: name, g).write(to: file, atomically: true, encoding: .utf8)
        row(
            "dot -Tplain: \(name)",
            try (0..<max(2, runs / 4)).map { _ in
                try clock {
                    let p = Process()
                    p.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
                    p.arguments = ["-Tplain", file.path]
                    p.standardOutput = FileHandle.nullDevice
                    p.standardError = FileHandle.nullDevice
                    try p.run()
                    p.waitUntilExit()
                }
            })
        try? FileManager.default.removeItem(at: file)
    }
    genogramRoutingRows(quick: quick)
}

try largeStoreBenchmarks(directory: nil, quick: quick)
reviewBenchmarks(quick: quick)
sessionAnalysisBenchmarks(quick: quick)
pasteBenchmarks(quick: quick)
try sharingBenchmarks(quick: quick)
