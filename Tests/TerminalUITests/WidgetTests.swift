import Testing

@testable import TerminalUI

@Suite("Widgets")
struct WidgetTests {
    @Test("scroll list keeps the selection in range and in view")
    func scrollList() {
        var list = ScrollList(count: 10)
        let handledEnd = list.handle(KeyPress(.end), pageSize: 3)
        #expect(handledEnd)
        #expect(list.selected == 9)
        let bottom = list.visibleRange(height: 3)
        #expect(bottom == 7..<10)
        _ = list.handle(KeyPress(.pageUp), pageSize: 3)
        #expect(list.selected == 7)
        _ = list.handle(KeyPress(.home), pageSize: 3)
        let top = list.visibleRange(height: 3)
        #expect(top == 0..<3)
        let handledX = list.handle(.char("x"), pageSize: 3)
        #expect(!handledX)
        list.setCount(2)
        #expect(list.selected == 0)
        var empty = ScrollList(count: 0)
        _ = empty.handle(KeyPress(.down), pageSize: 3)
        #expect(empty.selected == 0)
    }

    @Test("scroll list draws visible rows and a scroll bar when longer than its room")
    func scrollListRender() {
        var c = Canvas(size: Size(width: 6, height: 3))
        var list = ScrollList(count: 5)
        list.select(4)
        list.render(in: c.bounds, on: &c) { i, rect, selected, canvas in
            canvas.put((selected ? ">" : " ") + "r\(i)", at: Point(x: rect.x, y: rect.y), clip: rect)
        }
        #expect(c.plainText == " r2  ┆\n r3  ┆\n>r4  █\n")
    }

    @Test("form moves between fields, submits on the last, and keeps pasted lines")
    func form() {
        var f = Form([Form.Field(label: "Naam"), Form.Field(label: "Leden")])
        _ = f.handle(.char("A"))
        let outcome1 = f.handle(KeyPress(.enter))
        #expect(outcome1 == .moved)
        #expect(f.focus == 1)
        f.paste("Sandra\nMilan")
        #expect(f.value(1) == "Sandra\nMilan")
        let outcome2 = f.handle(KeyPress(.backTab))
        #expect(outcome2 == .moved)
        #expect(f.focus == 0)
        _ = f.handle(KeyPress(.tab))
        let outcome3 = f.handle(KeyPress(.enter))
        #expect(outcome3 == .submit)
        let outcome4 = f.handle(KeyPress(.escape))
        #expect(outcome4 == .cancel)
        f.errors[0] = "Verplicht"
        var c = Canvas(size: Size(width: 30, height: 3))
        f.render(in: c.bounds, on: &c)
        #expect(c.row(0) == "Naam   A")
        #expect(c.row(1) == "       Verplicht")
        #expect(c.row(2) == "Leden  Sandra⏎Milan")
    }

    @Test("tabs wrap around and show the selected one reversed")
    func tabs() {
        var t = Tabs(["Genogram", "Netwerk", "Schalen"])
        t.previous()
        #expect(t.selected == 2)
        t.next()
        #expect(t.selected == 0)
        var c = Canvas(size: Size(width: 40, height: 1))
        t.render(in: c.bounds, on: &c)
        #expect(c.row(0) == " Genogram  │  Netwerk  │  Schalen")
        #expect(c[1, 0].style.attributes.contains(.reverse))
        #expect(!c[14, 0].style.attributes.contains(.reverse))
    }

    @Test("dialog with number keys: a digit chooses that button; without them, or out of range, digits do nothing")
    func dialogNumberKeys() {
        var d = Dialog(title: "Wat bedoelt u?", message: "1: a\n2: b", buttons: ["Terug", "1", "2"], numberKeys: true)
        #expect(d.handle(.char("2")) == .chose(2) && d.selected == 2)
        #expect(d.handle(.char("3")) == .unhandled && d.handle(.char("0")) == .unhandled)
        var plain = Dialog(title: "Weggooien?", message: "", buttons: ["Terug", "Weggooien"])
        #expect(plain.handle(.char("1")) == .unhandled)
    }

    @Test("dialog: arrows choose, Enter confirms, Esc dismisses; drawn centred")
    func dialog() {
        var d = Dialog(title: "Weggooien?", message: "Nog niet opgeslagen.", buttons: ["Terug", "Weggooien"])
        let outcome5 = d.handle(KeyPress(.right))
        #expect(outcome5 == .moved)
        let outcome6 = d.handle(KeyPress(.enter))
        #expect(outcome6 == .chose(1))
        let outcome7 = d.handle(KeyPress(.escape))
        #expect(outcome7 == .dismissed)
        var c = Canvas(size: Size(width: 40, height: 7))
        d.render(in: c.bounds, on: &c)
        #expect(c.contains("┌ Weggooien? "))
        #expect(c.contains("Nog niet opgeslagen."))
        #expect(c.contains("[ Terug ]  [ Weggooien ]"))
        let p = c.find("Weggooien ]")!
        #expect(c[p.x, p.y].style.attributes.contains(.reverse))
    }

    @Test("help overlay lists keys, scrolls when cramped, closes on another key")
    func help() {
        var h = HelpOverlay(title: "Toetsen", entries: (1...20).map { KeyHelp("k\($0)", "actie \($0)") }, footer: "Sluiten")
        var c = Canvas(size: Size(width: 40, height: 10))
        h.render(in: c.bounds, on: &c)
        #expect(c.contains("k1"))
        #expect(!c.contains("k20"))
        #expect(c.contains(" ↓ Sluiten"), "at the top, only 'more below' shows")
        let closedOnPage = h.handle(KeyPress(.pageDown))
        #expect(!closedOnPage)
        _ = h.handle(KeyPress(.pageDown))
        var d = Canvas(size: Size(width: 40, height: 10))
        h.render(in: d.bounds, on: &d)
        #expect(d.contains("k20"))
        #expect(d.contains("↑  Sluiten"), "at the end, only 'more above' shows")
        let outcome8 = h.handle(.char("q"))
        #expect(outcome8)
    }

    @Test("help overlay wraps a long action under itself instead of cutting it")
    func helpWraps() {
        let long = "Label: uitzondering, doel, kracht, zorg, wonderteken, volhouden, afspraak, compliment"
        let h = HelpOverlay(
            title: "Toetsen", entries: [KeyHelp("Alt-E G S W M C A K", long), KeyHelp("F1", "Deze hulp")], footer: "Sluiten")
        var c = Canvas(size: Size(width: 50, height: 12))
        h.render(in: c.bounds, on: &c)
        let text = (0..<12).map { c.row($0) }.joined(separator: "\n")
        for word in long.split(separator: " ") { #expect(text.contains(word), "\(word) is shown whole") }
        #expect(!text.contains("…"))
        #expect(c.contains("Alt-E G S W M C A K"))
    }

    @Test("key hints stop before they would be cut")
    func keyHints() {
        var c = Canvas(size: Size(width: 22, height: 1))
        KeyHints([("?", "hulp"), ("q", "stoppen"), ("L", "English")]).render(in: c.bounds, on: &c)
        #expect(c.row(0) == "? hulp  q stoppen")
    }
}
