/// A row of tabs with one selected.
public struct Tabs: Equatable, Sendable {
    public var titles: [String]
    public private(set) var selected: Int

    public init(_ titles: [String], selected: Int = 0) {
        self.titles = titles
        self.selected = titles.isEmpty ? 0 : min(max(0, selected), titles.count - 1)
    }

    public mutating func select(_ i: Int) {
        guard !titles.isEmpty else { return }
        selected = (i % titles.count + titles.count) % titles.count
    }
    public mutating func next() { select(selected + 1) }
    public mutating func previous() { select(selected - 1) }

    /// The selected tab shown reversed and bold; others plain, separated by a bar.
    public func render(in rect: Rect, on canvas: inout Canvas) {
        guard rect.height > 0 else { return }
        var x = rect.x
        for (i, title) in titles.enumerated() {
            if i > 0 {
                x = canvas.put(
                    " " + String(canvas.glyphs.vertical) + " ", at: Point(x: x, y: rect.y), style: canvas.theme.muted, clip: rect)
            }
            let style = i == selected ? canvas.theme.focus.with(.bold) : canvas.theme.normal
            x = canvas.put(" \(title) ", at: Point(x: x, y: rect.y), style: style, clip: rect)
        }
    }
}
