/// One line of help: the keys and what they do.
public struct KeyHelp: Equatable, Sendable {
    public var keys: String
    public var action: String
    public init(_ keys: String, _ action: String) { self.keys = keys; self.action = action }
}

/// A framed overlay listing the keys of the current screen (opened with `?` or F1).
public struct HelpOverlay: Equatable, Sendable {
    public var title: String
    public var entries: [KeyHelp]
    public var footer: String
    public var scroll: Int = 0

    public init(title: String, entries: [KeyHelp], footer: String) {
        self.title = title
        self.entries = entries
        self.footer = footer
    }

    /// Scrolls with arrows and page keys; returns true when the overlay should close.
    public mutating func handle(_ press: KeyPress) -> Bool {
        switch press.key {
        case .down: scroll = min(scroll + 1, max(0, entries.count - 1)); return false
        case .up: scroll = max(0, scroll - 1); return false
        case .pageDown: scroll = min(scroll + 10, max(0, entries.count - 1)); return false
        case .pageUp: scroll = max(0, scroll - 10); return false
        default: return true
        }
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let keyWidth = min(22, (entries.map { $0.keys.displayWidth }.max() ?? 0))
        let actionWidth = entries.map { $0.action.displayWidth }.max() ?? 0
        let wanted = Size(width: max(keyWidth + actionWidth + 7, footer.displayWidth + 4, title.displayWidth + 6),
                          height: entries.count + 4)
        let frame = area.centered(wanted)
        guard frame.width >= 4, frame.height >= 3 else { return }
        let theme = canvas.theme
        canvas.fill(frame)
        canvas.box(frame, style: theme.border, title: title, titleStyle: theme.title)
        let inner = frame.inset(top: 1, left: 2, bottom: 1, right: 2)
        let listHeight = max(0, inner.height - 2)
        let start = min(scroll, max(0, entries.count - listHeight))
        for (i, e) in entries.dropFirst(start).prefix(listHeight).enumerated() {
            let y = inner.y + i
            canvas.put(e.keys, at: Point(x: inner.x, y: y), style: theme.hintKey,
                       clip: Rect(x: inner.x, y: y, width: min(keyWidth, inner.width), height: 1))
            canvas.put(e.action, at: Point(x: inner.x + keyWidth + 2, y: y), clip: inner)
        }
        if inner.height >= 1 {
            var footerText = footer
            if entries.count > listHeight { footerText = "\(canvas.glyphs.arrowUp)\(canvas.glyphs.arrowDown) " + footer }
            canvas.put(footerText.truncated(cells: inner.width, ellipsis: canvas.glyphs.ellipsis),
                       at: Point(x: inner.x, y: inner.maxY - 1), style: theme.hint, clip: inner)
        }
    }
}
