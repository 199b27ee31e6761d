import Synchronization

/// Remembers the cells a region of the screen was drawn with, by what the drawing read,
/// so a frame that changes one line does not draw an unchanged panel again (typing a
/// letter must not lay out the genogram or wrap the transcript anew).
///
/// A region is copied back only when its key, the canvas's glyphs and theme, and the
/// region's cells and the cursor as they were before drawing all equal what was
/// remembered; anything else draws it and remembers the result. So a frame is the same
/// with or without the cache as long as the key holds everything the drawing reads, and
/// the region's drawing stays inside it (a property test renders both ways to check).
public final class RegionCache: Sendable {
    private struct Entry: Sendable {
        // Compared by casting back to the caller's key type.
        var key: any Equatable & Sendable
        var glyphs: Glyphs
        var theme: Theme
        var rect: Rect
        var before: [Cell]
        var cursorBefore: Point?
        var after: [Cell]
        var cursorAfter: Point?
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let counts = Mutex((hits: 0, misses: 0))

    /// The cache the screens draw through: one for the program; a test sets its own, or
    /// nil for the plain drawing it compares with.
    @TaskLocal public static var current: RegionCache? = RegionCache()

    public init() {}

    /// How often a region was copied, and how often drawn (to see that a test exercised both).
    public var statistics: (hits: Int, misses: Int) { counts.withLock { $0 } }

    func draw<Key: Equatable & Sendable>(_ name: String, key: Key, rect: Rect, on canvas: inout Canvas, _ body: (inout Canvas) -> Void) {
        let area = rect.intersection(canvas.bounds)
        guard !area.isEmpty else { return body(&canvas) }
        let before = canvas.cells(in: area)
        let cursorBefore = canvas.cursor
        let (glyphs, theme) = (canvas.glyphs, canvas.theme)
        let hit = entries.withLock { stored -> Entry? in
            guard let e = stored[name], e.rect == area, e.glyphs == glyphs, e.theme == theme, e.cursorBefore == cursorBefore,
                (e.key as? Key) == key, e.before == before
            else { return nil }
            return e
        }
        counts.withLock { if hit == nil { $0.misses += 1 } else { $0.hits += 1 } }
        if let hit {
            canvas.setCells(hit.after, in: area)
            canvas.cursor = hit.cursorAfter
            return
        }
        body(&canvas)
        let entry = Entry(
            key: key, glyphs: glyphs, theme: theme, rect: area, before: before, cursorBefore: cursorBefore,
            after: canvas.cells(in: area), cursorAfter: canvas.cursor)
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
