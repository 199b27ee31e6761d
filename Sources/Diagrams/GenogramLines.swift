import Foundation
import KeukentafelDomain
import TerminalUI

/// Every line of a genogram's family structure, placed once so that the screen, the SVG
/// and the checker see one picture.
///
/// Units: x in cells of columns `slot` wide (a person stands in the middle of their
/// column, so a couple side by side has its midpoint on the column boundary); y in rows:
/// per generation a symbol row and a caption row, with a band of lanes above each
/// generation where the lines to it run. Lanes are counted from the bottom of a band for
/// sibship lines (lane 0 touches the children) and from the top for the lines of couples
/// who do not stand side by side.
///
/// What a reader relies on, kept here and verified by `GenogramLineCheck`: each couple's
/// children hang from a sibship line of its own, on a lane no other family's horizontal
/// line shares or touches; a child with several parent sets (birth and foster parents)
/// gets one entry per set, side by side; within a band every vertical of one family
/// stands where no other family's vertical runs, so lines only ever cross plainly, never
/// at a junction; no lane-0 line passes over a child that is not its own.
public struct GenogramLines: Equatable, Sendable {
    /// What a segment is in the family structure.
    public enum Role: String, Sendable {
        /// Between two partners: on the symbol row when side by side, else in a lane.
        case couple
        /// From a partner down to a couple line in a lane.
        case tick
        /// From a couple (or a single parent) down to its children's sibship line.
        case descent
        /// The sibship line the children's lines hang from.
        case sibship
        /// From the sibship line to one child (with its way down the gutter when far).
        case drop
    }

    /// One straight piece of line; `from` is the top or left end.
    public struct Segment: Equatable, Sendable {
        /// The couple the line belongs to.
        public var family: UUID
        public var role: Role
        public var from: Point
        public var to: Point
        /// The partner of a tick, the single parent of a descent, the child of a drop.
        public var person: UUID?
        /// How a dropped-to child belongs to the couple (the line's dash).
        public var kind: ChildLinkKind?
        public var isHorizontal: Bool { from.y == to.y && from.x != to.x }
    }

    /// An emotional relation between the two partners of a couple side by side: drawn
    /// along their couple line, on the lane just above it.
    public struct PartnerLane: Equatable, Sendable {
        public var bondID: UUID
        public var y: Int
        public var x1: Int
        public var x2: Int
    }

    public let slot: Int
    /// The y of each generation's symbols (its captions are one row below).
    public internal(set) var rowTop: [Int]
    /// Rows and cells the whole drawing needs.
    public internal(set) var height: Int
    public internal(set) var width: Int
    public internal(set) var segments: [Segment]
    public internal(set) var partnerLanes: [PartnerLane]
    /// Couples drawn side by side, their line between the symbols.
    public internal(set) var inline: Set<UUID>

    /// The middle of a column.
    public func x(_ column: Int) -> Int { column * slot + slot / 2 }
    /// The symbol row of a generation.
    public func y(_ row: Int) -> Int { rowTop.indices.contains(row) ? rowTop[row] : row * 4 }

    /// A horizontal line waiting for its lane.
    private struct Pending {
        var family: UUID
        var x1: Int
        var x2: Int
        var minLane = 0
        var lane = 0
    }

    /// A couple as it is drawn.
    private struct Family {
        var id: UUID
        var partners: [(id: UUID, place: GenogramLayout.Place)]
        var parentRow: Int
        var kids: [(link: GenogramChildLink, place: GenogramLayout.Place)]
        var inline: Bool
        var descentX: Int?
        var coupleLane: Int?
        var bar: Int?
        var far: [(child: UUID, gutter: Int, approach: Int)] = []
    }

