import KeukentafelDomain

extension FamilyPlan {
    /// The plan as Markdown: headings, lists, and the family's words escaped so that none of
    /// their characters turns into formatting.
    public var markdown: String {
        var out = ["# " + Self.markdownEscaped(title), "", Self.markdownEscaped(t(.plan(.intro)))]
        if let line = latestSessionLine { out += ["", Self.markdownEscaped(line)] }
        for section in sections {
            out += ["", "## " + Self.markdownEscaped(section.title)]
            for group in section.groups {
                if let heading = group.heading { out += ["", "### " + Self.markdownEscaped(heading)] }
                out.append("")
                for item in group.items {
                    let label = item.label.map { "**" + Self.markdownEscaped($0) + ":** " } ?? ""
                    out.append("- " + label + Self.markdownEscaped(item.text))
                    out += item.details.map { "  - " + Self.markdownEscaped($0) }
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The plan as one standalone printable page: XHTML-compatible markup, inline CSS with
    /// A4 print styles, no scripts and nothing loaded from elsewhere.
    public var html: String {
        var body: [String] = []
        body.append("<h1>\(xmlEscaped(title))</h1>")
        body.append("<p class=\"intro\">\(xmlEscaped(t(.plan(.intro))))</p>")
        if let line = latestSessionLine { body.append("<p class=\"meeting\">\(xmlEscaped(line))</p>") }
        for section in sections {
            body.append("<section class=\"\(section.kind.rawValue)\">")
            body.append("<h2>\(xmlEscaped(section.title))</h2>")
            for group in section.groups {
                if let heading = group.heading { body.append("<h3>\(xmlEscaped(heading))</h3>") }
                body.append("<ul>")
                for item in group.items {
                    let label = item.label.map { "<strong>\(xmlEscaped($0)):</strong> " } ?? ""
                    var li = "<li>" + label + xmlEscaped(item.text)
                    if !item.details.isEmpty {
                        li += "<ul class=\"details\">" + item.details.map { "<li>\(xmlEscaped($0))</li>" }.joined() + "</ul>"
                    }
                    body.append(li + "</li>")
                }
                body.append("</ul>")
            }
            body.append("</section>")
        }
        return StandalonePage.html(title: title, language: language, css: Self.css, body: body)
    }

    /// Readable on screen, calm on paper: A4 with margins, no section split over a page when it fits.
    static let css = """
        @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
        html { font-family: "DejaVu Sans", "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 12pt; line-height: 1.45; color: #1a1a1a; background: #ffffff; }
        body { max-width: 44em; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 1.6em; margin: 0 0 0.3em 0; }
        h2 { font-size: 1.2em; margin: 1.4em 0 0.4em 0; padding-bottom: 0.15em; border-bottom: 1pt solid #8a8a8a; }
        h3 { font-size: 1em; margin: 0.8em 0 0.2em 0; }
        p.intro { margin: 0 0 0.3em 0; }
        p.meeting { margin: 0; color: #444444; }
        ul { margin: 0.2em 0 0.4em 0; padding-left: 1.3em; }
        li { margin: 0.15em 0; }
        ul.details { list-style: none; padding-left: 0.8em; color: #444444; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; }
          section { break-inside: avoid; page-break-inside: avoid; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
        }
        """

    private func t(_ text: UIText) -> String { text.text(language) }

    /// Text that Markdown shows as it is: its punctuation escaped, one line.
    static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "~": out += "\\" + String(ch)
            case "\n", "\r", "\r\n", "\t": out += " "
            default: out.append(ch)
            }
        }
        // A line starting like a numbered list or a list item would turn into one.
        if let match = out.firstMatch(of: /^(\d+)([.)])/) {
            out = String(match.output.1) + "\\" + String(match.output.2) + out[match.range.upperBound...]
        } else if let first = out.first, "-+".contains(first) {
            out = "\\" + out
        }
        return out
    }
}
