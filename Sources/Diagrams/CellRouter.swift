import TerminalUI

/// Finds a path of cells between two points for a line drawn over a picture that is
/// already there (emotional relations over a genogram): never through a blocked cell,
/// preferring empty cells and few bends. A* over (cell, direction).
///
/// A path costs 1 a step, `bend` more for each turn (the first step from the start turns
/// freely), and each cell's own cost on entering it (the goal's is 0). The path found is
/// always one of the cheapest. Which one of several equally cheap paths is found follows
/// from the order in which the search takes nodes up, which is a total order (two nodes
/// never tie), so it depends on nothing but the input:
///
/// 1. the lowest f: the cost so far (g) plus the least the rest can cost (h, below);
/// 2. then the lowest h, that is the highest g: the node further along;
/// 3. then the direction the node was entered in: right, left, down, up;
/// 4. then the cell: the upper row, then the column further left.
///
/// A node's cost improves only when strictly cheaper, so of two ways into a node the one
/// taken up first stays.
public enum CellRouter {
    /// The path from `start` to `goal`, both included, or nil when there is none in `area`.
    /// `blocked` cells are never entered (the start and goal are always allowed);
    /// `penalty` adds cost to a cell (a line already drawn there), never less than 0.
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
        private var heapKeys = Buffer<Int>()
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
            heapKeys.free()
            seen.free()
        }

        private func cell(_ p: Point) -> Int { (p.y - area.y + 1) * stride + (p.x - area.x + 1) }

        private func point(_ cell: Int) -> Point { Point(x: area.x + cell % stride - 1, y: area.y + cell / stride - 1) }

        /// Makes `area` the one searched, with each cell's cost of entering it (nil: blocked;
        /// never less than 0, or the estimate of what is left would be too high).
        func load(_ area: Rect, _ cellCost: (Point) -> Int?) {
            prepare(area)
            let s = stride
            for y in 0..<area.height {
                let row = cost.base + (y + 1) * s + 1
                for x in 0..<area.width {
                    let c = cellCost(Point(x: area.x + x, y: area.y + y))
                    precondition(c.map { $0 >= 0 } ?? true, "a cell's cost is never less than 0")
                    row[x] = c ?? Self.blocked
                }
            }
        }

        /// Makes `area` the one searched, the costs of its cells copied from `grid`: the costs
        /// (0 or more, or `blocked`) of a picture `width` cells wide from (0, 0), which holds
        /// the area.
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
            // Depth first, the steps toward the goal pushed last so they are taken first:
            // where the way is open the fill runs almost straight to the goal.
            let (gx, gy) = (target % s, target / s)
            let (ox, oy) = (origin % s, origin / s)
            let towardX = gx >= ox ? 1 : -1
            let towardY = gy >= oy ? s : -s
            // The farther way last of all.
            let (o0, o1, o2, o3) =
                abs(gx - ox) >= abs(gy - oy) ? (-towardY, towardY, -towardX, towardX) : (-towardX, towardX, -towardY, towardY)
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
                // False when `q` is the goal.
                func visit(_ q: Int) -> Bool {
                    if seen[q] == mark { return true }
                    if q == target { return false }
                    seen[q] = mark
                    if cost[q] != Self.blocked {
                        stack[top] = Int32(truncatingIfNeeded: q)
                        top += 1
                    }
                    return true
                }
                guard visit(c &+ o0), visit(c &+ o1), visit(c &+ o2), visit(c &+ o3) else { return true }
            }
            return false
        }

        /// The cheapest path from `start` to `goal` in the loaded area, both included, or nil;
        /// of several equally cheap ones, the one the order in `CellRouter`'s comment gives.
        ///
        /// A* over (cell, direction). The estimate h of what is left from a node is the
        /// distance to the goal in steps, plus one `bend` when the goal does not lie straight
        /// ahead (every way from there turns at least once). It never overestimates, and it
        /// is consistent: along a step it falls by at most the step's cost (a step costs at
        /// least 1 and brings the goal at most 1 nearer; it can leave the goal straight
        /// ahead only by turning, which costs the `bend` the estimate drops). So the first
        /// time the goal is taken up, its cost is the least there is, and a node taken up
        /// once is never improved.
        func route(from start: Point, to goal: Point, bend: Int) -> [Point]? {
            guard area.contains(start), area.contains(goal) else { return nil }
            precondition(bend >= 0, "a bend never costs less than 0")
            let s = stride
            let startCell = cell(start)
            let goalCell = cell(goal)
            let (gx, gy) = (goalCell % s, goalCell / s)
            let cost = cost.base
            let best = best.base
            let from = from.base
            // The goal is always allowed and costs nothing to enter.
            let goalCost = cost[goalCell]
            cost[goalCell] = 0
            defer { cost[goalCell] = goalCost }
            let nodes = cells * 4
            touched.reserve(nodes, keeping: 0)
            // A heap key is the whole order: f, h, the direction and the cell, each in bits
            // of its own, so no two keys are equal and the key alone gives the node back.
            let cellBits = Int.bitWidth - (cells - 1).leadingZeroBitCount
            let hBits = Int.bitWidth - (area.width + area.height + bend).leadingZeroBitCount
            let dirShift = cellBits
            let hShift = dirShift + 2
            let fShift = hShift + hBits
            // f past this would not fit above the other fields: costs far beyond any picture's.
            let fLimit = 1 << (Int.bitWidth - 1 - fShift)
            var open = Frontier(
                best: best, from: from, touched: touched.base, heap: Heap(keys: heapKeys), fShift: fShift, hShift: hShift,
                dirShift: dirShift, fLimit: fLimit)
            defer { heapKeys = open.heap.keys }
            // The start is one node: its first step turns freely, whatever its direction.
            let (sx, sy) = (startCell % s, startCell / s)
            let startH = abs(gx - sx) + abs(gy - sy) + (sx == gx || sy == gy ? 0 : bend)
            open.offer(startCell, 0, g: 0, h: startH, from: -1)
            for d in 1..<4 { open.settle(startCell &* 4 &+ d) }
            let cellMask = (1 << cellBits) - 1
            let hMask = (1 << hBits) - 1
            var reached = -1
            while open.heap.count > 0 {
                let key = open.heap.pop()
                let at = key & cellMask
                let dir = (key &>> dirShift) & 3
                let h = (key &>> hShift) & hMask
                let g = (key &>> fShift) &- h
                let node = at &* 4 &+ dir
                guard g == best[node] else { continue }
                if at == goalCell {
                    reached = node
                    break
                }
                // The cost of a step on and of one that turns, before the cell's own cost.
                let straight = g &+ 1
                let turned = at == startCell ? straight : straight &+ bend
                let y = at / s
                // Where the goal lies from this cell.
                let (dx, dy) = (gx &- (at &- y &* s), gy &- y)
                let node32 = Int32(truncatingIfNeeded: node)
                // A step in direction `nd` to cell `q`, from where the goal lies at (ex, ey):
                // no turn is left to make when the goal is straight ahead of `q`.
                func step(_ nd: Int, _ q: Int, _ ahead: Bool, _ ex: Int, _ ey: Int, _ open: inout Frontier) {
                    let enter = cost[q]
                    guard enter != Self.blocked else { return }
                    let h = abs(ex) &+ abs(ey) &+ (ahead ? 0 : bend)
                    open.offer(q, nd, g: (nd == dir ? straight : turned) &+ enter, h: h, from: node32)
                }
                // Right, left, down, up: directions 0 to 3.
                step(0, at &+ 1, dy == 0 && dx >= 1, dx &- 1, dy, &open)
                step(1, at &- 1, dy == 0 && dx <= -1, dx &+ 1, dy, &open)
                step(2, at &+ s, dx == 0 && dy >= 1, dx, dy &- 1, &open)
                step(3, at &- s, dx == 0 && dy <= -1, dx, dy &+ 1, &open)
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
        let fShift: Int
        let hShift: Int
        let dirShift: Int
        let fLimit: Int

        init(
            best: UnsafeMutablePointer<Int>, from: UnsafeMutablePointer<Int32>, touched: UnsafeMutablePointer<Int32>, heap: Heap,
            fShift: Int, hShift: Int, dirShift: Int, fLimit: Int
        ) {
            self.best = best
            self.from = from
            self.touched = touched
            self.heap = heap
            self.fShift = fShift
            self.hShift = hShift
            self.dirShift = dirShift
            self.fLimit = fLimit
        }

        /// Node (`cell`, `dir`) at cost `g` by way of `node`, `h` from the goal: kept and
        /// pushed only when strictly cheaper than before.
        @inline(__always)
        mutating func offer(_ cell: Int, _ dir: Int, g: Int, h: Int, from node: Int32) {
            let n = cell &* 4 &+ dir
            let was = best[n]
            guard g < was else { return }
            if was == .max {
                touched[touchedCount] = Int32(truncatingIfNeeded: n)
                touchedCount &+= 1
            }
            best[n] = g
            from[n] = node
            let f = g &+ h
            precondition(f < fLimit, "a route's cost is too high to order")
            heap.push(f &<< fShift | h &<< hShift | dir &<< dirShift | cell)
        }

        /// Node `n` reached at no cost, without taking it up (the start's other directions).
        mutating func settle(_ n: Int) {
            if best[n] == .max {
                touched[touchedCount] = Int32(truncatingIfNeeded: n)
                touchedCount &+= 1
            }
            best[n] = 0
            from[n] = -1
        }
    }

    /// A binary min-heap of keys over a raw buffer. The keys are all different, so what
    /// comes out is the least key, whatever the pushes and pops before.
    struct Heap {
        var keys: Buffer<Int>
        private(set) var count = 0

        init(keys: Buffer<Int>) {
            self.keys = keys
        }

        @inline(__always)
        mutating func push(_ key: Int) {
            // One more than the items: `pop` keeps a stop mark just past the last one.
            if count &+ 1 >= keys.capacity { keys.reserve(max(1024, count &* 2), keeping: count) }
            let k = keys.base
            var i = count
            count &+= 1
            while i > 0 {
                let parent = (i &- 1) &>> 1
                let pk = k[parent]
                if pk < key { break }
                k[i] = pk
                i = parent
            }
            k[i] = key
        }

        /// The least key; only when `count > 0`.
        mutating func pop() -> Int {
            let k = keys.base
            let top = k[0]
            count &-= 1
            let n = count
            guard n > 0 else { return top }
            let last = k[n]
            // A stop mark where the last item was: a missing right child is never less.
            k[n] = .max
            // The hole at the top goes down the path of lesser children to the bottom, then
            // the last key goes up it past every greater key: where sifting it down would put
            // it, with far fewer mispredicted branches.
            var i = 0
            while true {
                let l = 2 &* i &+ 1
                if l >= n { break }
                let child = l &+ Int(unsafeBitCast(k[l &+ 1] < k[l], to: UInt8.self))
                k[i] = k[child]
                i = child
            }
            while i > 0 {
                let parent = (i &- 1) &>> 1
                let pk = k[parent]
                if pk < last { break }
                k[i] = pk
                i = parent
            }
            k[i] = last
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
