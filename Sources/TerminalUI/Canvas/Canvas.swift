/// One cell of the grid: a grapheme and its style, or the right half of a wide grapheme.
public struct Cell: Equatable, Sendable {
    public var grapheme: Character
    public var style: Style
    /// True for the second cell covered by a two-cell grapheme; it draws nothing itself.
    public var isContinuation: Bool

    public init(_ grapheme: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }
    public static let blank = Cell()
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
    public mutating func put(_ text: some StringProtocol, at point: Point, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        var x = point.x
        let y = point.y
        guard y >= area.y, y < area.maxY else { return x + DisplayWidth.of(String(text)) }
        for raw in text {
            let c = displayable(raw)
            let w = DisplayWidth.of(c)
            if w == 0 { continue }
            if x >= area.maxX {
                x += w
                continue
            }
            if x < area.x {
                // A wide grapheme straddling the left clip edge is replaced by a space.
                if w == 2 && x + 1 == area.x { set(" ", x: x + 1, y: y, style: style) }
                x += w
                continue
            }
            if w == 2 && x + 1 >= area.maxX {
                set(" ", x: x, y: y, style: style)
                x += w
                continue
            }
            set(c, x: x, y: y, style: style)
            x += w
        }
        return x
    }

    /// Sets one grapheme, keeping wide graphemes whole: overwriting half of one clears the other half.
    public mutating func set(_ c: Character, x: Int, y: Int, style: Style = .plain) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let w = DisplayWidth.of(c)
        let i = y * size.width + x
        if cells[i].isContinuation, x > 0 { cells[i - 1] = Cell(" ", style: cells[i - 1].style) }
        if DisplayWidth.of(cells[i].grapheme) == 2, !cells[i].isContinuation, x + 1 < size.width {
            cells[i + 1] = Cell(" ", style: cells[i + 1].style)
        }
        if w == 2 {
            guard x + 1 < size.width else {
                cells[i] = Cell(" ", style: style)
                return
            }
            if DisplayWidth.of(cells[i + 1].grapheme) == 2, !cells[i + 1].isContinuation, x + 2 < size.width {
                cells[i + 2] = Cell(" ", style: cells[i + 2].style)
            }
            cells[i] = Cell(c, style: style)
            cells[i + 1] = Cell(" ", style: style, isContinuation: true)
        } else {
            cells[i] = Cell(c, style: style)
        }
    }

    /// Fills a rectangle with one character and style.
    public mutating func fill(_ rect: Rect, with c: Character = " ", style: Style = .plain) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { set(c, x: x, y: y, style: style) }
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
        guard x1 > x0 else { return }
        for x in x0..<x1 { set(glyphs.horizontal, x: x, y: y, style: style) }
    }

    public mutating func verticalLine(x: Int, from y0: Int, to y1: Int, style: Style = .plain) {
        guard y1 > y0 else { return }
        for y in y0..<y1 { set(glyphs.vertical, x: x, y: y, style: style) }
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
