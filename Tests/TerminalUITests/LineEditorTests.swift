import KeukentafelDomain
import Testing

@testable import TerminalUI

@Suite("Line editor")
struct LineEditorTests {
    func editor(_ text: String) -> LineEditor { LineEditor(text: text) }

    @Test("the cursor moves by grapheme, also over emoji and combining marks")
    func graphemeMovement() {
        var e = editor("a👨‍👩‍👧e\u{301}")
        #expect(e.cursor == 3)
        _ = e.handle(KeyPress(.left))
        _ = e.handle(KeyPress(.backspace))
        #expect(e.text == "ae\u{301}")
        _ = e.handle(KeyPress(.end))
        _ = e.handle(KeyPress(.backspace))
        #expect(e.text == "a")
    }

    @Test("word movement and deletion: Ctrl-arrows, Alt-B/F, Ctrl-W, Alt-D")
    func words() {
        var e = editor("mijn moeder Riet")
        _ = e.handle(KeyPress(.left, .control))
        #expect(e.cursor == 12)
        _ = e.handle(.alt("b"))
        #expect(e.cursor == 5)
        _ = e.handle(.alt("f"))
        #expect(e.cursor == 11)
        _ = e.handle(.ctrl("w"))
        #expect(e.text == "mijn  Riet")
        _ = e.handle(.ctrl("a"))
        _ = e.handle(.alt("d"))
        #expect(e.text == "  Riet")
    }

    @Test("Home/End, Ctrl-A/E, Ctrl-K and Ctrl-U")
    func lineKeys() {
        var e = editor("het gaat beter")
        _ = e.handle(KeyPress(.home))
        #expect(e.cursor == 0)
        _ = e.handle(.ctrl("e"))
        #expect(e.cursor == 14)
        for _ in 0..<6 { _ = e.handle(KeyPress(.left)) }
        _ = e.handle(.ctrl("k"))
        #expect(e.text == "het gaat")
        _ = e.handle(KeyPress(.left))
        _ = e.handle(.ctrl("u"))
        #expect(e.text == "t")
        #expect(e.cursor == 0)
        _ = e.handle(KeyPress(.delete))
        #expect(e.text.isEmpty)
    }

    @Test("a combining mark typed after its letter joins it")
    func combiningInsert() {
        var e = editor("Zoe")
        _ = e.handle(.char("\u{308}"))
        #expect(e.graphemes.count == 3)
        #expect(e.text == "Zoe\u{308}")
        #expect(e.cursor == 3)
    }

    @Test("pasted text with newlines is inserted whole and does not submit")
    func pasteKeepsNewlines() {
        var e = editor("Mama: ")
        e.insert("eerste regel\ntweede regel")
        #expect(e.text == "Mama: eerste regel\ntweede regel")
        #expect(e.cursor == e.graphemes.count)
    }

    @Test("Enter submits and remembers; ↑ and ↓ walk the history and back to the draft")
    func history() {
        var e = editor("")
        e.insert("eerste")
        #expect(e.handle(KeyPress(.enter)) == .submitted("eerste"))
        e.setText("tweede")
        _ = e.handle(KeyPress(.enter))
        e.setText("concept")
        _ = e.handle(KeyPress(.up))
        #expect(e.text == "tweede")
        _ = e.handle(KeyPress(.up))
        #expect(e.text == "eerste")
        _ = e.handle(KeyPress(.up))
        #expect(e.text == "eerste")
        _ = e.handle(KeyPress(.down))
        _ = e.handle(KeyPress(.down))
        #expect(e.text == "concept")
        #expect(e.history == ["eerste", "tweede"])
    }

    @Test("rendering scrolls so the cursor stays visible, and places the cursor")
    func renderScrolls() {
        var c = Canvas(size: Size(width: 8, height: 1))
        let e = editor("abcdefghijkl")
        e.render(in: c.bounds, on: &c, focused: true)
        #expect(c.row(0) == "fghijkl")
        #expect(c.cursor == Point(x: 7, y: 0))
        var d = Canvas(size: Size(width: 8, height: 1))
        LineEditor().render(in: d.bounds, on: &d, focused: false, placeholder: "typ hier")
        #expect(d.row(0) == "typ hier")
        #expect(d.cursor == nil)
    }

    // MARK: Long text: limits and work that does not grow with the text

    @Test("a paste that does not fit is refused whole; at the limit typed keys are not taken")
    func limit() {
        var e = LineEditor(text: "abc", limit: 10)
        #expect(e.room == 7)
        let tooLong = e.insert("12345678")
        #expect(!tooLong)
        #expect(e.text == "abc", "nothing of a refused paste is inserted")
        let fitting = e.insert("1234567")
        #expect(fitting)
        #expect(e.text == "abc1234567")
        let typedAtLimit = e.handle(.char("x"))
        #expect(typedAtLimit == .unhandled)
        #expect(e.text == "abc1234567")
        _ = e.handle(KeyPress(.backspace))
        let typedWithRoom = e.handle(.char("x"))
        #expect(typedWithRoom == .edited)
        // Graphemes are counted, not bytes: ten family emoji fill a ten-grapheme field.
        var f = LineEditor(limit: 10)
        let emoji = f.insert(String(repeating: "👨‍👩‍👧", count: 10))
        #expect(emoji)
        let oneMore = f.insert("!")
        #expect(!oneMore)
        #expect(LineEditor().limit == LineEditor.standardLimit)
    }

