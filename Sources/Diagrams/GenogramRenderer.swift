import Foundation
import KeukentafelDomain
import TerminalUI

/// Draws a genogram layout onto the canvas with McGoldrick-style symbols: square for
/// men, circle for women, a diamond for others; crossed when deceased, filled for the
/// index child; couple lines by status, child lines by kind of bond.
public enum GenogramRenderer {
    /// Rows of cells per generation: symbol, name, and two rows of lines to the children.
    public static let rowHeight = 4

    public static func symbol(_ p: GenogramPerson, ascii: Bool) -> Character { GenogramGlyphs.symbol(p, ascii: ascii) }

    /// Draws into `rect`, scrolled so that `focus` (the index child, say) is in view.
    /// `slot` is the width of one person's column in cells.
    public static func render(
        _ g: Genogram, _ layout: GenogramLayout, in rect: Rect, on canvas: inout Canvas,
        focus: UUID? = nil, slot: Int = 9, year: Int
    ) {
        guard rect.width > 2, rect.height > 1 else { return }
        let theme = canvas.theme
        let ascii = canvas.glyphs.isASCII
        // Pan: put the focus person's column in the middle when the drawing is wider than the room.
        let fullWidth = layout.columns * slot
        // Centred when it fits; otherwise panned to the focus.
        var offsetX = fullWidth < rect.width ? -(rect.width - fullWidth) / 2 : 0
        var offsetY = 0
        if fullWidth > rect.width, let f = focus.flatMap({ layout.places[$0] }) {
            offsetX = min(max(0, f.column * slot + slot / 2 - rect.width / 2), fullWidth - rect.width)
        }
        if layout.rows * rowHeight > rect.height, let f = focus.flatMap({ layout.places[$0] }) {
            offsetY = min(max(0, f.row * rowHeight - rect.height / 2), layout.rows * rowHeight - rect.height)
        }
        func x(_ column: Int) -> Int { rect.x + column * slot + slot / 2 - offsetX }
        func y(_ row: Int) -> Int { rect.y + row * rowHeight - offsetY }
        func put(_ s: String, _ px: Int, _ py: Int, _ style: Style) { canvas.put(s, at: Point(x: px, y: py), style: style, clip: rect) }

        // Couples and their children first, so symbols and names are drawn on top.
        for c in g.couples {
            let partners = layout.partners(of: c)
            let places = partners.compactMap { layout.places[$0] }.sorted { $0.column < $1.column }
            let kids = g.childLinks.filter { $0.coupleID == c.coupleID }.compactMap { l in layout.places[l.childID].map { (l, $0) } }
            var mid: Int?
            var parentRow: Int?
            if let first = places.first, let last = places.last {
                parentRow = first.row
                let a = x(first.column)
                let b = x(last.column)
                mid = (a + b) / 2
                if places.count > 1 {
                    let line: Character =
                        ascii
                        ? (c.status == .cohabiting || c.status == .endedCohabitation ? "." : "-")
                        : (c.status == .cohabiting || c.status == .endedCohabitation ? "┄" : "─")
                    // Side by side: between the symbols. Otherwise below the names, with ticks up.
                    let lineRow = layout.isSideBySide(c) ? y(first.row) : y(first.row) + 2
                    if lineRow != y(first.row) {
                        for p in places { put(ascii ? "|" : "│", x(p.column), lineRow, theme.border) }
                    }
                    for cx in (a + 1)..<max(a + 1, b) { put(String(line), cx, lineRow, theme.border) }
                    switch c.status {
                    case .separated, .endedCohabitation: put("/", (a + b) / 2, lineRow, theme.border)
                    case .divorced: put("//", (a + b) / 2, lineRow, theme.border)
                    default: break
                    }
                }
            } else if let firstKid = kids.first {
                // Unknown parents: a bar over the siblings only.
                parentRow = firstKid.1.row - 1
                mid = kids.map { x($0.1.column) }.min()
            }
            guard let m = mid, let pr = parentRow, !kids.isEmpty else { continue }
            let barRow = y(pr) + rowHeight - 1
            if !c.partners.isEmpty {
                for cy in (y(pr) + 1)..<barRow where cy != y(pr) + 1 || places.count > 1 {
                    put(ascii ? "|" : "│", m, cy, theme.border)
                }
            }
            let xs = kids.map { x($0.1.column) } + (c.partners.isEmpty ? [] : [m])
            if let lo = xs.min(), let hi = xs.max(), hi > lo {
                for cx in lo...hi { put(ascii ? "-" : "─", cx, barRow, theme.border) }
            }
            for (link, place) in kids {
                let kx = x(place.column)
                var drop: Character
                switch link.kind {
                case .foster: drop = ascii ? ":" : "┆"
                case .adopted: drop = ascii ? "!" : "╎"
                default: drop = ascii ? "|" : "┬"
                }
                // Twins: the outer ones lean in towards the point they share.
                if let group = link.twinGroup {
                    let twins = kids.filter { $0.0.twinGroup == group }.map(\.1.column)
                    if twins.count > 1, place.column == twins.min() { drop = GenogramGlyphs.twinDrops(ascii: ascii).left }
                    if twins.count > 1, place.column == twins.max() { drop = GenogramGlyphs.twinDrops(ascii: ascii).right }
                }
                if y(place.row) > barRow + 1 {
                    // A child further down: along the bar to the gutter beside their column,
                    // down the gutter, and back in the line row just above them.
                    let gutter = kx + slot / 2
                    let above = y(place.row) - 1
                    for cx in kx...gutter { put(ascii ? "-" : "─", cx, barRow, theme.border) }
                    for cy in (barRow + 1)..<above { put(ascii ? "|" : "│", gutter, cy, theme.border) }
                    for cx in kx...gutter { put(ascii ? "-" : "─", cx, above, theme.border) }
                    put(String(drop), kx, above, theme.border)
                } else {
                    put(String(drop), kx, barRow, theme.border)
                }
            }
        }
        // Everyone's symbol and name, copies included: where they stand and what they cover.
        let drawn = layout.drawings(g)
        let copied = Set(layout.copies.values)
        func label(_ p: GenogramPerson) -> String {
            var label = p.name
            if let b = p.birthYear, !p.deceased, p.kind == nil { label += " \(max(0, year - b))" }
            if copied.contains(p.personID) { label += GenogramGlyphs.copyMark }
            let text = label.truncated(cells: slot - 1, ellipsis: canvas.glyphs.ellipsis)
            return text
        }
        let labels = drawn.map { label($0.person) }
        var covered = Set<Point>()
        for (d, text) in zip(drawn, labels) {
            let px = x(d.place.column)
            let py = y(d.place.row)
            covered.insert(Point(x: px, y: py))
            let w = text.displayWidth
            for cx in (px - w / 2)..<(px - w / 2 + w) { covered.insert(Point(x: cx, y: py + 1)) }
        }
        drawBonds(
            g, drawn: drawn, covered: covered, ascii: ascii,
            slot: slot, x: x, y: y, on: &canvas, clip: rect)
        for (d, text) in zip(drawn, labels) {
            let p = d.person
            let px = x(d.place.column)
            let py = y(d.place.row)
            let isCopy = d.isCopy
            let style =
                p.isIndex
                ? theme.accent.with(.reverse) : (p.personID == focus && !isCopy ? theme.heading : (isCopy ? theme.muted : theme.normal))
            put(String(symbol(p, ascii: ascii)), px, py, style)
            put(text, px - text.displayWidth / 2, py + 1, p.deceased || isCopy ? theme.muted : theme.normal)
        }
    }

