import Foundation

/// The real public sample files named in DESIGN.md, fetched at test time from Debian's
/// packages (never committed).
public enum GedcomSamples {
    /// Gramps' own XML examples in the same package (60 and 2,157 people).
    public static let grampsFiles = [
        "usr/share/doc/gramps/example/gramps/data.gramps", "usr/share/doc/gramps/example/gramps/example.gramps",
    ]

    public static let files: [(package: String, path: String)] = [
        ("gramps", "usr/share/doc/gramps/example/gedcom/sample.ged"),
        ("libgedcom-perl", "usr/share/doc/libgedcom-perl/examples/royal.ged"),
        ("lifelines-reports", "usr/share/lifelines/st/ti.ged"),
    ]

    /// The folder with the unpacked packages, or nil when the package mirror cannot be reached.
    public static let directory: URL? = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kt-gedcom-samples")
        if files.allSatisfy({ FileManager.default.fileExists(atPath: dir.appendingPathComponent("x/" + $0.path).path) }) { return dir }
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let script =
            "cd '\(dir.path)' && apt-get download \(files.map(\.package).joined(separator: " ")) >/dev/null 2>&1 && for d in *.deb; do dpkg -x \"$d\" x; done"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try? p.run()
        p.waitUntilExit()
        return files.allSatisfy({ FileManager.default.fileExists(atPath: dir.appendingPathComponent("x/" + $0.path).path) }) ? dir : nil
    }()

    public static var available: Bool { directory != nil }
}
