import TerminalUI

/// Finds a path of cells between two points for a line drawn over a picture that is
/// already there (emotional relations over a genogram): never through a blocked cell,
/// preferring empty cells and few bends. Dijkstra over (cell, direction).
public enum CellRouter {
    /// The path from `start` to `goal`, both included, or nil when there is none in `area`.
    /// `blocked` cells are never entered (the start and goal are always allowed);
    /// `penalty` adds cost to a cell (a line already drawn there).
    public static func route(
        from start: Point, to goal: Point, in area: Rect,
        blocked: (Point) -> Bool, penalty: (Point) -> Int, bend: Int = 2
    ) -> [Point]? {
        guard area.contains(start), area.contains(goal) else { return nil }
        let search = Search()
        search.load(area) { p in blocked(p) ? nil : penalty(p) }
        return search.route(from: start, to: goal, bend: bend)
    }

    /// A search's memory, kept from route to route so that routing many lines over one
    /// picture allocates almost nothing: the area's cells in a frame of blocked ones (a step
    /// never needs a bounds check), the best cost of each (cell, direction) and the way in
    /// to it, and the heap. Raw buffers: the search loop is all this type is for.
    final class Search {
        /// What `cost` holds for a cell no route may enter.
        static let blocked = Int.min
        private(set) var area = Rect(x: 0, y: 0, width: 0, height: 0)
        /// Per cell of the area and its frame, row by row: the cost of entering it, or `blocked`.
        private var cost = Buffer<Int>()
        /// Per node (cell × 4 + direction): the best cost found, `.max` when none yet.
        private var best = Buffer<Int>()
        /// Per node: the node it is best reached from, -1 at the start.
        private var from = Buffer<Int32>()
        /// The nodes whose `best` a route set, to reset only those after it.
        private var touched = Buffer<Int32>()
        private var heapCost = Buffer<Int>()
        private var heapNode = Buffer<Int32>()
        /// For `reaches`: the cells a flood fill has seen (the current one's mark is `pass`).
        private var seen = Buffer<UInt32>()
        private var pass: UInt32 = 0

        /// Cells in a row of `cost`, frame included.
        private var stride: Int { area.width + 2 }
        private var cells: Int { (area.width + 2) * (area.height + 2) }

        deinit {
            cost.free()
            best.free()
            from.free()
            touched.free()
            heapCost.free()
            heapNode.free()
            seen.free()
        }

        private func cell(_ p: Point) -> Int { (p.y - area.y + 1) * stride + (p.x - area.x + 1) }

        private func point(_ cell: Int) -> Point { Point(x: area.x + cell % stride - 1, y: area.y + cell / stride - 1) }

        /// Makes `area` the one searched, with each cell's cost of entering it (nil: blocked).
        func load(_ area: Rect, _ cellCost: (Point) -> Int?) {
            prepare(area)
            let s = stride
            for y in 0..<area.height {
                let row = cost.base + (y + 1) * s + 1
                for x in 0..<area.width { row[x] = cellCost(Point(x: area.x + x, y: area.y + y)) ?? Self.blocked }
            }
        }

        /// Makes `area` the one searched, the costs of its cells copied from `grid`: the costs
        /// (or `blocked`) of a picture `width` cells wide from (0, 0), which holds the area.
        func load(_ area: Rect, from grid: UnsafeBufferPointer<Int>, width: Int) {
            precondition(area.x >= 0 && area.y >= 0 && area.maxX <= width && area.maxY * width <= grid.count)
            prepare(area)
            let s = stride
            guard let grid = grid.baseAddress else { return }
            for y in 0..<area.height {
                (cost.base + (y + 1) * s + 1).update(from: grid + (area.y + y) * width + area.x, count: area.width)
            }
        }

        /// Room for `area`, and its frame of blocked cells.
        private func prepare(_ area: Rect) {
            self.area = area
            let s = stride
            let count = cells
            if cost.capacity < count {
                // Relations are routed nearest first, so areas grow: twice the room, to
                // allocate and fill a few times rather than once a route.
                let room = max(count, cost.capacity * 2)
                cost.reserve(room, keeping: 0)
                seen.reserve(room, keeping: 0)
                seen.base.update(repeating: 0, count: room)
                pass = 0
                // Every node starts unreached; a route resets what it touched.
                best.reserve(room * 4, keeping: 0)
                best.base.update(repeating: .max, count: room * 4)
                from.reserve(room * 4, keeping: 0)
            }
            let c = cost.base
            for x in 0..<s {
                c[x] = Self.blocked
                c[count - s + x] = Self.blocked
            }
            for y in 0..<area.height {
                c[(y + 1) * s] = Self.blocked
                c[(y + 1) * s + s - 1] = Self.blocked
            }
        }

