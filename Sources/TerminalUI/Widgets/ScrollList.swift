/// Selection and scrolling for a vertical list; the caller draws each row.
public struct ScrollList: Equatable, Sendable {
    public private(set) var count: Int
    public private(set) var selected: Int
    public private(set) var offset: Int = 0

    public init(count: Int, selected: Int = 0) {
        self.count = max(0, count)
        self.selected = count == 0 ? 0 : min(max(0, selected), count - 1)
    }

    /// Changes the number of items, keeping the selection in range.
    public mutating func setCount(_ n: Int) {
        count = max(0, n)
        selected = count == 0 ? 0 : min(selected, count - 1)
        offset = min(offset, max(0, count - 1))
    }

    public mutating func select(_ i: Int) {
        guard count > 0 else { return }
        selected = min(max(0, i), count - 1)
    }

    /// Moves the selection one row for the scroll wheel; returns false for a click.
    public mutating func handleWheel(_ kind: MouseEvent.Kind) -> Bool {
        switch kind {
        case .scrollUp: select(selected - 1)
        case .scrollDown: select(selected + 1)
        case .press: return false
        }
        return true
    }

    /// Moves the selection for navigation keys; returns false for other keys.
    public mutating func handle(_ press: KeyPress, pageSize: Int) -> Bool {
        guard press.modifiers.isEmpty || press.modifiers == .control else { return false }
        switch press.key {
        case .up: select(selected - 1)
        case .down: select(selected + 1)
        case .character("k") where press.modifiers.isEmpty: select(selected - 1)
        case .character("j") where press.modifiers.isEmpty: select(selected + 1)
        case .pageUp: select(selected - max(1, pageSize - 1))
        case .pageDown: select(selected + max(1, pageSize - 1))
        case .home: select(0)
        case .end: select(count - 1)
        case .character("p") where press.modifiers == .control: select(selected - 1)
        case .character("n") where press.modifiers == .control: select(selected + 1)
        default: return false
        }
        return true
    }

    /// The rows visible in a window of `height`, keeping the selection in view.
    public mutating func visibleRange(height: Int) -> Range<Int> {
        guard height > 0, count > 0 else { return 0..<0 }
        if selected < offset { offset = selected }
        if selected >= offset + height { offset = selected - height + 1 }
        offset = max(0, min(offset, max(0, count - height)))
        return offset..<min(count, offset + height)
    }

    /// The visible range without changing state (for pure views).
    public func window(height: Int) -> Range<Int> {
        var copy = self
        return copy.visibleRange(height: height)
    }

    /// Draws each visible row with `row(index, rect, isSelected)`, plus a scroll bar when
    /// the list is longer than the rectangle.
    public func render(in rect: Rect, on canvas: inout Canvas, row: (Int, Rect, Bool, inout Canvas) -> Void) {
        let range = window(height: rect.height)
        let scrollable = count > rect.height && rect.width > 2
        let rowWidth = scrollable ? rect.width - 1 : rect.width
        for (i, index) in range.enumerated() {
            row(index, Rect(x: rect.x, y: rect.y + i, width: rowWidth, height: 1), index == selected, &canvas)
        }
        if scrollable {
            let x = rect.maxX - 1
            let thumb = max(1, rect.height * rect.height / max(1, count))
            let top = (rect.height - thumb) * range.lowerBound / max(1, count - rect.height)
            for y in 0..<rect.height {
                let on = y >= top && y < top + thumb
                canvas.set(
                    on ? canvas.glyphs.scrollThumb : canvas.glyphs.scrollTrack,
                    x: x, y: rect.y + y, style: canvas.theme.muted)
            }
        }
    }
}
