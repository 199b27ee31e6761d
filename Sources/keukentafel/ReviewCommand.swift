import ArgumentParser
import Foundation
import KeukentafelApp
import KeukentafelDomain
import KeukentafelStore
import MethodAnalysis

/// `keukentafel review FAMILY [SESSION]` opens the review screen; with `--format md|html`
/// (and a SESSION) it writes the report: `[-o FILE] [--transcript] [--lang nl|en]`.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract:
            "Look back at a session: its figures, phases, scales and annotations as a report for peer review (Markdown or one HTML page).",
        discussion:
            "Without --format it opens the review screen on the family (at SESSION when given). The report holds a worker's notes only with --transcript."
    )
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The family: its name, part of it, or its id.") var family: String
    @Argument(help: "The session's number (needed for a report).") var session: Int?
    @Option(name: .long, help: "md (Markdown) or html (one page to print on A4). Without it: the review screen.") var format: String?
    @Flag(name: .long, help: "Add the session's words in order, with who said them and the card on screen (notes marked as the worker's).")
    var transcript = false
    /// The same group (and name) as the root command's, so `--lang` and `--prompts` reach the report wherever they stand.
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: OutputOptions
    @Flag(name: .long, help: "For a report: replace every name and shift every date (for supervision and training).") var pseudonymise =
        false
    @OptionGroup var workerOptions: WorkerOptions
    @OptionGroup var display: DisplayOptions

    func validate() throws {
        if let format, !["md", "html"].contains(format) { throw ValidationError("--format must be md or html.") }
        if let session, session < 1 { throw ValidationError("SESSION is a session number: 1, 2, …") }
        if format != nil && session == nil { throw ValidationError("A report is of one session: give its number after the family.") }
        if pseudonymise && format == nil { throw ValidationError("--pseudonymise goes with a report: add --format md or html.") }
    }

    func run() throws {
        guard let format, let session else { return try openReviewScreen() }
        let environment = ProcessInfo.processInfo.environment
        let language = common.language(environment)
        let prompts = PromptLoading.load(organisationDirectory: common.promptsDirectory(environment))
        if let notice = prompts.notice { complain(notice.text(language)) }
        let store = try storeOptions.open()
        let (found, stored) = try storeAction { () throws(StoreError) in
            let found = try store.findFamily(family)
            let events = try store.events(family: found.id)
            // Looking back at a family's session is an access worth recording, as opening it is.
            try store.logAccess(family: found.id, action: "review", user: workerOptions.identity(environment).name)
            return (found, events)
        }
        let events = pseudonymise ? try Pseudonymising.events(stored, language: language) : stored
        let (name, numbers, log) = { () -> (String, [Int], SessionLog?) in
            let record = FamilyRecord.replay(events.first?.familyID ?? found.id, events)
            let log = record.sessions.first { $0.number == session }.flatMap { SessionLog(events: events, sessionID: $0.id) }
            return (found.name, record.sessions.map(\.number), log)
        }()
        guard let log else {
            let known = numbers.isEmpty ? "none yet" : numbers.map(String.init).joined(separator: ", ")
            complain("\"\(name)\" has no session \(session) (its sessions: \(known)).")
            throw ExitCode(3)
        }
        let report = SessionReport(log: log, catalog: prompts.catalog, language: language, transcript: transcript)
        try output.write(Data((format == "html" ? report.html : report.markdown).utf8))
    }

    /// Without --format: the review screen on the family, at the session when given. An
    /// unknown family or session is said plainly before the screen opens (status 3).
    func openReviewScreen() throws {
        try InteractiveApp(
            common: common.choices, storeOptions: storeOptions.choices, workerOptions: workerOptions.choices, display: display.choices
        ).run { store in
            let (found, record) = try storeAction { () throws(StoreError) in
                let found = try store.findFamily(family)
                return (found, try store.record(family: found.id))
            }
            guard let session else { return .openReview(family: found.id, session: nil, subject: nil) }
            guard let chosen = record.sessions.first(where: { $0.number == session }) else {
                let known = record.sessions.isEmpty ? "none yet" : record.sessions.map { String($0.number) }.joined(separator: ", ")
                complain("\"\(found.name)\" has no session \(session) (its sessions: \(known)).")
                throw ExitCode(3)
            }
            return .openReview(family: found.id, session: chosen.id, subject: nil)
        }
    }
}
