import ArgumentParser
import Foundation
import SafeOutput

/// `-o FILE` and `--force` for every command that writes a file: a new path, or with
/// `--force` an existing regular file, replaced whole (mode 0600); never through a link,
/// never into a pipe or a device. Without `-o` the result goes to standard output.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Replace the -o file if it exists.")
    var force = false

    func validate() throws {
        if force && output == nil { throw ValidationError("--force only goes with -o FILE.") }
    }

    /// Writes the command's result; a refusal is said plainly and exits with status 1.
    func write(_ data: Data, newlineOnTerminal: Bool = false) throws {
        guard let output else {
            FileHandle.standardOutput.write(data)
            if newlineOnTerminal { print() }
            return
        }
        do {
            try SafeFileWriter.write(data, to: output, replacing: force)
        } catch {
            complain(Self.message(error))
            throw ExitCode(1)
        }
    }

    static func message(_ refusal: SafeFileWriter.Refusal) -> String {
        switch refusal {
        case .exists(let path):
            return "\(path) already exists; nothing was written. Add --force to replace it."
        case .symbolicLink(let path):
            return
                "\(path) is a symbolic link; nothing was written. Keukentafel does not write through links: give the file's own path or a new one."
        case .notRegularFile(let path, let kind):
            return
                "\(path) is \(kind), not a regular file; nothing was written. Give a new file's path, or leave out -o for standard output."
        case .failed(let path, let detail):
            return "cannot write \(path): \(detail). Nothing was written."
        }
    }
}
