import KeukentafelDomain
import PromptLibrary
import TerminalUI

/// Draws practice: the case list, the worker's introduction, the hand-over between
/// players, one role card, and the start with its time box.
enum PracticeView {
    static func render(_ state: AppState, _ s: PracticeState, on canvas: inout Canvas) {
        let theme = canvas.theme
        let roleCase = s.chosen(state.prompts, state.language)
        Chrome.header(state, title: state.t(.practice(.practiceTitle)) + (roleCase.map { ": " + $0.title } ?? ""), on: &canvas)
        let body = Chrome.body(canvas).inset(top: 1, left: 2, bottom: 1, right: 2)
        switch s.stage {
        case .cases:
            cases(state, s, in: body, on: &canvas)
        case .intro:
            guard let roleCase else { break }
            var lines: [(String, Style)] = [(state.t(.practice(.introHeading)), theme.heading)]
            lines += wrapped(roleCase.background, body.width, theme.normal)
            lines += [("", theme.normal), (state.t(.practice(.playersHeading)), theme.heading)]
            for m in roleCase.members {
                let role = state.t(.practiceFormat(.cardTitle(name: m.name, role: m.role, age: m.age)))
                lines += wrapped(
                    canvas.glyphs.bullet + " " + role.drop { $0 != ":" }.dropFirst().trimmingCharacters(in: .whitespaces)
                        + (m.relation.map { " · " + $0 } ?? ""), body.width, theme.normal)
            }
            lines += [("", theme.normal)] + wrapped(state.t(.practice(.introNext)), body.width, theme.muted)
            scrolled(lines, s.scroll, in: body, on: &canvas)
        case .handOver(let i):
            guard let roleCase, roleCase.members.indices.contains(i) else { break }
            let lines =
                [
                    (state.t(.practiceFormat(.cardOf(i + 1, roleCase.members.count))), theme.muted),
                    (state.t(.practiceFormat(.handOver(roleCase.members[i].name))), theme.title),
                    ("", theme.normal),
                ] + wrapped(state.t(.practice(.handOverHint)), min(60, body.width), theme.normal)
            centred(lines, in: body, on: &canvas)
        case .card(let i):
            guard let roleCase, roleCase.members.indices.contains(i) else { break }
            let m = roleCase.members[i]
            var lines: [(String, Style)] = [
                (state.t(.practiceFormat(.cardOf(i + 1, roleCase.members.count))), theme.muted),
                (state.t(.practiceFormat(.cardTitle(name: m.name, role: m.role, age: m.age))), theme.title),
            ]
            if let relation = m.relation { lines += wrapped(relation, body.width, theme.muted) }
            lines.append(("", theme.normal))
            lines += wrapped(m.card, body.width, theme.normal)
            // What only this player knows stands apart, so it is read and kept to oneself.
            if let hidden = m.hidden {
                lines += [("", theme.normal), (state.t(.practice(.hiddenHeading)), theme.heading.with(.underline))]
                lines += wrapped(hidden, body.width, theme.accent)
            }
            lines += [("", theme.normal)] + wrapped(state.t(.practice(.cardHide)), body.width, theme.muted)
            scrolled(lines, s.scroll, in: body, on: &canvas)
        case .ready:
            let lines =
                [(state.t(.practice(.readyHeading)), theme.title), ("", theme.normal)]
                + wrapped(state.t(.practiceFormat(.timeBox(s.timeBox))) + "  (+/-)", min(70, body.width), theme.accent)
                + [("", theme.normal)] + wrapped(state.t(.practice(.readyText)), min(70, body.width), theme.normal)
                + [("", theme.normal)] + wrapped(state.t(.practice(.apart)), min(70, body.width), theme.muted)
            centred(lines, in: body, on: &canvas)
        }
        Chrome.footer(PracticeFeature.keys.hints(.main, state.language), on: &canvas)
    }

    /// The cases: title and number of roles, with the intro above.
    static func cases(_ state: AppState, _ s: PracticeState, in body: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        let intro = TextWrap.lines(state.t(.practice(.practiceIntro)), width: max(1, body.width))
        for (i, line) in intro.prefix(3).enumerated() {
            canvas.put(line, at: Point(x: body.x, y: body.y + i), style: theme.muted, clip: body)
        }
        let list = body.inset(top: min(3, intro.count) + 1)
        let cases = state.prompts.cases[state.language] ?? []
        if cases.isEmpty { TextBlock(state.t(.practice(.noCases)), style: theme.muted).render(in: list, on: &canvas) }
        // Title, roles and level on one row; the summary on the next.
        let rows = list.height / 2
        for (row, i) in s.list.window(height: max(1, rows)).enumerated() {
            let c = cases[i]
            let selected = i == s.list.selected
            let rect = Rect(x: list.x, y: list.y + 2 * row, width: list.width, height: 1)
            let style = selected ? theme.focus : theme.normal
            canvas.fill(rect, style: style)
            let right = state.t(.practiceFormat(.roles(c.members.count))) + " · " + c.difficulty.label(state.language)
            canvas.put(
                " " + c.title.truncated(cells: max(1, rect.width - right.displayWidth - 4), ellipsis: canvas.glyphs.ellipsis),
                at: Point(x: rect.x, y: rect.y), style: style.with(.bold), clip: rect)
            canvas.put(right + " ", at: Point(x: rect.maxX - right.displayWidth - 1, y: rect.y), style: style, clip: rect)
            canvas.put(
                "   " + c.summary.truncated(cells: max(1, rect.width - 4), ellipsis: canvas.glyphs.ellipsis),
                at: Point(x: rect.x, y: rect.y + 1), style: theme.muted, clip: list)
        }
    }

    static func wrapped(_ text: String, _ width: Int, _ style: Style) -> [(String, Style)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            paragraph.isEmpty ? [("", style)] : TextWrap.lines(String(paragraph), width: max(1, width)).map { ($0, style) }
        }
    }

    static func scrolled(_ lines: [(String, Style)], _ scroll: Int, in rect: Rect, on canvas: inout Canvas) {
        let first = min(scroll, max(0, lines.count - rect.height))
        for (row, line) in lines.dropFirst(first).prefix(rect.height).enumerated() {
            canvas.put(line.0, at: Point(x: rect.x, y: rect.y + row), style: line.1, clip: rect)
        }
        if first + rect.height < lines.count {
            canvas.put(canvas.glyphs.arrowDown, at: Point(x: rect.maxX, y: rect.maxY - 1), style: canvas.theme.accent)
        }
        if first > 0 { canvas.put(canvas.glyphs.arrowUp, at: Point(x: rect.maxX, y: rect.y), style: canvas.theme.accent) }
    }

    static func centred(_ lines: [(String, Style)], in rect: Rect, on canvas: inout Canvas) {
        let top = rect.y + max(0, (rect.height - lines.count) / 2)
        for (i, line) in lines.prefix(rect.height).enumerated() {
            let x = rect.x + max(0, (rect.width - line.0.displayWidth) / 2)
            canvas.put(line.0, at: Point(x: x, y: top + i), style: line.1, clip: rect)
        }
    }
}
