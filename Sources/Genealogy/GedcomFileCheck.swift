import Foundation

/// The kinds of file `keukentafel import` reads.
public enum ImportFormat: String, Equatable, Sendable {
    /// Keukentafel's own export.
    case json
    /// GEDCOM 5.5, 5.5.1, 5.5.5 or 7.
    case gedcom
    /// A Gramps XML database, gzip-compressed (as Gramps writes it) or plain.
    case gramps
}

/// Why a file is not imported, in words for the person who chose it.
public struct ImportRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    public init(_ message: String) { self.message = message }
}

/// Judges a file before it is read whole: from its name and its first bytes, so that a file
/// that is not what its name says (a damaged download, a disk image, an archive) is refused
/// at once instead of being read into memory first, and from its size, so that reading it
/// can never take more memory than a family's file needs.
public enum ImportFileCheck {
    /// Larger files are refused unread: a genogram's GEDCOM or Gramps file, or a family's
    /// export, is kilobytes to a few megabytes; reading 100 MB takes some 300 MB of memory.
    public static let sizeLimit = 100_000_000
    /// How many of a file's first bytes `format` looks at.
    public static let headSize = 512

    /// The size limit in words, for messages and the README.
    public static var limitInWords: String { megabytes(sizeLimit) }

    /// A file of `size` bytes (or a compressed file that unpacks to more than the limit),
    /// refused with its size and the limit; nil when it is within it.
    public static func tooLarge(size: Int, unpacked: Bool = false) -> ImportRefusal? {
        guard size > sizeLimit else { return nil }
        if unpacked {
            return ImportRefusal("once unpacked it is more than \(limitInWords); Keukentafel imports files of at most \(limitInWords)")
        }
        return ImportRefusal(
            "it is \(megabytes(size)); Keukentafel imports files of at most \(limitInWords) (a family's genogram is far smaller)")
    }

    /// What the file named `name` holds, judged from its first bytes (`headSize` of them,
    /// or all when it is shorter), or why it is refused. What it holds wins over its name
    /// where both are known formats: a GEDCOM export saved as .json still reads.
    public static func format(name: String, head: some Collection<UInt8>) -> Result<ImportFormat, ImportRefusal> {
        let head = Array(head.prefix(headSize))
        let content = Content(head)
        let ext = (name as NSString).pathExtension.lowercased()
        if content == .gedcom { return .success(.gedcom) }
        switch ext {
        case "ged":
            return .failure(ImportRefusal("not a GEDCOM file: a GEDCOM file starts with 0 HEAD, this one starts with \(content.words)"))
        case "gramps":
            guard content == .gzip || content == .xml else {
                return .failure(
                    ImportRefusal("not a Gramps XML file (gzip-compressed or plain XML): it starts with \(content.words)"))
            }
            return .success(.gramps)
        case "json":
            guard content == .json else {
                return .failure(
                    ImportRefusal("not a Keukentafel export: an export is JSON that starts with {, this file starts with \(content.words)"))
            }
            return .success(.json)
        case "gdz":
            guard content == .zip else {
                return .failure(
                    ImportRefusal(
                        "named as a GEDZIP archive (GEDCOM 7 with its media, .gdz), but it is not a ZIP archive: it starts with \(content.words)"
                    ))
            }
            return .failure(
                ImportRefusal(
                    "a GEDZIP archive: GEDCOM 7 with its media files in one ZIP file, which Keukentafel does not unpack. "
                        + "Its family is in the gedcom.ged inside: unpack that (unzip '\(name)' gedcom.ged) and import gedcom.ged"))
        case "gpkg":
            return .failure(
                ImportRefusal(
                    "a Gramps package: the database with its media files in one tar.gz archive, which Keukentafel does not unpack. "
                        + "Its family is in the data.gramps inside: unpack that (tar -xzf '\(name)' data.gramps) and import data.gramps, "
                        + "or export from Gramps as .gramps"))
        default:
            switch content {
            case .json: return .success(.json)
            case .gzip, .xml: return .success(.gramps)
            default:
                return .failure(
                    ImportRefusal(
                        "not a file Keukentafel imports: it reads its own export (.json), GEDCOM (.ged) and Gramps XML (.gramps), "
                            + "and this file starts with \(content.words)"))
            }
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1_000_000_000
            ? String(format: "%.1f GB", Double(bytes) / 1e9) : "\(Int((Double(bytes) / 1e6).rounded(.toNearestOrAwayFromZero))) MB"
    }

    /// What a file's first bytes look like.
    enum Content: Equatable {
        case empty, zeros, gedcom, json, xml, gzip, zip, pdf
        case text(String)
        case binary([UInt8])

        init(_ head: [UInt8]) {
            let text = Self.ascii(head)
            let start = text.drop(while: \.isWhitespace)
            if head.isEmpty {
                self = .empty
            } else if head.allSatisfy({ $0 == 0 }) {
                self = .zeros
            } else if start.split(separator: " ", maxSplits: 1).first == "0", start.dropFirst().drop(while: { $0 == " " }).hasPrefix("HEAD")
            {
                self = .gedcom
            } else if start.hasPrefix("{") {
                self = .json
            } else if start.hasPrefix("<") {
                self = .xml
            } else if head.starts(with: [0x1F, 0x8B]) {
                self = .gzip
            } else if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
                self = .zip
            } else if head.starts(with: Array("%PDF".utf8)) {
                self = .pdf
            } else if let line = String(decoding: head, as: UTF8.self).split(whereSeparator: \.isNewline).first,
                line.allSatisfy({ $0 != "\u{FFFD}" && ($0.isLetter || $0.isNumber || $0.isPunctuation || $0.isSymbol || $0 == " ") })
            {
                self = .text(String(line.prefix(30)))
            } else {
                self = .binary(Array(head.prefix(4)))
            }
        }

        /// The ASCII of the file's start, past a byte-order mark, in UTF-8 or UTF-16 (with or
        /// without its mark): enough to see "0 HEAD", "{" or "<".
        static func ascii(_ head: [UInt8]) -> String {
            var bytes = head[...]
            var step = 1
            var offset = 0
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                bytes = bytes.dropFirst(3)
            } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                (step, offset) = (2, bytes.first == 0xFF ? 0 : 1)
                bytes = bytes.dropFirst(2)
            } else if bytes.count >= 2, bytes[bytes.startIndex] != 0, bytes[bytes.startIndex + 1] == 0 {
                step = 2
            } else if bytes.count >= 2, bytes[bytes.startIndex] == 0, bytes[bytes.startIndex + 1] != 0 {
                (step, offset) = (2, 1)
            }
            let chars = stride(from: bytes.startIndex + offset, to: bytes.endIndex, by: step).map { bytes[$0] }
            return String(decoding: chars.prefix { $0 < 0x80 && $0 != 0 }, as: UTF8.self)
        }

        var words: String {
            switch self {
            case .empty: "nothing: it is empty"
            case .zeros: "zero bytes only, as a damaged or never-written file does"
            case .gedcom: "a GEDCOM header"
            case .json: "JSON"
            case .xml: "XML"
            case .gzip: "gzip-compressed data"
            case .zip: "a ZIP archive"
            case .pdf: "a PDF document"
            case .text(let line): "'\(line)'"
            case .binary(let bytes): "binary data (bytes \(bytes.map { String(format: "%02X", $0) }.joined(separator: " ")))"
            }
        }
    }
}
