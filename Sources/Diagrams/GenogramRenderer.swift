import Foundation
import KeukentafelDomain
import Synchronization
import TerminalUI

/// Draws a genogram layout onto the canvas with McGoldrick-style symbols: square for
/// men, circle for women, a diamond for others; crossed when deceased, filled for the
/// index child; couple lines by status, child lines by kind of bond.
public enum GenogramRenderer {
    public static func symbol(_ p: GenogramPerson, ascii: Bool) -> Character { GenogramGlyphs.symbol(p, ascii: ascii) }

    /// Draws into `rect`, scrolled so that `focus` (the index child, say) is in view.
    /// `slot` is the width of one person's column in cells (made even, so a couple's
    /// midpoint falls on a cell).
    public static func render(
        _ g: Genogram, _ layout: GenogramLayout, in rect: Rect, on canvas: inout Canvas,
        focus: UUID? = nil, slot requested: Int = 10, year: Int
    ) {
        guard rect.width > 2, rect.height > 1 else { return }
        let lines = GenogramLines(g, layout, slot: requested)
        let slot = lines.slot
        let theme = canvas.theme
        let ascii = canvas.glyphs.isASCII
        // Centred when it fits; otherwise panned to the focus.
        let fullWidth = layout.columns * slot
        var offsetX = fullWidth < rect.width ? -(rect.width - fullWidth) / 2 : 0
        var offsetY = 0
        if fullWidth > rect.width, let f = focus.flatMap({ layout.places[$0] }) {
            offsetX = min(max(0, lines.x(f.column) - rect.width / 2), fullWidth - rect.width)
        }
        if lines.height > rect.height, let f = focus.flatMap({ layout.places[$0] }) {
            offsetY = min(max(0, lines.y(f.row) - rect.height / 2), lines.height - rect.height)
        }
        func sx(_ x: Int) -> Int { rect.x + x - offsetX }
        func sy(_ y: Int) -> Int { rect.y + y - offsetY }
        func put(_ s: String, _ px: Int, _ py: Int, _ style: Style) { canvas.put(s, at: Point(x: px, y: py), style: style, clip: rect) }

        // Family lines first, so symbols and names are drawn on top.
        let familyCells = familyLineGlyphs(g, lines, ascii: ascii)
        for (p, glyph) in familyCells {
            let q = Point(x: sx(p.x), y: sy(p.y))
            if rect.contains(q) { canvas.set(glyph, x: q.x, y: q.y, style: theme.border) }
        }
        // Emotional relations, along couple lines or routed around symbols and names.
        let routes = routesRemembered(
            g, layout, lines, year: year, visible: Rect(x: rect.x - sx(0), y: rect.y - sy(0), width: rect.width, height: rect.height))
        for bond in g.bonds {
            let stroke = GenogramGlyphs.bond(bond.kind, ascii: ascii)
            let style: Style
            switch bond.kind {
            case .close, .fused, .repaired: style = theme.accent
            case .distant: style = theme.muted
            default: style = theme.warning
            }
            func draw(_ glyph: Character, _ p: Point) {
                let q = Point(x: sx(p.x), y: sy(p.y))
                // A relation passes under a family line rather than breaking it.
                if rect.contains(q) && familyCells[p] == nil { canvas.set(glyph, x: q.x, y: q.y, style: style) }
            }
            if let lane = routes.along[bond.bondID] {
                let cells = (lane.x1...lane.x2).map { Point(x: $0, y: lane.y) }
                let towardsRight = (layout.places[bond.to].map { lines.x($0.column) } ?? lane.x2) > lane.x1
                for (i, p) in cells.enumerated() {
                    var glyph = stroke.horizontal
                    if i == cells.count / 2, let mark = stroke.mark { glyph = mark }
                    if stroke.arrow && towardsRight && i == cells.count - 1 { glyph = ascii ? ">" : "▶" }
                    if stroke.arrow && !towardsRight && i == 0 { glyph = ascii ? "<" : "◀" }
                    draw(glyph, p)
                }
                continue
            }
            guard let path = routes.paths[bond.bondID], path.count > 2 else { continue }
            let a = path[0]
            let b = path[path.count - 1]
            let inner = Array(path.dropFirst().dropLast())
            for (i, p) in inner.enumerated() {
                let prev = i == 0 ? a : inner[i - 1]
                let next = i == inner.count - 1 ? b : inner[i + 1]
                var glyph: Character =
                    prev.y == next.y ? stroke.horizontal : (prev.x == next.x ? stroke.vertical : corner(prev, p, next, ascii: ascii))
                if i == inner.count / 2, let mark = stroke.mark, inner.count >= 3 || !stroke.arrow { glyph = mark }
                if stroke.arrow, i == inner.count - 1 { glyph = arrow(from: p, to: b, ascii: ascii) }
                draw(glyph, p)
            }
        }
        // Everyone's symbol and name, copies included.
        let drawn = layout.drawings(g)
        let copied = Set(layout.copies.values)
        for d in drawn {
            let p = d.person
            let text = GenogramCaption.label(
                p, year: year, copied: copied.contains(p.personID), slot: slot, ellipsis: canvas.glyphs.ellipsis)
            let px = sx(lines.x(d.place.column))
            let py = sy(lines.y(d.place.row))
            let isCopy = d.isCopy
            let style =
                p.isIndex
                ? theme.accent.with(.bold) : (p.personID == focus && !isCopy ? theme.heading : (isCopy ? theme.muted : theme.normal))
            put(String(symbol(p, ascii: ascii)), px, py, style)
            put(text, px - text.displayWidth / 2, py + 1, p.deceased || isCopy ? theme.muted : theme.normal)
        }
    }

