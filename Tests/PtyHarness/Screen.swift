import CPty

#if canImport(Glibc)
    import Glibc
#endif

/// A small model of an xterm screen: enough of VT100/xterm to follow what ncurses sends
/// for `TERM=xterm-256color` (cursor moves, erases, insert/delete, scroll regions, REP,
/// the alternate screen, DEC line drawing, wide characters), so a test can read the
/// screen the way a person would. Attributes and colours are ignored; only text is kept.
public struct Screen {
    public private(set) var columns: Int
    public private(set) var rows: Int
    /// Each cell's text; "" on the right half of a wide character.
    private var cells: [[String]]
    private var saved: [[String]]?  // the main screen while the alternate one shows
    private var x = 0
    private var y = 0
    private var wrapPending = false
    private var top = 0
    private var bottom: Int
    private var savedCursor = (x: 0, y: 0)
    private var autowrap = true
    private var insertMode = false
    private var g0Graphics = false
    private var g1Graphics = false
    private var shiftedOut = false
    private var lastGraphic: String?
    private var parser = Parser.ground
    private var params: [UInt8] = []
    private var utf8: [UInt8] = []
    private var utf8Needed = 0

    private enum Parser { case ground, escape, escapeCharset(Int), csi, osc, oscEscape, string, stringEscape }

    public init(columns: Int, rows: Int) {
        _ = Screen.setLocaleOnce
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        cells = Array(repeating: Array(repeating: " ", count: max(1, columns)), count: max(1, rows))
        bottom = max(1, rows) - 1
    }

    /// wcwidth needs a UTF-8 LC_CTYPE, as the program under test has.
    private static let setLocaleOnce: Void = { _ = setlocale(LC_CTYPE, "C.UTF-8") }()

    /// The terminal was resized: keep what fits (ncurses redraws everything anyway).
    public mutating func resize(columns newColumns: Int, rows newRows: Int) {
        let c = max(1, newColumns)
        let r = max(1, newRows)
        cells = (0..<r).map { row in
            (0..<c).map { col in row < rows && col < columns ? cells[row][col] : " " }
        }
        saved = saved.map { old in
            (0..<r).map { row in (0..<c).map { col in row < old.count && col < old[row].count ? old[row][col] : " " } }
        }
        columns = c
        rows = r
        top = 0
        bottom = r - 1
        x = min(x, c - 1)
        y = min(y, r - 1)
        wrapPending = false
    }

    /// One row as text, trailing spaces dropped.
    public func line(_ row: Int) -> String {
        guard row >= 0 && row < rows else { return "" }
        var s = cells[row].joined()
        while s.last == " " { s.removeLast() }
        return s
    }

    /// The whole screen, one line per row.
    public var text: String { (0..<rows).map(line).joined(separator: "\n") }

    public var cursor: (x: Int, y: Int) { (x, y) }

    /// One cell's text ("" right of a wide character, " " outside the screen).
    public subscript(column: Int, row: Int) -> String {
        guard row >= 0 && row < rows && column >= 0 && column < columns else { return " " }
        return cells[row][column]
    }

    // MARK: Input

