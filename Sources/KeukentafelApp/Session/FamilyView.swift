import KeukentafelDomain
import TerminalUI

/// The screen turned towards the family: only their own words, in plain language.
/// No worker notes, no technique names, no jargon.
enum FamilyView {
    /// A line of the family view or the closing summary, wrapped to the width.
    struct Line: Equatable {
        enum Kind: Equatable { case heading, item, detail, empty, blank }
        var text: String
        var kind: Kind
    }

    /// A section: its title and its items, each with the lines under it.
    typealias Section = (title: String, items: [PlanSection.Item])

    /// Everything the plan holds, from the same `FamilyPlan` the family takes home, so
    /// the screen and the paper never disagree. Goals, what goes well, their numbers and
    /// agreements always show (empty, they say so: the family sees where things will go);
    /// the rest shows when it has something.
    static func sections(_ state: AppState, _ s: SessionState) -> [Section] {
        let plan = FamilyPlan(s.record, language: state.language)
        let always: Set<PlanSection.Kind> = [.goals, .goingWell, .scales, .agreements]
        var result: [Section] = []
        for kind in PlanSection.Kind.allCases {
            var items: [PlanSection.Item] = []
            for group in plan.section(kind)?.groups ?? [] {
                // A group heading (a safety-map column) goes before each of its lines.
                for var item in group.items {
                    if let heading = group.heading { item.label = heading + (item.label.map { " · " + $0 } ?? "") }
                    items.append(item)
                }
            }
            if !items.isEmpty || always.contains(kind) { result.append((FamilyPlan.title(kind, state.language), items)) }
        }
        return result
    }

    /// The sections as lines of `width` cells: bullets for items, their details indented.
    static func lines(_ sections: [Section], _ state: AppState, width: Int, bullet: String) -> [Line] {
        var out: [Line] = []
        for (title, items) in sections {
            out.append(Line(text: title, kind: .heading))
            if items.isEmpty { out.append(Line(text: bullet + " " + state.t(.session(.familyNothingYet)), kind: .empty)) }
            for item in items {
                let text = (item.label.map { $0 + ": " } ?? "") + item.text
                for (i, line) in TextWrap.lines(text, width: max(1, width - 2)).enumerated() {
                    out.append(Line(text: (i == 0 ? bullet + " " : "  ") + line, kind: .item))
                }
                for detail in item.details {
                    out += TextWrap.lines(detail, width: max(1, width - 4)).map { Line(text: "    " + $0, kind: .detail) }
                }
            }
            out.append(Line(text: "", kind: .blank))
        }
        return out
    }

    /// The plan as it will be printed: title, intro, the latest meeting, then every
    /// section with something in it, in the order and words of the page.
    static func planLines(_ state: AppState, _ s: SessionState, width: Int, bullet: String) -> [Line] {
        let plan = FamilyPlan(s.record, language: state.language)
        var out: [Line] = TextWrap.lines(plan.title, width: width).map { Line(text: $0, kind: .heading) }
        out += TextWrap.lines(state.t(.plan(.intro)), width: width).map { Line(text: $0, kind: .detail) }
        if let meeting = plan.latestSessionLine { out += TextWrap.lines(meeting, width: width).map { Line(text: $0, kind: .item) } }
        for section in plan.sections {
            out.append(Line(text: "", kind: .blank))
            out.append(Line(text: section.title, kind: .heading))
            for group in section.groups {
                if let heading = group.heading { out.append(Line(text: heading, kind: .heading)) }
                for item in group.items {
                    let text = (item.label.map { $0 + ": " } ?? "") + item.text
                    for (i, line) in TextWrap.lines(text, width: max(1, width - 2)).enumerated() {
                        out.append(Line(text: (i == 0 ? bullet + " " : "  ") + line, kind: .item))
                    }
                    for detail in item.details {
                        out += TextWrap.lines(detail, width: max(1, width - 4)).map { Line(text: "    " + $0, kind: .detail) }
                    }
                }
            }
        }
        out.append(Line(text: "", kind: .blank))
        out += TextWrap.lines(state.t(.sessionFormat(.planPrintCommand(s.record.name))), width: width).map { Line(text: $0, kind: .detail) }
        return out
    }

    static func render(_ state: AppState, _ s: SessionState, on canvas: inout Canvas) {
        let theme = canvas.theme
        let area = canvas.bounds.inset(top: 1, left: 3, bottom: 2, right: 3)
        if s.planPreview {
            canvas.put(state.t(.session(.planPreviewTitle)), at: Point(x: area.x, y: area.y), style: theme.title, clip: area)
            renderLines(
                planLines(state, s, width: area.width, bullet: canvas.glyphs.bullet), scroll: s.familyScroll, in: area.inset(top: 2),
                on: &canvas)
            Chrome.hintLine(
                SessionKeys.familyView.hints(.main, state.language),
                in: Rect(x: 1, y: canvas.size.height - 1, width: canvas.size.width - 2, height: 1), on: &canvas)
            return
        }
        canvas.put(
            state.t(.sessionFormat(.familyViewTitle(s.record.name))), at: Point(x: area.x, y: area.y), style: theme.title, clip: area)
        renderLines(
            lines(sections(state, s), state, width: area.width, bullet: canvas.glyphs.bullet), scroll: s.familyScroll,
            in: area.inset(top: 2), on: &canvas)
        Chrome.hintLine(
            SessionKeys.familyView.hints(.main, state.language),
            in: Rect(x: 1, y: canvas.size.height - 1, width: canvas.size.width - 2, height: 1), on: &canvas)
    }

    /// Draws `lines` from `scroll` on; arrows in the right margin say there is more.
    static func renderLines(_ lines: [Line], scroll: Int, in rect: Rect, on canvas: inout Canvas) {
        guard rect.height > 0 else { return }
        let theme = canvas.theme
        let start = min(max(0, scroll), max(0, lines.count - rect.height))
        for (i, line) in lines.dropFirst(start).prefix(rect.height).enumerated() {
            let style: Style
            switch line.kind {
            case .heading: style = theme.heading
            case .item: style = theme.normal
            case .detail, .empty, .blank: style = theme.muted
            }
            canvas.put(line.text, at: Point(x: rect.x, y: rect.y + i), style: style, clip: rect)
        }
        let margin = rect.maxX + 1
        if start > 0 { canvas.put(canvas.glyphs.arrowUp, at: Point(x: margin, y: rect.y), style: theme.accent) }
        if start + rect.height < lines.count {
            canvas.put(canvas.glyphs.arrowDown, at: Point(x: margin, y: rect.maxY - 1), style: theme.accent)
        }
    }
}
