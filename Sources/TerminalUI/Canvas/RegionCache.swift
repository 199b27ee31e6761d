import Synchronization

/// Remembers the cells a region of the screen was drawn with, by what the drawing read,
/// so a frame that changes one line does not draw an unchanged panel again (typing a
/// letter must not lay out the genogram or wrap the transcript anew).
///
/// A region is copied back only when its key, the canvas's glyphs and theme, and the
/// region's cells as they were before drawing all equal what was remembered; anything
/// else draws it and remembers the result, and where it put the cursor if it did. So a
/// frame is the same with or without the cache as long as the key holds everything the
/// drawing reads, the drawing stays inside its region and does not read the cursor (a
/// property test renders both ways to check).
public final class RegionCache: Sendable {
    private struct Entry: Sendable {
        // Compared by casting back to the caller's key type.
        var key: any Equatable & Sendable
        var glyphs: Glyphs
        var theme: Theme
        var rect: Rect
        var before: [Cell]
        var after: [Cell]
        /// Where the drawing put the cursor; nil when it left it alone.
        var cursor: Point??
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let counts = Mutex((hits: 0, misses: 0))

    /// The cache the screens draw through: one for the program; a test sets its own, or
    /// nil for the plain drawing it compares with.
    @TaskLocal public static var current: RegionCache? = RegionCache()

    public init() {}

    /// How often a region was copied, and how often drawn (to see that a test exercised both).
    public var statistics: (hits: Int, misses: Int) { counts.withLock { $0 } }

    /// A cursor no drawing sets: put there before drawing, to see whether the drawing moved it.
    private static let untouched = Point(x: Int.min, y: Int.min)

    func draw<Key: Equatable & Sendable>(_ name: String, key: Key, rect: Rect, on canvas: inout Canvas, _ body: (inout Canvas) -> Void) {
        let area = rect.intersection(canvas.bounds)
        guard !area.isEmpty else { return body(&canvas) }
        let (glyphs, theme) = (canvas.glyphs, canvas.theme)
        // Compared where they are: most frames are hits, and a hit copies nothing but the result.
        let hit = entries.withLock { stored -> Entry? in
            guard let e = stored[name], e.rect == area, e.glyphs == glyphs, e.theme == theme, (e.key as? Key) == key,
                canvas.cells(in: area, equal: e.before)
            else { return nil }
            return e
        }
        counts.withLock { if hit == nil { $0.misses += 1 } else { $0.hits += 1 } }
        if let hit {
            canvas.setCells(hit.after, in: area)
            if let cursor = hit.cursor { canvas.cursor = cursor }
            return
        }
        let before = canvas.cells(in: area)
        let cursorBefore = canvas.cursor
        canvas.cursor = Self.untouched
        body(&canvas)
        let cursor: Point?? = canvas.cursor == Self.untouched ? nil : .some(canvas.cursor)
        if cursor == nil { canvas.cursor = cursorBefore }
        let entry = Entry(key: key, glyphs: glyphs, theme: theme, rect: area, before: before, after: canvas.cells(in: area), cursor: cursor)
        entries.withLock { $0[name] = entry }
    }
}

extension Canvas {
    /// Draws `body` in `rect` through the current `RegionCache`: copied from the last time
    /// when `key` (and what was under the region) is unchanged. `body` must draw inside
    /// `rect` only and read nothing that `key` does not hold.
    public mutating func cached<Key: Equatable & Sendable>(_ name: String, key: Key, in rect: Rect, _ body: (inout Canvas) -> Void) {
        guard let cache = RegionCache.current else { return body(&self) }
        cache.draw(name, key: key, rect: rect, on: &self, body)
    }
}
