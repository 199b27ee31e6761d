import Testing

@testable import TerminalUI

@Suite("UTF-8 from raw reads")
struct UTF8StreamTests {
    /// Pushes bytes, in as many pieces as given, through one stream.
    func scalars(_ pieces: [[UInt8]]) -> String {
        var stream = UTF8Stream()
        var out = String.UnicodeScalarView()
        for piece in pieces {
            for byte in piece {
                let (first, second) = stream.push(byte)
                if let first { out.append(first) }
                if let second { out.append(second) }
            }
        }
        #expect(!stream.isPending)
        return String(out)
    }

    @Test("characters of one to four bytes, also split across reads")
    func splitAcrossReads() {
        let text = "Zoë 家族 👨‍👩‍👧 ok"
        let bytes = Array(text.utf8)
        #expect(scalars([bytes]) == text)
        for cut in 1..<bytes.count {
            #expect(scalars([Array(bytes[..<cut]), Array(bytes[cut...])]) == text, "cut at \(cut)")
        }
    }

    @Test("bytes that are not UTF-8 become U+FFFD, overlong forms too, never a control")
    func invalid() {
        #expect(scalars([[0x61, 0xFF, 0x62]]) == "a\u{FFFD}b")
        #expect(scalars([[0xC3, 0x61]]) == "\u{FFFD}a", "a sequence broken off keeps the byte that broke it")
        #expect(scalars([[0xE0, 0x80, 0x9B]]) == "\u{FFFD}", "an overlong ESC is not an ESC")
        #expect(scalars([[0xC0, 0x9B]]) == "\u{FFFD}\u{FFFD}")
        #expect(scalars([[0xED, 0xA0, 0x80]]) == "\u{FFFD}", "a surrogate")
        #expect(scalars([[0xF4, 0x90, 0x80, 0x80]]) == "\u{FFFD}", "beyond U+10FFFF")
    }
}
