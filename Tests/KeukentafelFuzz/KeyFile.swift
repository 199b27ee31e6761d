import Foundation

/// One thing the fuzzer does to the program.
enum FuzzAction: Equatable {
    /// Bytes written in one write: a key, an escape sequence, a piece of text, a paste.
    case write([UInt8])
    /// A new terminal size (the kernel sends SIGWINCH).
    case resize(columns: Int, rows: Int)
    /// A resize after which output must come within the hang limit: the program is alive
    /// and answering, not only not dead.
    case probe(columns: Int, rows: Int)
    /// A pause, so a lone Escape is read as Escape and not as the start of Alt-something.
    case pause(milliseconds: Int)
}

/// The key file: every action of a run as one line, so a failure replays byte for byte.
///
///     # comments (seed, run, what happened)
///     setup 80 24 demo nl     the first size, whether the store starts with the demo family, the language
///     w <bytes>               one write; bytes 0x20–0x7E and UTF-8 text as themselves, `\\` and `\xNN` otherwise
///     r 120 40                resize
///     p 121 40                resize and require output (the hang probe)
///     s 30                    pause 30 ms
enum KeyFile {
    struct Setup: Equatable {
        var columns: Int
        var rows: Int
        var demo: Bool
        /// `--lang` for the program: nl or en.
        var language: String
    }

    static func line(_ action: FuzzAction) -> String {
        switch action {
        case .write(let bytes): return "w " + escape(bytes)
        case .resize(let c, let r): return "r \(c) \(r)"
        case .probe(let c, let r): return "p \(c) \(r)"
        case .pause(let ms): return "s \(ms)"
        }
    }

    static func line(_ setup: Setup) -> String { "setup \(setup.columns) \(setup.rows) \(setup.demo ? "demo" : "empty") \(setup.language)" }

    /// Reads a key file; throws with the line number when a line is not understood.
    static func parse(_ data: Data) throws -> (Setup, [FuzzAction]) {
        var setup: Setup?
        var actions: [FuzzAction] = []
        for (i, raw) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = Array(raw)
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let text = String(decoding: line, as: UTF8.self)
            // Split on the bytes: a combining mark after the space would join it as one Character.
            let words = line.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            func numbers() -> [Int] { words.dropFirst().compactMap { Int($0) } }
            switch words.first {
            case "setup":
                let n = numbers()
                guard n.count == 2 else { throw KeyFileError.badLine(i + 1, text) }
                setup = Setup(columns: n[0], rows: n[1], demo: words.contains("demo"), language: words.contains("en") ? "en" : "nl")
            case "w":
                guard let bytes = unescape(Array(line.dropFirst(2))) else { throw KeyFileError.badLine(i + 1, text) }
                actions.append(.write(bytes))
            case "r", "p":
                let n = numbers()
                guard n.count == 2 else { throw KeyFileError.badLine(i + 1, text) }
                actions.append(words.first == "r" ? .resize(columns: n[0], rows: n[1]) : .probe(columns: n[0], rows: n[1]))
            case "s":
                guard let ms = numbers().first else { throw KeyFileError.badLine(i + 1, text) }
                actions.append(.pause(milliseconds: ms))
            default:
                throw KeyFileError.badLine(i + 1, text)
            }
        }
        guard let setup else { throw KeyFileError.noSetup }
        return (setup, actions)
    }

    /// Printable ASCII and whole UTF-8 characters from U+00A0 stay readable; the rest is `\xNN`.
    static func escape(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\\") {
                out += "\\\\"
                i += 1
                continue
            }
            if b >= 0x20 && b < 0x7F {
                out.unicodeScalars.append(UnicodeScalar(b))
                i += 1
                continue
            }
            let length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0
            if length > 0, i + length <= bytes.count {
                if let s = String(validating: bytes[i..<(i + length)], as: UTF8.self), let scalar = s.unicodeScalars.first,
                    s.unicodeScalars.count == 1, scalar.value >= 0xA0,
                    scalar.properties.generalCategory != .lineSeparator, scalar.properties.generalCategory != .paragraphSeparator
                {
                    out += s
                    i += length
                    continue
                }
            }
            out += String(format: "\\x%02X", b)
            i += 1
        }
        return out
    }

    static func unescape(_ line: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < line.count {
            if line[i] != UInt8(ascii: "\\") {
                out.append(line[i])
                i += 1
                continue
            }
            guard i + 1 < line.count else { return nil }
            if line[i + 1] == UInt8(ascii: "\\") {
                out.append(line[i + 1])
                i += 2
                continue
            }
            guard line[i + 1] == UInt8(ascii: "x"), i + 3 < line.count,
                let b = UInt8(String(decoding: line[(i + 2)...(i + 3)], as: UTF8.self), radix: 16)
            else { return nil }
            out.append(b)
            i += 4
        }
        return out
    }
}

enum KeyFileError: Error, CustomStringConvertible {
    case badLine(Int, String)
    case noSetup
    var description: String {
        switch self {
        case .badLine(let n, let text): return "key file line \(n) not understood: \(text.prefix(80))"
        case .noSetup: return "key file has no setup line"
        }
    }
}

/// Writes the key file as the run goes (a long run's keys do not stay in memory).
final class KeyFileWriter {
    let url: URL
    private let handle: FileHandle
    private var buffer = Data()

    init(url: URL, header: [String], setup: KeyFile.Setup) throws {
        self.url = url
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        handle = try FileHandle(forWritingTo: url)
        for h in header { note(h) }
        buffer.append(Data((KeyFile.line(setup) + "\n").utf8))
    }

    func record(_ action: FuzzAction) {
        buffer.append(Data((KeyFile.line(action) + "\n").utf8))
        if buffer.count > 1 << 16 { flush() }
    }

    /// A comment line: what happened at this point of the run.
    func note(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) { buffer.append(Data(("# " + line + "\n").utf8)) }
    }

    func flush() {
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        try? handle.close()
    }
}
