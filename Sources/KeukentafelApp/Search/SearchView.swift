import KeukentafelDomain
import TerminalUI

/// Draws the search: the search line on top, the hits newest first, and the chosen hit
/// in full below them (when there is room), the matched words in bold.
enum SearchView {
    struct Layout {
        let search: Rect
        let info: Rect
        let list: Rect
        let detail: Rect?

        init(size: Size) {
            let compact = size.width < 80 || size.height < 24
            let margin = compact ? 1 : 2
            let width = max(0, size.width - 2 * margin)
            search = Rect(x: margin, y: 2, width: width, height: 1)
            info = Rect(x: margin, y: 3, width: width, height: 1)
            let body = Rect(x: margin, y: 5, width: width, height: max(0, size.height - 7))
            // The chosen hit in full needs a few rows; small terminals keep them for the list.
            let detailHeight = body.height >= 12 ? min(6, body.height / 3) : 0
            if detailHeight > 0 {
                list = Rect(x: body.x, y: body.y, width: body.width, height: body.height - detailHeight - 1)
                detail = Rect(x: body.x, y: body.maxY - detailHeight, width: body.width, height: detailHeight)
            } else {
                list = body
                detail = nil
            }
        }
    }

    static func render(_ state: AppState, _ s: SearchState, on canvas: inout Canvas) {
        let theme = canvas.theme
        let layout = Layout(size: canvas.size)
        Chrome.header(state, title: state.t(.search(.searchTitle)), on: &canvas)

        let labelEnd = canvas.put(
            state.t(.search(.searchLabel)) + ": ", at: Point(x: layout.search.x, y: layout.search.y), style: theme.heading,
            clip: layout.search)
        s.search.render(
            in: Rect(x: labelEnd, y: layout.search.y, width: max(0, layout.search.maxX - labelEnd), height: 1),
            on: &canvas, style: theme.normal.with(.underline), focused: true, placeholder: state.t(.search(.searchPlaceholder)))

        let terms = Self.terms(s.answered ?? "")
        if s.answered != nil {
            canvas.put(
                state.t(.searchFormat(.hitCount(s.hits.count))), at: Point(x: layout.info.x, y: layout.info.y), style: theme.muted,
                clip: layout.info)
        }
        if s.hits.isEmpty {
            let message = s.answered == nil ? state.t(.search(.typeToSearch)) : state.t(.search(.noHits))
            TextBlock(message, style: theme.muted).render(in: layout.list, on: &canvas)
        }
        let columns = Columns(s.hits, state, width: layout.list.width)
        s.list.render(in: layout.list, on: &canvas) { index, rect, selected, canvas in
            let hit = s.hits[index]
            let style = selected ? canvas.theme.focus : canvas.theme.normal
            canvas.fill(rect, style: style)
            var x = rect.x + 1
            let cells: [(String, Int)] = [
                (hit.familyName, columns.family), (session(hit, state), columns.session), (who(hit, state), columns.who),
            ]
            for (text, width) in cells {
                canvas.put(
                    text.truncated(cells: width, ellipsis: canvas.glyphs.ellipsis), at: Point(x: x, y: rect.y), style: style, clip: rect)
                x += width + 2
            }
            let room = rect.maxX - x - 1
            guard room > 0 else { return }
            let shown = excerpt(hit.text, terms, width: room, ellipsis: canvas.glyphs.ellipsis)
            put(shown, terms, at: Point(x: x, y: rect.y), style: style, clip: rect, on: &canvas)
        }

        if let detail = layout.detail, let hit = s.selected {
            canvas.horizontalLine(y: detail.y - 1, from: detail.x, to: detail.maxX, style: theme.border)
            let heading = [hit.familyName, session(hit, state), who(hit, state)].filter { !$0.isEmpty }.joined(separator: " · ")
            canvas.put(
                heading.truncated(cells: detail.width, ellipsis: canvas.glyphs.ellipsis), at: Point(x: detail.x, y: detail.y),
                style: theme.heading, clip: detail)
            let lines = TextWrap.lines(hit.text, width: max(1, detail.width))
            for (i, line) in lines.prefix(detail.height - 1).enumerated() {
                let last = i == detail.height - 2 && lines.count > detail.height - 1
                let text = last ? (line + " " + canvas.glyphs.ellipsis) : line
                put(text, terms, at: Point(x: detail.x, y: detail.y + 1 + i), style: theme.normal, clip: detail, on: &canvas)
            }
        }

        Chrome.footer(SearchFeature.keys.hints(.main, state.language), on: &canvas)
    }

