import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

@main
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keukentafel-fuzz",
        abstract: "Random keys, and SIGKILLs, against the real keukentafel under a pseudo-terminal.",
        subcommands: [Keys.self, Kills.self],
        defaultSubcommand: Keys.self)

    /// The built `keukentafel` beside this executable, or `KEUKENTAFEL_BINARY`.
    static func binary(_ option: String?) -> String {
        if let option { return option }
        if let env = ProcessInfo.processInfo.environment["KEUKENTAFEL_BINARY"] { return env }
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return me.deletingLastPathComponent().appendingPathComponent("keukentafel").path
    }

    static func printFigures<T: Encodable>(_ figures: T, _ summary: String, json: Bool) {
        say(summary)
        if json, let data = try? JSONEncoder().encode(figures) {
            say("figures: " + String(decoding: data, as: UTF8.self))
        }
    }
}

struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Random keys, pastes and resizes; finds crashes, hangs and damaged stores.",
        discussion: """
            Each run starts keukentafel on a fresh temporary HOME (half of them with the demo family),
            sends --keys keys in bursts, and after each burst resizes by one column and requires output
            within --hang-seconds. At the end it quits the normal way (Escape and q, then SIGTERM)
            and runs PRAGMA integrity_check on every store. A failure keeps the key file (replay it with
            --replay), the last output and the store under --out.
            """)

    @Option(help: "The seed; run N of seed S is the same keys on every machine.") var seed: UInt64 = 1
    @Option(help: "Keys per run.") var keys = 10_000
    @Option(help: "Runs, each on a fresh store.") var runs = 1
    @Option(help: "Start at this run (to repeat one run of a long fuzz).") var firstRun = 0
    @Flag(help: "Also Ctrl-C, Ctrl-Z, Ctrl-\\, Ctrl-S and Ctrl-Q.") var allControls = false
    @Option(help: "The largest bracketed paste, in bytes.") var maxPaste = 100_000
    @Option(help: "Seconds without output after a probe that count as a hang.") var hangSeconds = 10.0
    @Option(help: "Where failures are kept.") var out = "fuzz-failures"
    @Option(help: "The keukentafel binary (default: beside this one, or KEUKENTAFEL_BINARY).") var binary: String?
    @Option(help: "Replay a key file instead of random keys.") var replay: String?
    @Flag(help: "Print the figures as JSON too.") var json = false

    func run() throws {
        let options = FuzzOptions(
            binary: FuzzCommand.binary(binary), seed: seed, keysPerRun: keys, runs: runs, allControls: allControls, maxPaste: maxPaste,
            hangLimit: hangSeconds, out: URL(fileURLWithPath: out))
        guard FileManager.default.isExecutableFile(atPath: options.binary) else {
            throw ValidationError("no keukentafel at \(options.binary); build it (swift build) or pass --binary")
        }
        let start = Date()
        var figures = FuzzFigures()
        if let replay {
            let (setup, actions) = try KeyFile.parse(try Data(contentsOf: URL(fileURLWithPath: replay)))
            let name = "replay-" + URL(fileURLWithPath: replay).deletingPathExtension().lastPathComponent
            let run = try FuzzRun(options: options, setup: setup, name: name, header: ["replay of \(replay)"])
            run.begin()
            for action in actions {
                run.perform(action)
                if case .write = action { run.figures.keys += 1 }
            }
            run.finish()
            figures.add(run.figures)
        } else {
            for index in firstRun..<(firstRun + runs) {
                let run = try Self.randomRun(index, options)
                figures.add(run.figures)
                let elapsed = Date().timeIntervalSince(start)
                say(
                    "run \(index + 1 - firstRun)/\(runs): \(run.figures.keys) keys; total \(figures.keys) keys, "
                        + "\(figures.crashes) crashes, \(figures.hangs) hangs, \(figures.integrityFailures) integrity failures, "
                        + String(format: "%.0f s", elapsed))
            }
        }
        figures.seconds = Date().timeIntervalSince(start)
        FuzzCommand.printFigures(figures, "fuzz: " + figures.summary, json: json)
        if !figures.failures.isEmpty { throw ExitCode(1) }
    }

    /// Run `index` of the seed: its setup and keys come from the run's own seed.
    static func randomRun(_ index: Int, _ options: FuzzOptions) throws -> FuzzRun {
        let runSeed = SeededRandom.runSeed(options.seed, index)
        var random = SeededRandom(seed: runSeed)
        let size = random.pick([(80, 24), (120, 40), (100, 30), (200, 50), (90, 28), (160, 48)])
        let setup = KeyFile.Setup(columns: size.0, rows: size.1, demo: random.chance(0.5), language: random.chance(0.6) ? "nl" : "en")
        var mix = KeyMix(seed: random.next(), allControls: options.allControls, maxPaste: options.maxPaste, size: size)
        let run = try FuzzRun(
            options: options, setup: setup, name: "seed-\(options.seed)-run-\(index)",
            header: [
                "keukentafel-fuzz key file: seed \(options.seed), run \(index) (run seed \(runSeed)), \(options.keysPerRun) keys",
                "replay: keukentafel-fuzz --replay THIS-FILE; or again from the seed: keukentafel-fuzz --seed \(options.seed) --first-run \(index) --runs 1 --keys \(options.keysPerRun)"
                    + (options.allControls ? " --all-controls" : ""),
            ])
        run.begin()
        var sent = 0
        while sent < options.keysPerRun && run.failure == nil {
            let (actions, count) = mix.nextBatch()
            for action in actions {
                run.perform(action)
                if case .write(let bytes) = action, bytes.starts(with: Array("\u{1B}[200~".utf8)) {
                    run.figures.pastes += 1
                    run.figures.pasteBytes += bytes.count
                }
            }
            sent += count
            let probe = mix.probeSize()
            run.perform(.probe(columns: probe.columns, rows: probe.rows))
        }
        run.figures.keys = sent
        run.finish()
        return run
    }
}

/// A line on standard output at once (unbuffered), so a long run's progress shows as it goes.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
