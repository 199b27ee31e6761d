import Foundation
import KeukentafelDomain

/// Where each person of a genogram goes on a grid of slots: generations in rows,
/// partners side by side, children under their parents by birth order.
///
/// In the spirit of kinship2: generations by banding (a child one row below its
/// deepest parent, partners on one row), then ordering within a row by the parents'
/// position, then shifting each sibling group right until it sits under its parents
/// (integer compaction, never left of a neighbour). Deterministic for a given genogram.
public struct GenogramLayout: Equatable, Sendable {
    /// A person's place: row (generation) and column (slot).
    public struct Place: Equatable, Hashable, Sendable {
        public var row: Int
        public var column: Int
    }

    public var places: [UUID: Place]
    public var rows: Int
    public var columns: Int
    /// People drawn a second time: the copy's id (the couple's id) → the person. A person
    /// who partners one of their own descendants stands once in their own generation and
    /// once beside that partner, as kinship2 does; both drawings are marked.
    public var copies: [UUID: UUID]
    /// The ids standing for a couple's partners where a copy replaces one of them.
    public var partnerSlots: [UUID: [UUID]]

    /// Where a couple's partners are drawn (copies included).
    public func partners(of c: GenogramCouple) -> [UUID] { partnerSlots[c.coupleID] ?? c.partners }

    /// One symbol to draw: a person, or the copy of someone drawn twice.
    public struct Drawing: Sendable {
        /// The person's id, or the copy's.
        public var id: UUID
        public var person: GenogramPerson
        public var place: Place
        public var isCopy: Bool { id != person.personID }
    }

    /// Every symbol to draw: each placed person, then the copies, in a fixed order.
    public func drawings(_ g: Genogram) -> [Drawing] {
        g.persons.compactMap { p in places[p.personID].map { Drawing(id: p.personID, person: p, place: $0) } }
            + copies.sorted { $0.key.uuidString < $1.key.uuidString }.compactMap { copy, person in
                guard let p = g.person(person), let place = places[copy] else { return nil }
                return Drawing(id: copy, person: p, place: place)
            }
    }

    /// True when the couple's partners stand side by side on one row, so their line runs
    /// between the symbols. Otherwise (both partners came with their own families) the line
    /// is routed below the names, where no symbol stands.
    public func isSideBySide(_ c: GenogramCouple) -> Bool {
        let ps = partners(of: c).compactMap { places[$0] }
        guard ps.count == c.partners.count, let row = ps.first?.row, ps.allSatisfy({ $0.row == row }) else { return false }
        let cols = ps.map(\.column).sorted()
        return cols.last! - cols.first! == cols.count - 1
    }

