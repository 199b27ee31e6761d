/// A single-line text editor: cursor by grapheme and word, Home/End, Emacs keys
/// (Ctrl-A/E/K/U/W), Backspace/Delete and a history of submitted lines.
///
/// Pasted text (with newlines) is inserted as it is: a paste never submits. The editor
/// holds at most `limit` graphemes: a paste that would not fit is refused whole (the
/// caller says so), and keys typed at the limit are not taken. Inserting segments only the
/// new text and a few graphemes around the cursor, and drawing measures only what is
/// visible, so a key in a long text costs no more than moving that text in memory.
public struct LineEditor: Equatable, Sendable {
    /// What a key did to the editor.
    public enum Outcome: Equatable, Sendable {
        case edited, moved, submitted(String), unhandled
    }

    /// The most graphemes a field holds unless it says otherwise: a long letter pasted whole fits.
    public static let standardLimit = 100_000
    /// For a search line: a few words are what it needs.
    public static let searchLimit = 1_000

    public private(set) var graphemes: [Character]
    /// Cursor position as a grapheme index, 0...graphemes.count.
    public private(set) var cursor: Int
    public private(set) var history: [String]
    private var historyIndex: Int?
    private var draft: [Character] = []
    public var maxHistory = 100
    /// The most graphemes the editor takes by typing or pasting (`setText` is not limited).
    public let limit: Int

    public init(text: String = "", history: [String] = [], limit: Int = LineEditor.standardLimit) {
        graphemes = Array(text)
        cursor = graphemes.count
        self.history = history
        self.limit = limit
    }

    /// How many more graphemes fit.
    public var room: Int { max(0, limit - graphemes.count) }

    public var text: String { String(graphemes) }
    public var isEmpty: Bool { graphemes.isEmpty }

    /// Replaces the whole text and puts the cursor at the end.
    public mutating func setText(_ s: String) {
        graphemes = Array(s)
        cursor = graphemes.count
        historyIndex = nil
    }

    /// True when `s` fits in the room left; stops counting at the first grapheme too many.
    public func fits(_ s: String) -> Bool {
        let room = room
        if s.utf8.count <= room { return true }  // never more graphemes than bytes
        var n = 0
        for _ in s {
            n += 1
            if n > room { return false }
        }
        return true
    }

    /// Inserts text at the cursor, re-segmenting so a combining mark joins its base.
    /// Refuses (returns false, changing nothing) when the text does not fit in `room`.
    @discardableResult
    public mutating func insert(_ s: String) -> Bool {
        guard !s.isEmpty else { return true }
        guard fits(s) else { return false }
        let splice = Self.splice(graphemes, cursor: cursor, inserting: s)
        graphemes.replaceSubrange(splice.replacing, with: splice.graphemes)
        cursor = splice.cursor
        historyIndex = nil
        return true
    }

    /// How inserting `s` at `cursor` changes `graphemes`: which of them are replaced, by
    /// which, and where the cursor ends up; the same as segmenting the whole new text
    /// again, but looking only at `s` and the few graphemes around the cursor.
    static func splice(_ graphemes: [Character], cursor: Int, inserting s: String)
        -> (replacing: Range<Int>, graphemes: [Character], cursor: Int)
    {
        // Only the graphemes around the cursor can join with the new text. Start one
        // grapheme before the cursor: that boundary stays, since a grapheme boundary depends
        // only on what precedes it and on the one scalar after it, and neither changes.
        let start = max(0, cursor - 1)
        let head = String(graphemes[start..<cursor]) + s
        let headCount = Array(head).count
        // End after the cursor where a boundary of the old text is still one in the new
        // text: then everything after it segments as before. Usually the first grapheme
        // after the cursor; further while the new text joins onto what follows.
        // (A run of flags re-pairs to its end; after a few tries the rest is segmented whole.)
        var end = cursor
        var window = Array(head)
        while end < graphemes.count {
            guard end - cursor < 4 else {
                window = Array(head + String(graphemes[cursor...]))
                end = graphemes.count
                break
            }
            let next = graphemes[end]
            let probe = Array(head + String(graphemes[cursor...end]))
            if let last = probe.last, last.unicodeScalars.elementsEqual(next.unicodeScalars) {
                window = Array(probe.dropLast())
                break
            }
            end += 1
            window = probe
        }
        return (start..<end, window, start + min(headCount, window.count))
    }

    /// Handles one key press.
    public mutating func handle(_ press: KeyPress) -> Outcome {
        let m = press.modifiers
        switch press.key {
        case .character(let c) where m.isEmpty || m == .shift:
            return insert(String(c)) ? .edited : .unhandled
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
        // Controls (a pasted line break) show as a one-cell symbol, as DisplayWidth says.
        let view = Self.visibleSpan(count: graphemes.count, cursor: cursor, columns: row.width) { DisplayWidth.of(graphemes[$0]) }
        // Appended one by one: `String(_:)` of a slice of characters runs the generic,
        // unspecialized initializer, the costliest part of drawing the line on a key.
        var shown = ""
        for g in graphemes[view.graphemes] { shown.append(g) }
        canvas.put(shown, at: Point(x: row.x, y: row.y), style: style, clip: row)
        if focused {
            canvas.cursor = Point(x: min(row.maxX - 1, row.x + view.cursorColumn), y: row.y)
        }
    }

    /// Which graphemes a row of `columns` cells shows, scrolled so the cursor (plus one
    /// cell for it) fits, and the cursor's column. Looks only at the graphemes it shows
    /// and one on each side, however long the text: the width of at most
    /// `2 × columns + 2` graphemes is asked (plus any that take no cell).
    static func visibleSpan(count: Int, cursor: Int, columns: Int, width: (Int) -> Int) -> (graphemes: Range<Int>, cursorColumn: Int) {
        // The earliest start from which the text up to the cursor fits, walking back from the cursor.
        let room = max(1, columns - 1)
        var start = cursor
        var before = 0
        while start > 0 {
            let w = width(start - 1)
            if before + w > room { break }
            before += w
            start -= 1
        }
        var end = start
        var used = 0
        while end < count && used < columns {
            used += width(end)
            end += 1
        }
        return (start..<end, before)
    }
}
