import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One cell of the grid: a grapheme and its style, or the right half of a wide grapheme.
///
/// A plain value (no reference inside), so a frame of 12,000 cells is copied and compared
/// like memory: a lone scalar is kept as its value, a grapheme of several scalars (an
/// emoji sequence, a letter with combining marks) by its number in `GraphemeClusters`.
public struct Cell: Equatable, Sendable {
    // One word, so copying and comparing a frame is plain memory work: bits 0–31 the
    // grapheme (a scalar, or a cluster's number with bit 31 set), 32–39 the attributes,
    // 40–43 the foreground and 44–47 the background (0 for the default, else colour + 1),
    // 48 continuation, 49 wide.
    private var bits: UInt64

    public init(_ grapheme: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.init(grapheme, width: DisplayWidth.of(grapheme), style: style, isContinuation: isContinuation)
    }

    init(_ grapheme: Character, width: Int, style: Style, isContinuation: Bool = false) {
        bits = UInt64(Cell.code(for: grapheme)) | Cell.pack(style)
        if isContinuation { bits |= Cell.continuationBit } else if width == 2 { bits |= Cell.wideBit }
    }

    /// A printable ASCII character, without making a `Character` of it.
    init(ascii: UInt8, style: Style) {
        bits = UInt64(ascii) | Cell.pack(style)
    }

    /// A scalar that takes one cell and is a grapheme on its own, without making a `Character` of it.
    init(scalar: Unicode.Scalar, style: Style) {
        bits = UInt64(scalar.value) | Cell.pack(style)
    }

    public var grapheme: Character {
        get {
            let code = UInt32(truncatingIfNeeded: bits)
            if code & Cell.clusterBit != 0 { return GraphemeClusters.shared.character(code & ~Cell.clusterBit) }
            return Character(Unicode.Scalar(code) ?? " ")
        }
        set {
            bits = (bits & ~(0xFFFF_FFFF | Cell.wideBit)) | UInt64(Cell.code(for: newValue))
            if !isContinuation && DisplayWidth.of(newValue) == 2 { bits |= Cell.wideBit }
        }
    }

    /// The grapheme's one scalar, or nil for a grapheme of several (read without making a
    /// `Character`: the backend asks for every cell it sends).
    public var scalar: Unicode.Scalar? {
        let code = UInt32(truncatingIfNeeded: bits)
        return code & Cell.clusterBit != 0 ? nil : Unicode.Scalar(code)
    }

    public var style: Style {
        get {
            func color(_ n: UInt64) -> Color? { n == 0 ? nil : Color(rawValue: Int(n) - 1) }
            return Style(
                TextAttributes(rawValue: UInt8(truncatingIfNeeded: bits >> 32)), foreground: color((bits >> 40) & 0xF),
                background: color((bits >> 44) & 0xF))
        }
        set { bits = (bits & ~Cell.styleMask) | Cell.pack(newValue) }
    }

    /// True for the second cell covered by a two-cell grapheme; it draws nothing itself.
    public var isContinuation: Bool {
        get { bits & Cell.continuationBit != 0 }
        set {
            bits &= ~(Cell.continuationBit | Cell.wideBit)
            if newValue { bits |= Cell.continuationBit }
        }
    }

    /// True when the grapheme takes two cells (this is its left half).
    var isWide: Bool { bits & Cell.wideBit != 0 }

    private static let clusterBit: UInt32 = 0x8000_0000
    private static let styleMask: UInt64 = 0xFFFF << 32
    private static let continuationBit: UInt64 = 1 << 48
    private static let wideBit: UInt64 = 1 << 49

    private static func pack(_ style: Style) -> UInt64 {
        UInt64(style.attributes.rawValue) << 32 | UInt64(style.foreground.map { $0.rawValue + 1 } ?? 0) << 40
            | UInt64(style.background.map { $0.rawValue + 1 } ?? 0) << 44
    }

    private static func code(for c: Character) -> UInt32 {
        let scalars = c.unicodeScalars
        let start = scalars.startIndex
        if start != scalars.endIndex, scalars.index(after: start) == scalars.endIndex { return scalars[start].value }
        return clusterBit | GraphemeClusters.shared.number(for: String(c))
    }

    public static let blank = Cell()
}

/// The graphemes of several scalars a screen has shown, each numbered once for the life of
/// the process, so a `Cell` holds a number instead of a string. The table only grows: a
/// terminal session shows a few hundred such graphemes, a fuzz run some hundred thousand.
final class GraphemeClusters: Sendable {
    static let shared = GraphemeClusters()
    private let table = Mutex<(numbers: [String: UInt32], strings: [Character])>(([:], []))