    public init(_ g: Genogram) {
        let (copies, partnerSlots) = Self.copiesForDescendantMarriages(g)
        let ids = g.persons.map(\.personID) + copies.keys.sorted { $0.uuidString < $1.uuidString }
        let known = Set(ids)
        let couples = g.couples.map { c in (c, (partnerSlots[c.coupleID] ?? c.partners).filter { known.contains($0) }) }
        var generation = Dictionary(uniqueKeysWithValues: ids.map { ($0, 0) })
        // Lookups made once, so large files (thousands of people) lay out in milliseconds.
        var linksByCouple: [UUID: [GenogramChildLink]] = [:]
        var linksByChild: [UUID: [GenogramChildLink]] = [:]
        for l in g.childLinks where known.contains(l.childID) {
            linksByCouple[l.coupleID, default: []].append(l)
            linksByChild[l.childID, default: []].append(l)
        }
        var partnersByCouple: [UUID: [UUID]] = [:]
        var couplesByPerson: [UUID: [UUID]] = [:]
        for (c, partners) in couples {
            partnersByCouple[c.coupleID] = partners
            for p in partners { couplesByPerson[p, default: []].append(c.coupleID) }
        }
        // Banding: relax to a fixed point. Real data can make that impossible (a marriage
        // across generations in a line that also descends from it): the rounds are bounded,
        // and what is left unsatisfied is what the layout checker reports.
        for _ in 0..<64 {
            var changed = false
            for (c, partners) in couples {
                let top = partners.map { generation[$0] ?? 0 }.max() ?? 0
                for p in partners where generation[p] != top {
                    generation[p] = top
                    changed = true
                }
                for link in linksByCouple[c.coupleID] ?? [] {
                    let wanted = partners.isEmpty ? (generation[link.childID] ?? 0) : top + 1
                    if (generation[link.childID] ?? 0) < wanted {
                        generation[link.childID] = wanted
                        changed = true
                    }
                }
            }
            // Siblings with unknown parents share a row.
            for (c, partners) in couples where partners.isEmpty {
                let kids = (linksByCouple[c.coupleID] ?? []).map(\.childID)
                let row = kids.map { generation[$0] ?? 0 }.max() ?? 0
                for k in kids where generation[k] != row {
                    generation[k] = row
                    changed = true
                }
            }
            if !changed { break }
        }
        let rowCount = (generation.values.max() ?? 0) + 1
        let order = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var birth = Dictionary(uniqueKeysWithValues: g.persons.map { ($0.personID, $0.birthYear ?? Int.max) })
        for (copy, person) in copies { birth[copy] = birth[person] }
        func partners(of p: UUID) -> [UUID] {
            (couplesByPerson[p] ?? []).flatMap { partnersByCouple[$0] ?? [] }.filter { $0 != p && generation[$0] == generation[p] }
        }
        func parentCouples(of p: UUID) -> [UUID] { (linksByChild[p] ?? []).map(\.coupleID) }

        var places: [UUID: Place] = [:]
        var column: [UUID: Double] = [:]
        var width = 0
        for row in 0..<rowCount {
            let people = ids.filter { generation[$0] == row }
            // The position of a person's parents above, if any.
            func computeKey(_ p: UUID) -> Double {
                for coupleID in parentCouples(of: p) {
                    guard let partners = partnersByCouple[coupleID] else { continue }
                    let xs = partners.compactMap { column[$0] }
                    if !xs.isEmpty { return xs.reduce(0, +) / Double(xs.count) }
                    // Unknown parents: follow a sibling already placed.
                    let sibs = (linksByCouple[coupleID] ?? []).filter { $0.childID != p }.compactMap { column[$0.childID] }
                    if let s = sibs.min() { return s }
                }
                return .infinity
            }
            let keys = Dictionary(uniqueKeysWithValues: people.map { ($0, computeKey($0)) })
            func key(_ p: UUID) -> Double { keys[p] ?? computeKey(p) }
            let sorted = people.sorted { a, b in
                let ka = key(a)
                let kb = key(b)
                if ka != kb { return ka < kb }
                if birth[a]! != birth[b]! { return birth[a]! < birth[b]! }
                return order[a]! < order[b]!
            }
            // Blocks: a person with their partners beside them (a first partner to the left
            // when they have no parents here, further partners to the right).
            var blocks: [[UUID]] = []
            var placed = Set<UUID>()
            for p in sorted where !placed.contains(p) {
                let mates = partners(of: p).filter { !placed.contains($0) }.sorted { order[$0]! < order[$1]! }
                var block = [p]
                placed.insert(p)
                for (i, m) in mates.enumerated() {
                    placed.insert(m)
                    if i == 0 && mates.count > 1 && key(m) == .infinity { block.insert(m, at: 0) } else { block.append(m) }
                }
                blocks.append(block)
            }
            // Shift blocks right to sit under their parents; never overlap the block before.
            var next = 0
            for block in blocks {
                let wanted = block.compactMap { p -> Int? in
                    let k = key(p)
                    return k.isFinite ? Int(k.rounded(.down)) - (block.firstIndex(of: p) ?? 0) : nil
                }.min()
                let start = max(next, wanted ?? next)
                for (i, p) in block.enumerated() {
                    places[p] = Place(row: row, column: start + i)
                    column[p] = Double(start + i)
                }
                next = start + block.count
            }
            width = max(width, next)
        }
        self.places = places
        self.rows = rowCount
        self.columns = width
        self.copies = copies
        self.partnerSlots = partnerSlots
    }

