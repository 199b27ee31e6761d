import Foundation
import KeukentafelDomain
import MethodAnalysis
import TerminalUI

/// One piece of the family-over-time page; the page scrolls by whole pieces.
enum ProgressBlock: Equatable {
    case scale(FamilyProgress.ScaleChart)
    case heading(UIText, explained: UIText?)
    case evaluation(FamilyProgress.EvaluationTrend)
    case instrument(FamilyProgress.InstrumentTrend)
    case goal(FamilyProgress.GoalLine)
    case empty(UIText)
}

/// Draws the family over time: a summary line, then the page of blocks from the top
/// one on: a chart per scale (kind, what 0 and 10 mean, 0–10 up the side, the sessions
/// along the bottom, a mark per person and a legend with their numbers), then each
/// person's evaluations, the instruments' scores and the goals with their status.
enum ProgressView {
    /// The page at one terminal size and language: its blocks, their heights, the scroll area.
    struct Page {
        let summary: Rect
        let explanation: Rect?
        /// Where the blocks go; the last column holds the scroll bar.
        let area: Rect
        let blocks: [ProgressBlock]
        let heights: [Int]
        let language: Language
        let timeZone: TimeZone

        init(_ s: ProgressState, _ language: Language, size: Size) {
            let progress = s.progress
            let margin = size.width < 80 ? 1 : 2
            let body = Rect(x: margin, y: 2, width: max(0, size.width - 2 * margin), height: max(0, size.height - 4))
            summary = Rect(x: body.x, y: body.y, width: body.width, height: min(1, body.height))
            let explained = body.height >= 16
            explanation = explained ? Rect(x: body.x, y: body.y + 1, width: body.width, height: 1) : nil
            let top = body.y + (explained ? 2 : 1)
            let area = Rect(x: body.x, y: top, width: body.width, height: max(0, body.maxY - top))
            self.area = area
            self.language = language
            timeZone = s.timeZone
            var blocks: [ProgressBlock] = progress.scales.map { .scale($0) }
            if blocks.isEmpty { blocks.append(.empty(.progress(.noScales))) }
            blocks.append(.heading(.progress(.evaluationsHeading), explained: .progressFormat(.evaluationsExplained(progress.lowScore))))
            blocks += progress.evaluations.isEmpty ? [.empty(.progress(.noEvaluations))] : progress.evaluations.map { .evaluation($0) }
            blocks.append(.heading(.progress(.instrumentsHeading), explained: nil))
            blocks += progress.instruments.isEmpty ? [.empty(.progress(.noInstruments))] : progress.instruments.map { .instrument($0) }
            blocks.append(.heading(.progress(.goalsHeading), explained: nil))
            blocks += progress.goals.isEmpty ? [.empty(.progress(.noGoals))] : progress.goals.map { .goal($0) }
            self.blocks = blocks
            let width = max(1, area.width - 2)
            heights = blocks.map { block in
                // A chart asks for its own height (title, meaning, chart, a blank line); the rest are lines of text.
                if case .scale(let chart) = block, !chart.sessions.isEmpty {
                    let wanted = 2 + ProgressView.chart(chart, language, timeZone: s.timeZone, styles: []).idealHeight(width: width) + 1
                    return max(1, min(area.height, wanted))
                }
                return max(1, min(max(1, area.height), Self.lines(of: block, width: width, progress, language).count))
            }
        }

        /// The last block that can be at the top: from it on, the rest fits.
        var maxTop: Int {
            var rest = 0
            for i in heights.indices.reversed() {
                rest += heights[i]
                if rest > area.height { return min(heights.count - 1, i + 1) }
            }
            return 0
        }

