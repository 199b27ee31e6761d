import Foundation
import KeukentafelDomain
import MethodAnalysis
import TerminalUI

/// Draws the caseload: what the order means, a table of families (wider columns say
/// more on a wide terminal), and below it what stands out for the chosen family.
enum CaseloadView {
    struct Layout {
        let intro: Rect
        let header: Rect
        let list: Rect
        let detail: Rect?
        /// Wide terminals get the columns' longer texts.
        let wide: Bool

        init(size: Size) {
            let margin = size.width < 80 ? 1 : 2
            let body = Rect(x: margin, y: 2, width: max(0, size.width - 2 * margin), height: max(0, size.height - 4))
            wide = body.width >= 110
            // Two lines say what the order means, when there is room for them and a list.
            let introHeight = body.height >= 14 ? (body.width >= 150 ? 1 : 2) : 0
            intro = Rect(x: body.x, y: body.y, width: body.width, height: introHeight)
            let tableTop = body.y + introHeight + (introHeight > 0 ? 1 : 0)
            header = Rect(x: body.x, y: tableTop, width: body.width, height: min(1, max(0, body.maxY - tableTop)))
            let rest = Rect(x: body.x, y: tableTop + 1, width: body.width, height: max(0, body.maxY - tableTop - 1))
            let detailHeight = rest.height >= 14 ? min(8, rest.height / 3 + 1) : 0
            if detailHeight > 0 {
                list = Rect(x: rest.x, y: rest.y, width: rest.width, height: rest.height - detailHeight - 1)
                detail = Rect(x: rest.x, y: rest.maxY - detailHeight, width: rest.width, height: detailHeight)
            } else {
                list = rest
                detail = nil
            }
        }
    }

    static func render(_ state: AppState, _ s: CaseloadState, on canvas: inout Canvas) {
        let theme = canvas.theme
        let layout = Layout(size: canvas.size)
        Chrome.header(state, title: state.t(.caseload(.caseloadTitle)), on: &canvas)
        for (i, line) in TextWrap.lines(state.t(.caseload(.orderExplained)), width: max(1, layout.intro.width)).prefix(layout.intro.height)
            .enumerated()
        {
            canvas.put(line, at: Point(x: layout.intro.x, y: layout.intro.y + i), style: theme.muted, clip: layout.intro)
        }
        defer { Chrome.footer(CaseloadFeature.keys.hints(.main, state.language), on: &canvas) }
        guard let rows = s.rows else {
            TextBlock(state.t(.caseload(.loading)), style: theme.muted).render(in: layout.list, on: &canvas)
            return
        }
        guard !rows.isEmpty else {
            TextBlock(state.t(.caseload(.noFamilies)), style: theme.muted).render(in: layout.list, on: &canvas)
            return
        }
        let cells = rows.map { Cells($0, state, wide: layout.wide, glyphs: canvas.glyphs) }
        let columns = Columns(cells, state, width: layout.list.width)
        put(columns.headings(state), columns, at: layout.header, styles: Array(repeating: theme.heading, count: 6), on: &canvas)
        s.list.render(in: layout.list, on: &canvas) { i, rect, selected, canvas in
            let style = selected ? canvas.theme.focus : canvas.theme.normal
            canvas.fill(rect, style: style)
            let c = cells[i]
            let warn = selected ? style.with(.bold) : canvas.theme.warning
            let quiet = selected ? style : canvas.theme.muted
            let styles = [
                style, style, style, rows[i].isWorsening ? warn : (rows[i].trend == .unknown ? quiet : style),
                rows[i].lowRatings.isEmpty ? quiet : warn, rows[i].safety.isEmpty ? quiet : warn,
            ]
            put(c.texts, columns, at: rect, styles: styles, on: &canvas)
        }
        if let detail = layout.detail, let row = s.selected {
            canvas.horizontalLine(y: detail.y - 1, from: detail.x, to: detail.maxX, style: theme.border)
            let lines = details(row, state, theme).flatMap { text, style in
                TextWrap.lines(text, width: max(1, detail.width)).map { ($0, style) }
            }
            for (i, (text, style)) in lines.prefix(detail.height).enumerated() {
                // The last row says when there is more than the room shows.
                let cut = i == detail.height - 1 && lines.count > detail.height
                let shown =
                    cut ? (text + " " + canvas.glyphs.ellipsis).truncated(cells: detail.width, ellipsis: canvas.glyphs.ellipsis) : text
                canvas.put(shown, at: Point(x: detail.x, y: detail.y + i), style: style, clip: detail)
            }
        }
    }