    /// The widths of the family, session and who columns, from what the hits hold.
    struct Columns {
        let family: Int
        let session: Int
        let who: Int

        init(_ hits: [SearchResult], _ state: AppState, width: Int) {
            func widest(_ texts: [String], cap: Int) -> Int { min(cap, texts.map(\.displayWidth).max() ?? 0) }
            family = widest(hits.map(\.familyName), cap: max(8, width / 4))
            session = widest(hits.map { SearchView.session($0, state) }, cap: 11)
            who = widest(hits.map { SearchView.who($0, state) }, cap: max(8, width / 5))
        }
    }

    /// "gesprek 2", or nothing for a text outside a session (a name, a family).
    static func session(_ hit: SearchResult, _ state: AppState) -> String {
        hit.sessionNumber.map { state.t(.searchFormat(.session($0))) } ?? ""
    }

    /// Who said it for the family's words; otherwise what it is (a note is never someone's words).
    static func who(_ hit: SearchResult, _ state: AppState) -> String {
        if hit.kind == .words, let speaker = hit.speaker, !speaker.isEmpty { return speaker }
        return state.t(.searchFormat(.kind(hit.kind)))
    }

    /// The query's words, folded as the store folds them.
    static func terms(_ query: String) -> [String] {
        foldedForMatching(query).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// True when a word of the text starts with one of the terms (the store matches prefixes).
    static func matches(_ word: Substring, _ terms: [String]) -> Bool {
        let folded = foldedForMatching(word)
        return terms.contains { folded.hasPrefix($0) }
    }

    /// The text in runs of matched words and the rest.
    static func runs(_ text: String, _ terms: [String]) -> [(text: Substring, matched: Bool)] {
        var runs: [(text: Substring, matched: Bool)] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let isWord = text[i].isLetter || text[i].isNumber
            var end = i
            while end < text.endIndex, (text[end].isLetter || text[end].isNumber) == isWord { end = text.index(after: end) }
            let matched = isWord && matches(text[i..<end], terms)
            if matched {
                if start < i { runs.append((text[start..<i], false)) }
                runs.append((text[i..<end], true))
                start = end
            }
            i = end
        }
        if start < text.endIndex { runs.append((text[start...], false)) }
        return runs
    }

    /// The text cut to `width` cells so that the first matched word shows: when it lies
    /// beyond the width, the start is left out ("… de boterhammen klaar").
    static func excerpt(_ text: String, _ terms: [String], width: Int, ellipsis: String) -> String {
        let line = text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
        var before = 0
        for run in runs(line, terms) {
            if run.matched {
                guard before + min(String(run.text).displayWidth, width / 2) > width else { break }
                // Keep a little of what comes before the match, starting at a word.
                var start = run.text.startIndex
                var lead = 0
                while start > line.startIndex {
                    let previous = line.index(before: start)
                    lead += String(line[previous]).displayWidth
                    if lead > width / 4 { break }
                    start = previous
                }
                while start < run.text.startIndex, start > line.startIndex, !line[line.index(before: start)].isWhitespace {
                    start = line.index(after: start)
                }
                let rest = String(line[start...]).trimmingCharacters(in: .whitespaces)
                return (ellipsis + " " + rest).truncated(cells: width, ellipsis: ellipsis)
            }
            before += String(run.text).displayWidth
        }
        return line.truncated(cells: width, ellipsis: ellipsis)
    }

    /// Draws a line with its matched words in bold.
    static func put(_ text: String, _ terms: [String], at point: Point, style: Style, clip: Rect, on canvas: inout Canvas) {
        var x = point.x
        for run in runs(text, terms) {
            x = canvas.put(run.text, at: Point(x: x, y: point.y), style: run.matched ? style.with(.bold) : style, clip: clip)
        }
    }
}