        /// The top block after a scrolling key.
        func scrolled(from top: Int, _ press: KeyPress) -> Int {
            let top = min(max(0, top), maxTop)
            switch press.key {
            case .up, .character("k"), .character("p"): return max(0, top - 1)
            case .down, .character("j"), .character("n"): return min(maxTop, top + 1)
            case .home: return 0
            case .end: return maxTop
            case .pageDown:
                // The first block not wholly on screen comes to the top.
                var used = 0
                var next = top
                while next < heights.count, used + heights[next] <= area.height {
                    used += heights[next]
                    next += 1
                }
                return min(maxTop, max(top + 1, next))
            case .pageUp:
                var used = 0
                var previous = top
                while previous > 0, used + heights[previous - 1] <= area.height {
                    used += heights[previous - 1]
                    previous -= 1
                }
                return max(0, min(top - 1, previous))
            default: return top
            }
        }

        /// The text lines of a block that is not a chart.
        static func lines(of block: ProgressBlock, width: Int, _ progress: FamilyProgress, _ language: Language) -> [String] {
            let t = { (text: UIText) in text.text(language) }
            switch block {
            case .scale(let chart):
                // Without numbers: its title, what the ends mean, a short notice, a blank line.
                return chart.sessions.isEmpty ? ["", "", "", ""] : []
            case .heading(_, let explained):
                return [""] + [""] + (explained.map { TextWrap.lines(t($0), width: width) } ?? [])
            case .empty(let text):
                return TextWrap.lines(t(text), width: width)
            case .evaluation(let trend):
                let column = ProgressView.nameColumn(progress, language)
                return ProgressView.pack(ProgressView.evaluationItems(trend, language), width: width - column, separator: "   ")
            case .instrument(let trend):
                let column = ProgressView.instrumentColumn(progress)
                return ProgressView.pack(trend.points.map { "\($0.date): \($0.value)" }, width: width - column, separator: " → ")
            case .goal(let goal):
                let column = ProgressView.statusColumn(language)
                return TextWrap.lines(ProgressView.goalText(goal, language), width: max(1, width - column))
            }
        }
    }

    // MARK: Drawing

    static func render(_ state: AppState, _ s: ProgressState, on canvas: inout Canvas) {
        let theme = canvas.theme
        let page = Page(s, state.language, size: canvas.size)
        let progress = s.progress
        Chrome.header(state, title: state.t(.progressFormat(.title(progress.name))), on: &canvas)
        canvas.put(
            state.t(.progressFormat(.summary(sessions: progress.sessions.count, span: span(progress, state.language, page.timeZone))))
                .truncated(
                    cells: page.summary.width, ellipsis: canvas.glyphs.ellipsis),
            at: Point(x: page.summary.x, y: page.summary.y), style: theme.heading, clip: page.summary)
        if let explanation = page.explanation {
            canvas.put(
                state.t(.progress(.axisExplained)).truncated(cells: explanation.width, ellipsis: canvas.glyphs.ellipsis),
                at: Point(x: explanation.x, y: explanation.y), style: theme.muted, clip: explanation)
        }
        let area = page.area
        let content = Rect(x: area.x, y: area.y, width: max(0, area.width - 2), height: area.height)
        let top = min(max(0, s.top), page.maxTop)
        var y = area.y
        var index = top
        while index < page.blocks.count, y < area.maxY {
            let height = min(page.heights[index], area.maxY - y)
            // A chart cut off at the bottom would squeeze its values: only its title shows until scrolled to.
            let cut = index != top && height < page.heights[index]
            draw(
                page.blocks[index], in: Rect(x: content.x, y: y, width: content.width, height: height), page, state, progress,
                titleOnly: cut, on: &canvas)
            y += page.heights[index]
            index += 1
        }
        scrollBar(top: top, page, on: &canvas)
        Chrome.footer(ProgressFeature.keys.hints(.main, state.language), on: &canvas)
    }

