/// A small form: labelled single-line fields, one focused at a time.
///
/// Tab, Shift-Tab, ↑ and ↓ move between fields; Enter moves on and submits on the last
/// field. Validation is the caller's: it sets `errors` after a submit attempt.
public struct Form: Equatable, Sendable {
    /// One labelled field.
    public struct Field: Equatable, Sendable {
        public var label: String
        public var editor: LineEditor
        public var placeholder: String
        public init(label: String, text: String = "", placeholder: String = "") {
            self.label = label
            self.editor = LineEditor(text: text)
            self.placeholder = placeholder
        }
    }

    /// What a key did to the form.
    public enum Outcome: Equatable, Sendable { case edited, moved, submit, cancel, unhandled }

    public var fields: [Field]
    public private(set) var focus: Int = 0
    /// An error message per field index, shown under the field.
    public var errors: [Int: String] = [:]

    public init(_ fields: [Field]) { self.fields = fields }

    public func value(_ i: Int) -> String { fields[i].editor.text }

    public mutating func focus(_ i: Int) {
        guard !fields.isEmpty else { return }
        focus = min(max(0, i), fields.count - 1)
    }

    /// Pasted text goes into the focused field as it is (never submits); false when it
    /// does not fit in the field, which then stays as it was.
    @discardableResult
    public mutating func paste(_ text: String) -> Bool {
        guard !fields.isEmpty else { return true }
        guard fields[focus].editor.insert(text) else { return false }
        errors[focus] = nil
        return true
    }

    public mutating func handle(_ press: KeyPress) -> Outcome {
        guard !fields.isEmpty else { return .unhandled }
        switch press.key {
        case .escape: return .cancel
        case .tab, .down:
            focus = (focus + 1) % fields.count
            return .moved
        case .backTab, .up:
            focus = (focus + fields.count - 1) % fields.count
            return .moved
        case .enter where press.modifiers.isEmpty:
            if focus == fields.count - 1 { return .submit }
            focus += 1
            return .moved
        default:
            switch fields[focus].editor.handle(press) {
            case .edited:
                errors[focus] = nil
                return .edited
            case .moved: return .moved
            case .submitted: return .submit
            case .unhandled: return .unhandled
            }
        }
    }

    /// Rows the form needs: each field takes one row, plus one for its error if any.
    public var height: Int { fields.count + errors.count }

    /// Draws labels in a column and the editors beside them.
    public func render(in rect: Rect, on canvas: inout Canvas, focused: Bool = true) {
        let labelWidth = min(rect.width / 2, (fields.map { $0.label.displayWidth }.max() ?? 0) + 2)
        var y = rect.y
        let theme = canvas.theme
        for (i, field) in fields.enumerated() where y < rect.maxY {
            let isFocused = focused && i == focus
            canvas.put(
                field.label, at: Point(x: rect.x, y: y), style: isFocused ? theme.heading : theme.normal,
                clip: Rect(x: rect.x, y: y, width: labelWidth - 1, height: 1))
            let editorRect = Rect(x: rect.x + labelWidth, y: y, width: rect.width - labelWidth, height: 1)
            field.editor.render(
                in: editorRect, on: &canvas, style: theme.normal.with(.underline),
                focused: isFocused, placeholder: field.placeholder)
            y += 1
            if let error = errors[i], y < rect.maxY {
                canvas.put(error, at: Point(x: rect.x + labelWidth, y: y), style: theme.warning, clip: rect)
                y += 1
            }
        }
    }
}
