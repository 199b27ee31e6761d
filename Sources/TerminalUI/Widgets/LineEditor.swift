/// A single-line text editor: cursor by grapheme and word, Home/End, Emacs keys
/// (Ctrl-A/E/K/U/W), Backspace/Delete and a history of submitted lines.
///
/// Pasted text (with newlines) is inserted as it is: a paste never submits.
public struct LineEditor: Equatable, Sendable {
    /// What a key did to the editor.
    public enum Outcome: Equatable, Sendable {
        case edited, moved, submitted(String), unhandled
    }

    public private(set) var graphemes: [Character]
    /// Cursor position as a grapheme index, 0...graphemes.count.
    public private(set) var cursor: Int
    public private(set) var history: [String]
    private var historyIndex: Int?
    private var draft: [Character] = []
    public var maxHistory = 100

    public init(text: String = "", history: [String] = []) {
        graphemes = Array(text)
        cursor = graphemes.count
        self.history = history
    }

    public var text: String { String(graphemes) }
    public var isEmpty: Bool { graphemes.isEmpty }

    /// Replaces the whole text and puts the cursor at the end.
    public mutating func setText(_ s: String) {
        graphemes = Array(s)
        cursor = graphemes.count
        historyIndex = nil
    }

    /// Inserts text at the cursor, re-segmenting so a combining mark joins its base.
    public mutating func insert(_ s: String) {
        guard !s.isEmpty else { return }
        let before = String(graphemes[0..<cursor]) + s
        let after = graphemes[cursor...]
        let newBefore = Array(before)
        graphemes = Array(before + String(after))
        cursor = min(newBefore.count, graphemes.count)
        historyIndex = nil
    }

    /// Handles one key press.
    public mutating func handle(_ press: KeyPress) -> Outcome {
        let m = press.modifiers
        switch press.key {
        case .character(let c) where m.isEmpty || m == .shift:
            insert(String(c))
            return .edited
        case .character("a") where m == .control, .home:
            cursor = 0
            return .moved
        case .character("e") where m == .control, .end:
            cursor = graphemes.count
            return .moved
        case .character("b") where m == .control:
            return moveLeft()
        case .character("f") where m == .control:
            return moveRight()
        case .character("b") where m == .alt:
            cursor = wordStart(before: cursor)
            return .moved
        case .character("f") where m == .alt:
            cursor = wordEnd(after: cursor)
            return .moved
        case .left where m.contains(.control) || m.contains(.alt):
            cursor = wordStart(before: cursor)
            return .moved
        case .right where m.contains(.control) || m.contains(.alt):
            cursor = wordEnd(after: cursor)
            return .moved
        case .left:
            return moveLeft()
        case .right:
            return moveRight()
        case .character("k") where m == .control:
            graphemes.removeSubrange(cursor...)
            return .edited
        case .character("u") where m == .control:
            graphemes.removeSubrange(0..<cursor)
            cursor = 0
            return .edited
        case .backspace where m.contains(.alt) || m.contains(.control), .character("w") where m == .control:
            let start = wordStart(before: cursor)
            graphemes.removeSubrange(start..<cursor)
            cursor = start
            return .edited
        case .character("d") where m == .alt:
            let end = wordEnd(after: cursor)
            graphemes.removeSubrange(cursor..<end)
            return .edited
        case .backspace:
            guard cursor > 0 else { return .moved }
            graphemes.remove(at: cursor - 1)
            cursor -= 1
            return .edited
        case .character("d") where m == .control:
            return deleteForward()
        case .delete:
            return deleteForward()
        case .up:
            return recall(older: true)
        case .down:
            return recall(older: false)
        case .enter where m.isEmpty:
            let line = text
            if !line.isEmpty && history.last != line {
                history.append(line)
                if history.count > maxHistory { history.removeFirst(history.count - maxHistory) }
            }
            historyIndex = nil
            return .submitted(line)
        default:
            return .unhandled
        }
    }

    private mutating func deleteForward() -> Outcome {
        guard cursor < graphemes.count else { return .moved }
        graphemes.remove(at: cursor)
        return .edited
    }

    private mutating func moveLeft() -> Outcome {
        if cursor > 0 { cursor -= 1 }
        return .moved
    }

    private mutating func moveRight() -> Outcome {
        if cursor < graphemes.count { cursor += 1 }
        return .moved
    }

    private func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "'" || c == "’" }

    /// Start of the word before `i` (skipping separators first), as in readline.
    func wordStart(before i: Int) -> Int {
        var j = i
        while j > 0 && !isWordCharacter(graphemes[j - 1]) { j -= 1 }
        while j > 0 && isWordCharacter(graphemes[j - 1]) { j -= 1 }
        return j
    }

    /// End of the word after `i` (skipping separators first).
    func wordEnd(after i: Int) -> Int {
        var j = i
        while j < graphemes.count && !isWordCharacter(graphemes[j]) { j += 1 }
        while j < graphemes.count && isWordCharacter(graphemes[j]) { j += 1 }
        return j
    }

    private mutating func recall(older: Bool) -> Outcome {
        guard !history.isEmpty else { return .unhandled }
        if older {
            let next: Int
            if let i = historyIndex {
                next = max(0, i - 1)
            } else {
                draft = graphemes
                next = history.count - 1
            }
            historyIndex = next
            graphemes = Array(history[next])
        } else {
            guard let i = historyIndex else { return .unhandled }
            if i + 1 < history.count {
                historyIndex = i + 1
                graphemes = Array(history[i + 1])
            } else {
                historyIndex = nil
                graphemes = draft
            }
        }
        cursor = graphemes.count
        return .edited
    }

    /// Draws the editor on one row, scrolled so the cursor stays visible; places the
    /// canvas cursor when `focused`. An empty editor shows `placeholder` dimmed.
    public func render(in rect: Rect, on canvas: inout Canvas, style: Style = .plain, focused: Bool, placeholder: String = "") {
        guard rect.width > 0, rect.height > 0 else { return }
        let row = rect.row(0)
        canvas.fill(row, style: style)
        if graphemes.isEmpty && !placeholder.isEmpty {
            canvas.put(placeholder, at: Point(x: row.x, y: row.y), style: style.with(.dim), clip: row)
        }
        // Scroll so the cursor (plus one cell for it) fits.
        var start = 0
        let room = max(1, row.width - 1)
        while start < cursor && width(start..<cursor) > room { start += 1 }
        let visible = String(graphemes[start...])
        canvas.put(visible, at: Point(x: row.x, y: row.y), style: style, clip: row)
        if focused {
            canvas.cursor = Point(x: min(row.maxX - 1, row.x + width(start..<cursor)), y: row.y)
        }
    }

    private func width(_ range: Range<Int>) -> Int {
        var w = 0
        for c in graphemes[range] {
            // Newlines and other controls show as a one-cell symbol.
            w += DisplayWidth.of(c) == 0 ? 0 : DisplayWidth.of(c)
        }
        return w
    }
}