    /// Cells where two families' lines cross plainly (the SVG leaves a gap there).
    public static func familyLineCrossings(_ g: Genogram, _ lines: GenogramLines) -> [Point] {
        familyLineCells(g, lines, ascii: false).crossings
    }

    /// What the last relation routes were worked out for.
    struct RouteKey: Equatable, Sendable {
        var genogram: Genogram
        var lines: GenogramLines
        var year: Int
        var visible: Rect
    }
    /// The last routes: a frame redrawn for a keystroke has the same genogram, and routing
    /// is the one costly part of drawing it.
    static let lastRoutes = Mutex<(RouteKey, GenogramBondRoutes)?>(nil)

    static func routesRemembered(_ g: Genogram, _ layout: GenogramLayout, _ lines: GenogramLines, year: Int, visible: Rect)
        -> GenogramBondRoutes
    {
        let key = RouteKey(genogram: g, lines: lines, year: year, visible: visible)
        if let (k, routes) = lastRoutes.withLock({ $0 }), k == key { return routes }
        let routes = GenogramBondRoutes(g, layout, lines, year: year, visible: visible)
        lastRoutes.withLock { $0 = (key, routes) }
        return routes
    }

    /// The family lines as cells: each cell's glyph from the directions its lines leave
    /// it in (a junction is drawn as one, a plain crossing as the vertical line passing),
    /// dashed for foster and adopted children and for couples living together.
    public static func familyLineGlyphs(_ g: Genogram, _ lines: GenogramLines, ascii: Bool) -> [Point: Character] {
        familyLineCells(g, lines, ascii: ascii).glyphs
    }

