import Foundation
import KeukentafelDomain
import KeukentafelStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Start-up, `families`, opening a family, search and import on the large store
/// (`LargeStore`), in this process and, when the `keukentafel` binary sits beside this
/// one, as whole processes with their peak resident memory.
func largeStoreBenchmarks(directory given: String?, quick: Bool) throws {
    let directory: String
    if let given {
        directory = given
    } else {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kt-bench-large-\(UUID().uuidString)").path
        let made = try LargeStore.make(at: directory)
        print(String(format: "\n(large store: %d families, %d events, built in %.1f s)", made.families, made.events, made.seconds))
    }
    defer { if given == nil { try? FileManager.default.removeItem(atPath: directory) } }
    let runs = quick ? 5 : 20

    header("Large store (200 families, 5,000 sessions, 200,000 entries): start-up and the home list")
    row("open the store (checks, migrations)", try (0..<runs).map { _ in try clock { try EventStore(directory: directory).closeStore() } })
    var families: [FamilySummary] = []
    row(
        "open the store and list the families (start-up)",
        try (0..<runs).map { _ in
            try clock {
                let store = try EventStore(directory: directory)
                families = try store.families()
                store.closeStore()
            }
        })
    let store = try EventStore(directory: directory)
    defer { store.closeStore() }
    row("families() on the open store", try (0..<(runs * 5)).map { _ in try clock { families = try store.families() } })
    precondition(families.count >= LargeStore.families, "the store should hold the large caseload")

    header("Large store: opening a family, search")
    let typical = families.sorted { $0.eventCount < $1.eventCount }[families.count / 2]
    row(
        "read one family (\(typical.eventCount) events)",
        try (0..<runs).map { _ in try clock { _ = try store.events(family: typical.id) } })
    row(
        "open one family: its record (\(typical.eventCount) events)",
        try (0..<runs).map { _ in try clock { _ = try store.record(family: typical.id) } })
    for (name, query) in [("search: a rare word (voetbal trots juf)", "voetbal trots juf"), ("search: a common word (mama)", "mama")] {
        row(name, try (0..<runs).map { _ in try clock { _ = try store.search(query) } })
    }

    try importTable(store: store, families: families)

    store.closeStore()
    processBenchmarks(directory: directory, quick: quick)
}

/// Only the import table, on the large store in `directory` (`--import-only DIR [N]`): its
/// first `limit` families, or all of them.
func importBenchmarks(directory: String, families limit: Int?) throws {
    let store = try EventStore(directory: directory)
    defer { store.closeStore() }
    let families = try store.families()
    try importTable(store: store, families: Array(families.prefix(limit ?? families.count)))
}

