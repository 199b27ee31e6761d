/// Wrapped text drawn into a rectangle, optionally scrolled by whole lines.
public struct TextBlock: Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// The wrapped lines for a given width.
    public func lines(width: Int) -> [String] { TextWrap.lines(text, width: width) }

    /// Draws from line `scroll` on; returns how many lines the whole text takes.
    @discardableResult
    public func render(in rect: Rect, on canvas: inout Canvas, scroll: Int = 0) -> Int {
        let all = lines(width: rect.width)
        for (i, line) in all.dropFirst(max(0, scroll)).prefix(rect.height).enumerated() {
            canvas.put(line, at: Point(x: rect.x, y: rect.y + i), style: style, clip: rect)
        }
        return all.count
    }
}

/// A row of key hints such as `↑↓ choose  Enter open  ? help`, cut to fit.
public struct KeyHints: Sendable {
    public var items: [(key: String, label: String)]

    public init(_ items: [(key: String, label: String)]) { self.items = items }

    public func render(in rect: Rect, on canvas: inout Canvas) {
        guard rect.height > 0 else { return }
        var x = rect.x
        let theme = canvas.theme
        for (i, item) in items.enumerated() {
            let needed = item.key.displayWidth + 1 + item.label.displayWidth + (i > 0 ? 2 : 0)
            if x + needed > rect.maxX { break }
            if i > 0 { x += 2 }
            x = canvas.put(item.key, at: Point(x: x, y: rect.y), style: theme.hintKey, clip: rect)
            x = canvas.put(" " + item.label, at: Point(x: x, y: rect.y), style: theme.hint, clip: rect)
        }
    }
}