    public mutating func feed<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for b in bytes { feed(byte: b) }
    }

    private mutating func feed(byte b: UInt8) {
        switch parser {
        case .ground:
            if utf8Needed > 0 {
                if b & 0xC0 == 0x80 {
                    utf8.append(b)
                    utf8Needed -= 1
                    if utf8Needed == 0 { printScalarBytes() }
                    return
                }
                utf8 = []
                utf8Needed = 0
                put("\u{FFFD}")
            }
            switch b {
            case 0x1B: parser = .escape
            case 0x00..<0x20, 0x7F: control(b)
            case 0x20..<0x7F: put(String(UnicodeScalar(b)))
            case 0xC2...0xDF: startUTF8(b, 1)
            case 0xE0...0xEF: startUTF8(b, 2)
            case 0xF0...0xF4: startUTF8(b, 3)
            default: put("\u{FFFD}")
            }
        case .escape:
            escape(b)
        case .escapeCharset(let slot):
            if slot == 0 { g0Graphics = b == UInt8(ascii: "0") }
            if slot == 1 { g1Graphics = b == UInt8(ascii: "0") }
            parser = .ground
        case .csi:
            if (0x40...0x7E).contains(b) {
                parser = .ground
                csi(final: b)
            } else if b == 0x1B {
                parser = .escape
            } else if b < 0x20 {
                control(b)  // C0 controls act inside a sequence too
            } else {
                params.append(b)
            }
        case .osc:
            if b == 0x07 { parser = .ground } else if b == 0x1B { parser = .oscEscape }
        case .oscEscape:
            parser = b == UInt8(ascii: "\\") ? .ground : .osc
        case .string:
            if b == 0x1B { parser = .stringEscape }
        case .stringEscape:
            parser = b == UInt8(ascii: "\\") ? .ground : .string
        }
    }

    private mutating func startUTF8(_ b: UInt8, _ more: Int) {
        utf8 = [b]
        utf8Needed = more
    }

    private mutating func printScalarBytes() {
        let s = String(decoding: utf8, as: UTF8.self)
        utf8 = []
        put(s)
    }

    private mutating func control(_ b: UInt8) {
        switch b {
        case 0x08:
            if x > 0 { x -= 1 }
            wrapPending = false
        case 0x09:
            x = min(columns - 1, (x / 8 + 1) * 8)
            wrapPending = false
        case 0x0A, 0x0B, 0x0C: lineFeed()
        case 0x0D:
            x = 0
            wrapPending = false
        case 0x0E: shiftedOut = true
        case 0x0F: shiftedOut = false
        default: break
        }
    }

    private mutating func escape(_ b: UInt8) {
        parser = .ground
        switch b {
        case UInt8(ascii: "["):
            params = []
            parser = .csi
        case UInt8(ascii: "]"): parser = .osc
        case UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"), UInt8(ascii: "X"): parser = .string
        case UInt8(ascii: "("): parser = .escapeCharset(0)
        case UInt8(ascii: ")"): parser = .escapeCharset(1)
        case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: " "): parser = .escapeCharset(2)
        case UInt8(ascii: "7"): savedCursor = (x, y)
        case UInt8(ascii: "8"): restoreCursor()
        case UInt8(ascii: "D"): lineFeed()
        case UInt8(ascii: "E"):
            x = 0
            lineFeed()
        case UInt8(ascii: "M"): reverseIndex()
        case UInt8(ascii: "c"): self = Screen(columns: columns, rows: rows)
        default: break  // ESC = and ESC > (keypad) and the rest change nothing we read
        }
    }

    private mutating func restoreCursor() {
        x = min(savedCursor.x, columns - 1)
        y = min(savedCursor.y, rows - 1)
        wrapPending = false
    }

    // MARK: Printing

    private mutating func put(_ s: String) {
        var text = s
        if shiftedOut ? g1Graphics : g0Graphics, s.utf8.count == 1, let mapped = Screen.decGraphics[s] { text = mapped }
        let width = Screen.width(of: text)
        if width == 0 {
            // A combining mark joins the character before it.
            let (px, py) = wrapPending ? (x, y) : (x > 0 ? x - 1 : x, y)
            var cx = px
            while cx > 0 && cells[py][cx].isEmpty { cx -= 1 }
            cells[py][cx] += text
            return
        }
        if wrapPending || (width == 2 && x == columns - 1) {
            if autowrap {
                x = 0
                lineFeed()
            }
            wrapPending = false
        }
        if insertMode {
            var row = cells[y]
            for _ in 0..<width {
                row.insert(" ", at: x)
                row.removeLast()
            }
            cells[y] = row
        }
        clearWide(at: x, y)
        if width == 2 && x + 1 < columns { clearWide(at: x + 1, y) }
        cells[y][x] = text
        if width == 2 && x + 1 < columns { cells[y][x + 1] = "" }
        lastGraphic = text
        x += width
        if x >= columns {
            x = columns - 1
            wrapPending = true
        }
    }

    /// Overwriting either half of a wide character erases the other half.
    private mutating func clearWide(at cx: Int, _ cy: Int) {
        if cells[cy][cx].isEmpty, cx > 0 { cells[cy][cx - 1] = " " }
        if cx + 1 < columns, cells[cy][cx + 1].isEmpty { cells[cy][cx + 1] = " " }
    }

    static func width(of s: String) -> Int {
        guard let first = s.unicodeScalars.first else { return 0 }
        if first.value < 0x80 { return 1 }
        let w = Int(kt_pty_wcwidth(first.value))
        return w < 0 ? 1 : w
    }

    static let decGraphics: [String: String] = [
        "j": "┘", "k": "┐", "l": "┌", "m": "└", "n": "┼", "q": "─", "t": "├", "u": "┤", "v": "┴", "w": "┬", "x": "│",
        "a": "▒", "`": "◆", "f": "°", "g": "±", "~": "·", "o": "⎺", "p": "⎻", "r": "⎼", "s": "⎽", "y": "≤", "z": "≥",
        "{": "π", "|": "≠", "}": "£", "h": "░", "0": "█",
    ]

    // MARK: Moving and scrolling

    private mutating func lineFeed() {
        wrapPending = false
        if y == bottom {
            scrollUp(1)
        } else if y < rows - 1 {
            y += 1
        }
    }

    private mutating func reverseIndex() {
        wrapPending = false
        if y == top { scrollDown(1) } else if y > 0 { y -= 1 }
    }

    private var blankRow: [String] { Array(repeating: " ", count: columns) }

    private mutating func scrollUp(_ n: Int, from first: Int? = nil) {
        let start = first ?? top
        guard start <= bottom else { return }
        for _ in 0..<min(n, bottom - start + 1) {
            cells.remove(at: start)
            cells.insert(blankRow, at: bottom)
        }
    }

    private mutating func scrollDown(_ n: Int, from first: Int? = nil) {
        let start = first ?? top
        guard start <= bottom else { return }
        for _ in 0..<min(n, bottom - start + 1) {
            cells.remove(at: bottom)
            cells.insert(blankRow, at: start)
        }
    }

    private mutating func erase(row: Int, from: Int, to: Int) {
        guard from <= to else { return }
        for cx in max(0, from)...min(columns - 1, to) { cells[row][cx] = " " }
        // A wide character cut in half by the erase loses its other half.
        if from > 0 && from < columns && cells[row][from].isEmpty { cells[row][from - 1] = " " }
        if to + 1 < columns && cells[row][to + 1].isEmpty { cells[row][to + 1] = " " }
    }

    // MARK: CSI

    private mutating func csi(final: UInt8) {
        let privateMarker = params.first.map { (0x3C...0x3F).contains($0) } ?? false
        let body = privateMarker ? Array(params.dropFirst()) : params
        let hasIntermediate = body.contains { (0x20...0x2F).contains($0) }
        let numbers = String(decoding: body.filter { !(0x20...0x2F).contains($0) }, as: UTF8.self)
            .split(separator: ";", omittingEmptySubsequences: false)
            .map { Int($0.split(separator: ":").first ?? "") ?? 0 }
        func p(_ i: Int, _ fallback: Int = 1) -> Int {
            i < numbers.count && numbers[i] != 0 ? numbers[i] : fallback
        }
        if privateMarker {
            if params.first == UInt8(ascii: "?") && (final == UInt8(ascii: "h") || final == UInt8(ascii: "l")) {
                for mode in numbers { setPrivateMode(mode, on: final == UInt8(ascii: "h")) }
            }
            return
        }
        if hasIntermediate { return }  // DECSCUSR, soft reset …: nothing on screen
        switch final {
        case UInt8(ascii: "A"): moveTo(x, max(y >= top ? top : 0, y - p(0)))
        case UInt8(ascii: "B"), UInt8(ascii: "e"): moveTo(x, min(y <= bottom ? bottom : rows - 1, y + p(0)))
        case UInt8(ascii: "C"), UInt8(ascii: "a"): moveTo(min(columns - 1, x + p(0)), y)
        case UInt8(ascii: "D"): moveTo(max(0, x - p(0)), y)
        case UInt8(ascii: "E"): moveTo(0, min(rows - 1, y + p(0)))
        case UInt8(ascii: "F"): moveTo(0, max(0, y - p(0)))
        case UInt8(ascii: "G"), UInt8(ascii: "`"): moveTo(p(0) - 1, y)
        case UInt8(ascii: "d"): moveTo(x, p(0) - 1)
        case UInt8(ascii: "H"), UInt8(ascii: "f"): moveTo(p(1) - 1, p(0) - 1)
        case UInt8(ascii: "J"):
            switch p(0, 0) {
            case 0:
                erase(row: y, from: x, to: columns - 1)
                for r in (y + 1)..<max(y + 1, rows) { cells[r] = blankRow }
            case 1:
                for r in 0..<y { cells[r] = blankRow }
                erase(row: y, from: 0, to: x)
            case 2, 3:
                for r in 0..<rows { cells[r] = blankRow }
            default: break
            }
        case UInt8(ascii: "K"):
            switch p(0, 0) {
            case 0: erase(row: y, from: x, to: columns - 1)
            case 1: erase(row: y, from: 0, to: x)
            case 2: cells[y] = blankRow
            default: break
            }
            wrapPending = false
        case UInt8(ascii: "X"):
            erase(row: y, from: x, to: min(columns - 1, x + p(0) - 1))
        case UInt8(ascii: "@"):
            var row = cells[y]
            for _ in 0..<min(p(0), columns - x) {
                row.insert(" ", at: x)
                row.removeLast()
            }
            cells[y] = row
        case UInt8(ascii: "P"):
            var row = cells[y]
            for _ in 0..<min(p(0), columns - x) {
                row.remove(at: x)
                row.append(" ")
            }
            cells[y] = row
        case UInt8(ascii: "L"):
            if y >= top && y <= bottom { scrollDown(p(0), from: y) }
            x = 0
        case UInt8(ascii: "M"):
            if y >= top && y <= bottom { scrollUp(p(0), from: y) }
            x = 0
        case UInt8(ascii: "S"): scrollUp(p(0))
        case UInt8(ascii: "T"): scrollDown(p(0))
        case UInt8(ascii: "b"):
            if let g = lastGraphic { for _ in 0..<min(p(0), columns * rows) { put(g) } }
        case UInt8(ascii: "r"):
            let t = p(0) - 1
            let b = p(1, rows) - 1
            if t < b && b < rows {
                top = t
                bottom = b
            } else {
                top = 0
                bottom = rows - 1
            }
            moveTo(0, 0)
        case UInt8(ascii: "s"): savedCursor = (x, y)
        case UInt8(ascii: "u"): restoreCursor()
        case UInt8(ascii: "h"), UInt8(ascii: "l"):
            if numbers.contains(4) { insertMode = final == UInt8(ascii: "h") }
        case UInt8(ascii: "Z"): moveTo(max(0, ((x - 1) / 8) * 8), y)
        default: break  // SGR (m), reports, window operations: nothing on screen
        }
    }

    private mutating func moveTo(_ nx: Int, _ ny: Int) {
        x = min(max(0, nx), columns - 1)
        y = min(max(0, ny), rows - 1)
        wrapPending = false
    }

    private mutating func setPrivateMode(_ mode: Int, on: Bool) {
        switch mode {
        case 7: autowrap = on
        case 47, 1047, 1049:
            if mode == 1049 && on { savedCursor = (x, y) }
            if on, saved == nil {
                saved = cells
                cells = Array(repeating: blankRow, count: rows)
            } else if !on, let main = saved {
                cells = main
                saved = nil
            }
            if mode == 1049 && !on { restoreCursor() }
        default: break
        }
    }
}
