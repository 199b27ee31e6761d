import Foundation
import TerminalUI

/// Golden text renders in `Screens/`: compare, or rewrite them on purpose with
/// `KEUKENTAFEL_RECORD_SCREENS=1 swift test`.
public enum Golden {
    /// The repository root, found from this file's place in `Tests/TestSupport/`.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let screensDirectory = repositoryRoot.appendingPathComponent("Screens")

    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["KEUKENTAFEL_RECORD_SCREENS"] == "1"
    }

    public static func url(_ name: String) -> URL {
        screensDirectory.appendingPathComponent(name + ".txt")
    }

    /// The stored render, or nil when there is none.
    public static func stored(_ name: String) -> String? {
        try? String(contentsOf: url(name), encoding: .utf8)
    }

    /// Compares `text` with `Screens/<name>.txt`; returns a readable difference or nil
    /// when equal. In record mode it writes the file and returns nil.
    public static func check(_ text: String, name: String) -> String? {
        if isRecording {
            try? FileManager.default.createDirectory(at: screensDirectory, withIntermediateDirectories: true)
            do { try text.write(to: url(name), atomically: true, encoding: .utf8) } catch {
                return "could not write \(url(name).path): \(error)"
            }
            return nil
        }
        guard let expected = stored(name) else {
            return "Screens/\(name).txt is missing; run KEUKENTAFEL_RECORD_SCREENS=1 swift test to create it.\nActual:\n\(text)"
        }
        return difference(expected: expected, actual: text, name: name)
    }

    /// Line-by-line difference, trailing spaces ignored; nil when equal.
    public static func difference(expected: String, actual: String, name: String) -> String? {
        let e = lines(expected)
        let a = lines(actual)
        if e == a { return nil }
        var out = "Screen \(name) differs from Screens/\(name).txt (rewrite on purpose with KEUKENTAFEL_RECORD_SCREENS=1):\n"
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? e[i] : "<none>"
            let al = i < a.count ? a[i] : "<none>"
            if el != al { out += "line \(i + 1):\n  expected: |\(el)|\n  actual:   |\(al)|\n" }
        }
        return out
    }

    /// Lines without trailing spaces and without trailing empty lines.
    public static func lines(_ s: String) -> [String] {
        var ls = s.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var l = String(line)
            while l.last == " " { l.removeLast() }
            return l
        }
        while ls.last == "" { ls.removeLast() }
        return ls
    }
}
