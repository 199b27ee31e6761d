import ArgumentParser
import Foundation
import KeukentafelApp
import KeukentafelDomain
import PromptLibrary
import ShippedPrompts

/// `keukentafel prompts …`: the question library from the command line.
struct PromptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prompts",
        abstract: "List or check the question library.",
        subcommands: [List.self, Check.self]
    )

    /// `keukentafel prompts list [--phase P] [--lang L]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the prompts, by phase.")

        @OptionGroup var common: CommonOptions

        @Option(
            name: .long,
            help: ArgumentHelp("Only this phase: \(Phase.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "phase"))
        var phase: String?

        func validate() throws {
            if let phase, Phase(rawValue: phase) == nil {
                throw ValidationError("unknown phase '\(phase)'; known: \(Phase.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            let language = common.language(environment)
            let loaded = PromptLoading.load(organisationDirectory: common.promptsDirectory(environment))
            if let notice = loaded.notice {
                FileHandle.standardError.write(Data((notice.text(language) + "\n").utf8))
            }
            let phases = phase.flatMap(Phase.init(rawValue:)).map { [$0] } ?? Phase.allCases
            var out = ""
            var listed: Set<String> = []
            for p in phases {
                let prompts = loaded.catalog.filter(language, phase: p)
                guard !prompts.isEmpty else { continue }
                out += "\(UIText.promptBrowserFormat(.phase(p)).text(language)) (\(p.rawValue))\n"
                let idWidth = prompts.map(\.id.count).max() ?? 0
                for prompt in prompts.sorted(by: { ($0.order, $0.id) < ($1.order, $1.id) }) {
                    out += "  " + prompt.id.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0) + prompt.title + "\n"
                    listed.insert(prompt.id)
                }
                out += "\n"
            }
            // A prompt that serves several phases is listed under each, counted once.
            out += "\(UIText.promptBrowserFormat(.promptCount(listed.count)).text(language))\n"
            print(out, terminator: "")
        }
    }

    /// `keukentafel prompts check [DIR]`: validates, prints `file:line` messages.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check prompt files; exits non-zero when there are errors.",
            discussion:
                "Without DIR, checks the shipped prompts (and --prompts / KEUKENTAFEL_PROMPTS if set). With DIR, checks that folder laid over the shipped prompts, as the program would load it."
        )

        @OptionGroup var common: CommonOptions

        @Argument(help: ArgumentHelp("A prompt folder (with nl/, en/ and cases/).", valueName: "dir"))
        var directory: String?

        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            var organisation: [PromptFile] = []
            if let dir = directory ?? common.promptsDirectory(environment) {
                do {
                    organisation = try PromptDirectory.read(dir)
                } catch {
                    FileHandle.standardError.write(Data("keukentafel: \(error.description)\n".utf8))
                    throw ExitCode(2)
                }
            }
            let catalog = PromptCatalog(shipped: ShippedPrompts.files, organisation: organisation)
            for d in catalog.diagnostics { print(d.description) }
            let errors = catalog.errors.count
            let warnings = catalog.diagnostics.count - errors
            let checked = (organisation.isEmpty ? ShippedPrompts.files : organisation).filter {
                $0.kind != nil || PromptCatalog.settingsPaths.contains($0.path)
            }.count
            print("\(checked) files checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            if errors > 0 { throw ExitCode(1) }
        }
    }
}
