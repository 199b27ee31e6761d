/// One line of help: the keys and what they do.
public struct KeyHelp: Equatable, Sendable {
    public var keys: String
    public var action: String
    public init(_ keys: String, _ action: String) {
        self.keys = keys
        self.action = action
    }
}

/// A framed overlay listing the keys of the current screen (opened with `?` or F1).
///
/// Nothing is ever cut: an action that does not fit wraps under itself, and a list
/// taller than the frame scrolls (↑↓, PgUp/PgDn) with a marker saying so.
public struct HelpOverlay: Equatable, Sendable {
    public var title: String
    public var entries: [KeyHelp]
    public var footer: String
    /// The first visible row of the wrapped list.
    public var scroll: Int = 0

    public init(title: String, entries: [KeyHelp], footer: String) {
        self.title = title
        self.entries = entries
        self.footer = footer
    }

    /// Scrolls with arrows and page keys; returns true when the overlay should close.
    /// The scroll is clamped when drawn, so it may run ahead of a small window here.
    public mutating func handle(_ press: KeyPress) -> Bool {
        let last = entries.count * 4
        switch press.key {
        case .down: scroll = min(scroll + 1, last)
        case .up: scroll = max(0, scroll - 1)
        case .pageDown: scroll = min(scroll + 10, last)
        case .pageUp: scroll = max(0, scroll - 10)
        default: return true
        }
        return false
    }

    /// One wrapped row of the list: the keys on an entry's first row only.
    struct Row: Equatable {
        var keys: [String]
        var action: String
    }

    /// The frame for `area`: as wide as the longest entry needs, never wider than the area.
    func frame(in area: Rect) -> Rect {
        let keyWidth = entries.map { $0.keys.displayWidth }.max() ?? 0
        let actionWidth = entries.map { $0.action.displayWidth }.max() ?? 0
        let width = min(area.width, max(keyWidth + actionWidth + 6, footer.displayWidth + 6, title.displayWidth + 6))
        let columns = Self.columns(innerWidth: width - 4, keyWidth: keyWidth)
        let rows = self.rows(keyColumn: columns.keys, actionColumn: columns.action).count
        return area.centered(Size(width: width, height: min(area.height, rows + 4)))
    }

    /// Keys take what they need, up to half the width; actions take the rest.
    static func columns(innerWidth: Int, keyWidth: Int) -> (keys: Int, action: Int) {
        let keys = max(1, min(keyWidth, innerWidth / 2))
        return (keys, max(1, innerWidth - keys - 2))
    }

    /// Every entry wrapped to the columns: long keys and long actions both wrap.
    func rows(keyColumn: Int, actionColumn: Int) -> [Row] {
        entries.flatMap { entry -> [Row] in
            let keys = TextWrap.lines(entry.keys, width: keyColumn)
            let action = TextWrap.lines(entry.action, width: actionColumn)
            return (0..<max(keys.count, action.count)).map { i in
                Row(keys: i < keys.count ? [keys[i]] : [], action: i < action.count ? action[i] : "")
            }
        }
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let frame = frame(in: area)
        guard frame.width >= 6, frame.height >= 3 else { return }
        let theme = canvas.theme
        canvas.fill(frame)
        canvas.box(frame, style: theme.border, title: title, titleStyle: theme.title)
        let inner = frame.inset(top: 1, left: 2, bottom: 1, right: 2)
        let keyWidth = entries.map { $0.keys.displayWidth }.max() ?? 0
        let columns = Self.columns(innerWidth: inner.width, keyWidth: keyWidth)
        let rows = rows(keyColumn: columns.keys, actionColumn: columns.action)
        // The last inner row is the footer; one blank row above it when there is room.
        let listHeight = max(0, inner.height - (inner.height >= 3 ? 2 : 1))
        let start = min(scroll, max(0, rows.count - listHeight))
        for (i, row) in rows.dropFirst(start).prefix(listHeight).enumerated() {
            let y = inner.y + i
            for keys in row.keys {
                canvas.put(
                    keys, at: Point(x: inner.x, y: y), style: theme.hintKey,
                    clip: Rect(x: inner.x, y: y, width: columns.keys, height: 1))
            }
            canvas.put(row.action, at: Point(x: inner.x + columns.keys + 2, y: y), clip: inner)
        }
        guard inner.height >= 1 else { return }
        var footerText = footer
        if rows.count > listHeight {
            let more = start + listHeight < rows.count ? canvas.glyphs.arrowDown : " "
            let less = start > 0 ? canvas.glyphs.arrowUp : " "
            footerText = less + more + " " + footer
        }
        canvas.put(
            footerText.truncated(cells: inner.width, ellipsis: canvas.glyphs.ellipsis),
            at: Point(x: inner.x, y: inner.maxY - 1), style: theme.hint, clip: inner)
    }
}
