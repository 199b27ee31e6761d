import Foundation
import Testing

@testable import SafeOutput

#if canImport(Glibc)
    import Glibc
#endif

/// The writer behind every `-o FILE`: what it writes, and everything it leaves alone.
@Suite("Safe file writer")
struct SafeFileWriterTests {
    /// A temporary folder for one test.
    final class Folder {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kt-out-\(UUID().uuidString)").path
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        func file(_ name: String) -> String { path + "/" + name }
        /// What is in the folder, so a test can see that no temporary file was left.
        var names: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        lstat(path, &info)
        return info.st_mode
    }

    static func content(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test("a new path gets the data, mode 0600, and nothing else is left in the folder")
    func newPath() throws {
        let folder = try Folder()
        let data = Data("{\"family\": \"Gezin de Vries (fictief)\"}\n".utf8)
        try SafeFileWriter.write(data, to: folder.file("gezin.json"), replacing: false)
        #expect(Self.content(folder.file("gezin.json")) == data)
        #expect(Self.mode(folder.file("gezin.json")) & 0o7777 == 0o600)
        #expect(Self.mode(folder.file("gezin.json")) & S_IFMT == S_IFREG)
        #expect(folder.names == ["gezin.json"])
    }

    @Test("empty data and a large result are written whole")
    func sizes() throws {
        let folder = try Folder()
        try SafeFileWriter.write(Data(), to: folder.file("leeg.md"), replacing: false)
        #expect(Self.content(folder.file("leeg.md")) == Data())
        let big = Data((0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try SafeFileWriter.write(big, to: folder.file("groot.bin"), replacing: false)
        #expect(Self.content(folder.file("groot.bin")) == big)
    }

    @Test("an existing file is kept unless replacing is asked; then it is replaced whole, 0600, as a new file")
    func existing() throws {
        let folder = try Folder()
        let path = folder.file("plan.md")
        try Data("het oude plan\n".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o644)
        #expect(throws: SafeFileWriter.Refusal.exists(path: path)) {
            try SafeFileWriter.write(Data("nieuw".utf8), to: path, replacing: false)
        }
        #expect(Self.content(path) == Data("het oude plan\n".utf8))
        #expect(Self.mode(path) & 0o7777 == 0o644)
        var before = stat()
        lstat(path, &before)
        try SafeFileWriter.write(Data("nieuw".utf8), to: path, replacing: true)
        #expect(Self.content(path) == Data("nieuw".utf8))
        #expect(Self.mode(path) & 0o7777 == 0o600)
        var after = stat()
        lstat(path, &after)
        #expect(before.st_ino != after.st_ino, "renamed into place, never rewritten in place")
        #expect(folder.names == ["plan.md"])
    }

    @Test("a symbolic link is never followed nor replaced, whether it points at a file, a folder or nothing")
    func symbolicLinks() throws {
        let folder = try Folder()
        let other = folder.file("dossier.txt")
        try Data("ander dossier\n".utf8).write(to: URL(fileURLWithPath: other))
        for (name, target) in [("naar-bestand", other), ("naar-map", folder.path), ("nergens", folder.file("bestaat-niet"))] {
            let link = folder.file(name)
            #expect(symlink(target, link) == 0)
            for replacing in [false, true] {
                #expect(throws: SafeFileWriter.Refusal.symbolicLink(path: link)) {
                    try SafeFileWriter.write(Data("gezinsdata".utf8), to: link, replacing: replacing)
                }
            }
            #expect(Self.mode(link) & S_IFMT == S_IFLNK)
        }
        #expect(Self.content(other) == Data("ander dossier\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: folder.file("bestaat-niet")))
        #expect(folder.names == ["dossier.txt", "naar-bestand", "naar-map", "nergens"])
    }

    @Test("a named pipe, a folder and a device are refused without opening them, even when replacing")
    func notRegular() throws {
        let folder = try Folder()
        let fifo = folder.file("pijp")
        #expect(mkfifo(fifo, 0o600) == 0)
        let directory = folder.file("map")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        for replacing in [false, true] {
            // Opening a pipe to write would wait for a reader: a refusal that returns proves it was not opened.
            #expect(throws: SafeFileWriter.Refusal.notRegularFile(path: fifo, kind: "a named pipe (FIFO)")) {
                try SafeFileWriter.write(Data("x".utf8), to: fifo, replacing: replacing)
            }
            #expect(throws: SafeFileWriter.Refusal.notRegularFile(path: directory, kind: "a folder")) {
                try SafeFileWriter.write(Data("x".utf8), to: directory, replacing: replacing)
            }
            #expect(throws: SafeFileWriter.Refusal.notRegularFile(path: "/dev/null", kind: "a character device")) {
                try SafeFileWriter.write(Data("x".utf8), to: "/dev/null", replacing: replacing)
            }
        }
        #expect(Self.mode(fifo) & S_IFMT == S_IFIFO)
        #expect(Self.mode("/dev/null") & S_IFMT == S_IFCHR)
        #expect(folder.names == ["map", "pijp"])
    }

    @Test("a folder that is not there, or an empty name, is a plain failure and leaves nothing behind")
    func failures() throws {
        let folder = try Folder()
        let missing = folder.file("weg/plan.md")
        do {
            try SafeFileWriter.write(Data("x".utf8), to: missing, replacing: false)
            Issue.record("wrote into a folder that is not there")
        } catch {
            guard case .failed(let path, let detail) = error else {
                Issue.record("expected a failure, got \(error)")
                return
            }
            #expect(path == missing && detail.contains("No such file"), "\(detail)")
        }
        #expect(throws: SafeFileWriter.Refusal.failed(path: "", detail: "no file name")) {
            try SafeFileWriter.write(Data("x".utf8), to: "", replacing: true)
        }
        #expect(folder.names.isEmpty)
    }
}
