import Foundation
import KeukentafelDomain
import TerminalUI

/// Draws a genogram layout onto the canvas with McGoldrick-style symbols: square for
/// men, circle for women, a diamond for others; crossed when deceased, filled for the
/// index child; couple lines by status, child lines by kind of bond.
public enum GenogramRenderer {
    /// Rows of cells per generation: symbol, name, and two rows of lines to the children.
    public static let rowHeight = 4

    public static func symbol(_ p: GenogramPerson, ascii: Bool) -> Character {
        if ascii {
            if p.deceased { return "X" }
            if p.isIndex { return "@" }
            switch p.gender { case .male: return "M"; case .female: return "F"; default: return "?" }
        }
        switch (p.gender, p.deceased, p.isIndex) {
        case (.male, true, _): return "⊠"
        case (.female, true, _): return "⊗"
        case (_, true, _): return "◈"
        case (.male, _, true): return "■"
        case (.female, _, true): return "●"
        case (_, _, true): return "◆"
        case (.male, _, _): return "□"
        case (.female, _, _): return "○"
        default: return "◇"
        }
    }

    /// Draws into `rect`, scrolled so that `focus` (the index child, say) is in view.
    /// `slot` is the width of one person's column in cells.
    public static func render(_ g: Genogram, _ layout: GenogramLayout, in rect: Rect, on canvas: inout Canvas,
                              focus: UUID? = nil, slot: Int = 9, year: Int) {
        guard rect.width > 2, rect.height > 1 else { return }
        let theme = canvas.theme
        let ascii = canvas.glyphs.isASCII
        // Pan: put the focus person's column in the middle when the drawing is wider than the room.
        let fullWidth = layout.columns * slot
        // Centred when it fits; otherwise panned to the focus.
        var offsetX = fullWidth < rect.width ? -(rect.width - fullWidth) / 2 : 0, offsetY = 0
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
            let places = c.partners.compactMap { layout.places[$0] }.sorted { $0.column < $1.column }
            let kids = g.childLinks.filter { $0.coupleID == c.coupleID }.compactMap { l in layout.places[l.childID].map { (l, $0) } }
            var mid: Int?
            var parentRow: Int?
            if let first = places.first, let last = places.last {
                parentRow = first.row
                let a = x(first.column), b = x(last.column)
                mid = (a + b) / 2
                if places.count > 1 {
                    let line: Character = ascii ? (c.status == .cohabiting || c.status == .endedCohabitation ? "." : "-")
                        : (c.status == .cohabiting || c.status == .endedCohabitation ? "┄" : "─")
                    // Side by side: between the symbols. Otherwise below the names, with ticks up.
                    let lineRow = layout.isSideBySide(c) ? y(first.row) : y(first.row) + 2
                    if lineRow != y(first.row) {
                        for p in places { put(ascii ? "|" : "│", x(p.column), lineRow, theme.border) }
                    }
                    for cx in (a + 1)..<b { put(String(line), cx, lineRow, theme.border) }
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
                let drop: Character
                switch link.kind {
                case .foster: drop = ascii ? ":" : "┆"
                case .adopted: drop = ascii ? "!" : "╎"
                default: drop = ascii ? "|" : "┬"
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
        for p in g.persons {
            guard let place = layout.places[p.personID] else { continue }
            let px = x(place.column), py = y(place.row)
            let style = p.isIndex ? theme.accent.with(.reverse) : (p.personID == focus ? theme.heading : theme.normal)
            put(String(symbol(p, ascii: ascii)), px, py, style)
            var label = p.name
            if let b = p.birthYear, !p.deceased { label += " \(max(0, year - b))" }
            let text = label.truncated(cells: slot - 1, ellipsis: canvas.glyphs.ellipsis)
            put(text, px - text.displayWidth / 2, py + 1, p.deceased ? theme.muted : theme.normal)
        }
    }
}
