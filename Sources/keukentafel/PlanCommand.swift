import ArgumentParser
import Foundation
import KeukentafelApp
import KeukentafelDomain
import KeukentafelStore

/// `keukentafel plan FAMILY [--format md|html] [--lang nl|en] [-o FILE]`.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "The family's plan in their own words, to take home: Markdown or a printable HTML page (never a worker's note).")
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The family: its name, part of it, or its id.") var family: String
    @Option(name: .long, help: "md (Markdown, the default) or html (one page to print on A4).") var format: String = "md"
    /// The same group (and name) as the root command's, so `--lang` reaches the plan wherever it stands.
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: OutputOptions
    @Flag(name: .long, help: "Replace every name and shift every date (for supervision and training).") var pseudonymise = false

    func validate() throws {
        guard ["md", "html"].contains(format) else { throw ValidationError("--format must be md or html.") }
    }

    func run() throws {
        let language = common.language(ProcessInfo.processInfo.environment)
        let store = try storeOptions.open()
        let (id, events) = try storeAction { () throws(StoreError) in
            let id = try store.findFamily(family).id
            let events = try store.events(family: id)
            // Like an export, taking the plan out of the store is an access worth recording.
            try store.logAccess(family: id, action: "plan", user: currentUser())
            return (id, events)
        }
        let shown = pseudonymise ? try Pseudonymising.events(events, language: language) : events
        let plan = FamilyPlan(FamilyRecord.replay(shown.first?.familyID ?? id, shown), language: language)
        let data = Data((format == "html" ? plan.html : plan.markdown).utf8)
        try output.write(data)
    }
}