    func number(for s: String) -> UInt32 {
        table.withLock { t in
            if let n = t.numbers[s] { return n }
            let n = UInt32(t.strings.count)
            t.strings.append(Character(s))
            t.numbers[s] = n
            return n
        }
    }

    func character(_ n: UInt32) -> Character { table.withLock { $0.strings[Int(n)] } }
}

/// An in-memory grid of cells that every view draws on; backends copy it to a terminal.
///
/// Drawing clips at the canvas edge (and at an optional clip rectangle) and never splits
/// a grapheme: a two-cell grapheme that does not fit is replaced by a space.
public struct Canvas: Equatable, Sendable {
    public let size: Size
    public var glyphs: Glyphs
    public var theme: Theme
    /// Where the terminal cursor should be shown (a focused editor), if anywhere.
    public var cursor: Point?
    public private(set) var cells: [Cell]

    public init(size: Size, glyphs: Glyphs = .unicode, theme: Theme = .standard) {
        self.size = size
        self.glyphs = glyphs
        self.theme = theme
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var bounds: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    // MARK: Writing

    /// Draws `text` on one row starting at `point`, clipped to `clip` (and the canvas).
    /// Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, at point: Point, style: Style = .plain, clip: Rect? = nil) -> Int {
        put(text[...], at: point, style: style, clip: clip)
    }

