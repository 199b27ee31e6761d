import ArgumentParser
import Foundation
import KeukentafelDomain
import PromptLibrary

/// `keukentafel cases …`: the role-play cases for practice, listed or printed as cards.
struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "List the role-play cases, or print one as role cards.",
        subcommands: [List.self, Print.self]
    )

    /// The cases of the catalogue in `language`, with any notice about an organisation's folder on standard error.
    static func load(_ common: CommonOptions) -> (cases: [RoleCase], language: Language) {
        let environment = ProcessInfo.processInfo.environment
        let language = common.language(environment)
        let loaded = PromptLoading.load(organisationDirectory: common.promptsDirectory(environment))
        if let notice = loaded.notice {
            FileHandle.standardError.write(Data((notice.text(language) + "\n").utf8))
        }
        return (loaded.catalog.cases[language] ?? [], language)
    }

    /// `keukentafel cases list [--lang L]`: easiest first.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the role-play cases: id, title, level, roles and summary.")

        @OptionGroup var common: CommonOptions

        func run() throws {
            let (cases, language) = CasesCommand.load(common)
            let sorted = cases.sorted { ($0.difficulty, $0.id) < ($1.difficulty, $1.id) }
            var out = ""
            for c in sorted {
                let sheets = CaseSheets(c)
                out += "\(c.id)  \(c.title)\n"
                out += "  \(sheets.caseLine): \(c.members.map { "\($0.name) (\($0.role.label(language)))" }.joined(separator: ", "))\n"
                out += "  \(c.summary)\n\n"
            }
            let count = cases.count
            out += language == .nl ? "\(count) \(count == 1 ? "casus" : "casussen")\n" : "\(count) \(count == 1 ? "case" : "cases")\n"
            print(out, terminator: "")
        }
    }

    /// `keukentafel cases print CASE --format md|html [--lang L] [-o FILE]`.
    struct Print: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "print",
            abstract: "Print a case: the introduction for the worker, then each role card with what only that player knows.",
            discussion: "HTML is one page to print, each card on its own sheet; Markdown separates the cards with a rule.")

        @Argument(help: ArgumentHelp("The case: its id (case-school-refusal) or the id without 'case-'.", valueName: "case"))
        var name: String

        @Option(name: .long, help: "md (Markdown, the default) or html (one page to print, a card per sheet).") var format: String = "md"

        @OptionGroup var common: CommonOptions

        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard ["md", "html"].contains(format) else { throw ValidationError("--format must be md or html.") }
        }

        func run() throws {
            let (cases, _) = CasesCommand.load(common)
            guard let found = cases.first(where: { $0.id == name || $0.id == "case-" + name }) else {
                complain("no case '\(name)'; known: \(cases.map(\.id).sorted().joined(separator: ", "))")
                throw ExitCode(1)
            }
            let sheets = CaseSheets(found)
            try output.write(Data((format == "html" ? sheets.html : sheets.markdown).utf8))
        }
    }
}
