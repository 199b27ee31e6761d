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
}
