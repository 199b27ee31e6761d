import ArgumentParser
import Foundation
import KeukentafelDomain

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The terminal's settings while echo is off, so an interrupt can put them back.
nonisolated(unsafe) private var savedTerminal = termios()
nonisolated(unsafe) private var terminalDescriptor: Int32 = -1

/// A bundle's passphrase: from `--passphrase-file` (its first line), or typed on the
/// terminal without echo (twice when making a bundle).
enum Passphrase {
    static func read(file: String?, confirm: Bool, language: Language) throws -> String {
        if let file { return try fromFile(file, language: language) }
        let first = try ask(tr(language, nl: "Wachtzin: ", en: "Passphrase: "), language: language)
        guard confirm else { return first }
        let second = try ask(tr(language, nl: "Nog een keer: ", en: "Again: "), language: language)
        guard first == second else {
            complain(
                tr(
                    language, nl: "de twee wachtzinnen verschillen. Er is niets geschreven.",
                    en: "the two passphrases differ. Nothing was written."))
            throw ExitCode(1)
        }
        return first
    }

    private static func fromFile(_ path: String, language: Language) throws -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            complain(tr(language, nl: "kan de wachtzin niet lezen uit \(path)", en: "cannot read the passphrase from \(path)"))
            throw ExitCode(1)
        }
        let line = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let passphrase = line.hasSuffix("\r") ? String(line.dropLast()) : line
        guard !passphrase.isEmpty else {
            complain(tr(language, nl: "\(path) heeft geen wachtzin op de eerste regel", en: "\(path) has no passphrase on its first line"))
            throw ExitCode(1)
        }
        return passphrase
    }

    /// Asks on the terminal itself (not standard input, which may be a file), echo off.
    private static func ask(_ prompt: String, language: Language) throws -> String {
        let fd = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else {
            complain(
                tr(
                    language, nl: "geen terminal om de wachtzin te vragen: geef --passphrase-file FILE",
                    en: "no terminal to ask the passphrase on: give --passphrase-file FILE"))
            throw ExitCode(1)
        }
        defer { close(fd) }
        var settings = termios()
        guard tcgetattr(fd, &settings) == 0 else {
            complain(tr(language, nl: "kan de echo van de terminal niet uitzetten", en: "cannot turn the terminal's echo off"))
            throw ExitCode(1)
        }
        savedTerminal = settings
        terminalDescriptor = fd
        // Ctrl-C while echo is off must not leave the shell typing blind.
        let previous = signal(SIGINT) { _ in
            var restore = savedTerminal
            tcsetattr(terminalDescriptor, TCSAFLUSH, &restore)
            _ = write(terminalDescriptor, "\n", 1)
            _exit(130)
        }
        var quiet = settings
        quiet.c_lflag &= ~tcflag_t(ECHO)
        quiet.c_lflag |= tcflag_t(ECHONL)
        tcsetattr(fd, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(fd, TCSAFLUSH, &settings)
            signal(SIGINT, previous)
        }
        _ = prompt.withCString { write(fd, $0, strlen($0)) }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while Glibc.read(fd, &byte, 1) == 1, byte != 0x0A { bytes.append(byte) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
