import Foundation
import KeukentafelDomain
import TerminalUI

/// The way each emotional relation runs, in the units of `GenogramLines`, so the screen
/// and the SVG draw it alike: between partners side by side, along their couple line;
/// otherwise through free cells, never through a symbol, a name or a junction of the
/// family lines, crossing those lines only where it must. A relation that finds no way
/// is left out of the drawing (the list beside it still names it).
public struct GenogramBondRoutes: Equatable, Sendable {
    /// Cells from one person's symbol to the other's, both included.
    public var paths: [UUID: [Point]]
    /// Relations drawn along a couple line.
    public var along: [UUID: GenogramLines.PartnerLane]

    /// `visible`: the part of the drawing on show (the screen pans over a large
    /// genogram); a relation routed outside it would show with gaps.
    public init(_ g: Genogram, _ layout: GenogramLayout, _ lines: GenogramLines, year: Int, visible: Rect? = nil) {
        self.init(g, layout, lines, year: year, visible: visible, watch: nil)
    }

    /// One search for a relation's route as it was made, for the tests: the cells searched,
    /// what entering each cost then (row by row; `CellRouter.Search.blocked` where none may
    /// enter), the two ends, the cost of a bend, and the route found (nil: none).
    struct Attempt {
        var area: Rect
        var costs: [Int]
        var start: Point
        var goal: Point
        var bend: Int
        var path: [Point]?
    }

    /// `watch` sees every search, in order (the tests hold each route against the reference).
    init(_ g: Genogram, _ layout: GenogramLayout, _ lines: GenogramLines, year: Int, visible: Rect?, watch: ((Attempt) -> Void)?) {
        paths = [:]
        along = Dictionary(lines.partnerLanes.map { ($0.bondID, $0) }, uniquingKeysWith: { a, _ in a })
        guard !g.bonds.isEmpty else { return }
        // One cell a byte over the whole drawing: a route asks about many cells, many times.
        let w = max(1, lines.width)
        let bounds = Rect(x: 0, y: 0, width: w, height: lines.height)
        func index(_ p: Point) -> Int { p.y * w + p.x }
        var isBlocked = [Bool](repeating: false, count: w * lines.height)
        var onLine = [Bool](repeating: false, count: w * lines.height)
        Self.forEachBlockedCell(g, layout, lines, year: year) { p in
            if bounds.contains(p) { isBlocked[index(p)] = true }
        }
        for s in lines.segments {
            if s.from.y == s.to.y {
                for x in s.from.x...s.to.x where bounds.contains(Point(x: x, y: s.from.y)) { onLine[s.from.y * w + x] = true }
            } else {
                for y in s.from.y...s.to.y where bounds.contains(Point(x: s.from.x, y: y)) { onLine[y * w + s.from.x] = true }
            }
        }
        let slot = lines.slot
        // Where each person is drawn (twice for some), in the order of the drawings.
        var drawnAt: [UUID: [Point]] = [:]
        for d in layout.drawings(g) {
            drawnAt[d.person.personID, default: []].append(Point(x: lines.x(d.place.column), y: lines.y(d.place.row)))
        }
        // The nearest first, so each keeps its natural way and the long ones go round.
        func distance(_ b: GenogramBond) -> Int {
            guard let p = layout.places[b.from], let q = layout.places[b.to] else { return .max }
            return abs(lines.x(p.column) - lines.x(q.column)) + abs(lines.y(p.row) - lines.y(q.row))
        }
        let bonds = g.bonds.enumerated().sorted { (distance($0.element), $0.offset) < (distance($1.element), $1.offset) }.map(\.element)
        // Cells other relations run through: 1 where straight across, 2 at a bend.
        var used = [UInt8](repeating: 0, count: w * lines.height)
        // Each cell's cost of entering it (or blocked) for a route that keeps clear of the
        // others, and for one that may cross them: what `used` makes of `isBlocked` and
        // `onLine`, kept up to date as routes are laid.
        let blocked = CellRouter.Search.blocked
        func clearCost(_ i: Int) -> Int { isBlocked[i] || used[i] != 0 ? blocked : onLine[i] ? 12 : 0 }
        func crossingCost(_ i: Int) -> Int { isBlocked[i] || used[i] == 2 ? blocked : (onLine[i] ? 12 : 0) + (used[i] != 0 ? 30 : 0) }
        var clear = (0..<used.count).map(clearCost)
        var crossing = (0..<used.count).map(crossingCost)
        // One search for all the relations: its memory is reused from route to route.
        let search = CellRouter.Search()
        for bond in bonds where along[bond.bondID] == nil {
            // Someone drawn twice: the drawing nearest the other person.
            let from = drawnAt[bond.from] ?? []
            let to = drawnAt[bond.to] ?? []
            let pairs = from.flatMap { a in to.map { (a, $0) } }
            guard
                let (a, b) = pairs.min(by: { abs($0.0.x - $0.1.x) + abs($0.0.y - $0.1.y) < abs($1.0.x - $1.1.x) + abs($1.0.y - $1.1.y) })
            else { continue }
            // Near the two (a little way round them), inside the part of the drawing on
            // show, which keeps a free row above and below for relations.
            var area = Rect(
                x: min(a.x, b.x) - 4 * slot, y: min(a.y, b.y) - 10, width: abs(a.x - b.x) + 8 * slot + 1, height: abs(a.y - b.y) + 21
            ).intersection(bounds)
            if let visible { area = area.intersection(visible) }
            guard area.contains(a), area.contains(b) else { continue }
            // Another relation's cells only when there is no other way, and then only
            // straight across it: never along it, never at its bends.
            func route(sharing: Bool) -> [Point]? {
                let grid = sharing ? crossing : clear
                grid.withUnsafeBufferPointer { search.load(area, from: $0, width: w) }
                // A relation is often walled in, by the others or, crossing them, by names and
                // symbols: a flood fill tells so at a fraction of a search's cost.
                let path = search.reaches(from: a, to: b) ? search.route(from: a, to: b, bend: 3) : nil
                if let watch {
                    let costs = (area.y..<area.maxY).flatMap { y in grid[(y * w + area.x)..<(y * w + area.maxX)] }
                    watch(Attempt(area: area, costs: costs, start: a, goal: b, bend: 3, path: path))
                }
                return path
            }
            func crossesOnly(_ path: [Point]) -> Bool {
                path.indices.dropFirst().dropLast().allSatisfy { i in
                    guard used[index(path[i])] != 0 else { return true }
                    let (prev, next) = (path[i - 1], path[i + 1])
                    return prev.x == next.x || prev.y == next.y
                } && !zip(path, path.dropFirst()).contains { used[index($0)] != 0 && used[index($1)] != 0 }
            }
            guard let path = route(sharing: false) ?? route(sharing: true).flatMap({ crossesOnly($0) ? $0 : nil }) else { continue }
            paths[bond.bondID] = path
            for i in path.indices.dropFirst().dropLast() {
                let straight = path[i - 1].x == path[i + 1].x || path[i - 1].y == path[i + 1].y
                let cell = index(path[i])
                used[cell] = used[cell] == 0 && straight ? 1 : 2
                clear[cell] = clearCost(cell)
                crossing[cell] = crossingCost(cell)
            }
        }
    }