    /// A bar in the page's last column when not everything fits: where the page is, by rows.
    static func scrollBar(top: Int, _ page: Page, on canvas: inout Canvas) {
        let area = page.area
        guard page.maxTop > 0, area.height >= 2, area.width > 2 else { return }
        let total = page.heights.reduce(0, +)
        let thumb = min(area.height, max(1, area.height * area.height / max(1, total)))
        let start = (area.height - thumb) * top / page.maxTop
        for i in 0..<area.height {
            let on = i >= start && i < start + thumb
            canvas.set(
                on ? canvas.glyphs.scrollThumb : canvas.glyphs.scrollTrack, x: area.maxX - 1, y: area.y + i, style: canvas.theme.muted)
        }
    }

    static func draw(
        _ block: ProgressBlock, in rect: Rect, _ page: Page, _ state: AppState, _ progress: FamilyProgress, titleOnly: Bool = false,
        on canvas: inout Canvas
    ) {
        let theme = canvas.theme
        let ellipsis = canvas.glyphs.ellipsis
        func line(_ text: String, _ dy: Int, _ style: Style, x: Int? = nil) {
            let start = x ?? rect.x
            canvas.put(
                text.truncated(cells: max(0, rect.maxX - start), ellipsis: ellipsis), at: Point(x: start, y: rect.y + dy), style: style,
                clip: rect)
        }
        switch block {
        case .scale(let chart):
            line(state.t(.progressFormat(.scaleTitle(chart.kind, chart.topic))), 0, theme.heading)
            line(state.t(.progressFormat(.scaleMeaning(chart.kind))), 1, theme.muted)
            guard !chart.sessions.isEmpty else {
                line(state.t(.progress(.noScaleValues)), 2, theme.muted)
                return
            }
            guard !titleOnly else {
                line(state.t(.progress(.chartBelow)), 2, theme.muted)
                return
            }
            let graph = Self.chart(chart, state.language, timeZone: page.timeZone, styles: theme.speakers)
            graph.render(in: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: max(0, rect.height - 3)), on: &canvas)
        case .heading(let heading, let explained):
            line(state.t(heading), 1, theme.heading)
            if let explained {
                for (i, text) in TextWrap.lines(state.t(explained), width: max(1, rect.width)).enumerated() {
                    line(text, 2 + i, theme.muted)
                }
            }
        case .empty(let text):
            for (i, text) in TextWrap.lines(state.t(text), width: max(1, rect.width)).enumerated() { line(text, i, theme.muted) }
        case .evaluation(let trend):
            let column = nameColumn(progress, state.language)
            line(trend.name ?? state.t(.progress(.family)), 0, theme.normal)
            for (i, text) in Page.lines(of: block, width: rect.width, progress, state.language).enumerated() {
                // A low rating stands out; the rest of the line stays calm.
                let items = text.components(separatedBy: "   ")
                var x = rect.x + column
                for (k, item) in items.enumerated() {
                    if k > 0 { x += 3 }
                    x = canvas.put(
                        item, at: Point(x: x, y: rect.y + i), style: item.hasSuffix("!") ? theme.warning : theme.normal, clip: rect)
                }
            }
        case .instrument(let trend):
            let column = instrumentColumn(progress)
            line(trend.instrument + " · " + trend.score, 0, theme.normal)
            for (i, text) in Page.lines(of: block, width: rect.width, progress, state.language).enumerated() {
                line(text, i, theme.normal, x: rect.x + column)
            }
        case .goal(let goal):
            let column = statusColumn(state.language)
            line(state.t(.progressFormat(.goalStatus(goal.status))), 0, goal.status == .open ? theme.accent : theme.muted)
            for (i, text) in Page.lines(of: block, width: rect.width, progress, state.language).enumerated() {
                line(text, i, goal.status == .dropped ? theme.muted : theme.normal, x: rect.x + column)
            }
        }
    }

    // MARK: Pieces

    /// The chart of one scale: sessions along the bottom (number, and date when it fits),
    /// one series per person marked with their initial, the legend with their numbers.
    static func chart(_ chart: FamilyProgress.ScaleChart, _ language: Language, timeZone: TimeZone, styles: [Style]) -> LineChart {
        let marks = initials(chart.people.map(\.name))
        let series = chart.people.enumerated().map { i, person in
            LineChart.Series(
                mark: marks[i], label: person.name + " " + person.values.map { $0.map(String.init) ?? "–" }.joined(separator: " "),
                values: person.values, style: styles.isEmpty ? .plain : styles[i % styles.count])
        }
        return LineChart(
            range: 0...10, labels: chart.sessions.map { String($0.number) },
            subLabels: chart.sessions.map { shortDate($0.date, language, timeZone) }, series: series)
    }

    /// One mark per person: their initial, or the next letter of their name, or a digit,
    /// so that no two people share a mark.
    static func initials(_ names: [String]) -> [Character] {
        var used: Set<Character> = []
        return names.enumerated().map { i, name in
            let letters = name.uppercased().filter { $0.isLetter || $0.isNumber }
            let mark =
                letters.first { !used.contains($0) && $0.isASCII } ?? letters.first { !used.contains($0) }
                ?? Array("123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ").first { !used.contains($0) } ?? Character(String(i % 10))
            used.insert(mark)
            return mark
        }
    }

    /// "2 nov" in the worker's time zone.
    static func shortDate(_ date: Date, _ language: Language, _ timeZone: TimeZone) -> String {
        let local = LocalTime.at(date, timeZone)
        return UIText.progressFormat(.shortDate(day: local.day, month: local.month)).text(language)
    }

    /// "2 nov – 16 nov 2026" for the first and last session; nil without sessions.
    static func span(_ progress: FamilyProgress, _ language: Language, _ timeZone: TimeZone) -> String? {
        guard let first = progress.sessions.first?.date, let last = progress.sessions.last?.date else { return nil }
        let (a, b) = (LocalTime.at(first, timeZone), LocalTime.at(last, timeZone))
        let end = shortDate(last, language, timeZone) + " \(b.year)"
        guard progress.sessions.count > 1 else { return end }
        let start = shortDate(first, language, timeZone) + (a.year == b.year ? "" : " \(a.year)")
        return start + " – " + end
    }

    /// "3: 4,5!" per session: the session's number, the mean, and ! when a rating was low.
    static func evaluationItems(_ trend: FamilyProgress.EvaluationTrend, _ language: Language) -> [String] {
        trend.points.map { "\($0.session.number): " + UIText.progressFormat(.mean($0.mean)).text(language) + ($0.isLow ? "!" : "") }
    }

    static func goalText(_ goal: FamilyProgress.GoalLine, _ language: Language) -> String {
        let owners = goal.owners.isEmpty ? UIText.progress(.family).text(language) : goal.owners.joined(separator: ", ")
        return goal.text + " (" + owners + ")"
    }

    /// The width of the names before the evaluations, with a gap.
    static func nameColumn(_ progress: FamilyProgress, _ language: Language) -> Int {
        min(18, progress.evaluations.map { ($0.name ?? UIText.progress(.family).text(language)).displayWidth }.max() ?? 0) + 2
    }

    static func instrumentColumn(_ progress: FamilyProgress) -> Int {
        min(28, progress.instruments.map { ($0.instrument + " · " + $0.score).displayWidth }.max() ?? 0) + 2
    }

    static func statusColumn(_ language: Language) -> Int {
        (GoalStatusWords.all.map { UIText.progressFormat(.goalStatus($0)).text(language).displayWidth }.max() ?? 0) + 2
    }

    /// Whole items packed into lines of `width`, `separator` between them on a line.
    static func pack(_ items: [String], width: Int, separator: String) -> [String] {
        var lines: [String] = []
        var line = ""
        for item in items {
            if !line.isEmpty && line.displayWidth + separator.displayWidth + item.displayWidth > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : separator) + item
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}

/// The goal statuses in display order (the domain enum is not `CaseIterable`).
enum GoalStatusWords {
    static let all: [GoalStatus] = [.open, .achieved, .dropped]
}
