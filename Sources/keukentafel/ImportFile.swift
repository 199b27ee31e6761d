import ArgumentParser
import Foundation
import Genealogy

/// A file for `import`, read only after its first bytes and its size say it is what it
/// should be, so that memory never holds more than the size limit of it.
struct ImportFile {
    var format: ImportFormat
    /// The whole file; for a compressed Gramps file, the XML inside it.
    var data: Data

    /// Reads `path`, or says why not on standard error and exits: 1 when it cannot be
    /// read, 3 when it is refused (as for a malformed file: nothing was imported). With
    /// `whole: false` only its first bytes and size are checked, and `data` is empty.
    static func read(_ path: String, whole: Bool = true) throws -> ImportFile {
        switch load(path, whole: whole) {
        case .success(let file): return file
        case .failure(let problem):
            complain(problem.message)
            throw ExitCode(problem.status)
        }
    }

    /// Why a file was not read: the message for standard error and the exit status.
    struct Problem: Error {
        var message: String
        var status: Int32
    }

    /// What `read` does, answering the problem instead of exiting (files read while an
    /// import of several is under way).
    static func load(_ path: String, whole: Bool = true) -> Result<ImportFile, Problem> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let handle = FileHandle(forReadingAtPath: path)
        else {
            return .failure(Problem(message: "cannot read \(path)", status: 1))
        }
        defer { try? handle.close() }
        func refuse(_ refusal: ImportRefusal) -> Problem {
            Problem(message: "\(path): \(refusal.message). Nothing was imported.", status: 3)
        }
        do {
            let head = try handle.read(upToCount: ImportFileCheck.headSize) ?? Data()
            let format: ImportFormat
            switch ImportFileCheck.format(name: path, head: head) {
            case .success(let f): format = f
            case .failure(let refusal): throw refuse(refusal)
            }
            let size = Int(try handle.seekToEnd())
            if let refusal = ImportFileCheck.tooLarge(size: size) { throw refuse(refusal) }
            guard whole else { return .success(ImportFile(format: format, data: Data())) }
            try handle.seek(toOffset: 0)
            // One byte past the limit: a file that grew since its size was read is still caught.
            let data = try handle.read(upToCount: ImportFileCheck.sizeLimit + 1) ?? Data()
            if let refusal = ImportFileCheck.tooLarge(size: data.count) { throw refuse(refusal) }
            guard format == .gramps, data.starts(with: [0x1F, 0x8B]) else { return .success(ImportFile(format: format, data: data)) }
            return .success(ImportFile(format: format, data: try gunzip(path, refuse: refuse)))
        } catch let problem as Problem {
            return .failure(problem)
        } catch {
            return .failure(Problem(message: "cannot read \(path): \(error.localizedDescription)", status: 1))
        }
    }

    /// A gzip-compressed file's content, unpacked by gzip(1) and refused as soon as it grows
    /// past the size limit: a small file can unpack to gigabytes.
    private static func gunzip(_ path: String, refuse: (ImportRefusal) -> Problem) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/gzip")
        p.arguments = ["-dc", "--", path]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        try p.run()
        var xml = Data()
        let reader = pipe.fileHandleForReading
        while let chunk = try reader.read(upToCount: 1 << 20), !chunk.isEmpty {
            xml.append(chunk)
            if let refusal = ImportFileCheck.tooLarge(size: xml.count, unpacked: true) {
                p.terminate()
                p.waitUntilExit()
                throw refuse(refusal)
            }
        }
        p.waitUntilExit()
        return xml
    }
}