        /// True when some path from `start` to `goal` exists in the area: a flood fill, far
        /// cheaper than a search that finds none only after trying every cell every way.
        func reaches(from start: Point, to goal: Point) -> Bool {
            guard area.contains(start), area.contains(goal) else { return false }
            let origin = cell(start)
            let target = cell(goal)
            if origin == target { return true }
            let count = cells
            if pass == .max {
                seen.base.update(repeating: 0, count: seen.capacity)
                pass = 0
            }
            pass += 1
            let mark = pass
            let s = stride
            let cost = cost.base
            let seen = seen.base
            // The stack lives in `touched`, which no route is using now.
            touched.reserve(count, keeping: 0)
            let stack = touched.base
            var top = 0
            stack[0] = Int32(origin)
            top = 1
            seen[origin] = mark
            while top > 0 {
                top -= 1
                let c = Int(stack[top])
                for d in 0..<4 {
                    let q = d == 0 ? c + 1 : d == 1 ? c - 1 : d == 2 ? c + s : c - s
                    if seen[q] == mark { continue }
                    if q == target { return true }
                    seen[q] = mark
                    guard cost[q] != Self.blocked else { continue }
                    stack[top] = Int32(q)
                    top += 1
                }
            }
            return false
        }

        /// The cheapest path from `start` to `goal` in the loaded area, both included, or nil.
        ///
        /// Among paths of equal cost the one taken is the one whose nodes the binary heap
        /// pops first; routes on screen and in the goldens depend on that, so the steps'
        /// order, the strict `<` on improving a cost and the heap's every push and pop are
        /// as they always were (`ReferenceBondRouter` in the tests holds them to it).
        func route(from start: Point, to goal: Point, bend: Int) -> [Point]? {
            guard area.contains(start), area.contains(goal) else { return nil }
            let s = stride
            let startCell = cell(start)
            let goalCell = cell(goal)
            let cost = cost.base
            let best = best.base
            let from = from.base
            // The goal is always allowed and costs nothing to enter.
            let goalCost = cost[goalCell]
            cost[goalCell] = 0
            defer { cost[goalCell] = goalCost }
            let nodes = cells * 4
            touched.reserve(nodes, keeping: 0)
            var open = Frontier(best: best, from: from, touched: touched.base, heap: Heap(cost: heapCost, node: heapNode))
            defer {
                heapCost = open.heap.cost
                heapNode = open.heap.node
            }
            for d in 0..<4 { open.offer(startCell &* 4 &+ d, cost: 0, from: -1) }
            var reached = -1
            while open.heap.count > 0 {
                let (c0, node32) = open.heap.pop()
                let node = Int(node32)
                guard c0 == best[node] else { continue }
                let at = node &>> 2
                let dir = node & 3
                if at == goalCell {
                    reached = node
                    break
                }
                // The cost of a step on and of one that turns, before the cell's own cost.
                let straight = c0 + 1
                let turned = at == startCell ? straight : straight + bend
                func step(_ nd: Int, _ q: Int, _ open: inout Frontier) {
                    let enter = cost[q]
                    if enter != Self.blocked { open.offer(q &* 4 &+ nd, cost: (nd == dir ? straight : turned) + enter, from: node32) }
                }
                // Right, left, down, up: directions 0 to 3, tried in this order.
                step(0, at &+ 1, &open)
                step(1, at &- 1, &open)
                step(2, at &+ s, &open)
                step(3, at &- s, &open)
            }
            var path: [Point] = []
            var node = reached
            while node >= 0 {
                path.append(point(node >> 2))
                node = Int(from[node])
            }
            for i in 0..<open.touchedCount { best[Int(open.touched[i])] = .max }
            guard reached >= 0 else { return nil }
            path.reverse()
            return path
        }
    }

