import Testing

@testable import TerminalUI

@Suite("Canvas")
struct CanvasTests {
    @Test("drawing past the edge clips")
    func clipsAtEdge() {
        var c = Canvas(size: Size(width: 5, height: 2))
        c.put("Zoë de Vries", at: Point(x: 2, y: 0))
        c.put("onzichtbaar", at: Point(x: 0, y: 5))
        c.put("links", at: Point(x: -3, y: 1))
        #expect(c.plainText == "  Zoë\nks\n")
    }

    @Test("a wide grapheme that does not fit becomes a space, never half")
    func wideAtEdge() {
        var c = Canvas(size: Size(width: 5, height: 1))
        c.put("ab家族", at: Point(x: 0, y: 0))
        #expect(c.row(0) == "ab家")
        #expect(c[4, 0].grapheme == " ")
        #expect(c[3, 0].isContinuation)
    }

    @Test("clipping to a rectangle keeps graphemes whole")
    func clipRect() {
        var c = Canvas(size: Size(width: 10, height: 1))
        c.put("👨‍👩‍👧👍🏽x", at: Point(x: 0, y: 0), clip: Rect(x: 0, y: 0, width: 3, height: 1))
        #expect(c.row(0) == "👨‍👩‍👧")
        #expect(c[2, 0].grapheme == " ")
    }

    @Test("overwriting half of a wide grapheme clears the other half")
    func overwriteHalf() {
        var c = Canvas(size: Size(width: 4, height: 1))
        c.put("家族", at: Point(x: 0, y: 0))
        c.put("x", at: Point(x: 1, y: 0))
        #expect(c.row(0) == " x族")
        c.put("y", at: Point(x: 2, y: 0))
        #expect(c.row(0) == " xy")
        #expect(!c[3, 0].isContinuation)
    }

    @Test("control characters are shown, never sent to the terminal")
    func controls() {
        var c = Canvas(size: Size(width: 12, height: 1))
        c.put("a\u{1b}[31mb\nc", at: Point(x: 0, y: 0))
        #expect(c.row(0) == "a\u{FFFD}[31mb⏎c")
        var a = Canvas(size: Size(width: 12, height: 1), glyphs: .ascii)
        a.put("a\u{7}b\nc", at: Point(x: 0, y: 0))
        #expect(a.row(0) == "a?b|c")
    }

    @Test("combining marks stay on their letter")
    func combining() {
        var c = Canvas(size: Size(width: 6, height: 1))
        let end = c.put("Zoe\u{308}!", at: Point(x: 0, y: 0))
        #expect(end == 4)
        #expect(c.row(0) == "Zoe\u{308}!")
    }

    @Test("boxes in Unicode and ASCII, with a title")
    func boxes() {
        var u = Canvas(size: Size(width: 10, height: 3))
        u.box(u.bounds, title: "Gezin")
        #expect(u.plainText == "┌ Gezin ─┐\n│        │\n└────────┘\n")
        var a = Canvas(size: Size(width: 6, height: 3), glyphs: .ascii)
        a.box(a.bounds)
        #expect(a.plainText == "+----+\n|    |\n+----+\n")
    }

    @Test("a one-by-one canvas takes any drawing without harm")
    func tiny() {
        var c = Canvas(size: Size(width: 1, height: 1))
        c.box(c.bounds, title: "x")
        c.put("家", at: Point(x: 0, y: 0))
        c.fill(Rect(x: -5, y: -5, width: 50, height: 50), with: "·")
        #expect(c.plainText == "·\n")
        let empty = Canvas(size: Size(width: 0, height: 0))
        #expect(empty.plainText == "\n")
    }

    @Test("find reports the cell column, counting wide graphemes as two")
    func find() {
        var c = Canvas(size: Size(width: 10, height: 2))
        c.put("家族 Zoë", at: Point(x: 0, y: 1))
        #expect(c.find("Zoë") == Point(x: 5, y: 1))
        #expect(c.find("niet") == nil)
    }
}

@Suite("Layout")
struct LayoutTests {
    let area = Rect(x: 0, y: 0, width: 80, height: 24)

    @Test("fixed, minimum and fill parts share the room")
    func split() {
        let parts = area.split(.vertical, [.fixed(2), .fill(), .fixed(2)])
        #expect(parts.map(\.height) == [2, 20, 2])
        #expect(parts.map(\.y) == [0, 2, 22])
        let cols = area.split(.horizontal, [.min(20), .fill(weight: 2)], spacing: 2)
        #expect(cols[0].width == 20 + 58 / 3)
        #expect(cols[0].width + 2 + cols[1].width == 80)
    }

    @Test("when space runs short, later parts shrink first")
    func shortage() {
        let parts = Rect(x: 0, y: 0, width: 10, height: 1).split(.horizontal, [.fixed(6), .min(6), .fill()])
        #expect(parts.map(\.width) == [6, 4, 0])
    }

    @Test("inset and centre never go negative")
    func insetAndCenter() {
        let r = Rect(x: 0, y: 0, width: 3, height: 3).inset(by: 5)
        #expect(r.width == 0 && r.height == 0)
        #expect(area.centered(Size(width: 100, height: 4)) == Rect(x: 0, y: 10, width: 80, height: 4))
    }

    @Test("lines that start or end outside the canvas are clipped, never a crash")
    func linesOutside() {
        var c = Canvas(size: Size(width: 6, height: 3))
        c.horizontalLine(y: 1, from: -3, to: 3)
        c.horizontalLine(y: 0, from: 8, to: 12)
        c.horizontalLine(y: 5, from: 0, to: 6)
        c.verticalLine(x: 5, from: -2, to: 9)
        c.verticalLine(x: 9, from: 0, to: 3)
        #expect(c.row(0) == "     │")
        #expect(c.row(1) == "───  │")
        #expect(c.row(2) == "     │")
    }

    @Test("a frame's changed cells: what differs, and the cell after a changed one")
    func changedCells() {
        var a = Canvas(size: Size(width: 4, height: 2))
        a.put("abcd", at: Point(x: 0, y: 0))
        var b = a
        b.put("X", at: Point(x: 1, y: 0))
        #expect(b.changedIndices(since: a) == [1, 2])
        #expect(a.changedIndices(since: a).isEmpty)
        #expect(b.changedIndices(since: nil).count == 8)
        #expect(b.changedIndices(since: Canvas(size: Size(width: 3, height: 2))).count == 8)
    }
}
