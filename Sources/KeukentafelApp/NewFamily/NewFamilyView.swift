import TerminalUI

/// The new-family form: a name or pseudonym and, optionally, the members.
enum NewFamilyView {
    static func render(_ state: AppState, _ screen: NewFamilyState, on canvas: inout Canvas) {
        let theme = canvas.theme
        Chrome.header(state, title: state.t(.newFamily(.newFamilyTitle)), on: &canvas)
        let compact = canvas.size.width < 80 || canvas.size.height < 24
        let body = Chrome.body(canvas).inset(top: compact ? 0 : 1, left: compact ? 1 : 3, bottom: 0, right: compact ? 1 : 3)
        let formWidth = min(body.width, 90)
        let intro = TextBlock(state.t(.newFamily(.newFamilyIntro)), style: theme.muted)
        let introLines = min(3, intro.lines(width: formWidth).count)
        intro.render(in: Rect(x: body.x, y: body.y, width: formWidth, height: introLines), on: &canvas)
        let formTop = body.y + introLines + 1
        screen.form.render(in: Rect(x: body.x, y: formTop, width: formWidth, height: max(0, body.maxY - formTop)), on: &canvas)
        Chrome.footer(NewFamilyFeature.keys.hints(.main, state.language), on: &canvas)
    }
}