    /// One row's texts, left to right; the days are right-aligned.
    static func put(_ texts: [String], _ columns: Columns, at rect: Rect, styles: [Style], on canvas: inout Canvas) {
        var x = rect.x + 1
        let ellipsis = canvas.glyphs.ellipsis
        for (i, width) in columns.widths.enumerated() {
            let text = texts[i].truncated(cells: width, ellipsis: ellipsis)
            let start = i == 2 ? x + width - text.displayWidth : x
            canvas.put(text, at: Point(x: start, y: rect.y), style: styles[i], clip: rect)
            x += width + 2
        }
    }

    /// What the table shows for one family.
    struct Cells {
        let texts: [String]

        init(_ row: CaseloadRow, _ state: AppState, wide: Bool, glyphs: Glyphs) {
            let none = "–"
            let last: String
            if let number = row.lastSessionNumber, let date = row.lastSessionDate {
                let local = LocalTime.at(date, state.timeZone)
                var day = state.t(.progressFormat(.shortDate(day: local.day, month: local.month)))
                if wide { day += " \(local.year)" }
                last = state.t(.caseloadFormat(.lastSession(date: day, number: number)))
            } else {
                last = state.t(.caseload(.noSessionYet))
            }
            var scales = row.trend == .unknown ? none : state.t(.caseloadFormat(.trend(row.trend)))
            // Wide: who went the wrong way, or else who went the right way (the rest is in the details).
            let worse = row.changes.filter { $0.improvement < 0 }
            let shown = worse.isEmpty ? row.changes.filter { $0.improvement > 0 } : worse
            if wide, !shown.isEmpty {
                scales += ": " + shown.map { "\($0.name) \($0.from)→\($0.to)" }.joined(separator: ", ")
            }
            let ratings = row.lowRatings.map { "\($0.name ?? state.t(.progress(.family))) \($0.value)" }
            let evaluation =
                row.lowRatings.isEmpty
                ? none
                : wide
                    ? state.t(.caseloadFormat(.lowList(ratings.joined(separator: ", "))))
                    : state.t(.caseloadFormat(.lowCount(ratings.count)))
            var safety: [String] = []
            if !row.safety.worries.isEmpty { safety.append(state.t(.caseloadFormat(.worries(row.safety.worries.count)))) }
            if wide {
                safety += row.safety.lowSafety.map { state.t(.caseloadFormat(.lowSafety(name: $0.name, value: $0.value))) }
            } else if let lowest = row.safety.lowSafety.min(by: { $0.value < $1.value }), safety.isEmpty {
                safety.append(state.t(.caseloadFormat(.safetyScale(lowest.value))))
            }
            texts = [
                row.name, last, String(row.daysWaiting), scales, evaluation,
                safety.isEmpty ? none : "! " + safety.joined(separator: " · "),
            ]
        }
    }

    /// The widths of the columns: each as wide as its widest text (within a cap), the
    /// family's name taking what is left.
    struct Columns {
        let widths: [Int]

