import Foundation
import PromptLibrary

/// The prompts and cases shipped in `Prompts/`, embedded in the binary at build time.
public enum ShippedPrompts {
    /// Every shipped file, with paths relative to `Prompts/` (`nl/scaling-question.md`).
    public static let files: [PromptFile] = embeddedPromptFiles.map { entry in
        PromptFile(
            path: entry.path, bytes: [UInt8](Data(base64Encoded: entry.base64) ?? Data()),
            displayPath: "Prompts/" + entry.path)
    }

    /// The shipped catalogue, as `PromptCatalog(shipped: files)` gives it: read on first use
    /// (the first frame shows no prompt) from the compact form the build parsed the files
    /// into (a millisecond instead of most of start-up), and parsed from the files only if
    /// that form cannot be read.
    public static let catalog: PromptCatalog = CatalogCompactForm.lazyCatalog(embeddedCompactCatalog) {
        PromptCatalog(shipped: files)
    }

    /// The catalogue read from the build's compact form alone (nil when unreadable); for tests.
    public static var compactCatalog: PromptCatalog? { CatalogCompactForm.decode(embeddedCompactCatalog) }
}