    /// Draws `text` on one row starting at `point`, clipped to `clip` (and the canvas).
    /// Returns the column after the last cell written.
    ///
    /// Concrete, not generic over `StringProtocol`: the screens call it from other modules,
    /// where a generic function runs unspecialized, every string operation a witness call.
    @discardableResult
    public mutating func put(_ text: Substring, at point: Point, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        // Most text on a screen is printable ASCII: one cell a byte, no grapheme breaking.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            let start = point.x
            let y = point.y
            guard y >= area.y, y < area.maxY else { return start + text.utf8.count }
            var x = start
            for byte in text.utf8 {
                if x >= area.x && x < area.maxX { place(Cell(ascii: byte, style: style), width: 1, x: x, y: y) }
                x += 1
            }
            return x
        }
        var x = point.x
        let y = point.y
        guard y >= area.y, y < area.maxY else { return x + DisplayWidth.of(text) }
        let scalars = text.unicodeScalars
        let end = scalars.endIndex
        var i = scalars.startIndex
        while i != end {
            let scalar = scalars[i]
            let next = scalars.index(after: i)
            // A plain narrow scalar before another is a grapheme of its own, shown as it is
            // (see `DisplayWidth.forEachGrapheme`).
            if DisplayWidth.isPlainNarrow(scalar.value), next == end || DisplayWidth.isPlainNarrow(scalars[next].value) {
                if x >= area.x && x < area.maxX { place(Cell(scalar: scalar, style: style), width: 1, x: x, y: y) }
                x += 1
                i = next
                continue
            }
            let after = text.index(after: i)
            x = putGrapheme(displayable(text[i]), x: x, y: y, style: style, area: area)
            i = after
        }
        return x
    }

    /// One grapheme of `put`'s text at x, y; returns the column after it.
    private mutating func putGrapheme(_ c: Character, x: Int, y: Int, style: Style, area: Rect) -> Int {
        let w = DisplayWidth.of(c)
        if w == 0 || x >= area.maxX { return x + w }
        if x < area.x {
            // A wide grapheme straddling the left clip edge is replaced by a space.
            if w == 2 && x + 1 == area.x { set(" ", x: x + 1, y: y, style: style) }
            return x + w
        }
        if w == 2 && x + 1 >= area.maxX {
            set(" ", x: x, y: y, style: style)
            return x + w
        }
        set(c, x: x, y: y, style: style)
        return x + w
    }

    /// Sets one grapheme, keeping wide graphemes whole: overwriting half of one clears the other half.
    public mutating func set(_ c: Character, x: Int, y: Int, style: Style = .plain) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let w = DisplayWidth.of(c)
        place(Cell(c, width: w, style: style), width: w, x: x, y: y)
    }

    /// Puts `cell` (of `w` cells) at x, y, inside the canvas.
    private mutating func place(_ cell: Cell, width w: Int, x: Int, y: Int) {
        let i = y * size.width + x
        if cells[i].isContinuation, x > 0 { cells[i - 1] = Cell(" ", width: 1, style: cells[i - 1].style) }
        if cells[i].isWide, x + 1 < size.width {
            cells[i + 1] = Cell(" ", width: 1, style: cells[i + 1].style)
        }
        if w == 2 {
            guard x + 1 < size.width else {
                cells[i] = Cell(" ", width: 1, style: cell.style)
                return
            }
            if cells[i + 1].isWide, x + 2 < size.width {
                cells[i + 2] = Cell(" ", width: 1, style: cells[i + 2].style)
            }
            cells[i] = cell
            cells[i + 1] = Cell(" ", width: 1, style: cell.style, isContinuation: true)
        } else {
            cells[i] = cell
        }
    }

    /// Fills a rectangle with one character and style.
    public mutating func fill(_ rect: Rect, with c: Character = " ", style: Style = .plain) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        // One cell made once and placed over the rectangle, as `set` would place it.
        let w = DisplayWidth.of(c)
        let cell = Cell(c, width: w, style: style)
        for y in r.y..<r.maxY {
            if w == 1 {
                placeRow(cell, y: y, from: r.x, to: r.maxX)
                continue
            }
            for x in r.x..<r.maxX { place(cell, width: w, x: x, y: y) }
        }
    }

    /// Applies extra attributes to every cell of a rectangle, keeping the text.
    public mutating func highlight(_ rect: Rect, _ attributes: TextAttributes) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * size.width + x].style.attributes.formUnion(attributes) }
        }
    }

    public mutating func horizontalLine(y: Int, from x0: Int, to x1: Int, style: Style = .plain) {
        guard x1 > x0, y >= 0, y < size.height else { return }
        // One cell made once and placed along the row (a rule is as wide as the screen).
        let w = DisplayWidth.of(glyphs.horizontal)
        let cell = Cell(glyphs.horizontal, width: w, style: style)
        let (from, to) = (max(0, x0), min(size.width, x1))
        guard from < to else { return }
        if w == 1 { return placeRow(cell, y: y, from: from, to: to) }
        for x in from..<to { place(cell, width: w, x: x, y: y) }
    }

    /// Places a one-cell `cell` on every cell of row `y` from `from` to `to` (inside the
    /// canvas), as `place` one by one would: inside the run every cell is overwritten, so
    /// only a wide grapheme cut at either end loses its other half.
    private mutating func placeRow(_ cell: Cell, y: Int, from: Int, to: Int) {
        let start = y * size.width
        if cells[start + from].isContinuation, from > 0 {
            cells[start + from - 1] = Cell(" ", width: 1, style: cells[start + from - 1].style)
        }
        if cells[start + to - 1].isWide, to < size.width { cells[start + to] = Cell(" ", width: 1, style: cells[start + to].style) }
        cells.withUnsafeMutableBufferPointer { all in
            guard let base = all.baseAddress else { return }
            (base + start + from).update(repeating: cell, count: to - from)
        }
    }

    public mutating func verticalLine(x: Int, from y0: Int, to y1: Int, style: Style = .plain) {
        guard y1 > y0, x >= 0, x < size.width else { return }
        let w = DisplayWidth.of(glyphs.vertical)
        let cell = Cell(glyphs.vertical, width: w, style: style)
        let (from, to) = (max(0, y0), min(size.height, y1))
        guard from < to else { return }
        for y in from..<to { place(cell, width: w, x: x, y: y) }
    }

    /// Draws a frame around `rect` with an optional title in the top edge.
    public mutating func box(_ rect: Rect, style: Style = .plain, title: String? = nil, titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let g = glyphs
        horizontalLine(y: rect.y, from: rect.x + 1, to: rect.maxX - 1, style: style)
        horizontalLine(y: rect.maxY - 1, from: rect.x + 1, to: rect.maxX - 1, style: style)
        verticalLine(x: rect.x, from: rect.y + 1, to: rect.maxY - 1, style: style)
        verticalLine(x: rect.maxX - 1, from: rect.y + 1, to: rect.maxY - 1, style: style)
        set(g.topLeft, x: rect.x, y: rect.y, style: style)
        set(g.topRight, x: rect.maxX - 1, y: rect.y, style: style)
        set(g.bottomLeft, x: rect.x, y: rect.maxY - 1, style: style)
        set(g.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, style: style)
        if let title, rect.width > 4 {
            let text = " " + title.truncated(cells: rect.width - 4, ellipsis: g.ellipsis) + " "
            put(
                text, at: Point(x: rect.x + 1, y: rect.y), style: titleStyle ?? style,
                clip: rect.inset(left: 1, right: 1))
        }
    }

    /// A character that is safe to send to a terminal: control characters become visible
    /// placeholders (so pasted escape sequences can never drive the terminal).
    func displayable(_ c: Character) -> Character {
        guard let first = c.unicodeScalars.first else { return " " }
        if DisplayWidth.isControl(first) {
            switch first.value {
            case 0x0A, 0x0D: return Character(glyphs.newline)
            case 0x09: return " "
            default: return glyphs.isASCII ? "?" : "\u{FFFD}"
            }
        }
        // A lone combining mark is drawn on a space so it cannot merge with the cell before.
        if DisplayWidth.isZeroWidth(first), c.unicodeScalars.allSatisfy({ DisplayWidth.isZeroWidth($0) }) {
            if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark {
                return Character(" " + String(c))
            }
        }
        return c
    }

    // MARK: Reading

    /// The text of one row, wide graphemes once, trailing spaces removed.
    public func row(_ y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var s = ""
        for x in 0..<size.width {
            let cell = cells[y * size.width + x]
            if !cell.isContinuation { s.append(cell.grapheme) }
        }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// The whole canvas as plain text: one line per row, trailing spaces removed.
    public var plainText: String {
        (0..<size.height).map(row).joined(separator: "\n") + "\n"
    }

    /// True when some row contains `text`.
    public func contains(_ text: String) -> Bool {
        (0..<size.height).contains { row($0).contains(text) }
    }

    /// The first position at which `text` starts, searching rows top to bottom.
    public func find(_ text: String) -> Point? {
        let needle = Array(text)
        guard !needle.isEmpty else { return nil }
        for y in 0..<size.height {
            var cols: [Int] = []
            var line: [Character] = []
            for cx in 0..<size.width where !cells[y * size.width + cx].isContinuation {
                cols.append(cx)
                line.append(cells[y * size.width + cx].grapheme)
            }
            guard line.count >= needle.count else { continue }
            for start in 0...(line.count - needle.count) where line[start..<start + needle.count].elementsEqual(needle) {
                return Point(x: cols[start], y: y)
            }
        }
        return nil
    }
}

