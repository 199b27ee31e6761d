import Foundation

/// Finds an executable built by this package, beside the test bundle
/// (`.build/<triple>/debug/<name>`), so tests run what `swift build` just made.
public enum BuiltProduct {
    /// The built executable `name`; when none is found, the default debug path, which
    /// then does not exist (callers check, so a missing helper fails rather than skips).
    public static func url(_ name: String) -> URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // The xctest bundle on Linux is a file in the build folder; on macOS a bundle inside it.
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return Golden.repositoryRoot.appendingPathComponent(".build/debug/\(name)")
    }
}
