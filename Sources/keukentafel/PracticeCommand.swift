import ArgumentParser
import Foundation
import KeukentafelApp
import KeukentafelDomain
import KeukentafelStore

/// `keukentafel practice [CASE]` and `keukentafel practice clear`.
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Role-play practice with fictional cases, kept apart from real families.",
        discussion: """
            Practice families live in a store of their own (the folder `practice` inside the \
            store): they are never in families, search, plan, exports or the caseload unless \
            those are given --practice. `practice clear` removes all of them at once.
            """,
        subcommands: [PracticeOpenCommand.self, PracticeReportCommand.self, PracticeClearCommand.self],
        defaultSubcommand: PracticeOpenCommand.self)
}

/// `keukentafel practice [open] [CASE]`: the practice screen, at the case when given.
struct PracticeOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Choose a case and start a practice round.")
    @Argument(help: "A case: its id or a word of its title (else the list of cases).") var caseName: String?
    @OptionGroup var common: CommonOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var workerOptions: WorkerOptions
    @OptionGroup var display: DisplayOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = common.language(environment)
        // The case is looked up before the screen opens, so a wrong name is a plain message.
        let prompts = PromptLoading.load(organisationDirectory: common.promptsDirectory(environment))
        guard PracticeState.opening(caseName, prompts.catalog, language) != nil else {
            let known = (prompts.catalog.cases[language] ?? []).map(\.id).joined(separator: ", ")
            complain("no case '\(caseName ?? "")' (the cases: \(known)).")
            throw ExitCode(3)
        }
        try InteractiveApp(
            common: common.choices, storeOptions: storeOptions.choices, workerOptions: workerOptions.choices, display: display.choices
        ).run(screen: {
            state in
            if let practice = PracticeState.opening(caseName, state.prompts, state.language) { state.screen = .practice(practice) }
        })
    }
}

/// `keukentafel practice report [TRAINEE] [--format md|html] [-o FILE]`: a trainee's rounds side by side.
struct PracticeReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "A trainee's practice rounds: every figure per round, and the latest feedback.")
    @Argument(help: "Who played the worker (default: you, as --worker or the config file says).") var trainee: String?
    @Option(name: .long, help: "md (Markdown, the default) or html (one page to print).") var format = "md"
    @OptionGroup var output: OutputOptions
    @OptionGroup var common: CommonOptions
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var workerOptions: WorkerOptions

    func validate() throws {
        guard ["md", "html"].contains(format) else { throw ValidationError("--format must be md or html.") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = common.language(environment)
        let prompts = PromptLoading.load(organisationDirectory: common.promptsDirectory(environment))
        var practice = storeOptions
        practice.practice = true
        let who = trainee ?? workerOptions.identity(environment).name
        var logs: [[Event]] = []
        // Only reads: a store that is not there yet is not made by asking for a report.
        if FileManager.default.fileExists(atPath: try practice.location(environment).path) {
            let store = try practice.openForReading()
            logs = try storeAction { () throws(StoreError) in
                try store.families().map { f throws(StoreError) in try store.events(family: f.id) }
            }
        }
        let report = PracticeReport(logs: logs, trainee: who, catalog: prompts.catalog, language: language)
        guard !report.isEmpty else {
            complain("no practice rounds of '\(who)' in the practice store.")
            throw ExitCode(3)
        }
        try output.write(Data((format == "html" ? report.html : report.markdown).utf8))
    }
}

/// `keukentafel practice clear [--yes]`: every practice family and round removed, files and all.
struct PracticeClearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clear", abstract: "Delete all practice data (practice families and rounds).")
    @OptionGroup var storeOptions: StoreOptions
    @Flag(name: .long, help: "Do not ask for confirmation (for scripts).") var yes = false

    func run() throws {
        var base = storeOptions
        base.practice = false
        let folder = try base.location(ProcessInfo.processInfo.environment).practice.path
        guard FileManager.default.fileExists(atPath: folder) else {
            print("No practice data.")
            return
        }
        // Opening it proves no Keukentafel is using it (the store is locked while open).
        let families: Int
        do {
            let store = try EventStore(directory: folder)
            families = (try? store.families().count) ?? 0
            store.closeStore()
        } catch {
            complain(error.description)
            throw ExitCode(3)
        }
        if !yes {
            print(
                "This removes all practice data: \(families) practice famil\(families == 1 ? "y" : "ies") and their rounds. Type yes: ",
                terminator: "")
            guard readLine()?.trimmingCharacters(in: .whitespaces).lowercased() == "yes" else {
                print("Not confirmed; nothing was removed.")
                throw ExitCode(1)
            }
        }
        do {
            try FileManager.default.removeItem(atPath: folder)
        } catch {
            complain("cannot remove \(folder): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        print("Removed all practice data (\(families) practice famil\(families == 1 ? "y" : "ies")).")
    }
}