extension Canvas: CustomStringConvertible, CustomDebugStringConvertible {
    /// The plain text, so failing tests show the screen rather than every cell.
    public var description: String { "\n" + plainText }
    public var debugDescription: String { description }
}

// Copying a region in and out (the region cache); here, where the cells can be set.
extension Canvas {
    /// The cells of `rect` (inside the canvas), row by row.
    @usableFromInline
    func cells(in rect: Rect) -> [Cell] {
        var out: [Cell] = []
        out.reserveCapacity(rect.width * rect.height)
        for y in rect.y..<rect.maxY { out.append(contentsOf: cells[(y * size.width + rect.x)..<(y * size.width + rect.maxX)]) }
        return out
    }

    /// Puts back cells taken by `cells(in:)` from the same rectangle.
    @usableFromInline
    mutating func setCells(_ block: [Cell], in rect: Rect) {
        precondition(block.count == rect.width * rect.height)
        let width = size.width
        block.withUnsafeBufferPointer { from in
            cells.withUnsafeMutableBufferPointer { to in
                guard let source = from.baseAddress, let target = to.baseAddress else { return }
                for row in 0..<rect.height {
                    (target + (rect.y + row) * width + rect.x).update(from: source + row * rect.width, count: rect.width)
                }
            }
        }
    }

    /// Whether the cells of `rect` are `block` (as `cells(in:)` would give them), without copying them.
    @usableFromInline
    func cells(in rect: Rect, equal block: [Cell]) -> Bool {
        guard block.count == rect.width * rect.height else { return false }
        let width = size.width
        return block.withUnsafeBufferPointer { other in
            cells.withUnsafeBufferPointer { mine in
                guard let theirs = other.baseAddress, let ours = mine.baseAddress else { return block.isEmpty }
                for row in 0..<rect.height
                where memcmp(ours + (rect.y + row) * width + rect.x, theirs + row * rect.width, rect.width * MemoryLayout<Cell>.stride) != 0
                {
                    return false
                }
                return true
            }
        }
    }
}

extension Canvas {
    /// The cells a backend must send to turn `old` into this frame: those that differ, and
    /// the one after a changed cell (a wide grapheme that changed may have covered it);
    /// every cell when there is no old frame of this size. Continuation cells are left out.
    public func changedIndices(since old: Canvas?) -> [Int] {
        guard let old, old.size == size else { return cells.indices.filter { !cells[$0].isContinuation } }
        let width = size.width
        // Run on every keystroke over every cell: without bounds checks.
        return cells.withUnsafeBufferPointer { now in
            old.cells.withUnsafeBufferPointer { was in
                var out: [Int] = []
                guard let nowBase = now.baseAddress, let wasBase = was.baseAddress, width > 0 else { return out }
                let rowBytes = width * MemoryLayout<Cell>.stride
                for rowStart in stride(from: 0, to: now.count, by: width) {
                    // A keystroke changes a row or two: the others are one memory compare each.
                    if memcmp(nowBase + rowStart, wasBase + rowStart, rowBytes) == 0 { continue }
                    var changedBefore = false
                    for i in rowStart..<(rowStart + width) {
                        let changed = was[i] != now[i]
                        if !now[i].isContinuation && (changed || changedBefore) { out.append(i) }
                        changedBefore = changed
                    }
                }
                return out
            }
        }
    }
}
