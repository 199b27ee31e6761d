import Testing

@testable import TerminalUI

@Suite("Display width")
struct DisplayWidthTests {
    @Test(
        "names and symbols get the right cell widths",
        arguments: [
            ("Zoë", 3), ("Ayşe", 4), ("Nguyễn", 6), ("Nguye\u{302}\u{303}n", 6), ("e\u{301}", 1),
            ("家族", 4), ("👨‍👩‍👧", 2), ("👍🏽", 2), ("❤️", 2), ("Ĳsbrand", 7), ("", 0),
            ("🇳🇱", 2), ("a\u{200B}b", 2), ("ｶ", 1), ("Ａ", 2),
        ])
    func widths(text: String, cells: Int) {
        #expect(text.displayWidth == cells, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test("combining marks form one grapheme of one cell")
    func combining() {
        let s = "e\u{301}"
        #expect(s.count == 1)
        #expect(DisplayWidth.of(s.first!) == 1)
    }

    static let tricky = ["Zoë en Ayşe", "Nguyễn Văn An", "家族の時間です", "👨‍👩‍👧 gezin 👍🏽", "e\u{301}e\u{301}e\u{301}", "a👨‍👩‍👧b家c"]

    @Test("a prefix by cells never splits a grapheme and never exceeds the width", arguments: tricky)
    func prefixNeverSplits(text: String) {
        for w in 0...16 {
            let p = text.prefix(cells: w)
            #expect(p.displayWidth <= w)
            #expect(text.hasPrefix(p))
            // Every grapheme of the prefix is a whole grapheme of the text.
            #expect(Array(p) == Array(Array(text).prefix(p.count)))
        }
    }

    @Test("truncation ends in an ellipsis only when something was cut")
    func truncation() {
        #expect("Zoë".truncated(cells: 3) == "Zoë")
        #expect("Zoë de Vries".truncated(cells: 5) == "Zoë …")
        #expect("家族家族".truncated(cells: 4) == "家…")
        #expect("家族".truncated(cells: 3, ellipsis: "") == "家")
        #expect("abc".padded(cells: 5) == "abc  ")
    }
}

@Suite("Text wrapping")
struct TextWrapTests {
    @Test("wraps at spaces within the width")
    func wrapsAtSpaces() {
        #expect(TextWrap.lines("Zoë zegt dat het beter gaat", width: 10) == ["Zoë zegt", "dat het", "beter gaat"])
    }

    @Test("keeps explicit line breaks and empty lines")
    func paragraphs() {
        #expect(TextWrap.lines("een\n\ntwee", width: 10) == ["een", "", "twee"])
    }

    @Test("wrapping never splits a grapheme nor exceeds the width", arguments: DisplayWidthTests.tricky)
    func neverSplits(text: String) {
        for w in 2...14 {
            let lines = TextWrap.lines(text, width: w)
            for line in lines { #expect(line.displayWidth <= w, "width \(w): \(line)") }
            // Nothing is lost: the graphemes, without spaces, come back in order.
            let joined = Array(lines.joined().filter { $0 != " " })
            #expect(joined == Array(text.filter { $0 != " " }), "width \(w)")
        }
    }

    @Test("a long word breaks between graphemes")
    func longWord() {
        #expect(TextWrap.lines("家族家族家", width: 4) == ["家族", "家族", "家"])
        #expect(TextWrap.lines("👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧", width: 3) == ["👨‍👩‍👧", "👨‍👩‍👧", "👨‍👩‍👧"])
    }
}

@Suite("Text wrapping after a label")
struct TextWrapFirstLineTests {
    @Test("the first line has its own width; nothing is lost or split")
    func firstLine() {
        let lines = TextWrap.lines("Op woensdag is het rustig [uitzondering]", firstWidth: 10, width: 20)
        #expect(lines == ["Op", "woensdag is het", "rustig", "[uitzondering]"])
        #expect(lines.first!.displayWidth <= 10)
        #expect(lines.dropFirst().allSatisfy { $0.displayWidth <= 20 })
        #expect(lines.joined(separator: " ") == "Op woensdag is het rustig [uitzondering]")
    }

    @Test("the fast answer for plain scalars is what the full rule says")
    func fastRangesAgree() {
        let ranges: [ClosedRange<UInt32>] = [0x00...0x3FF, 0x2000...0x206F, 0x2190...0x21FF, 0x2500...0x25FF]
        for range in ranges {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let c = Character(scalar)
                if DisplayWidth.isPlainNarrow(v) { #expect(DisplayWidth.ofCluster(c) == 1, "U+\(String(v, radix: 16))") }
                #expect(DisplayWidth.of(c) == DisplayWidth.ofCluster(c), "U+\(String(v, radix: 16))")
            }
        }
    }

    @Test("a cell keeps every grapheme it is given, of one scalar or several")
    func cellsKeepGraphemes() {
        for g: Character in ["a", "é", "e\u{301}", "👩‍👧", "👍🏽", "─", "中", "\u{1F1F3}\u{1F1F1}"] {
            let cell = Cell(g)
            #expect(cell.grapheme.unicodeScalars.map(\.value) == g.unicodeScalars.map(\.value))
            #expect(cell == Cell(g))
        }
        #expect(Cell("a") != Cell("b"))
        #expect(Cell("👩‍👧") != Cell("👍🏽"))
    }
}
