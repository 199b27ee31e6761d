import KeukentafelDomain
import TerminalUI

/// The home screen: title, a one-line empty state and the four entry points. Compact
/// below 80×24; a second column explaining the app from 100×30 on.
enum HomeView {
    /// Where things go for a terminal size; shared by the view and mouse hit-testing.
    struct Layout {
        enum Kind { case compact, standard, wide }
        let kind: Kind
        let size: Size
        let left: Rect
        let about: Rect?
        let entryRows: [Rect]
        let labelWidth: Int

        init(size: Size) {
            self.size = size
            let body = Rect(x: 0, y: 2, width: size.width, height: size.height - 4)
            if size.width >= 100 && size.height >= 30 {
                kind = .wide
                let columns = body.inset(top: 1, left: 3, bottom: 1, right: 2).split(
                    .horizontal, [.fill(weight: 1), .fill(weight: 1)], spacing: 4)
                let l = columns[0]
                left = l
                about = Rect(x: columns[1].x, y: columns[1].y, width: columns[1].width, height: min(columns[1].height, 16))
                entryRows = (0..<HomeEntry.allCases.count).map { Rect(x: l.x, y: l.y + 8 + 3 * $0, width: l.width, height: 2) }
            } else if size.width >= 80 && size.height >= 24 {
                kind = .standard
                let l = body.inset(top: 1, left: 3, bottom: 1, right: 3)
                left = l
                about = nil
                entryRows = (0..<HomeEntry.allCases.count).map { Rect(x: l.x, y: l.y + 5 + 2 * $0, width: l.width, height: 1) }
            } else {
                kind = .compact
                let l = body.inset(top: 0, left: 1, bottom: 0, right: 1)
                left = l
                about = nil
                let top = l.y + min(3, max(0, l.height - HomeEntry.allCases.count - 1))
                entryRows = (0..<HomeEntry.allCases.count).map { Rect(x: l.x, y: top + $0, width: l.width, height: 1) }
            }
            labelWidth = 16
        }
    }

    /// One line about the store: what to do when it is empty, what is in it otherwise.
    static func intro(_ state: AppState) -> String {
        guard let latest = state.families.first else { return state.t(.home(.emptyState)) }
        return state.t(.homeFormat(.familiesInStore(count: state.families.count, latest: latest.name)))
    }

    static func render(_ state: AppState, _ home: HomeState, on canvas: inout Canvas) {
        let layout = Layout(size: canvas.size)
        let theme = canvas.theme
        Chrome.header(state, title: nil, on: &canvas)

        switch layout.kind {
        case .compact:
            let room = max(0, layout.entryRows[0].y - layout.left.y - 1)
            let lines = TextWrap.lines(intro(state), width: layout.left.width)
            for (i, line) in lines.prefix(room).enumerated() {
                canvas.put(line, at: Point(x: layout.left.x, y: layout.left.y + i), clip: layout.left)
            }
        case .standard, .wide:
            let tagline = Rect(x: layout.left.x, y: layout.left.y, width: layout.left.width, height: layout.kind == .wide ? 2 : 1)
            let taglineHeight = min(
                tagline.height, TextBlock(state.t(.home(.tagline)), style: theme.muted).render(in: tagline, on: &canvas))
            let empty = Rect(x: layout.left.x, y: layout.left.y + taglineHeight + 1, width: layout.left.width, height: 2)
            TextBlock(intro(state)).render(in: empty, on: &canvas)
        }

        for (i, entry) in HomeEntry.allCases.enumerated() {
            let row = layout.entryRows[i]
            let selected = i == home.menu.selected
            let pointer = selected ? canvas.glyphs.pointer : " "
            var x = canvas.put(pointer + " ", at: Point(x: row.x, y: row.y), style: theme.accent, clip: row)
            let label = "\(state.t(entry.label)) (\(entry.shortcut))"
            let labelStyle = selected ? theme.focus.with(.bold) : theme.normal
            let labelEnd = canvas.put(" " + label + " ", at: Point(x: x, y: row.y), style: labelStyle, clip: row)
            switch layout.kind {
            case .compact:
                break
            case .standard:
                x = max(labelEnd + 1, row.x + 2 + layout.labelWidth + 4)
                canvas.put(
                    state.t(entry.detail).truncated(cells: row.maxX - x, ellipsis: canvas.glyphs.ellipsis),
                    at: Point(x: x, y: row.y), style: theme.muted, clip: row)
            case .wide:
                // Two rows: a description that does not fit wraps into the gap before the next entry.
                TextBlock(state.t(entry.detail), style: theme.muted)
                    .render(in: Rect(x: row.x + 3, y: row.y + 1, width: row.width - 3, height: 2), on: &canvas)
            }
        }

        if let about = layout.about, !state.families.isEmpty {
            // With families in the store, the wide screen lists them instead of the introduction.
            canvas.box(about, style: theme.border, title: state.t(.home(.familiesHeading)), titleStyle: theme.heading)
            let inner = about.inset(top: 1, left: 2, bottom: 1, right: 2)
            for (i, f) in state.families.prefix(inner.height).enumerated() {
                let count = state.t(.familyListFormat(.sessionsCount(f.sessions)))
                canvas.put(
                    f.name.truncated(cells: inner.width - count.displayWidth - 2, ellipsis: canvas.glyphs.ellipsis),
                    at: Point(x: inner.x, y: inner.y + i), clip: inner)
                canvas.put(count, at: Point(x: inner.maxX - count.displayWidth, y: inner.y + i), style: theme.muted, clip: inner)
            }
        } else if let about = layout.about {
            canvas.box(about, style: theme.border, title: state.t(.home(.aboutTitle)), titleStyle: theme.heading)
            TextBlock(state.t(.home(.aboutBody))).render(in: about.inset(top: 1, left: 2, bottom: 1, right: 2), on: &canvas)
        }

        let storeRow = canvas.size.height - 3
        let margin = layout.kind == .compact ? 1 : 3
        if storeRow > (layout.entryRows.last?.maxY ?? 0) {
            canvas.put(
                state.t(.homeFormat(.storeLocation(state.storeDisplay))).truncated(
                    cells: canvas.size.width - 2, ellipsis: canvas.glyphs.ellipsis),
                at: Point(x: margin, y: storeRow), style: theme.muted)
        }
        // Who is recorded as the author of what is saved, so a shared laptop shows it.
        if !state.worker.name.isEmpty, storeRow - 1 > (layout.entryRows.last?.maxY ?? 0) {
            canvas.put(
                state.t(.homeFormat(.workingAs(state.worker))).truncated(cells: canvas.size.width - 2, ellipsis: canvas.glyphs.ellipsis),
                at: Point(x: margin, y: storeRow - 1), style: theme.muted)
        }

        Chrome.footer(HomeFeature.keys.hints(layout.kind == .compact ? .compact : .main, state.language), on: &canvas)
    }
}