    static func familyLineCells(_ g: Genogram, _ lines: GenogramLines, ascii: Bool) -> (glyphs: [Point: Character], crossings: [Point]) {
        let up: UInt8 = 1
        let down: UInt8 = 2
        let left: UInt8 = 4
        let right: UInt8 = 8
        struct Mark {
            var family: UUID
            var dirs: UInt8
            var dash: Character?
        }
        let couples = Dictionary(g.couples.map { ($0.coupleID, $0) }, uniquingKeysWith: { a, _ in a })
        var cells: [Point: [Mark]] = [:]
        func add(_ p: Point, _ family: UUID, _ dirs: UInt8, _ dash: Character?) {
            if let i = cells[p]?.firstIndex(where: { $0.family == family }) {
                cells[p]![i].dirs |= dirs
                if cells[p]![i].dash != dash { cells[p]![i].dash = nil }
            } else {
                cells[p, default: []].append(Mark(family: family, dirs: dirs, dash: dash))
            }
        }
        for s in lines.segments {
            if s.from.y == s.to.y && s.from.x != s.to.x {
                let between = s.role == .couple && lines.inline.contains(s.family)
                let lo = between ? s.from.x + 1 : s.from.x
                let hi = between ? s.to.x - 1 : s.to.x
                guard lo <= hi else { continue }
                let living = [.cohabiting, .endedCohabitation].contains(couples[s.family]?.status)
                let dash: Character? = s.role == .couple && living ? (ascii ? "." : "┄") : nil
                for x in lo...hi {
                    var dirs: UInt8 = 0
                    if x > s.from.x { dirs |= left }
                    if x < s.to.x { dirs |= right }
                    add(Point(x: x, y: s.from.y), s.family, dirs, dash)
                }
            } else {
                var dash: Character?
                switch s.kind {
                case .foster?: dash = ascii ? ":" : "┆"
                case .adopted?: dash = ascii ? "!" : "╎"
                default: dash = nil
                }
                for y in s.from.y...s.to.y {
                    var dirs: UInt8 = 0
                    if y > s.from.y || s.role == .tick || (s.role == .descent && s.person != nil) { dirs |= up }
                    if y < s.to.y || s.role == .drop { dirs |= down }
                    add(Point(x: s.from.x, y: y), s.family, dirs, dash)
                }
            }
        }
        func glyph(_ dirs: UInt8, dash: Character?) -> Character {
            if dirs == up | down || dirs == up || dirs == down { return dash ?? (ascii ? "|" : "│") }
            if dirs == left | right || dirs == left || dirs == right { return dash ?? (ascii ? "-" : "─") }
            if ascii { return "+" }
            switch dirs {
            case down | right: return "┌"
            case down | left: return "┐"
            case up | right: return "└"
            case up | left: return "┘"
            case left | right | down: return "┬"
            case left | right | up: return "┴"
            case up | down | right: return "├"
            case up | down | left: return "┤"
            default: return "┼"
            }
        }
        var out: [Point: Character] = [:]
        var crossings: [Point] = []
        for (p, marks) in cells {
            if marks.count == 1 {
                out[p] = glyph(marks[0].dirs, dash: marks[0].dash)
            } else if let vertical = marks.first(where: { $0.dirs == up | down }), marks.contains(where: { $0.dirs == left | right }) {
                // Two families' lines crossing: the vertical passes, no junction is drawn.
                out[p] = glyph(vertical.dirs, dash: vertical.dash)
                crossings.append(p)
            } else {
                out[p] = glyph(marks.reduce(0) { $0 | $1.dirs }, dash: nil)
            }
        }
        // Separation and divorce marks on the couple line, beside the descent.
        for s in lines.segments where s.role == .couple {
            guard let c = couples[s.family] else { continue }
            let count: Int
            switch c.status {
            case .separated, .endedCohabitation: count = 1
            case .divorced: count = 2
            default: count = 0
            }
            guard count > 0 else { continue }
            let descent = lines.segments.first { $0.family == s.family && $0.role == .descent }?.from.x
            let mid = descent ?? (s.from.x + s.to.x) / 2
            let xs = descent != nil ? Array((mid - count)..<mid) : Array((mid - count / 2)..<(mid - count / 2 + count))
            for x in xs {
                let p = Point(x: x, y: s.from.y)
                guard x > s.from.x, x < s.to.x, cells[p]?.count == 1, cells[p]?[0].dirs == left | right else { continue }
                out[p] = "/"
            }
        }
        // Twins come off one point: the outer two lean in towards it.
        var twinGroups: [UUID: [GenogramLines.Segment]] = [:]
        let twinOf = Dictionary(
            g.childLinks.compactMap { l in l.twinGroup.map { ("\(l.coupleID)/\(l.childID)", $0) } }, uniquingKeysWith: { a, _ in a })
        for s in lines.segments where s.role == .drop && s.from.x == s.to.x {
            guard let child = s.person, let group = twinOf["\(s.family)/\(child)"] else { continue }
            if !lines.segments.contains(where: { $0.role == .sibship && $0.family == s.family && $0.from.y == s.from.y }) { continue }
            twinGroups[group, default: []].append(s)
        }
        let slants = GenogramGlyphs.twinDrops(ascii: ascii)
        for (_, drops) in twinGroups where drops.count > 1 {
            let sorted = drops.sorted { $0.from.x < $1.from.x }
            out[sorted[0].from] = slants.left
            out[sorted[sorted.count - 1].from] = slants.right
        }
        return (out, crossings)
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