        init(_ cells: [Cells], _ state: AppState, width: Int) {
            let headings = Self.headingTexts(state)
            let caps = [0, 22, 5, 34, 30, 34]
            var w = (0..<6).map { i in min(caps[i], max(headings[i].displayWidth, cells.map { $0.texts[i].displayWidth }.max() ?? 0)) }
            // One space before the first column, two between columns.
            let others = w[1...].reduce(0, +) + 2 * 5 + 1
            let names = max(headings[0].displayWidth, cells.map { $0.texts[0].displayWidth }.max() ?? 0)
            w[0] = max(8, min(names, width - others))
            widths = w
        }

        func headings(_ state: AppState) -> [String] { Self.headingTexts(state) }

        static func headingTexts(_ state: AppState) -> [String] {
            [
                state.t(.caseload(.columnFamily)), state.t(.caseload(.columnLast)), state.t(.caseload(.columnDays)),
                state.t(.caseload(.columnScales)), state.t(.caseload(.columnEvaluation)), state.t(.caseload(.columnSafety)),
            ]
        }
    }

    /// What stands out for the chosen family, a paragraph each.
    static func details(_ row: CaseloadRow, _ state: AppState, _ theme: Theme) -> [(String, Style)] {
        var out: [(String, Style)] = [(row.name, theme.heading)]
        if let date = row.lastSessionDate, let days = row.daysSinceLastSession {
            let ago = state.t(.caseloadFormat(.daysAgo(days)))
            out.append(
                (
                    state.t(
                        .caseloadFormat(
                            .detailLast(
                                date: LocalTime.at(date, state.timeZone).longDate(state.language), daysAgo: ago, sessions: row.sessionCount)
                        )), theme.normal
                ))
        } else {
            out.append((state.t(.caseloadFormat(.detailNoSession(days: row.daysWaiting))), theme.normal))
        }
        if !row.safety.worries.isEmpty {
            let session = row.safety.mapSessionNumber.map { " (" + state.t(.sessionFormat(.sessionNumber($0))) + ")" } ?? ""
            let words = row.safety.worries.map { "\u{201C}\($0)\u{201D}" }.joined(separator: " ")
            out.append((state.t(.caseload(.worriesHeading)) + session + ": " + words, theme.warning))
        }
        if !row.safety.lowSafety.isEmpty {
            let list = row.safety.lowSafety.map {
                state.t(.caseloadFormat(.lowSafety(name: $0.name, value: $0.value))) + " \u{2018}\($0.topic)\u{2019}"
            }
            out.append((state.t(.caseload(.lowSafetyHeading)) + ": " + list.joined(separator: ", "), theme.warning))
        }
        if let session = row.lowRatingsSessionNumber, !row.lowRatings.isEmpty {
            let list = row.lowRatings.map { rating in
                let item = state.prompts.prompt(rating.item, state.language)?.wording(for: .everyone) ?? rating.item
                return state.t(
                    .caseloadFormat(.ratingOf(name: rating.name ?? state.t(.progress(.family)), item: item, value: rating.value)))
            }
            out.append((state.t(.caseloadFormat(.detailLowRatings(session: session))) + ": " + list.joined(separator: ", "), theme.normal))
        }
        if let first = row.changes.first {
            let byScale = Dictionary(grouping: row.changes, by: \.scaleID)
            let scales = row.changes.map(\.scaleID).reduce(into: [UUID]()) { if !$0.contains($1) { $0.append($1) } }
            let parts = scales.compactMap { id -> String? in
                guard let changes = byScale[id], let c = changes.first else { return nil }
                let kind = state.t(.sessionFormat(.scaleKind(c.kind)))
                let people = changes.map { "\($0.name) \($0.from)→\($0.to)" }.joined(separator: ", ")
                return "\(kind) \u{2018}\(c.topic)\u{2019}: \(people) (\(state.t(.caseloadFormat(.trend(Caseload.trend(changes))))))"
            }
            out.append(
                (
                    state.t(.caseloadFormat(.detailChanges(session: first.sessionNumber))) + ": " + parts.joined(separator: "; "),
                    theme.normal
                ))
        }
        return out
    }
}
