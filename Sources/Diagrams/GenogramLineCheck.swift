import Foundation
import KeukentafelDomain
import TerminalUI

/// What a reader of the drawn lines could misread, if anything (used by tests on every
/// fixture, the real files and random families). Works on the cells of `GenogramLines`,
/// the same picture the screen and the SVG draw.
public enum GenogramLineCheck {
    public static func problems(_ g: Genogram, _ layout: GenogramLayout, _ lines: GenogramLines) -> [String] {
        var out: [String] = []
        let segments = lines.segments
        func name(_ id: UUID?) -> String { id.flatMap { g.person(layout.copies[$0] ?? $0)?.name } ?? "?" }
        let coupleByID = Dictionary(g.couples.map { ($0.coupleID, $0) }, uniquingKeysWith: { a, _ in a })
        func family(_ id: UUID) -> String {
            guard let c = coupleByID[id] else { return "?" }
            if !c.partners.isEmpty { return c.partners.map(name).joined(separator: "+") }
            let kids = g.childLinks.filter { $0.coupleID == id }.map(\.childID)
            return "the parents of " + kids.map(name).joined(separator: "+")
        }
        // Lines of one couple belong together; so do the ticks and the descent of one person.
        func kin(_ a: Int, _ b: Int) -> Bool {
            let s = segments[a]
            let t = segments[b]
            if s.family == t.family { return true }
            let personal: Set<GenogramLines.Role> = [.tick, .descent]
            if personal.contains(s.role) && personal.contains(t.role) && s.person != nil && s.person == t.person { return true }
            // One person's tick carries on past the line of another of their couples.
            func partnerTick(_ a: GenogramLines.Segment, _ b: GenogramLines.Segment) -> Bool {
                a.role == .tick && b.role == .couple && a.person.map { coupleByID[b.family]?.partners.contains($0) == true } == true
            }
            return partnerTick(s, t) || partnerTick(t, s)
        }
        let symbolRows = Set(lines.rowTop)
        func cells(_ s: GenogramLines.Segment) -> [Point] {
            if s.isHorizontal {
                // A couple side by side: the line between the symbols, not on them.
                let between = s.role == .couple && symbolRows.contains(s.from.y)
                let lo = between ? s.from.x + 1 : s.from.x
                let hi = between ? s.to.x - 1 : s.to.x
                return lo <= hi ? (lo...hi).map { Point(x: $0, y: s.from.y) } : []
            }
            return (s.from.y...s.to.y).map { Point(x: s.from.x, y: $0) }
        }
        // A tick and a single parent's descent go on up to the name: their top is no end.
        func isEnd(_ s: GenogramLines.Segment, _ p: Point) -> Bool {
            let hangs = s.role == .tick || (s.role == .descent && s.person != nil)
            return (p == s.from && !hangs) || p == s.to
        }

        var map: [Point: [Int]] = [:]
        for (i, s) in segments.enumerated() { for p in cells(s) { map[p, default: []].append(i) } }
        var reported = Set<String>()
        func report(_ text: String) { if reported.insert(text).inserted { out.append(text) } }

        for (p, here) in map where here.count > 1 {
            for (n, a) in here.enumerated() {
                for b in here[(n + 1)...] where !kin(a, b) {
                    let s = segments[a]
                    let t = segments[b]
                    let crossing = s.isHorizontal != t.isHorizontal && !isEnd(s, p) && !isEnd(t, p)
                    if crossing { continue }
                    let what = s.isHorizontal && t.isHorizontal ? "share a stretch of line" : "meet at a junction"
                    report("the lines of \(family(s.family)) and \(family(t.family)) \(what) at \(p.x),\(p.y)")
                }
            }
        }
        // Lines on one lane at least a cell apart, so each reads as its own.
        // (Verticals cannot: only a drop ends in a downward stroke, and a symbol is below it.)
        for (i, s) in segments.enumerated() where s.isHorizontal && !(s.role == .couple && symbolRows.contains(s.from.y)) {
            let after = Point(x: s.to.x + 1, y: s.to.y)
            for j in map[after] ?? [] where !kin(i, j) && segments[j].isHorizontal {
                report("the lines of \(family(s.family)) and \(family(segments[j].family)) touch at \(after.x),\(after.y)")
            }
        }
        // Symbols and names stay clear; the cell above a symbol belongs to its own parents.
        let half = (lines.slot - 2) / 2
        for d in layout.drawings(g) {
            let cx = lines.x(d.place.column)
            let top = lines.y(d.place.row)
            let parents = Set(g.childLinks.filter { $0.childID == d.person.personID }.map(\.coupleID))
            if map[Point(x: cx, y: top)] != nil { report("a line runs through \(d.person.name)'s symbol") }
            for x in (cx - half)...(cx + half) where map[Point(x: x, y: top + 1)] != nil {
                report("a line runs through \(d.person.name)'s name")
                break
            }
            for i in map[Point(x: cx, y: top - 1)] ?? [] where segments[i].isHorizontal && !parents.contains(segments[i].family) {
                report("the line of \(family(segments[i].family)) runs just above \(d.person.name) as if to a child")
            }
        }
        // Every child reaches each of its parent sets by a line of its own.
        var ends: [UUID: [(family: UUID, x: Int)]] = [:]
        for s in segments where s.role == .drop && !s.isHorizontal {
            guard let child = s.person, let place = layout.places[child], s.to.y == lines.y(place.row) - 1,
                abs(s.to.x - lines.x(place.column)) < lines.slot / 2
            else { continue }
            ends[child, default: []].append((s.family, s.to.x))
        }
        for link in g.childLinks {
            guard let child = layout.places[link.childID], let c = coupleByID[link.coupleID] else { continue }
            let parentRows = layout.partners(of: c).compactMap { layout.places[$0]?.row }
            if let row = parentRows.max(), row >= child.row { continue }  // the layout checker reports it
            let mine = (ends[link.childID] ?? []).filter { $0.family == link.coupleID }
            if mine.count != 1 {
                report("\(name(link.childID)) has \(mine.count) lines to \(family(link.coupleID)), not one")
            }
        }
        for (child, list) in ends where Set(list.map(\.x)).count != list.count {
            report("two lines reach \(name(child)) at the same point")
        }
        return out
    }
}
