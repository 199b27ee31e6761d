import TerminalUI

/// The cell router as it was before it was made fast (commit 9fe8b77), kept word for word
/// as the reference: Dijkstra over (cell, direction) with a binary heap, by the same rules
/// of cost. The fast router must find a route exactly when this one does, and one that
/// costs as little (not necessarily the same one of several equally cheap routes).
enum ReferenceBondRouter {
    /// `CellRouter.route` as it was: Dijkstra over (cell, direction) with a binary heap.
    static func route(
        from start: Point, to goal: Point, in area: Rect,
        blocked: (Point) -> Bool, penalty: (Point) -> Int, bend: Int = 2
    ) -> [Point]? {
        guard area.contains(start), area.contains(goal) else { return nil }
        let steps = [(1, 0), (-1, 0), (0, 1), (0, -1)]
        let w = area.width
        let h = area.height
        func index(_ p: Point, _ d: Int) -> Int { ((p.y - area.y) * w + (p.x - area.x)) * 4 + d }
        var best = [Int](repeating: .max, count: w * h * 4)
        var from = [Int](repeating: -1, count: w * h * 4)
        var heap = MinHeap()
        for d in 0..<4 {
            best[index(start, d)] = 0
            heap.push((0, index(start, d)))
        }
        var reached: Int?
        while let (cost, node) = heap.pop() {
            guard cost == best[node] else { continue }
            let cell = node / 4
            let dir = node % 4
            let p = Point(x: area.x + cell % w, y: area.y + cell / w)
            if p == goal {
                reached = node
                break
            }
            for (nd, (dx, dy)) in steps.enumerated() {
                let q = Point(x: p.x + dx, y: p.y + dy)
                guard area.contains(q), q == goal || !blocked(q) else { continue }
                let c = cost + 1 + (nd == dir || p == start ? 0 : bend) + (q == goal ? 0 : penalty(q))
                let n = index(q, nd)
                if c < best[n] {
                    best[n] = c
                    from[n] = node
                    heap.push((c, n))
                }
            }
        }
        guard var node = reached else { return nil }
        var path: [Point] = []
        while node >= 0 {
            let cell = node / 4
            path.append(Point(x: area.x + cell % w, y: area.y + cell / w))
            node = from[node]
        }
        return path.reversed()
    }

    /// The binary heap of (cost, node) as it was.
    struct MinHeap {
        var items: [(Int, Int)] = []
        mutating func push(_ e: (Int, Int)) {
            items.append(e)
            var i = items.count - 1
            while i > 0, items[(i - 1) / 2].0 > items[i].0 {
                items.swapAt(i, (i - 1) / 2)
                i = (i - 1) / 2
            }
        }
        mutating func pop() -> (Int, Int)? {
            guard let top = items.first else { return nil }
            let last = items.removeLast()
            if !items.isEmpty {
                items[0] = last
                var i = 0
                while true {
                    let l = 2 * i + 1
                    let r = l + 1
                    var m = i
                    if l < items.count, items[l].0 < items[m].0 { m = l }
                    if r < items.count, items[r].0 < items[m].0 { m = r }
                    if m == i { break }
                    items.swapAt(i, m)
                    i = m
                }
            }
            return top
        }
    }
}
