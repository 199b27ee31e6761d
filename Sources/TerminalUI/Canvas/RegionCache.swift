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
    /// A region's last drawing and what it was drawn from.
    @usableFromInline struct Entry: Sendable {
        @usableFromInline var key: AnyKey
        @usableFromInline var glyphs: Glyphs
        @usableFromInline var theme: Theme
        @usableFromInline var rect: Rect
        @usableFromInline var before: [Cell]
        @usableFromInline var after: [Cell]
        /// Where the drawing put the cursor; nil when it left it alone.
        @usableFromInline var cursor: Point??

        @usableFromInline
        init(key: AnyKey, glyphs: Glyphs, theme: Theme, rect: Rect, before: [Cell], after: [Cell], cursor: Point??) {
            (self.key, self.glyphs, self.theme, self.rect, self.before, self.after, self.cursor) =
                (key, glyphs, theme, rect, before, after, cursor)
        }
    }

    /// A key of any type: compared by a class cast back to `Key<T>`, which costs less
    /// than casting an existential (every region, every frame).
    @usableFromInline class AnyKey: @unchecked Sendable {
        @usableFromInline init() {}
    }

    /// A key of type `T`; immutable, so sharing it between threads is safe.
    @usableFromInline final class Key<T: Equatable & Sendable>: AnyKey, @unchecked Sendable {
        @usableFromInline let value: T
        @usableFromInline init(_ value: T) { self.value = value }
    }

    @usableFromInline let entries = Mutex<[String: Entry]>([:])
    @usableFromInline let counts = Mutex((hits: 0, misses: 0))

    /// The cache the screens draw through: one for the program; a test sets its own, or
    /// nil for the plain drawing it compares with.
    @TaskLocal public static var current: RegionCache? = RegionCache()

    public init() {}

    /// How often a region was copied, and how often drawn (to see that a test exercised both).
    public var statistics: (hits: Int, misses: Int) { counts.withLock { $0 } }

    /// A cursor no drawing sets: put there before drawing, to see whether the drawing moved it.
    @usableFromInline static let untouched = Point(x: Int.min, y: Int.min)

    // Inlinable, so that it is specialized for each key type where a screen calls it:
    // unspecialized, its generic copies and casts were most of a cached region's cost.
    @inlinable
    func draw<K: Equatable & Sendable>(_ name: String, key: K, rect: Rect, on canvas: inout Canvas, _ body: (inout Canvas) -> Void) {
        let area = rect.intersection(canvas.bounds)
        guard !area.isEmpty else { return body(&canvas) }
        // Compared where they are, and copied back under the lock: a hit copies nothing else.
        let hit = entries.withLock { stored -> Bool in
            guard let e = stored[name], e.rect == area, let known = e.key as? Key<K>, known.value == key,
                e.glyphs == canvas.glyphs, e.theme == canvas.theme, canvas.cells(in: area, equal: e.before)
            else { return false }
            canvas.setCells(e.after, in: area)
            if let cursor = e.cursor { canvas.cursor = cursor }
            return true
        }
        counts.withLock { if hit { $0.hits += 1 } else { $0.misses += 1 } }
        if hit { return }
        let before = canvas.cells(in: area)
        let cursorBefore = canvas.cursor
        canvas.cursor = Self.untouched
        body(&canvas)
        let cursor: Point?? = canvas.cursor == Self.untouched ? nil : .some(canvas.cursor)
        if cursor == nil { canvas.cursor = cursorBefore }
        let entry = Entry(
            key: Key(key), glyphs: canvas.glyphs, theme: canvas.theme, rect: area, before: before, after: canvas.cells(in: area),
            cursor: cursor)
        entries.withLock { $0[name] = entry }
    }
}

extension Canvas {
    /// Draws `body` in `rect` through the current `RegionCache`: copied from the last time
    /// when `key` (and what was under the region) is unchanged. `body` must draw inside
    /// `rect` only and read nothing that `key` does not hold.
    @inlinable
    public mutating func cached<Key: Equatable & Sendable>(_ name: String, key: Key, in rect: Rect, _ body: (inout Canvas) -> Void) {
        guard let cache = RegionCache.current else { return body(&self) }
        cache.draw(name, key: key, rect: rect, on: &self, body)
    }
}
