import Foundation

/// One GEDCOM line with its children: `level [@xref@] TAG [value]`.
public struct GedcomNode: Equatable, Sendable {
    public var tag: String
    public var xref: String?
    public var value: String
    public var line: Int
    public var children: [GedcomNode] = []

    public func first(_ tag: String) -> GedcomNode? { children.first { $0.tag == tag } }
    public func all(_ tag: String) -> [GedcomNode] { children.filter { $0.tag == tag } }
    /// The value of a sub-record path, e.g. `["BIRT", "DATE"]`.
    public func value(_ path: String...) -> String? {
        var node = self
        for t in path {
            guard let n = node.first(t) else { return nil }
            node = n
        }
        return node.value
    }
}

/// A problem in a GEDCOM file, with its line.
public struct GedcomError: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// A file without its closing `0 TRLR` was cut short (a copy or download that stopped):
    /// what it holds is only part of the family, so it is refused rather than read in part.
    /// `detail` is the problem with the broken last line, when there is one.
    public static func cutShort(line: Int, detail: String? = nil) -> GedcomError {
        GedcomError(
            line: line,
            message: "the file ends early, without its closing 0 TRLR line; it looks cut short"
                + (detail.map { " in the middle of this line (\($0))" } ?? " after this line"))
    }
}

/// Reads GEDCOM 5.5 and 7 into a tree of records. Strict about structure (every line
/// must parse, levels may only go one deeper), lenient about content.
public enum GedcomParser {
    public static func parse(_ data: Data) throws(GedcomError) -> [GedcomNode] {
        var text = GedcomText.decode(data)
        // Old DOS programs end a file with Ctrl-Z (and some pad with NULs): not a line.
        while let last = text.unicodeScalars.last, last == "\u{1A}" || last == "\0" { text.unicodeScalars.removeLast() }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .map { $0.drop { $0 == " " || $0 == "\t" } }
        // The number of the last line with something on it, and whether that is the trailer.
        let lastLine = (lines.lastIndex { !$0.isEmpty } ?? 0) + 1
        let hasTrailer = lines.last { !$0.isEmpty }?.split(whereSeparator: \.isWhitespace) == ["0", "TRLR"]
        var roots: [GedcomNode] = []
        var stack: [GedcomNode] = []  // the open path, level = index
        func close(to level: Int) {
            while stack.count > level {
                let node = stack.removeLast()
                if stack.isEmpty { roots.append(node) } else { stack[stack.count - 1].children.append(node) }
            }
        }
        func readLines() throws(GedcomError) {
            var lineNumber = 0
            for line in lines {
                lineNumber += 1
                if line.isEmpty { continue }
                var parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
                guard let level = Int(parts[0]), level >= 0, level <= 99 else {
                    throw GedcomError(line: lineNumber, message: "a line starts with its level number, not '\(parts[0].prefix(20))'")
                }
                guard parts.count == 2 else { throw GedcomError(line: lineNumber, message: "a line needs a tag after its level") }
                // Some writers pad with several spaces between level, reference and tag.
                var rest = parts[1].drop { $0 == " " }
                var xref: String?
                if rest.hasPrefix("@") {
                    parts = rest.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
                    guard parts[0].count > 2, parts[0].hasSuffix("@") else {
                        throw GedcomError(line: lineNumber, message: "a cross-reference is written @ID@, not '\(parts[0])'")
                    }
                    xref = String(parts[0])
                    guard parts.count == 2 else { throw GedcomError(line: lineNumber, message: "a tag is missing after \(parts[0])") }
                    rest = parts[1].drop { $0 == " " }
                }
                let tagAndValue = rest.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
                let tag = String(tagAndValue[0])
                guard !tag.isEmpty, tag.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                    throw GedcomError(line: lineNumber, message: "'\(tag.prefix(20))' is not a GEDCOM tag")
                }
                let value = tagAndValue.count > 1 ? String(tagAndValue[1]) : ""
                guard level <= stack.count else {
                    throw GedcomError(
                        line: lineNumber, message: "level \(level) follows level \(stack.count - 1); a level may only go one deeper")
                }
                close(to: level)
                if tag == "CONT" || tag == "CONC", level > 0, !stack.isEmpty {
                    // Continuation lines belong to the value of the line above.
                    stack[stack.count - 1].value += (tag == "CONT" ? "\n" : "") + value
                    continue
                }
                stack.append(GedcomNode(tag: tag, xref: xref, value: value, line: lineNumber))
            }
        }
        do {
            try readLines()
        } catch {
            // A broken last line in a file without its trailer is where the file was cut.
            if !hasTrailer, error.line == lastLine { throw .cutShort(line: lastLine, detail: error.message) }
            throw error
        }
        close(to: 0)
        guard roots.first?.tag == "HEAD" else { throw GedcomError(line: 1, message: "a GEDCOM file starts with 0 HEAD") }
        if let trailer = roots.firstIndex(where: { $0.tag == "TRLR" }), trailer < roots.count - 1 {
            throw GedcomError(
                line: roots[trailer + 1].line, message: "a record follows 0 TRLR (line \(roots[trailer].line)), the end of the file")
        }
        guard hasTrailer else { throw .cutShort(line: lastLine) }
        return roots
    }
}