    /// What a route has reached so far: the best cost of each node and the way in to it,
    /// the nodes touched (to reset after), and the heap of nodes to go on from.
    struct Frontier {
        let best: UnsafeMutablePointer<Int>
        let from: UnsafeMutablePointer<Int32>
        let touched: UnsafeMutablePointer<Int32>
        private(set) var touchedCount = 0
        var heap: Heap

        init(best: UnsafeMutablePointer<Int>, from: UnsafeMutablePointer<Int32>, touched: UnsafeMutablePointer<Int32>, heap: Heap) {
            self.best = best
            self.from = from
            self.touched = touched
            self.heap = heap
        }

        /// Node `n` at `cost` by way of `node`: kept and pushed only when strictly cheaper.
        @inline(__always)
        mutating func offer(_ n: Int, cost c: Int, from node: Int32) {
            let was = best[n]
            guard c < was else { return }
            if was == .max {
                touched[touchedCount] = Int32(truncatingIfNeeded: n)
                touchedCount &+= 1
            }
            best[n] = c
            from[n] = node
            heap.push(c, Int32(truncatingIfNeeded: n))
        }
    }

    /// A binary heap of (cost, node) over raw buffers. Which of two equal costs comes out
    /// first follows from the exact sequence of pushes and pops before, and routes depend on
    /// it: a parent moves down only when it costs strictly more, a child moves up only when
    /// it costs strictly less, the left child when both do and are equal.
    struct Heap {
        var cost: Buffer<Int>
        var node: Buffer<Int32>
        private(set) var count = 0

        init(cost: Buffer<Int>, node: Buffer<Int32>) {
            self.cost = cost
            self.node = node
        }

        @inline(__always)
        mutating func push(_ c: Int, _ n: Int32) {
            // One more than the items: `pop` keeps a stop mark just past the last one.
            if count &+ 1 >= cost.capacity {
                cost.reserve(max(1024, count &* 2), keeping: count)
                node.reserve(max(1024, count &* 2), keeping: count)
            }
            let costs = cost.base
            let nodes = node.base
            var i = count
            count &+= 1
            while i > 0 {
                let parent = (i &- 1) &>> 1
                let pc = costs[parent]
                if pc <= c { break }
                costs[i] = pc
                nodes[i] = nodes[parent]
                i = parent
            }
            costs[i] = c
            nodes[i] = n
        }

        /// The top; only when `count > 0`.
        mutating func pop() -> (Int, Int32) {
            let costs = cost.base
            let nodes = node.base
            let top = (costs[0], nodes[0])
            count &-= 1
            let n = count
            guard n > 0 else { return top }
            let lastCost = costs[n]
            let lastNode = nodes[n]
            // A stop mark where the last item was: a missing right child never costs less.
            costs[n] = .max
            // The hole at the top goes down the path of smaller children to the bottom (the
            // right child only when it costs strictly less), then the last item goes up it
            // past every item costing strictly more. That puts it exactly where sifting it
            // down would (above the first child costing as much or more), with far fewer
            // mispredicted branches.
            var i = 0
            while true {
                let l = 2 &* i &+ 1
                if l >= n { break }
                let child = l &+ Int(unsafeBitCast(costs[l &+ 1] < costs[l], to: UInt8.self))
                costs[i] = costs[child]
                nodes[i] = nodes[child]
                i = child
            }
            while i > 0 {
                let parent = (i &- 1) &>> 1
                let pc = costs[parent]
                if pc < lastCost { break }
                costs[i] = pc
                nodes[i] = nodes[parent]
                i = parent
            }
            costs[i] = lastCost
            nodes[i] = lastNode
            return top
        }
    }

    /// A raw, growable block of plain values, freed by its owner (`Search`).
    struct Buffer<Element: BitwiseCopyable> {
        private(set) var base = UnsafeMutablePointer<Element>.allocate(capacity: 0)
        private(set) var capacity = 0

        /// Room for at least `count` elements, the first `keep` kept.
        mutating func reserve(_ count: Int, keeping keep: Int) {
            guard count > capacity else { return }
            let grown = UnsafeMutablePointer<Element>.allocate(capacity: count)
            grown.update(from: base, count: keep)
            base.deallocate()
            base = grown
            capacity = count
        }

        func free() { base.deallocate() }
    }
}
