import TerminalUI

/// Finds a path of cells between two points for a line drawn over a picture that is
/// already there (emotional relations over a genogram): never through a blocked cell,
/// preferring empty cells and few bends. A* over (cell, axis).
///
/// A path costs 1 a step, `bend` more for each turn (the first step from the start turns
/// freely), and each cell's own cost on entering it (the goal's is 0). The path found is
/// always one of the cheapest. Which one of several equally cheap paths is found follows
/// from the order in which the search takes nodes up, which depends on nothing but the input:
///
/// 1. the lowest f: the cost so far (g) plus the least the rest can cost (h, below);
/// 2. then the lowest h, that is the highest g: the node further along;
/// 3. then the node queued last. A node queues its steps up, down, left, right, so of its
///    own steps right is taken first, then left, down, up.
///
/// A node's cost improves only when strictly cheaper, so of two ways into a node the one
/// found first stays.
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
    /// never needs a bounds check), the best cost of each (cell, axis) and the way in
    /// to it, and the queue. Raw buffers: the search loop is all this type is for.
    final class Search {
        /// What `cost` holds for a cell no route may enter.
        static let blocked = Int.min
        /// The most a cell or a bend may cost: the queue of a route keeps room for the
        /// dearest step (a genogram's cost at most 42).
        static let dearest = 1 << 20
        private(set) var area = Rect(x: 0, y: 0, width: 0, height: 0)
        /// Per cell of the area and its frame, row by row: the cost of entering it, or `blocked`.
        private var cost = Buffer<Int>()
        /// Per node (cell × 2 + axis, 0 across, 1 down or up): the best cost found, `.max`
        /// when none yet. An axis rather than one of four directions: a path that turns
        /// back on itself is never among the cheapest, so the direction within the axis
        /// does not matter, and half the nodes are searched.
        private var best = Buffer<Int>()
        /// Per node: the node it is best reached from, -1 at the start.
        private var from = Buffer<Int32>()
        /// The nodes whose `best` a route set, to reset only those after it.
        private var touched = Buffer<Int32>()
        private var queueMemory = Queue.Memory()
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
            queueMemory.free()
            seen.free()
        }

        private func cell(_ p: Point) -> Int { (p.y - area.y + 1) * stride + (p.x - area.x + 1) }

        private func point(_ cell: Int) -> Point { Point(x: area.x + cell % stride - 1, y: area.y + cell / stride - 1) }

        /// Makes `area` the one searched, with each cell's cost of entering it (nil: blocked;
        /// 0 up to `dearest`: never less, or the estimate of what is left would be too high).
        func load(_ area: Rect, _ cellCost: (Point) -> Int?) {
            prepare(area)
            let s = stride
            for y in 0..<area.height {
                let row = cost.base + (y + 1) * s + 1
                for x in 0..<area.width {
                    let c = cellCost(Point(x: area.x + x, y: area.y + y))
                    precondition(c.map { $0 >= 0 && $0 <= Self.dearest } ?? true, "a cell costs 0 up to CellRouter.Search.dearest")
                    row[x] = c ?? Self.blocked
                }
            }
        }

        /// Makes `area` the one searched, the costs of its cells copied from `grid`: the costs
        /// (0 up to `dearest`, or `blocked`) of a picture `width` cells wide from (0, 0), which
        /// holds the area.
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
                best.reserve(room * 2, keeping: 0)
                best.base.update(repeating: .max, count: room * 2)
                from.reserve(room * 2, keeping: 0)
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
        /// A* over (cell, axis). The estimate h of what is left from a node is the distance
        /// to the goal in steps, plus one `bend` when the goal is off the node's line (its
        /// row when entered across, its column when entered down or up): every way from there
        /// turns at least once. It never overestimates, and it is consistent: a step costs at
        /// least 1 and brings the goal at most 1 nearer, and a step along the axis keeps the
        /// goal on or off the line, so only a turn, which costs the `bend`, can drop it. So
        /// the first time the goal is taken up its cost is the least there is, a node taken up
        /// once is never improved, and f never falls from one node taken up to the next.
        func route(from start: Point, to goal: Point, bend: Int) -> [Point]? {
            guard area.contains(start), area.contains(goal) else { return nil }
            precondition(bend >= 0 && bend <= Self.dearest, "a bend costs 0 up to CellRouter.Search.dearest")
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
            touched.reserve(cells * 2, keeping: 0)
            // A key holds f, h, the axis and the cell, each in bits of its own: the key alone
            // gives the node and its cost back.
            let cellBits = Int.bitWidth - (cells - 1).leadingZeroBitCount
            let hBits = Int.bitWidth - (area.width + area.height + bend).leadingZeroBitCount
            let hShift = cellBits + 1
            let fShift = hShift + hBits
            var open = Frontier(
                best: best, from: from, touched: touched.base,
                queue: Queue(queueMemory, fShift: fShift, hShift: hShift, hBits: hBits), hShift: hShift, axisShift: cellBits)
            defer { queueMemory = open.queue.memory }
            // The start is one node: its first step turns freely, whichever way.
            let (sx, sy) = (startCell % s, startCell / s)
            let startLeft = sx == gx || sy == gy ? 0 : bend
            open.queue.begin(at: abs(gx - sx) + abs(gy - sy) + startLeft)
            open.offer(startCell, 0, g: 0, goal: gx - sx, gy - sy, startLeft, from: -1)
            open.settle(startCell &* 2 &+ 1)
            let cellMask = (1 << cellBits) - 1
            let hMask = (1 << hBits) - 1
            var reached = -1
            while let key = open.queue.pop() {
                let at = key & cellMask
                let axis = (key &>> cellBits) & 1
                let h = (key &>> hShift) & hMask
                let g = (key &>> fShift) &- h
                let node = at &* 2 &+ axis
                guard g == best[node] else { continue }
                if at == goalCell {
                    reached = node
                    break
                }
                // The cost of a step along the axis and of one that turns, before the cell's own.
                let straight = g &+ 1
                let turned = at == startCell ? straight : straight &+ bend
                let (across, upOrDown) = axis == 0 ? (straight, turned) : (turned, straight)
                let y = at / s
                // Where the goal lies from this cell, and what is left after a step either way.
                let (dx, dy) = (gx &- (at &- y &* s), gy &- y)
                let acrossLeft = dy == 0 ? 0 : bend
                let upOrDownLeft = dx == 0 ? 0 : bend
                let node32 = Int32(truncatingIfNeeded: node)
                // A step to `q` on `axis` at `g` before the cell's own cost, from where the goal
                // lies at (ex, ey) with `left` for a bend still to make: the estimate is worked
                // out only for a node the step improves.
                func step(_ q: Int, _ axis: Int, _ g: Int, _ ex: Int, _ ey: Int, _ left: Int, _ open: inout Frontier) {
                    let enter = cost[q]
                    if enter != Self.blocked { open.offer(q, axis, g: g &+ enter, goal: ex, ey, left, from: node32) }
                }
                // Up, down, left, right: the last queued is taken first among equals.
                step(at &- s, 1, upOrDown, dx, dy &+ 1, upOrDownLeft, &open)
                step(at &+ s, 1, upOrDown, dx, dy &- 1, upOrDownLeft, &open)
                step(at &- 1, 0, across, dx &+ 1, dy, acrossLeft, &open)
                step(at &+ 1, 0, across, dx &- 1, dy, acrossLeft, &open)
            }
            var path: [Point] = []
            var node = reached
            while node >= 0 {
                path.append(point(node >> 1))
                node = Int(from[node])
            }
            for i in 0..<open.touchedCount { best[Int(open.touched[i])] = .max }
            guard reached >= 0 else { return nil }
            path.reverse()
            return path
        }
    }

    /// What a route has reached so far: the best cost of each node and the way in to it,
    /// the nodes touched (to reset after), and the nodes to go on from.
    struct Frontier {
        let best: UnsafeMutablePointer<Int>
        let from: UnsafeMutablePointer<Int32>
        let touched: UnsafeMutablePointer<Int32>
        private(set) var touchedCount = 0
        var queue: Queue
        let hShift: Int
        let axisShift: Int

        init(
            best: UnsafeMutablePointer<Int>, from: UnsafeMutablePointer<Int32>, touched: UnsafeMutablePointer<Int32>, queue: Queue,
            hShift: Int, axisShift: Int
        ) {
            self.best = best
            self.from = from
            self.touched = touched
            self.queue = queue
            self.hShift = hShift
            self.axisShift = axisShift
        }

        /// Node (`cell`, `axis`) at cost `g` by way of `node`, the goal at (`ex`, `ey`) from it
        /// and `left` for a bend still to make: kept and queued only when strictly cheaper
        /// than before.
        @inline(__always)
        mutating func offer(_ cell: Int, _ axis: Int, g: Int, goal ex: Int, _ ey: Int, _ left: Int, from node: Int32) {
            let n = cell &* 2 &+ axis
            let was = best[n]
            guard g < was else { return }
            if was == .max {
                touched[touchedCount] = Int32(truncatingIfNeeded: n)
                touchedCount &+= 1
            }
            best[n] = g
            from[n] = node
            let h = Int(bitPattern: ex.magnitude &+ ey.magnitude) &+ left
            queue.push(h &<< hShift | axis &<< axisShift | cell, f: g &+ h, h: h)
        }

        /// Node `n` reached at no cost, without taking it up (the start on its other axis).
        mutating func settle(_ n: Int) {
            if best[n] == .max {
                touched[touchedCount] = Int32(truncatingIfNeeded: n)
                touchedCount &+= 1
            }
            best[n] = 0
            from[n] = -1
        }
    }

    /// The nodes to go on from: the least f first, then the least h, then the one queued
    /// last. f never falls from one node taken up to the next and rises by at most what one
    /// step can add, so the nodes at the least f stand on stacks by h (with a bit a stack
    /// saying which are not empty), and those at each higher f wait in a list of their own,
    /// in the order queued, on a ring of lists that grows to the dearest step (a few dozen
    /// f for a genogram). A list goes onto the stacks when its f comes up. Entries are
    /// linked through one pool, so nothing moves but links.
    struct Queue {
        /// The queue's buffers, kept from route to route.
        struct Memory {
            /// Per entry: its key (f, h and the node) and the next entry of its stack or list (-1: none).
            var keys = Buffer<Int>()
            var next = Buffer<Int32>()
            /// Per f modulo the ring's size: the first and last entry waiting, -1 when none.
            var first = Buffer<Int32>()
            var last = Buffer<Int32>()
            /// Per h: the top of its stack at the least f, -1 when empty; a bit per h set when not.
            var top = Buffer<Int32>()
            var filled = Buffer<UInt64>()

            func free() {
                keys.free()
                next.free()
                first.free()
                last.free()
                top.free()
                filled.free()
            }
        }

        var memory: Memory
        private var used = 0
        private var ring: Int
        private var waiting = 0
        /// The least f: that of the nodes on the stacks.
        private var level = 0
        /// No stack below h = 64 × this is filled.
        private var lowWord = 0
        private let words: Int
        let fShift: Int
        let hShift: Int
        let hMask: Int
        /// f past this would not fit above the other fields of a key: costs far beyond any picture's.
        let fLimit: Int

        init(_ memory: Memory, fShift: Int, hShift: Int, hBits: Int) {
            self.memory = memory
            self.fShift = fShift
            self.hShift = hShift
            hMask = (1 << hBits) - 1
            fLimit = 1 << (Int.bitWidth - 1 - fShift)
            words = ((1 << hBits) + 63) >> 6
            ring = max(64, memory.first.capacity)
            self.memory.first.reserve(ring, keeping: 0)
            self.memory.last.reserve(ring, keeping: 0)
            self.memory.first.base.update(repeating: -1, count: ring)
            self.memory.top.reserve(1 << hBits, keeping: 0)
            self.memory.top.base.update(repeating: -1, count: 1 << hBits)
            self.memory.filled.reserve(words, keeping: 0)
            self.memory.filled.base.update(repeating: 0, count: words)
        }

        /// Empty, taking keys from f = `level` up.
        mutating func begin(at level: Int) { self.level = level }

        /// `key` (h and the node) at `f`, never below the f last taken up.
        @inline(__always)
        mutating func push(_ key: Int, f: Int, h: Int) {
            precondition(f >= level && f < fLimit, "a route's cost is too high to order, or the estimate is wrong")
            if used == memory.keys.capacity {
                memory.keys.reserve(max(1024, used &* 2), keeping: used)
                memory.next.reserve(max(1024, used &* 2), keeping: used)
            }
            let e = used
            used &+= 1
            memory.keys.base[e] = f &<< fShift | key
            if f == level {
                stack(e, h: h)
            } else {
                if f &- level >= ring { grow(past: f &- level) }
                append(e, slot: f & (ring &- 1))
                waiting &+= 1
            }
        }

        /// Entry `e` on top of the stack of `h`.
        @inline(__always)
        private mutating func stack(_ e: Int, h: Int) {
            memory.next.base[e] = memory.top.base[h]
            memory.top.base[h] = Int32(truncatingIfNeeded: e)
            memory.filled.base[h &>> 6] |= 1 &<< (h & 63)
            if h &>> 6 < lowWord { lowWord = h &>> 6 }
        }

        /// Entry `e` at the end of the list of ring slot `slot`.
        @inline(__always)
        private mutating func append(_ e: Int, slot: Int) {
            memory.next.base[e] = -1
            let tail = Int(memory.last.base[slot])
            if memory.first.base[slot] < 0 {
                memory.first.base[slot] = Int32(truncatingIfNeeded: e)
            } else {
                memory.next.base[tail] = Int32(truncatingIfNeeded: e)
            }
            memory.last.base[slot] = Int32(truncatingIfNeeded: e)
        }

        /// The least key, or nil when none is left.
        @inline(__always)
        mutating func pop() -> Int? {
            while true {
                let filled = memory.filled.base
                while lowWord < words && filled[lowWord] == 0 { lowWord &+= 1 }
                if lowWord < words {
                    let h = lowWord &<< 6 | filled[lowWord].trailingZeroBitCount
                    let e = Int(memory.top.base[h])
                    let below = memory.next.base[e]
                    memory.top.base[h] = below
                    if below < 0 { filled[lowWord] &= ~(1 &<< (h & 63)) }
                    return memory.keys.base[e]
                }
                guard waiting > 0 else { return nil }
                // The next f with nodes waiting: its list onto the stacks, in the order queued.
                lowWord = words
                var slot: Int
                repeat {
                    level &+= 1
                    slot = level & (ring &- 1)
                } while memory.first.base[slot] < 0
                var e = Int(memory.first.base[slot])
                memory.first.base[slot] = -1
                while e >= 0 {
                    let after = Int(memory.next.base[e])
                    stack(e, h: (memory.keys.base[e] &>> hShift) & hMask)
                    waiting &-= 1
                    e = after
                }
            }
        }

        /// A ring with room for f up to `reach` above the level: the lists laid out again, in order.
        private mutating func grow(past reach: Int) {
            precondition(reach <= CellRouter.Search.dearest * 4, "a step costs more than CellRouter.Search.dearest")
            var size = ring
            while size <= reach { size &*= 2 }
            let (oldFirst, oldLast) = (memory.first, memory.last)
            memory.first = Buffer()
            memory.last = Buffer()
            memory.first.reserve(size, keeping: 0)
            memory.last.reserve(size, keeping: 0)
            memory.first.base.update(repeating: -1, count: size)
            for slot in 0..<ring {
                var e = Int(oldFirst.base[slot])
                while e >= 0 {
                    let after = Int(memory.next.base[e])
                    append(e, slot: (memory.keys.base[e] &>> fShift) & (size &- 1))
                    e = after
                }
            }
            oldFirst.free()
            oldLast.free()
            ring = size
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
