import Foundation
import PromptLibrary

/// Reads an organisation's prompt folder from disk (for `--prompts` and `prompts check DIR`);
/// PromptLibrary itself only ever sees the bytes.
enum PromptDirectory {
    /// Why a directory could not be read.
    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    /// Every `.md` file under `directory`, with paths relative to it.
    static func read(_ directory: String) throws(ReadError) -> [PromptFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw ReadError(description: "\(directory): no such directory")
        }
        guard isDirectory.boolValue else { throw ReadError(description: "\(directory): not a directory") }
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw ReadError(description: "\(directory): cannot be read")
        }
        var files: [PromptFile] = []
        for case let url as URL in walker where url.pathExtension == "md" {
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(root.path + "/") else { continue }
            let relative = String(full.dropFirst(root.path.count + 1))
            guard let data = FileManager.default.contents(atPath: full) else {
                throw ReadError(description: "\(full): cannot be read")
            }
            let shown = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            files.append(PromptFile(path: relative, bytes: [UInt8](data), displayPath: shown))
        }
        return files.sorted { $0.path < $1.path }
    }
}