    @Test("inserting anywhere gives what segmenting the whole new text gives, also for marks, flags, ZWJ emoji and Hangul")
    func spliceMatchesWholeSegmentation() {
        let pieces = [
            "a", "e", "\u{301}", "\u{308}", "ë", " ", "\n", "\r", "\r\n", "🇳", "🇱", "🇳🇱", "👩", "\u{200D}", "👧", "\u{FE0F}",
            "\u{1100}", "\u{1161}", "\u{11A8}", "家", "क", "\u{94D}", "ष",
        ]
        var rng = SplitMix64(seed: 15)
        for _ in 0..<3000 {
            let text = (0..<Int(rng.next() % 8)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            let inserted = (0..<Int(rng.next() % 3 + 1)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            let before = Array(text)
            let cursor = Int(rng.next() % UInt64(before.count + 1))
            var e = LineEditor(text: text)
            for _ in 0..<(before.count - cursor) { _ = e.handle(KeyPress(.left)) }
            e.insert(inserted)
            // The reference: the whole text segmented again, the cursor after the inserted text.
            let whole = Array(String(before[..<cursor]) + inserted + String(before[cursor...]))
            let expectedCursor = min(Array(String(before[..<cursor]) + inserted).count, whole.count)
            #expect(
                e.graphemes.map { Array($0.unicodeScalars) } == whole.map { Array($0.unicodeScalars) },
                "\(text.debugDescription) + \(inserted.debugDescription) at \(cursor)")
            #expect(e.cursor == expectedCursor, "\(text.debugDescription) + \(inserted.debugDescription) at \(cursor)")
        }
    }

    @Test("a key typed into a line of a million graphemes re-segments only its neighbours")
    func spliceIsLocal() {
        let long = Array(String(repeating: "Zoë zegt ", count: 111_112))
        for cursor in [0, 1, long.count / 2, long.count] {
            let splice = LineEditor.splice(long, cursor: cursor, inserting: "x")
            #expect(splice.replacing.count <= 1, "cursor \(cursor)")
            #expect(splice.graphemes.count <= 2, "cursor \(cursor)")
        }
        // A paste is segmented with the one grapheme before it (and the one after, to check it stays apart).
        let paste = String(repeating: "het gaat beter\n", count: 1000)
        let splice = LineEditor.splice(long, cursor: 500, inserting: paste)
        #expect(splice.replacing == 499..<500)
        #expect(splice.graphemes.count == paste.count + 1)
        #expect(splice.cursor == 500 + paste.count)
    }

    @Test("drawing asks the width of the visible graphemes only, wherever the cursor is in a long line")
    func drawingIsLocal() {
        let count = 1_000_000
        for cursor in [0, 1, 40, count / 2, count - 1, count] {
            var asked = 0
            let span = LineEditor.visibleSpan(count: count, cursor: cursor, columns: 40) { _ in
                asked += 1
                return 1
            }
            #expect(asked <= 2 * 40 + 2, "cursor \(cursor): \(asked) widths asked")
            #expect(span.graphemes.contains(cursor) || span.graphemes.upperBound == cursor)
            #expect(span.cursorColumn == cursor - span.graphemes.lowerBound)
        }
    }

    @Test("scrolling a long line shows the same as before: wide graphemes, line breaks, cursor in the middle")
    func scrollingUnchanged() {
        let text = "Zoë 家族 zegt:\nhet gaat 👨‍👩‍👧 beter, echt waar; 가나다 ja"
        let graphemes = Array(text)
        for columns in [2, 5, 8, 13] {
            for cursor in 0...graphemes.count {
                // The old way: the first start from which the text up to the cursor fits.
                func width(_ r: Range<Int>) -> Int { graphemes[r].reduce(0) { $0 + DisplayWidth.of($1) } }
                var start = 0
                while start < cursor && width(start..<cursor) > max(1, columns - 1) { start += 1 }
                let span = LineEditor.visibleSpan(count: graphemes.count, cursor: cursor, columns: columns) {
                    DisplayWidth.of(graphemes[$0])
                }
                #expect(span.graphemes.lowerBound == start, "columns \(columns), cursor \(cursor)")
                #expect(span.cursorColumn == width(start..<cursor))
                #expect(width(span.graphemes) >= min(columns, width(start..<graphemes.count)), "fills the row")
            }
        }
        var c = Canvas(size: Size(width: 10, height: 1))
        let long = LineEditor(text: String(repeating: "abc", count: 300_000) + "einde")
        long.render(in: c.bounds, on: &c, focused: true)
        #expect(c.row(0) == "cabceinde")
        #expect(c.cursor == Point(x: 9, y: 0))
    }
}
