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
}