/// Exports `families` and imports them into a fresh store, one file after another as
/// `keukentafel import FILE` does, then into another all given together
/// (`importFamilies(separately:)`); reading and checking the files is timed apart.
private func importTable(store: EventStore, families: [FamilySummary]) throws {
    header("Large store: export and import of the whole caseload (\(families.count) families)")
    // Exporting 200 families takes most of a minute: KT_BENCH_EXPORTS names a folder of
    // export files to take instead (written there when it is empty), and
    // KT_BENCH_TOGETHER_ONLY leaves out the import one file after another.
    let environment = ProcessInfo.processInfo.environment
    var exports: [Data] = []
    if let folder = environment["KT_BENCH_EXPORTS"],
        let names = try? FileManager.default.contentsOfDirectory(atPath: folder).filter({ $0.hasSuffix(".json") }).sorted(),
        !names.isEmpty
    {
        exports = try names.map { try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0)) }
        print(String(format: "(read %d exports from %@, %.1f MB)", exports.count, folder, Double(exports.map(\.count).reduce(0, +)) / 1e6))
    } else {
        let exportMs = try clock { exports = try families.map { try store.export(family: $0.id, user: "bench") } }
        print(
            String(
                format: "(exported %d families, %.1f MB, in %.1f s)", exports.count, Double(exports.map(\.count).reduce(0, +)) / 1e6,
                exportMs / 1000))
        if let folder = environment["KT_BENCH_EXPORTS"] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (i, data) in exports.enumerated() {
                try data.write(to: URL(fileURLWithPath: folder + String(format: "/f%03d.json", i + 1)))
            }
        }
    }
    let togetherOnly = environment["KT_BENCH_TOGETHER_ONLY"] != nil
    // One file after another, each in its own transaction (as `keukentafel import FILE` does).
    let oneByOne = FileManager.default.temporaryDirectory.appendingPathComponent("kt-bench-import-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: oneByOne) }
    var target = try EventStore(directory: oneByOne)
    var perFamily: [Double] = []
    let importMs = try clock {
        for data in exports where !togetherOnly { perFamily.append(try clock { try target.importFamily(data, user: "bench") }) }
    }
    target.closeStore()
    // All the files given together: each still all or nothing, one transaction for all.
    let together = FileManager.default.temporaryDirectory.appendingPathComponent("kt-bench-import-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: together) }
    target = try EventStore(directory: together)
    var results: [Result<UUID, StoreError>] = []
    let cpuBefore = cpuSeconds()
    let togetherMs = clock { results = target.importFamilies(separately: exports, user: "bench") }
    let togetherCPU = cpuSeconds() - cpuBefore
    let closeMs = clock { target.closeStore() }
    precondition(results.allSatisfy { (try? $0.get()) != nil }, "every family imports: \(results.first { (try? $0.get()) == nil }!)")
    // Reading and checking every file again, without writing: the rest of an import is the writing.
    var perFile: [Double] = []
    let readCPUBefore = cpuSeconds()
    let readMs = try clock { for data in exports { perFile.append(try clock { _ = try FamilyExport.decode(data) }) } }
    let readCPU = cpuSeconds() - readCPUBefore
    if !togetherOnly {
        row("import one family (of \(families.count), into one store)", perFamily)
        row("  of which: reading and checking its file", perFile)
        print(
            String(
                format: "import all %d families, one file after another: %.2f s (reading and checking the files %.2f s, writing %.2f s)",
                exports.count, importMs / 1000, readMs / 1000, (importMs - readMs) / 1000))
    }
    print(
        String(
            format:
                "import all %d families: %.2f s (all files given together, read beside the writing; reading and checking alone %.2f s), then closing the store %.2f s",
            exports.count, togetherMs / 1000, readMs / 1000, closeMs / 1000))
    // The machine is shared: the CPU time this process spent tells its own work from waiting.
    print(
        String(
            format: "  (CPU time of this process: %.2f s together, of which reading and checking about %.2f s, writing %.2f s)",
            togetherCPU, readCPU, togetherCPU - readCPU))
}

/// User and system CPU time of this process so far, in seconds.
private func cpuSeconds() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
        getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// The `keukentafel` binary run as a whole process on the large store: wall time and
/// peak resident memory (from `wait4`). Skipped when the binary is not beside this one
/// (`swift build -c release` builds both).
func processBenchmarks(directory: String, quick: Bool) {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("keukentafel").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
        print("(no keukentafel binary beside this one: `swift build -c release` builds it; process benchmarks skipped)")
        return
    }
    header("Large store: keukentafel as a whole process (wall time; peak resident memory from /usr/bin/time)")
    let runs = quick ? 5 : 20
    for (name, arguments) in [
        ("keukentafel --version", ["--version"]), ("keukentafel families", ["families", "--store", directory]),
        ("keukentafel families --json", ["families", "--json", "--store", directory]),
        ("keukentafel search mama", ["search", "mama", "--store", directory]),
    ] {
        let samples = (0..<runs).compactMap { _ in run(binary, arguments) }
        guard samples.count == runs else {
            print("(\(name): could not run)")
            continue
        }
        row(name + (peakMemory(binary, arguments).map { String(format: " [%.1f MB]", $0) } ?? ""), samples)
    }
}

/// Runs a program with its output thrown away; its wall time in ms.
private func run(_ path: String, _ arguments: [String]) -> Double? {
    let start = DispatchTime.now().uptimeNanoseconds
    guard let pid = spawn(path, arguments) else { return nil }
    var status: Int32 = 0
    guard waitpid(pid, &status, 0) == pid else { return nil }
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

/// The program's peak resident memory in MB, as `/usr/bin/time` reports it: the child's own
/// `ru_maxrss` would count this benchmark's memory too (a spawned child inherits the
/// high-water mark of the process it was spawned from until its own `exec`).
private func peakMemory(_ path: String, _ arguments: [String]) -> Double? {
    let time = "/usr/bin/time"
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("kt-bench-rss-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: out) }
    guard FileManager.default.isExecutableFile(atPath: time), let pid = spawn(time, ["-f", "%M", "-o", out, path] + arguments) else {
        return nil
    }
    var status: Int32 = 0
    guard waitpid(pid, &status, 0) == pid, let text = try? String(contentsOfFile: out, encoding: .utf8),
        let kb = Double(text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last ?? "")
    else { return nil }
    return kb / 1024
}

private func spawn(_ path: String, _ arguments: [String]) -> pid_t? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for a in argv { free(a) } }
    var pid: pid_t = 0
    return posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 ? pid : nil
}
