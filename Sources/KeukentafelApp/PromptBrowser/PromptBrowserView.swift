import KeukentafelDomain
import PromptLibrary
import TerminalUI

/// Draws the prompt browser: search and filters on top, the list on the left, the
/// chosen prompt on the right (below 80 columns: the list, and Enter for the prompt).
enum PromptBrowserView {
    struct Layout {
        let search: Rect
        let filters: Rect
        let list: Rect
        let detail: Rect?
        let body: Rect

        init(size: Size) {
            let compact = size.width < 80 || size.height < 24
            let margin = compact ? 1 : 2
            search = Rect(x: margin, y: 2, width: size.width - 2 * margin, height: 1)
            filters = Rect(x: margin, y: 3, width: size.width - 2 * margin, height: 1)
            body = Rect(x: margin, y: 5, width: size.width - 2 * margin, height: max(0, size.height - 7))
            if compact {
                list = body
                detail = nil
            } else {
                let listWidth = min(44, max(28, body.width * 2 / 5))
                let parts = body.split(.horizontal, [.fixed(listWidth), .fixed(1), .fill()], spacing: 1)
                list = parts[0]
                detail = parts[2]
            }
        }
    }

    static func render(_ state: AppState, _ b: PromptBrowserState, on canvas: inout Canvas) {
        let theme = canvas.theme
        let layout = Layout(size: canvas.size)
        let catalog = state.prompts
        let language = state.language
        Chrome.header(state, title: state.t(.promptBrowser(.browserTitle)), on: &canvas)

        let label = state.t(.promptBrowser(.searchLabel)) + ": "
        let labelEnd = canvas.put(label, at: Point(x: layout.search.x, y: layout.search.y), style: theme.heading, clip: layout.search)
        b.search.render(
            in: Rect(x: labelEnd, y: layout.search.y, width: layout.search.maxX - labelEnd, height: 1),
            on: &canvas, style: theme.normal.with(.underline), focused: !b.fullView,
            placeholder: state.t(.promptBrowser(.searchPlaceholder)))

        var x = layout.filters.x
        let phaseName = b.phase.map { state.t(.promptBrowserFormat(.phase($0))) } ?? state.t(.promptBrowser(.allPhases))
        x = canvas.put(
            state.t(.promptBrowser(.phaseLabel)) + ": ", at: Point(x: x, y: layout.filters.y), style: theme.muted, clip: layout.filters)
        x = canvas.put(phaseName, at: Point(x: x, y: layout.filters.y), style: theme.accent, clip: layout.filters)
        x = canvas.put(
            "   " + state.t(.promptBrowser(.audienceLabel)) + ": ", at: Point(x: x, y: layout.filters.y), style: theme.muted,
            clip: layout.filters)
        x = canvas.put(
            state.t(.promptBrowserFormat(.audience(b.audience))), at: Point(x: x, y: layout.filters.y), style: theme.accent,
            clip: layout.filters)
        canvas.put(
            "   " + state.t(.promptBrowserFormat(.promptCount(b.results.count))), at: Point(x: x, y: layout.filters.y), style: theme.muted,
            clip: layout.filters)

        if b.fullView, let prompt = b.selected(catalog, language) {
            renderDetail(prompt, state, b, in: layout.body, on: &canvas, scroll: b.detailScroll)
        } else {
            if b.results.isEmpty {
                TextBlock(state.t(.promptBrowser(.noPromptsMatch)), style: theme.muted).render(in: layout.list, on: &canvas)
            }
            b.list.render(in: layout.list, on: &canvas) { index, rect, selected, canvas in
                guard let p = catalog.prompt(b.results[index], language) else { return }
                let style = selected ? canvas.theme.focus : canvas.theme.normal
                canvas.fill(rect, style: style)
                canvas.put(
                    " " + p.title.truncated(cells: rect.width - 2, ellipsis: canvas.glyphs.ellipsis),
                    at: Point(x: rect.x, y: rect.y), style: style, clip: rect)
            }
            if let detail = layout.detail {
                canvas.verticalLine(x: detail.x - 2, from: detail.y, to: detail.maxY, style: theme.border)
                if let prompt = b.selected(catalog, language) {
                    renderDetail(prompt, state, b, in: detail, on: &canvas, scroll: 0)
                }
            }
        }

        Chrome.footer(PromptBrowserFeature.keys.hints(b.fullView ? .alternate : .main, state.language), on: &canvas)
    }

    /// The prompt: title, technique and phases, the wording for the audience, the
    /// follow-ups and the worker's tip; from line `scroll` on.
    static func renderDetail(_ p: Prompt, _ state: AppState, _ b: PromptBrowserState, in rect: Rect, on canvas: inout Canvas, scroll: Int) {
        let theme = canvas.theme
        // Outside a session nothing is known: placeholders show as named gaps ("[number]").
        let gap = { (text: String) in
            PromptPlaceholder.fill(text, known: [:], fallback: SessionView.placeholderFallback(state.language))
        }
        var lines: [(String, Style)] = []
        func add(_ text: String, _ style: Style, indent: String = "", hanging: String = "") {
            for (i, l) in TextWrap.lines(text, width: max(1, rect.width - indent.displayWidth)).enumerated() {
                lines.append(((i == 0 ? indent : hanging) + l, style))
            }
        }
        add(p.title, theme.heading)
        add(
            state.t(.promptBrowserFormat(.technique(p.technique))) + " · "
                + p.phases.map { state.t(.promptBrowserFormat(.phase($0))) }.joined(separator: ", "), theme.muted)
        lines.append(("", theme.normal))
        let audiences = b.audience == .everyone ? Audience.allCases.filter { p.hasWording(for: $0) } : [b.audience]
        for a in audiences {
            if audiences.count > 1 { add(state.t(.promptBrowserFormat(.audience(a))).capitalizedFirst + ":", theme.muted) }
            add(gap(p.wording(for: a)), theme.normal)
            lines.append(("", theme.normal))
        }
        if !p.followUps.isEmpty {
            add(state.t(.promptBrowser(.followUps)), theme.heading)
            for f in p.followUps { add(gap(f), theme.normal, indent: canvas.glyphs.bullet + " ", hanging: "  ") }
            lines.append(("", theme.normal))
        }
        add(state.t(.promptBrowser(.tipLabel)) + ": " + p.tip, theme.muted)
        let start = min(max(0, scroll), max(0, lines.count - rect.height))
        for (i, line) in lines.dropFirst(start).prefix(rect.height).enumerated() {
            canvas.put(line.0, at: Point(x: rect.x, y: rect.y + i), style: line.1, clip: rect)
        }
    }
}

extension String {
    /// The first letter in upper case (for labels like "Ouder:").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