    /// Where no relation may run: symbols, the room of every name, couple lines between
    /// partners and the junctions of the family lines (a relation crossing there would
    /// make a junction unreadable).
    static func blockedCells(_ g: Genogram, _ layout: GenogramLayout, _ lines: GenogramLines, year: Int) -> Set<Point> {
        var out = Set<Point>()
        forEachBlockedCell(g, layout, lines, year: year) { out.insert($0) }
        return out
    }

    /// The cells of `blockedCells`, some more than once, without building a set.
    static func forEachBlockedCell(
        _ g: Genogram, _ layout: GenogramLayout, _ lines: GenogramLines, year: Int, _ body: (Point) -> Void
    ) {
        let copied = Set(layout.copies.values)
        let children = Set(g.childLinks.map(\.childID))
        for d in layout.drawings(g) {
            let cx = lines.x(d.place.column)
            let top = lines.y(d.place.row)
            body(Point(x: cx, y: top))
            // Above a child only the lines from its parents arrive.
            if children.contains(d.id) { body(Point(x: cx, y: top - 1)) }
            let w = GenogramCaption.cells(d.person, year: year, copied: copied.contains(d.person.personID), slot: lines.slot)
            for x in (cx - w / 2)..<(cx - w / 2 + w) { body(Point(x: x, y: top + 1)) }
        }
        for s in lines.segments {
            if s.role == .couple && lines.inline.contains(s.family) {
                // Between partners: a relation running there would read as the couple's line.
                for x in s.from.x...s.to.x { body(Point(x: x, y: s.from.y)) }
            } else {
                body(s.from)
                body(s.to)
            }
        }
    }

    /// Cells of a route that run through a symbol or a name (none, when routing worked).
    public static func problems(
        _ g: Genogram, _ layout: GenogramLayout, _ lines: GenogramLines, _ routes: GenogramBondRoutes, year: Int
    ) -> [String] {
        let blocked = blockedCells(g, layout, lines, year: year)
        var out: [String] = []
        for b in g.bonds {
            guard let path = routes.paths[b.bondID] else { continue }
            if path.dropFirst().dropLast().contains(where: blocked.contains) {
                out.append(
                    "the relation \(g.person(b.from)?.name ?? "?") – \(g.person(b.to)?.name ?? "?") runs through a name, a symbol or a junction"
                )
            }
            if zip(path, path.dropFirst()).contains(where: { abs($0.x - $1.x) + abs($0.y - $1.y) != 1 }) {
                out.append("the relation \(g.person(b.from)?.name ?? "?") – \(g.person(b.to)?.name ?? "?") has a gap")
            }
        }
        return out
    }
}

/// A person's caption under their symbol: on screen the name and age on one line; in the
/// SVG the name with the years under it. `cells` is the room both take, in cells.
public enum GenogramCaption {
    public static func label(_ p: GenogramPerson, year: Int, copied: Bool, slot: Int, ellipsis: String) -> String {
        var label = p.name
        if let b = p.birthYear, !p.deceased, p.kind == nil { label += " \(max(0, year - b))" }
        if copied { label += GenogramGlyphs.copyMark }
        return label.truncated(cells: slot - 1, ellipsis: ellipsis)
    }

    /// The SVG's line of years: `1980 (46)`, `1950–2019`.
    public static func years(_ p: GenogramPerson, year: Int) -> String? {
        guard let b = p.birthYear else { return nil }
        if p.kind != nil { return "\(b)" }
        return p.deceased ? "\(b)–\(p.deathYear.map(String.init) ?? "")" : "\(b) (\(max(0, year - b)))"
    }

    /// The SVG's text is about half a cell a character at its scale; the wider of the two
    /// drawings' captions, never wider than the column.
    public static func cells(_ p: GenogramPerson, year: Int, copied: Bool, slot: Int) -> Int {
        let screen = label(p, year: year, copied: copied, slot: slot, ellipsis: "…").displayWidth
        let svg = (max(min(p.name.count, GenogramExport.nameLimit), years(p, year: year)?.count ?? 0) + 1) / 2 + 1
        return min(slot - 1, max(screen, svg))
    }
}
