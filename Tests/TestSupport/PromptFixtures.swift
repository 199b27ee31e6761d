import Foundation
import PromptLibrary

/// Reads a prompt fixture folder into files the way the program's own reader names them
/// (relative paths, shown under the folder), so library tests need no file-system edge.
public enum PromptFixtures {
    /// Every `.md` file under `directory`, sorted by relative path.
    public static func read(directory: String) throws -> [PromptFile] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path)
        return try paths.filter { $0.hasSuffix(".md") }.sorted().map { relative in
            let bytes = try Data(contentsOf: root.appendingPathComponent(relative))
            return PromptFile(path: relative, bytes: [UInt8](bytes), displayPath: directory + "/" + relative)
        }
    }
}
