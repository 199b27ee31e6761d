import KeukentafelDomain

extension SessionReport {
    /// The report as Markdown: headings, lists and tables, every recorded text escaped so
    /// that none of its characters turns into formatting.
    public var markdown: String {
        let e = FamilyPlan.markdownEscaped
        var out = ["# " + e(title), "", e(t(.report(.intro))), "", e(sessionLine), "", "## " + e(t(.report(.sectionFigures)))]
        for section in sections {
            out += ["", "### " + e(section.title), ""]
            out += section.lines.map { "- **\(e($0.label)):** \(e($0.value))" + ($0.attention ? " ⚠" : "") }
        }
        if !phases.isEmpty {
            out += ["", "## " + e(t(.report(.sectionTimeline))), ""]
            out += Self.table(
                [t(.report(.columnStart)), t(.report(.columnPhase)), t(.report(.duration))],
                phases.map { [$0.start, $0.phase, $0.duration] })
        }
        if !cards.isEmpty {
            out += ["", "## " + e(t(.report(.sectionCardTimes))), ""]
            out += Self.table(
                [t(.report(.columnCard)), t(.report(.columnTechnique)), t(.report(.columnTimesShown)), t(.report(.columnTime))],
                cards.map { [$0.title, $0.technique, "\($0.timesShown)", $0.time] })
        }
        out += ["", "## " + e(t(.report(.sectionScales))), ""]
        if scales.isEmpty { out.append(e(t(.report(.noScaleValues)))) }
        for scale in scales {
            out += ["### " + e(t(.reportFormat(.scaleLabel(scale.topic)))), "", e(scale.meaning), ""]
            out += scale.values.map { "- \(e($0.name)): \($0.value)" }
            out.append("")
        }
        if scales.isEmpty { out.append("") }
        out += ["## " + e(t(.report(.sectionAnnotations))), ""]
        if annotations.isEmpty { out.append(e(t(.report(.noAnnotations)))) }
        for a in annotations {
            let at = a.at.map { " " + e(t(.reportFormat(.atTime($0)))) } ?? ""
            out.append("- **\(e(a.author))**\(at): \(e(a.text))")
            if let code = a.code { out.append("  - " + e(t(.reportFormat(.code(code))))) }
            out.append("  - " + e(a.about))
        }
        if let transcript {
            out += ["", "## " + e(t(.report(.sectionTranscript))), ""]
            if !transcript.contains(where: { if case .words = $0 { return true } else { return false } }) {
                out.append(e(t(.report(.noWords))))
            }
            for item in transcript {
                switch item {
                case .phase(let text): out.append("- **\(e(text))**")
                case .card(let text): out.append("- *\(e(text))*")
                case .words(let w):
                    let who = w.kind == .family ? "**\(e(w.who)):**" : "*\(e(w.who)):*"
                    out.append("- \(w.at) \(who) \(e(w.text))" + wordsDetails(w).map { " \\[" + e($0) + "\\]" }.joined())
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The report as one standalone printable page: XHTML-compatible markup, inline CSS and
    /// the scale chart as inline SVG; no scripts, nothing loaded from elsewhere.
    public var html: String {
        var body = ["<h1>\(xmlEscaped(title))</h1>", "<p class=\"intro\">\(xmlEscaped(t(.report(.intro))))</p>"]
        body.append("<p class=\"meeting\">\(xmlEscaped(sessionLine))</p>")
        body.append("<section class=\"figures\">")
        body.append("<h2>\(xmlEscaped(t(.report(.sectionFigures))))</h2>")
        for section in sections {
            body.append("<h3>\(xmlEscaped(section.title))</h3>")
            body.append("<table class=\"figures\">")
            for line in section.lines {
                let cls = line.attention ? " class=\"attention\"" : ""
                body.append("<tr\(cls)><th scope=\"row\">\(xmlEscaped(line.label))</th><td>\(xmlEscaped(line.value))</td></tr>")
            }
            body.append("</table>")
        }
        body.append("</section>")
        if !phases.isEmpty {
            body += Self.htmlTable(
                heading: t(.report(.sectionTimeline)), cls: "timeline",
                header: [t(.report(.columnStart)), t(.report(.columnPhase)), t(.report(.duration))],
                rows: phases.map { [$0.start, $0.phase, $0.duration] })
        }
        if !cards.isEmpty {
            body += Self.htmlTable(
                heading: t(.report(.sectionCardTimes)), cls: "cards",
                header: [t(.report(.columnCard)), t(.report(.columnTechnique)), t(.report(.columnTimesShown)), t(.report(.columnTime))],
                rows: cards.map { [$0.title, $0.technique, "\($0.timesShown)", $0.time] })
        }
        body.append("<section class=\"scales\">")
        body.append("<h2>\(xmlEscaped(t(.report(.sectionScales))))</h2>")
        if let chart = ScaleChart.svg(scales, title: t(.report(.chartTitle))) {
            body.append("<figure class=\"chart\">\n\(chart)\n</figure>")
        } else {
            body.append("<p>\(xmlEscaped(t(.report(.noScaleValues))))</p>")
        }
        body.append("</section>")
        body.append("<section class=\"annotations\">")
        body.append("<h2>\(xmlEscaped(t(.report(.sectionAnnotations))))</h2>")
        if annotations.isEmpty { body.append("<p>\(xmlEscaped(t(.report(.noAnnotations))))</p>") }
        if !annotations.isEmpty {
            body.append("<ul class=\"annotations\">")
            for a in annotations {
                let at = a.at.map { " " + xmlEscaped(t(.reportFormat(.atTime($0)))) } ?? ""
                let code = a.code.map { "<div class=\"code\">\(xmlEscaped(t(.reportFormat(.code($0)))))</div>" } ?? ""
                body.append(
                    "<li><strong>\(xmlEscaped(a.author))</strong>\(at): \(xmlEscaped(a.text))\(code)<div class=\"about\">\(xmlEscaped(a.about))</div></li>"
                )
            }
            body.append("</ul>")
        }
        body.append("</section>")
        if let transcript {
            body.append("<section class=\"transcript\">")
            body.append("<h2>\(xmlEscaped(t(.report(.sectionTranscript))))</h2>")
            body.append("<ul class=\"transcript\">")
            for item in transcript {
                switch item {
                case .phase(let text): body.append("<li class=\"phase\">\(xmlEscaped(text))</li>")
                case .card(let text): body.append("<li class=\"card\">\(xmlEscaped(text))</li>")
                case .words(let w):
                    let cls = w.kind == .family ? "family" : w.kind == .workerAloud ? "aloud" : "note"
                    let details = wordsDetails(w).map { " <span class=\"tag\">[\(xmlEscaped($0))]</span>" }.joined()
                    body.append(
                        "<li class=\"\(cls)\"><span class=\"at\">\(xmlEscaped(w.at))</span> <span class=\"who\">\(xmlEscaped(w.who)):</span> \(xmlEscaped(w.text))\(details)</li>"
                    )
                }
            }
            body.append("</ul>")
            body.append("</section>")
        }
        return StandalonePage.html(title: title, language: language, css: Self.css, body: body)
    }

    /// Readable on screen, calm on paper: A4, tables that do not split a row, the chart scaled to the page.
    static let css = """
        @page { size: A4; margin: 16mm 14mm 18mm 14mm; }
        html { font-family: "DejaVu Sans", "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #1a1a1a; background: #ffffff; }
        body { max-width: 48em; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 1.5em; margin: 0 0 0.3em 0; }
        h2 { font-size: 1.2em; margin: 1.4em 0 0.4em 0; padding-bottom: 0.15em; border-bottom: 1pt solid #8a8a8a; }
        h3 { font-size: 1em; margin: 0.9em 0 0.2em 0; }
        p.intro { margin: 0 0 0.3em 0; color: #444444; }
        p.meeting { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 0.2em 0 0.4em 0; }
        th, td { text-align: left; vertical-align: top; padding: 0.15em 0.5em 0.15em 0; border-bottom: 0.5pt solid #dddddd; }
        table.figures th { font-weight: normal; width: 45%; }
        tr.attention td { font-weight: bold; }
        figure.chart { margin: 0.4em 0; }
        figure.chart svg { max-width: 100%; height: auto; }
        ul { margin: 0.2em 0 0.4em 0; padding-left: 1.3em; }
        li { margin: 0.15em 0; }
        div.about { color: #444444; }
        div.code { font-style: italic; }
        ul.transcript { list-style: none; padding-left: 0; }
        li.phase { font-weight: bold; margin-top: 0.6em; }
        li.card { font-style: italic; color: #444444; }
        li.note { font-style: italic; color: #555555; border-left: 2pt solid #bbbbbb; padding-left: 0.4em; }
        span.at { color: #666666; font-variant-numeric: tabular-nums; }
        span.who { font-weight: bold; }
        li.note span.who, li.aloud span.who { font-weight: normal; font-style: italic; }
        span.tag { color: #555555; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; }
          tr, li, figure { break-inside: avoid; page-break-inside: avoid; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
        }
        """

    private func t(_ text: UIText) -> String { text.text(language) }

    /// Tags and a correction mark of recorded words.
    private func wordsDetails(_ w: Words) -> [String] {
        w.tags + (w.corrected ? [t(.report(.corrected))] : [])
    }

    /// A Markdown table; cells are escaped, and so is the pipe that would end a cell.
    static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        let cell = { (s: String) in FamilyPlan.markdownEscaped(s).replacingOccurrences(of: "|", with: "\\|") }
        let line = { (cells: [String]) in "| " + cells.map(cell).joined(separator: " | ") + " |" }
        return [line(header), "|" + header.map { _ in "---|" }.joined()] + rows.map(line)
    }

    /// A section with a heading and a table, in HTML.
    static func htmlTable(heading: String, cls: String, header: [String], rows: [[String]]) -> [String] {
        var out = ["<section class=\"\(cls)\">", "<h2>\(xmlEscaped(heading))</h2>", "<table>"]
        out.append("<tr>" + header.map { "<th scope=\"col\">\(xmlEscaped($0))</th>" }.joined() + "</tr>")
        out += rows.map { "<tr>" + $0.map { "<td>\(xmlEscaped($0))</td>" }.joined() + "</tr>" }
        return out + ["</table>", "</section>"]
    }
}