    /// `relationRows`: free rows above the first generation and below the last, where
    /// emotional relations can run round the drawing (the SVG affords more than a screen).
    public init(_ g: Genogram, _ layout: GenogramLayout, slot requested: Int, relationRows: Int = 1) {
        // An even slot puts a side-by-side couple's midpoint exactly on a cell.
        let slot = max(4, requested + requested % 2)
        self.slot = slot
        func x(_ column: Int) -> Int { column * slot + slot / 2 }
        let rows = max(1, layout.rows)

        // The couples to draw, with their children in rows below them.
        var families: [Family] = []
        var linksOf: [UUID: [GenogramChildLink]] = [:]
        for l in g.childLinks { linksOf[l.coupleID, default: []].append(l) }
        for c in g.couples {
            let partners = layout.partners(of: c).compactMap { id in layout.places[id].map { (id: id, place: $0) } }
                .sorted { $0.place.column < $1.place.column }
            let kids = (linksOf[c.coupleID] ?? []).compactMap { l in
                layout.places[l.childID].map { (link: l, place: $0) }
            }
            let parentRow: Int
            if let row = partners.map(\.place.row).max() {
                parentRow = row
            } else if let row = kids.map(\.place.row).min() {
                parentRow = row - 1
            } else {
                continue
            }
            let below = kids.filter { $0.place.row > parentRow }
            let inline =
                partners.count == 2 && partners[0].place.row == partners[1].place.row
                && partners[1].place.column - partners[0].place.column == 1
            if partners.count < 2 && below.isEmpty { continue }
            families.append(Family(id: c.coupleID, partners: partners, parentRow: parentRow, kids: below, inline: inline))
        }

        // Entries: a child with several parent sets gets one per set, ordered by where the
        // sets stand, so lines coming from the left arrive on the left.
        var setsOfChild: [UUID: [(family: UUID, x: Double)]] = [:]
        for f in families {
            let xs = f.partners.map { Double(x($0.place.column)) }
            let at = xs.isEmpty ? Double(f.kids.map { x($0.place.column) }.min() ?? 0) : xs.reduce(0, +) / Double(xs.count)
            for k in f.kids { setsOfChild[k.link.childID, default: []].append((f.id, at)) }
        }
        var entry: [UUID: [UUID: Int]] = [:]  // child → family → x
        let widest = slot / 2 - 1
        for (child, sets) in setsOfChild {
            guard let place = layout.places[child] else { continue }
            let ordered = sets.enumerated().sorted { ($0.element.x, $0.offset) < ($1.element.x, $1.offset) }.map(\.element.family)
            for (i, family) in ordered.enumerated() {
                let offset = max(-widest, min(widest, 2 * i - (ordered.count - 1)))
                entry[child, default: [:]][family] = x(place.column) + offset
            }
        }

        // Verticals already placed: per band (band r lies above generation r), x → the
        // couples whose verticals stand there.
        var used = [[Int: Set<UUID>]](repeating: [:], count: rows + 1)
        func mark(_ b: Int, _ x: Int, _ family: UUID) { used[b][x, default: []].insert(family) }
        func band(_ f: Family) -> Int { max(0, f.parentRow + 1) }
        for i in families.indices {
            let f = families[i]
            if f.inline {
                families[i].descentX = (x(f.partners[0].place.column) + x(f.partners[1].place.column)) / 2
            }
            if let d = families[i].descentX, !f.kids.isEmpty { mark(band(f), d, f.id) }
            for k in f.kids where k.place.row == f.parentRow + 1 {
                if let e = entry[k.link.childID]?[f.id] { mark(band(f), e, f.id) }
            }
            if !f.inline && f.partners.count > 1 { for p in f.partners { mark(band(f), x(p.place.column), f.id) } }
        }
        for f in families {
            for k in f.kids where k.place.row > f.parentRow + 1 {
                if let e = entry[k.link.childID]?[f.id] { mark(k.place.row, e, f.id) }
            }
        }
        // A child further down than the next generation: down the gutter between two
        // columns, at one no other vertical of the bands on the way uses.
        for i in families.indices {
            let f = families[i]
            for k in f.kids where k.place.row > f.parentRow + 1 {
                let centre = x(k.place.column)
                let bands = band(f)...k.place.row
                var chosen = centre + slot / 2
                for step in 0..<(2 * max(1, layout.columns) + 2) {
                    let distance = slot / 2 + (step / 2) * slot
                    let candidate = step % 2 == 0 ? centre + distance : centre - distance
                    if candidate >= 0 && !bands.contains(where: { used[$0][candidate] != nil }) {
                        chosen = candidate
                        break
                    }
                }
                for b in bands { mark(b, chosen, f.id) }
                families[i].far.append((k.link.childID, chosen, 0))
            }
        }
        // Couples not side by side: the descent from the middle of their line; a single
        // parent: from under their name. Moved aside where another family's vertical
        // already stands (a child below the parent, say).
        for i in families.indices where !families[i].inline && !families[i].partners.isEmpty {
            let f = families[i]
            let single = f.partners.count == 1
            let lo = single ? x(f.partners[0].place.column) - slot / 2 : x(f.partners.first!.place.column)
            let hi = single ? x(f.partners[0].place.column) + slot / 2 : x(f.partners.last!.place.column)
            let mid = (lo + hi) / 2
            var chosen = mid
            for step in 0..<(hi - lo) {
                let candidate = mid + (step % 2 == 0 ? step / 2 : -(step / 2 + 1))
                // A line straight down to one's own child is no conflict.
                if candidate > lo && candidate < hi && (used[band(f)][candidate] ?? []).isSubset(of: [f.id]) {
                    chosen = candidate
                    break
                }
            }
            families[i].descentX = chosen
            if !f.kids.isEmpty { mark(band(f), chosen, f.id) }
        }

        // What stands on each generation's row, for the rule that a lane-0 line passes
        // over no child but its own: every symbol's middle and every entry.
        var anchors = [[(x: Int, child: UUID, family: UUID?)]](repeating: [], count: rows)
        for (id, place) in layout.places where place.row >= 0 && place.row < rows {
            anchors[place.row].append((x(place.column), layout.copies[id] ?? id, nil))
        }
        for (child, sets) in entry {
            guard let row = layout.places[child]?.row, row < rows else { continue }
            for (family, ex) in sets { anchors[row].append((ex, child, family)) }
        }
        for r in anchors.indices { anchors[r].sort { $0.x < $1.x } }
        func minLane(_ x1: Int, _ x2: Int, band b: Int, family: UUID, children: Set<UUID>) -> Int {
            guard b < rows else { return 0 }
            let row = anchors[b]
            var lo = 0
            var hi = row.count
            while lo < hi {
                let m = (lo + hi) / 2
                if row[m].x < x1 { lo = m + 1 } else { hi = m }
            }
            var i = lo
            while i < row.count, row[i].x <= x2 {
                let a = row[i]
                if !children.contains(a.child) || (a.family != nil && a.family != family) { return 1 }
                i += 1
            }
            return 0
        }

        // Partner relations along side-by-side couple lines: lane 0 above them, kept free.
        var reserved = [[(Int, Int)]](repeating: [], count: rows + 1)
        var partnerLaneRows: [(bond: UUID, band: Int, x1: Int, x2: Int)] = []
        for b in g.bonds {
            guard
                let f = families.first(where: {
                    $0.inline && Set($0.partners.map { layout.copies[$0.id] ?? $0.id }) == Set([b.from, b.to])
                })
            else { continue }
            let a = x(f.partners[0].place.column)
            let z = x(f.partners[1].place.column)
            guard z - a >= 6, !partnerLaneRows.contains(where: { $0.bond == b.bondID }) else { continue }
            partnerLaneRows.append((b.bondID, f.parentRow, a + 2, z - 2))
            reserved[f.parentRow].append((a + 2, z - 2))
        }

        // Lanes: sibship lines and the last stretch to far children from the bottom,
        // couple lines from the top; on one lane, lines keep at least a cell apart.
        var bottom = [[(index: Int, far: Int?, p: Pending)]](repeating: [], count: rows + 1)
        for (i, f) in families.enumerated() where !f.kids.isEmpty {
            var xs: [Int] = f.descentX.map { [$0] } ?? []
            for k in f.kids where k.place.row == f.parentRow + 1 { if let e = entry[k.link.childID]?[f.id] { xs.append(e) } }
            xs += f.far.map(\.gutter)
            let nearKids = f.kids.filter { $0.place.row == f.parentRow + 1 }
            let near = Set(nearKids.map(\.link.childID))
            var p = Pending(family: f.id, x1: xs.min() ?? 0, x2: xs.max() ?? 0)
            p.minLane = minLane(p.x1, p.x2, band: band(f), family: f.id, children: near)
            // A foster or adoptive line needs a stretch of its own to show its dashes.
            if nearKids.contains(where: { $0.link.kind == .foster || $0.link.kind == .adopted }) { p.minLane = max(p.minLane, 1) }
            bottom[band(f)].append((i, nil, p))
            for (j, far) in f.far.enumerated() {
                guard let e = entry[far.child]?[f.id], let row = layout.places[far.child]?.row else { continue }
                var q = Pending(family: f.id, x1: min(e, far.gutter), x2: max(e, far.gutter))
                q.minLane = minLane(q.x1, q.x2, band: row, family: f.id, children: [far.child])
                bottom[row].append((i, j, q))
            }
        }
        var top = [[(index: Int, p: Pending)]](repeating: [], count: rows + 1)
        for (i, f) in families.enumerated() where !f.inline && f.partners.count > 1 {
            top[band(f)].append(
                (i, Pending(family: f.id, x1: x(f.partners.first!.place.column), x2: x(f.partners.last!.place.column))))
        }
        func assign(_ items: inout [Pending], reserved: [(Int, Int)]) -> Int {
            var lastEnd: [Int] = []
            for i in items.indices.sorted(by: { (items[$0].x1, items[$0].x2) < (items[$1].x1, items[$1].x2) }) {
                var lane = items[i].minLane
                while true {
                    let free = lane >= lastEnd.count || items[i].x1 >= lastEnd[lane] + 2
                    let clear = lane != 0 || !reserved.contains { items[i].x1 <= $0.1 + 1 && $0.0 <= items[i].x2 + 1 }
                    if free && clear { break }
                    lane += 1
                }
                while lastEnd.count <= lane { lastEnd.append(Int.min / 2) }
                lastEnd[lane] = max(lastEnd[lane], items[i].x2)
                items[i].lane = lane
            }
            return max(lastEnd.count, reserved.isEmpty ? 0 : 1)
        }
        var bottomLanes = [Int](repeating: 0, count: rows + 1)
        var topLanes = [Int](repeating: 0, count: rows + 1)
        for b in 0...rows {
            var items = bottom[b].map(\.p)
            bottomLanes[b] = assign(&items, reserved: reserved[b])
            for (k, item) in bottom[b].enumerated() {
                if let far = item.far {
                    families[item.index].far[far].approach = items[k].lane
                } else {
                    families[item.index].bar = items[k].lane
                }
            }
            var couples = top[b].map(\.p)
            topLanes[b] = assign(&couples, reserved: [])
            for (k, item) in top[b].enumerated() { families[item.index].coupleLane = couples[k].lane }
        }

        // Rows: the band above each generation as high as its lanes (at least two rows
        // between generations, as the drawing always had).
        var rowTop: [Int] = []
        // Emotional relations may need a free row above the first generation and below the last.
        let margin = g.bonds.isEmpty ? 0 : relationRows
        var y = max(margin, bottomLanes[0])
        for r in 0..<rows {
            if r > 0 { y += 2 + max(2, topLanes[r] + bottomLanes[r]) }
            rowTop.append(y)
        }
        self.rowTop = rowTop
        // Couple lines of the last generation (partners without children) run below it.
        self.height = (rowTop.last ?? 0) + 2 + max(margin, topLanes[rows])
        self.width = max(1, layout.columns) * slot
        func bottomY(_ band: Int, _ lane: Int) -> Int { rowTop[min(band, rows - 1)] - 1 - lane }
        func topY(_ band: Int, _ lane: Int) -> Int { rowTop[band - 1] + 2 + lane }

        var segments: [Segment] = []
        for f in families {
            let pr = f.parentRow
            var descentTop: Int?
            if f.inline {
                let y = rowTop[pr]
                segments.append(
                    Segment(
                        family: f.id, role: .couple, from: Point(x: x(f.partners[0].place.column), y: y),
                        to: Point(x: x(f.partners[1].place.column), y: y)))
                descentTop = y
            } else if f.partners.count > 1, let lane = f.coupleLane {
                let y = topY(pr + 1, lane)
                segments.append(
                    Segment(
                        family: f.id, role: .couple, from: Point(x: x(f.partners.first!.place.column), y: y),
                        to: Point(x: x(f.partners.last!.place.column), y: y)))
                for p in f.partners {
                    let px = x(p.place.column)
                    segments.append(
                        Segment(
                            family: f.id, role: .tick, from: Point(x: px, y: rowTop[pr] + 2), to: Point(x: px, y: y),
                            person: layout.copies[p.id] ?? p.id))
                }
                descentTop = y
            } else if f.partners.count == 1 {
                descentTop = rowTop[pr] + 2
            }
            guard let barLane = f.bar else { continue }
            let barY = bottomY(pr + 1, barLane)
            var xs: [Int] = []
            if let d = f.descentX, let top = descentTop {
                xs.append(d)
                segments.append(
                    Segment(
                        family: f.id, role: .descent, from: Point(x: d, y: top), to: Point(x: d, y: barY),
                        person: f.partners.count == 1 ? layout.copies[f.partners[0].id] ?? f.partners[0].id : nil))
            }
            for k in f.kids {
                guard let e = entry[k.link.childID]?[f.id] else { continue }
                let end = rowTop[k.place.row] - 1
                if k.place.row == pr + 1 {
                    xs.append(e)
                    segments.append(
                        Segment(
                            family: f.id, role: .drop, from: Point(x: e, y: barY), to: Point(x: e, y: end), person: k.link.childID,
                            kind: k.link.kind))
                } else if let far = f.far.first(where: { $0.child == k.link.childID }) {
                    xs.append(far.gutter)
                    let approachY = bottomY(k.place.row, far.approach)
                    segments.append(
                        Segment(
                            family: f.id, role: .drop, from: Point(x: far.gutter, y: barY), to: Point(x: far.gutter, y: approachY),
                            person: k.link.childID, kind: k.link.kind))
                    segments.append(
                        Segment(
                            family: f.id, role: .drop, from: Point(x: min(e, far.gutter), y: approachY),
                            to: Point(x: max(e, far.gutter), y: approachY), person: k.link.childID, kind: k.link.kind))
                    segments.append(
                        Segment(
                            family: f.id, role: .drop, from: Point(x: e, y: approachY), to: Point(x: e, y: end), person: k.link.childID,
                            kind: k.link.kind))
                }
            }
            if let lo = xs.min(), let hi = xs.max(), hi > lo {
                segments.append(Segment(family: f.id, role: .sibship, from: Point(x: lo, y: barY), to: Point(x: hi, y: barY)))
            }
        }
        self.segments = segments
        self.partnerLanes = partnerLaneRows.map { PartnerLane(bondID: $0.bond, y: rowTop[$0.band] - 1, x1: $0.x1, x2: $0.x2) }
        self.inline = Set(families.filter(\.inline).map(\.id))
    }
}
