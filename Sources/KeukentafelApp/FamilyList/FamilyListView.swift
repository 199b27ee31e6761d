import KeukentafelDomain
import TerminalUI

/// The list of families to open, with their number of sessions.
enum FamilyListView {
    static func render(_ state: AppState, _ s: FamilyListState, on canvas: inout Canvas) {
        Chrome.header(state, title: state.t(.familyList(.familyListTitle)), on: &canvas)
        let body = Chrome.body(canvas).inset(top: 1, left: 2, bottom: 1, right: 2)
        if state.families.isEmpty {
            TextBlock(state.t(.familyList(.familyListEmpty)), style: canvas.theme.muted).render(in: body, on: &canvas)
        }
        s.list.render(in: body, on: &canvas) { i, rect, selected, canvas in
            let f = state.families[i]
            let style = selected ? canvas.theme.focus : canvas.theme.normal
            canvas.fill(rect, style: style)
            let count = state.t(.familyListFormat(.sessionsCount(f.sessions)))
            canvas.put(
                " " + f.name.truncated(cells: rect.width - count.displayWidth - 4, ellipsis: canvas.glyphs.ellipsis),
                at: Point(x: rect.x, y: rect.y), style: style, clip: rect)
            canvas.put(count + " ", at: Point(x: rect.maxX - count.displayWidth - 1, y: rect.y), style: style, clip: rect)
        }
        Chrome.footer(FamilyListFeature.keys.hints(.main, state.language), on: &canvas)
    }
}