    /// Emotional relations, routed through the free cells around the drawing so they never
    /// run through a symbol or a name; a relation that finds no way is left out of the
    /// drawing (the list beside it still names it).
    static func drawBonds(
        _ g: Genogram, drawn: [GenogramLayout.Drawing],
        covered: Set<Point>, ascii: Bool, slot: Int, x: (Int) -> Int, y: (Int) -> Int,
        on canvas: inout Canvas, clip: Rect
    ) {
        guard !g.bonds.isEmpty else { return }
        let theme = canvas.theme
        var used = Set<Point>()
        for bond in g.bonds {
            // Someone drawn twice: the drawing nearest the other person.
            let from = drawn.filter { $0.person.personID == bond.from }.map { Point(x: x($0.place.column), y: y($0.place.row)) }
            let to = drawn.filter { $0.person.personID == bond.to }.map { Point(x: x($0.place.column), y: y($0.place.row)) }
            let pairs = from.flatMap { a in to.map { (a, $0) } }
            guard let (a, b) = pairs.min(by: { abs($0.0.x - $0.1.x) + abs($0.0.y - $0.1.y) < abs($1.0.x - $1.1.x) + abs($1.0.y - $1.1.y) })
            else { continue }
            // Only where it can be seen: a line routed outside the panel would show gaps.
            let around = Rect(
                x: min(a.x, b.x) - slot, y: min(a.y, b.y) - 1, width: abs(a.x - b.x) + 2 * slot + 1, height: abs(a.y - b.y) + 4)
            let x0 = max(around.x, clip.x)
            let y0 = max(around.y, clip.y)
            let area = Rect(x: x0, y: y0, width: max(0, min(around.maxX, clip.maxX) - x0), height: max(0, min(around.maxY, clip.maxY) - y0))
            let snapshot = canvas
            guard
                let path = CellRouter.route(
                    from: a, to: b, in: area, blocked: { covered.contains($0) },
                    penalty: { p in (snapshot[p.x, p.y].grapheme == " " ? 0 : 6) + (used.contains(p) ? 6 : 0) })
            else { continue }
            let stroke = GenogramGlyphs.bond(bond.kind, ascii: ascii)
            let style: Style
            switch bond.kind {
            case .close, .fused, .repaired: style = theme.accent
            case .distant: style = theme.muted
            default: style = theme.warning
            }
            let inner = Array(path.dropFirst().dropLast())
            for (i, p) in inner.enumerated() {
                let prev = i == 0 ? a : inner[i - 1]
                let next = i == inner.count - 1 ? b : inner[i + 1]
                var glyph: Character =
                    prev.y == next.y ? stroke.horizontal : (prev.x == next.x ? stroke.vertical : corner(prev, p, next, ascii: ascii))
                if i == inner.count / 2, let mark = stroke.mark, inner.count >= 3 || !stroke.arrow { glyph = mark }
                if stroke.arrow, i == inner.count - 1 { glyph = arrow(from: p, to: b, ascii: ascii) }
                if clip.contains(p) { canvas.set(glyph, x: p.x, y: p.y, style: style) }
                used.insert(p)
            }
        }
    }

    static func corner(_ prev: Point, _ p: Point, _ next: Point, ascii: Bool) -> Character {
        if ascii { return "+" }
        let dirs = Set([prev, next].map { Point(x: $0.x - p.x, y: $0.y - p.y) })
        switch (dirs.contains(Point(x: 0, y: -1)), dirs.contains(Point(x: -1, y: 0))) {
        case (true, true): return "╯"
        case (true, false): return "╰"
        case (false, true): return "╮"
        case (false, false): return "╭"
        }
    }

    static func arrow(from p: Point, to b: Point, ascii: Bool) -> Character {
        if b.x > p.x { return ascii ? ">" : "▶" }
        if b.x < p.x { return ascii ? "<" : "◀" }
        if b.y > p.y { return ascii ? "v" : "▼" }
        return ascii ? "^" : "▲"
    }
}