    /// Couples in which one partner is an ancestor of the other (or partners an ancestor of
    /// the other): no banding can put them on one row with every child below its parents,
    /// so that partner gets a copy there.
    static func copiesForDescendantMarriages(_ g: Genogram) -> (copies: [UUID: UUID], slots: [UUID: [UUID]]) {
        var parents: [UUID: [UUID]] = [:]
        let partnersByCouple = Dictionary(g.couples.map { ($0.coupleID, $0.partners) }, uniquingKeysWith: { a, _ in a })
        for l in g.childLinks { parents[l.childID, default: []] += partnersByCouple[l.coupleID] ?? [] }
        func isAncestor(_ a: UUID, of b: UUID) -> Bool {
            var seen: Set<UUID> = [b]
            var queue = parents[b] ?? []
            while let p = queue.popLast() {
                if p == a { return true }
                if seen.insert(p).inserted { queue += parents[p] ?? [] }
            }
            return false
        }
        var copies: [UUID: UUID] = [:]
        var slots: [UUID: [UUID]] = [:]
        var partnersOf: [UUID: [UUID]] = [:]
        for c in g.couples where c.partners.count == 2 {
            partnersOf[c.partners[0], default: []].append(c.partners[1])
            partnersOf[c.partners[1], default: []].append(c.partners[0])
        }
        // Also someone who partners both a person and that person's descendant: their place
        // is beside the first, and a copy stands beside the second.
        func partnersAncestor(_ a: UUID, of b: UUID) -> Bool {
            (partnersOf[a] ?? []).contains { $0 != b && isAncestor($0, of: b) }
        }
        for c in g.couples where c.partners.count == 2 {
            let (a, b) = (c.partners[0], c.partners[1])
            let ancestor =
                isAncestor(a, of: b)
                ? a : (isAncestor(b, of: a) ? b : (partnersAncestor(a, of: b) ? a : (partnersAncestor(b, of: a) ? b : nil)))
            guard let ancestor else { continue }
            copies[c.coupleID] = ancestor
            slots[c.coupleID] = c.partners.map { $0 == ancestor ? c.coupleID : $0 }
        }
        return (copies, slots)
    }
}

/// What a layout checker finds wrong, if anything (used by tests on every fixture).
public enum GenogramLayoutCheck {
    public static func problems(_ g: Genogram, _ layout: GenogramLayout) -> [String] {
        var out: [String] = []
        var taken: [GenogramLayout.Place: UUID] = [:]
        func name(_ id: UUID) -> String { g.person(layout.copies[id] ?? id)?.name ?? "?" }
        for id in g.persons.map(\.personID) + layout.copies.keys {
            guard let place = layout.places[id] else {
                out.append("\(name(id)) has no place")
                continue
            }
            if let other = taken[place] { out.append("\(name(id)) overlaps \(name(other))") }
            taken[place] = id
        }
        for c in g.couples {
            let partners = layout.partners(of: c)
            let rows = Set(partners.compactMap { layout.places[$0]?.row })
            if rows.count > 1 { out.append("couple \(partners.map(name)) is not on one row") }
            // A side-by-side couple's line runs between the partners: nobody else may stand
            // there. (Other couples' lines are routed below the names, where no symbol is.)
            let cols = partners.compactMap { layout.places[$0]?.column }
            if layout.isSideBySide(c), let row = rows.first, let lo = cols.min(), let hi = cols.max() {
                for (place, id) in taken where place.row == row && place.column > lo && place.column < hi && !partners.contains(id) {
                    out.append("the line of couple \(partners.map(name)) crosses \(name(id))")
                }
            }
            for link in g.childLinks where link.coupleID == c.coupleID {
                guard let child = layout.places[link.childID] else { continue }
                for partner in partners {
                    if let pp = layout.places[partner], pp.row >= child.row {
                        out.append("\(name(link.childID)) is not below \(name(partner))")
                    }
                }
                // A child more than one row down is reached through the gutter beside its
                // column (where no symbol ever stands) and the line rows, never through a
                // symbol: that is how both renderers route it, so there is nothing to cross.
            }
        }
        return out
    }
}
