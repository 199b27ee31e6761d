/// A modal dialog: a framed message with buttons, centred over the screen.
public struct Dialog: Equatable, Sendable {
    /// What a key did to the dialog.
    public enum Outcome: Equatable, Sendable { case chose(Int), dismissed, moved, unhandled }

    public var title: String
    public var message: String
    public var buttons: [String]
    public private(set) var selected: Int
    /// Digit keys 1–9 choose that button directly (for options listed by number).
    public var numberKeys: Bool

    public init(title: String, message: String, buttons: [String], selected: Int = 0, numberKeys: Bool = false) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selected = buttons.isEmpty ? 0 : min(max(0, selected), buttons.count - 1)
        self.numberKeys = numberKeys
    }

    public mutating func handle(_ press: KeyPress) -> Outcome {
        switch press.key {
        case .escape: return .dismissed
        case .character(let c) where numberKeys && press.modifiers.isEmpty:
            guard let n = c.wholeNumberValue, n >= 1, n < buttons.count else { return .unhandled }
            selected = n
            return .chose(n)
        case .enter: return buttons.isEmpty ? .dismissed : .chose(selected)
        case .left, .backTab:
            if !buttons.isEmpty { selected = (selected + buttons.count - 1) % buttons.count }
            return .moved
        case .right, .tab:
            if !buttons.isEmpty { selected = (selected + 1) % buttons.count }
            return .moved
        default: return .unhandled
        }
    }

    /// Draws the dialog centred in `area`, sized to its text (at most 60 cells wide).
    public func render(in area: Rect, on canvas: inout Canvas) {
        let buttonRow = buttons.map { "[ \($0) ]" }.joined(separator: "  ")
        let innerWidth = min(
            max(area.width - 4, 1), max(30, min(56, max(message.displayWidth, buttonRow.displayWidth, title.displayWidth + 2))))
        let lines = TextWrap.lines(message, width: innerWidth)
        let height = min(area.height, lines.count + (buttons.isEmpty ? 2 : 4))
        let frame = area.centered(Size(width: innerWidth + 4, height: height))
        let theme = canvas.theme
        canvas.fill(frame)
        canvas.box(frame, style: theme.border, title: title, titleStyle: theme.title)
        let inner = frame.inset(top: 1, left: 2, bottom: 1, right: 2)
        for (i, line) in lines.prefix(max(0, inner.height - (buttons.isEmpty ? 0 : 2))).enumerated() {
            canvas.put(line, at: Point(x: inner.x, y: inner.y + i), clip: inner)
        }
        guard !buttons.isEmpty, inner.height >= 1 else { return }
        var x = inner.x + max(0, (inner.width - buttonRow.displayWidth) / 2)
        let y = inner.maxY - 1
        for (i, b) in buttons.enumerated() {
            if i > 0 { x += 2 }
            x = canvas.put("[ \(b) ]", at: Point(x: x, y: y), style: i == selected ? theme.focus.with(.bold) : theme.normal, clip: inner)
        }
    }
}
