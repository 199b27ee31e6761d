import Diagrams
import TerminalUI
import Testing

@Suite("Cell router")
struct CellRouterTests {
    @Test("goes around blocked cells, prefers free cells and straight lines, and says when walled in")
    func routes() throws {
        let area = Rect(x: 0, y: 0, width: 10, height: 5)
        let wall = Set((0..<4).map { Point(x: 5, y: $0) })
        let path = try #require(
            CellRouter.route(
                from: Point(x: 1, y: 1), to: Point(x: 8, y: 1), in: area,
                blocked: { wall.contains($0) }, penalty: { _ in 0 }))
        #expect(path.first == Point(x: 1, y: 1) && path.last == Point(x: 8, y: 1))
        #expect(!path.contains { wall.contains($0) })
        #expect(path.contains(Point(x: 5, y: 4)))
        for (a, b) in zip(path, path.dropFirst()) { #expect(abs(a.x - b.x) + abs(a.y - b.y) == 1) }
        let straight = try #require(
            CellRouter.route(
                from: Point(x: 0, y: 0), to: Point(x: 9, y: 0), in: area,
                blocked: { _ in false }, penalty: { _ in 0 }))
        #expect(straight.count == 10 && straight.allSatisfy { $0.y == 0 })
        let closed = wall.union([Point(x: 5, y: 4)])
        #expect(
            CellRouter.route(
                from: Point(x: 1, y: 1), to: Point(x: 8, y: 1), in: area, blocked: { closed.contains($0) }, penalty: { _ in 0 }) == nil)
    }

    @Test("of equally cheap ways, the one the documented order gives: across first, then down or up, every time")
    func ties() throws {
        let area = Rect(x: 0, y: 0, width: 10, height: 5)
        func route(_ a: Point, _ b: Point) -> [Point]? {
            CellRouter.route(from: a, to: b, in: area, blocked: { _ in false }, penalty: { _ in 0 })
        }
        // One bend either way round; the step right (or left) comes before the step down (or up).
        let downRight = (1...6).map { Point(x: $0, y: 1) } + [Point(x: 6, y: 2), Point(x: 6, y: 3)]
        #expect(route(Point(x: 1, y: 1), Point(x: 6, y: 3)) == downRight)
        #expect(
            route(Point(x: 6, y: 3), Point(x: 1, y: 1)) == (1...6).reversed().map { Point(x: $0, y: 3) } + [
                Point(x: 1, y: 2), Point(x: 1, y: 1),
            ])
        // Around a wall, by the nearer end of it; the same route every time.
        let wall = Set((1..<5).map { Point(x: 4, y: $0) })
        let around = try #require(
            CellRouter.route(from: Point(x: 1, y: 3), to: Point(x: 8, y: 3), in: area, blocked: { wall.contains($0) }, penalty: { _ in 0 }))
        #expect(around.contains(Point(x: 4, y: 0)) && around.count == 14)
        for _ in 0..<3 {
            #expect(
                CellRouter.route(
                    from: Point(x: 1, y: 3), to: Point(x: 8, y: 3), in: area, blocked: { wall.contains($0) }, penalty: { _ in 0 })
                    == around)
        }
    }
}
