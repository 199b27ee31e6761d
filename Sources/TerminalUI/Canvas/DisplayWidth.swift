/// Terminal display width of graphemes: 0, 1 or 2 cells.
///
/// Width is decided per grapheme cluster (Swift `Character`), never per scalar, so that
/// `e` + combining acute is one cell and a ZWJ family emoji is two. glibc's `wcwidth`
/// is per scalar and dated, so we decide here and test the cases.
public enum DisplayWidth {
    /// Cells the grapheme occupies on a terminal.
    public static func of(_ c: Character) -> Int {
        // Most of what a screen shows is one scalar of a few plain ranges; answered without
        // asking Unicode's tables (a test checks these ranges against the full rule).
        let scalars = c.unicodeScalars
        let start = scalars.startIndex
        if start != scalars.endIndex, scalars.index(after: start) == scalars.endIndex, isPlainNarrow(scalars[start].value) { return 1 }
        return ofCluster(c)
    }

    /// Printable ASCII, Latin-1 and Latin Extended letters (not the soft hyphen), dashes,
    /// quotes, the bullet and the ellipsis, arrows, box drawing, blocks and geometric shapes
    /// (not the two shown as emoji, ◽ and ◾): one cell each.
    static func isPlainNarrow(_ v: UInt32) -> Bool {
        (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x300 && v != 0xAD) || (v >= 0x2010 && v <= 0x2027)
            || (v >= 0x2190 && v <= 0x21FF) || (v >= 0x2500 && v <= 0x25FC)
    }

    /// The full rule, for any grapheme.
    static func ofCluster(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.allSatisfy(isZeroWidth) { return isControl(first) ? 1 : 0 }
        if isControl(first) { return 1 }  // shown as a one-cell placeholder
        var hasVS16 = false
        var hasVS15 = false
        for s in scalars {
            if s.value == 0xFE0F { hasVS16 = true }
            if s.value == 0xFE0E { hasVS15 = true }
        }
        if isWide(first) { return 2 }
        if hasVS15 { return 1 }
        if hasVS16 && first.properties.isEmoji { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        // Keycaps and flags with text-default bases still render as one emoji.
        if scalars.count > 1 && scalars.contains(where: { $0.properties.isEmojiPresentation }) && first.properties.isEmoji {
            return 2
        }
        return 1
    }

    /// Cells a string occupies.
    public static func of(_ s: String) -> Int { of(s[...]) }

    public static func of(_ s: Substring) -> Int {
        // Printable ASCII, most text, is a cell a byte.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s.utf8.count }
        var total = 0
        forEachGrapheme(in: s) { _, width in
            total += width
            return true
        }
        return total
    }

    /// Calls `body` with each grapheme of `s` (the scalar range it covers) and its width,
    /// in order, until `body` returns false.
    ///
    /// A plain narrow scalar followed by another (or by the end) is a grapheme of its own:
    /// no rule of Unicode's grapheme breaking joins two such scalars (neither is a joiner,
    /// an extending mark, a prefix, Hangul, a regional indicator or a carriage return). So
    /// most text is measured scalar by scalar, and only the rest is broken into
    /// `Character`s, the costly part of every line a screen draws.
    static func forEachGrapheme(in s: Substring, _ body: (Range<String.Index>, Int) -> Bool) {
        let scalars = s.unicodeScalars
        let end = scalars.endIndex
        var i = scalars.startIndex
        while i != end {
            let next = scalars.index(after: i)
            if isPlainNarrow(scalars[i].value), next == end || isPlainNarrow(scalars[next].value) {
                guard body(i..<next, 1) else { return }
                i = next
                continue
            }
            // `i` starts a grapheme: the text's start, or the end of the one before.
            let after = s.index(after: i)
            guard body(i..<after, of(s[i])) else { return }
            i = after
        }
    }

    /// C0 and C1 control characters and DEL.
    public static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (s.value >= 0x7F && s.value < 0xA0)
    }

    /// Scalars that take no cell of their own: combining marks, format characters, joiners.
    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: break
        }
        let v = s.value
        return v == 0x200B || (v >= 0x1160 && v <= 0x11FF) || (v >= 0xFE00 && v <= 0xFE0F)
            || (v >= 0xE0100 && v <= 0xE01EF)
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15, main blocks).
    static func isWide(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x1100 { return false }
        for r in wideRanges where r.contains(v) { return true }
        return false
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF,
        0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}

extension String {
    /// Display width in terminal cells.
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// The longest prefix that fits in `width` cells; never splits a grapheme.
    public func prefix(cells width: Int) -> String {
        var used = 0
        var end = startIndex
        DisplayWidth.forEachGrapheme(in: self[...]) { range, w in
            guard used + w <= width else { return false }
            used += w
            end = range.upperBound
            return true
        }
        return String(self[..<end])
    }

    /// Clipped to `width` cells, ending in `ellipsis` when something was cut.
    public func truncated(cells width: Int, ellipsis: String = "…") -> String {
        if displayWidth <= width { return self }
        let ew = ellipsis.displayWidth
        if width < ew { return prefix(cells: width) }
        return prefix(cells: width - ew) + ellipsis
    }

    /// Padded with spaces (or clipped) to exactly `width` cells.
    public func padded(cells width: Int) -> String {
        let clipped = prefix(cells: width)
        return clipped + String(repeating: " ", count: max(0, width - clipped.displayWidth))
    }
}
