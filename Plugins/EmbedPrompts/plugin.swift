import Foundation
import PackagePlugin

/// Embeds the `Prompts/` folder into the binary at build time, so an installed
/// `keukentafel` finds its shipped prompts without the source tree.
@main
struct EmbedPrompts: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let prompts = context.package.directoryURL.appending(path: "Prompts")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedPromptFiles.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: prompts, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where url.pathExtension == "md" { inputs.append(url) }
        }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) prompt files",
                executable: try context.tool(named: "PromptEmbedder").url,
                arguments: [prompts.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output]
            )
        ]
    }
}
