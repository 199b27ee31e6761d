import Foundation
import TerminalUI

/// The frame every screen shares: header, rule, key-hint line, and the too-small notice.
enum Chrome {
    /// The smallest terminal any screen lays out in; below it the calm notice shows.
    static let minimum = Size(width: 30, height: 10)

    /// Header on row 0: title (and screen name) left, date and time right.
    /// `right` replaces the date and time (the live screen shows its saved indicator there).
    static func header(_ state: AppState, title: String?, right custom: (String, Style)? = nil, on canvas: inout Canvas) {
        let w = canvas.size.width
        let theme = canvas.theme
        var x = canvas.put(" " + state.t(.common(.appName)), at: Point(x: 0, y: 0), style: theme.title)
        if let title {
            x = canvas.put("  " + canvas.glyphs.pointer + " " + title, at: Point(x: x, y: 0), style: theme.heading)
        }
        if let custom {
            canvas.put(custom.0, at: Point(x: max(0, w - custom.0.displayWidth), y: 0), style: custom.1)
        } else {
            let long = state.now.longDate(state.language) + "  " + state.now.clock + " "
            let short = state.now.clock + " "
            let right = w - x >= long.displayWidth + 2 ? long : (w - x >= short.displayWidth + 2 ? short : "")
            // With a team server, when this laptop last synced (left of the date, when it fits).
            if let sync = state.sync {
                let text = state.t(.commonFormat(.syncState(sync, today: state.now))) + "  "
                if w - x >= text.displayWidth + right.displayWidth + 2 {
                    canvas.put(
                        text, at: Point(x: w - right.displayWidth - text.displayWidth, y: 0),
                        style: sync.failed ? theme.accent : theme.muted)
                }
            }
            canvas.put(right, at: Point(x: w - right.displayWidth, y: 0), style: theme.muted)
        }
        canvas.horizontalLine(y: 1, from: 0, to: w, style: theme.border)
    }

    /// Rule and key hints on the last two rows.
    static func footer(_ hints: [(key: String, label: String)], on canvas: inout Canvas) {
        let h = canvas.size.height
        canvas.horizontalLine(y: h - 2, from: 0, to: canvas.size.width, style: canvas.theme.border)
        hintLine(hints, in: Rect(x: 1, y: h - 1, width: canvas.size.width - 2, height: 1), on: &canvas)
    }

    /// Key hints on one row; arrows in the keys follow the glyph set (ASCII or not).
    static func hintLine(_ hints: [(key: String, label: String)], in rect: Rect, on canvas: inout Canvas) {
        // Drawn on every frame of every screen: copied when the hints are the same.
        canvas.cached("chrome.hints", key: HintsKey(hints: hints), in: rect) { canvas in
            let glyphs = canvas.glyphs
            let unicodeArrows = glyphs.arrowUp == "↑" && glyphs.arrowDown == "↓"
            let shown = hints.map { hint in
                (
                    key: unicodeArrows
                        ? hint.key
                        : hint.key.replacingOccurrences(of: "↑", with: glyphs.arrowUp).replacingOccurrences(
                            of: "↓", with: glyphs.arrowDown),
                    label: hint.label
                )
            }
            KeyHints(shown).render(in: rect, on: &canvas)
        }
    }

    /// A short message on the footer's rule, at the right (saved, not saved, play ended …).
    static func status(_ text: String, on canvas: inout Canvas) {
        let shown = (" " + text + " ").truncated(cells: canvas.size.width - 2, ellipsis: canvas.glyphs.ellipsis)
        canvas.put(
            shown, at: Point(x: max(0, canvas.size.width - shown.displayWidth - 1), y: canvas.size.height - 2), style: canvas.theme.accent)
    }

    /// The body between header and footer.
    static func body(_ canvas: Canvas) -> Rect {
        Rect(x: 0, y: 2, width: canvas.size.width, height: canvas.size.height - 4)
    }

    /// A calm message for terminals too small for any layout; fits down to 1×1.
    static func tooSmall(_ state: AppState, on canvas: inout Canvas) {
        let size = canvas.size
        // Too small for even a word: a single calm marker rather than a clipped letter.
        if size.width < 8 || size.height < 2 {
            canvas.put(canvas.glyphs.ellipsis, at: Point(x: 0, y: 0), style: canvas.theme.muted)
            return
        }
        let message = state.t(.commonFormat(.tooSmall(width: size.width, height: size.height)))
        var lines = TextWrap.lines(message, width: size.width)
        if lines.count + 2 <= size.height { lines = [state.t(.common(.tooSmallTitle)), ""] + lines }
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.prefix(size.height).enumerated() {
            let x = max(0, (size.width - line.displayWidth) / 2)
            canvas.put(line, at: Point(x: x, y: top + i), style: i == 0 && lines.count > 1 ? canvas.theme.heading : canvas.theme.normal)
        }
    }
}

/// A hint line as a cache key, compared pair by pair (the screens' lists are made once,
/// so their strings compare by identity): a key made by flattening them cost a list a frame.
private struct HintsKey: Equatable, Sendable {
    let hints: [(key: String, label: String)]

    static func == (a: HintsKey, b: HintsKey) -> Bool {
        a.hints.count == b.hints.count && zip(a.hints, b.hints).allSatisfy { $0.key == $1.key && $0.label == $1.label }
    }
}
