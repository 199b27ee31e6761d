import KeukentafelDomain

/// A role-play case laid out to print: the introduction for whoever plays the worker, then
/// one page per role card with what only that player knows; as Markdown or as one page of HTML.
public struct CaseSheets: Sendable {
    public let roleCase: RoleCase

    public init(_ roleCase: RoleCase) { self.roleCase = roleCase }

    private var language: Language { roleCase.language }

    /// The fixed words of the printout, in the case's language.
    enum Text {
        case forTheWorker, readFirst, roles, roleCard, onlyYouKnow, keepItBack

        func text(_ language: Language) -> String {
            switch (self, language) {
            case (.forTheWorker, .nl): "Voor wie de hulpverlener speelt"
            case (.forTheWorker, .en): "For the player of the worker"
            case (.readFirst, .nl):
                "Lees dit vooraf. Geef iedere speler alleen de eigen rolkaart: wat onder ‘Alleen jij weet’ staat, is voor die speler alleen."
            case (.readFirst, .en):
                "Read this first. Give each player only their own role card: what it says under ‘Only you know’ is for that player alone."
            case (.roles, .nl): "Rollen"
            case (.roles, .en): "Roles"
            case (.roleCard, .nl): "Rolkaart"
            case (.roleCard, .en): "Role card"
            case (.onlyYouKnow, .nl): "Alleen jij weet"
            case (.onlyYouKnow, .en): "Only you know"
            case (.keepItBack, .nl):
                "Vertel dit niet uit jezelf. Geef het pas prijs als de hulpverlener er op een goede manier naar vraagt."
            case (.keepItBack, .en): "Don’t bring this up yourself. Give it away only when the worker asks in a way that makes it possible."
            }
        }
    }

    private func t(_ text: Text) -> String { text.text(language) }

    /// "Rollenspel · niveau 2 (gemiddeld) · 3 rollen": what the case asks of the group.
    public var caseLine: String {
        let level = "\(roleCase.difficulty.rawValue) (\(roleCase.difficulty.label(language)))"
        let count = roleCase.members.count
        switch language {
        case .nl: return "Rollenspel · niveau \(level) · \(count) \(count == 1 ? "rol" : "rollen")"
        case .en: return "Role-play · level \(level) · \(count) \(count == 1 ? "role" : "roles")"
        }
    }

    /// "ouder, 23 jaar, moeder van Milan": who the player is, in one line.
    public func personLine(_ member: RoleCase.Member) -> String {
        var parts = [member.role.label(language)]
        if let age = member.age, !age.isEmpty {
            // A bare number reads as an age; anything else ("2 jaar en 8 maanden") stays as written.
            if Int(age) != nil { parts.append(language == .nl ? "\(age) jaar" : "aged \(age)") } else { parts.append(age) }
        }
        if let relation = member.relation, !relation.isEmpty { parts.append(relation) }
        return parts.joined(separator: ", ")
    }

    // MARK: Markdown

    /// The case as Markdown. Markdown has no pages, so a rule (`---`) stands before each card.
    public var markdown: String {
        var out = ["# \(roleCase.title)", "", "*\(caseLine)*", "", "> \(roleCase.summary)"]
        out += ["", "## \(t(.forTheWorker))", "", "*\(t(.readFirst))*", "", roleCase.background]
        out += ["", "### \(t(.roles))", ""]
        out += roleCase.members.map { "- **\($0.name)**: \(personLine($0))" }
        for member in roleCase.members {
            out += [
                "", "---", "", "## \(t(.roleCard)): \(member.name)", "", "*\(roleCase.title) · \(personLine(member))*", "", member.card,
            ]
            if let hidden = member.hidden {
                out += ["", "### \(t(.onlyYouKnow))", "", "*\(t(.keepItBack))*", "", hidden]
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: HTML

    /// The case as one standalone printable page: XHTML-compatible markup, inline CSS, no
    /// scripts and nothing loaded from elsewhere; each role card starts a new sheet of paper.
    public var html: String {
        var body: [String] = []
        body.append("<section class=\"intro\">")
        body.append("<h1>\(xmlEscaped(roleCase.title))</h1>")
        body.append("<p class=\"meta\">\(xmlEscaped(caseLine))</p>")
        body.append("<p class=\"summary\">\(xmlEscaped(roleCase.summary))</p>")
        body.append("<h2>\(xmlEscaped(t(.forTheWorker)))</h2>")
        body.append("<p class=\"hint\">\(xmlEscaped(t(.readFirst)))</p>")
        body += Self.htmlBlocks(roleCase.background)
        body.append("<h3>\(xmlEscaped(t(.roles)))</h3>")
        body.append("<ul class=\"roles\">")
        for member in roleCase.members {
            body.append("<li><strong>\(xmlEscaped(member.name))</strong>: \(xmlEscaped(personLine(member)))</li>")
        }
        body.append("</ul>")
        body.append("</section>")
        for member in roleCase.members {
            // Inline, so every card carries its own page break whatever the printer makes of the style sheet.
            body.append(
                "<section class=\"card\" id=\"card-\(xmlEscaped(member.key))\" style=\"page-break-before: always; break-before: page;\">")
            body.append("<p class=\"case\">\(xmlEscaped(roleCase.title)) · \(xmlEscaped(t(.roleCard)))</p>")
            body.append("<h2>\(xmlEscaped(member.name))</h2>")
            body.append("<p class=\"meta\">\(xmlEscaped(personLine(member)))</p>")
            body += Self.htmlBlocks(member.card)
            if let hidden = member.hidden {
                body.append("<div class=\"hidden\">")
                body.append("<h3>\(xmlEscaped(t(.onlyYouKnow)))</h3>")
                body.append("<p class=\"hint\">\(xmlEscaped(t(.keepItBack)))</p>")
                body += Self.htmlBlocks(hidden)
                body.append("</div>")
            }
            body.append("</section>")
        }
        let head = [
            "<!DOCTYPE html>",
            "<html lang=\"\(language.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\" />",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />",
            "<title>\(xmlEscaped(roleCase.title))</title>",
            "<style>",
            Self.css,
            "</style>",
            "</head>",
            "<body>",
        ]
        return (head + body + ["</body>", "</html>"]).joined(separator: "\n") + "\n"
    }

    /// Paragraphs split at empty lines; a paragraph of `- ` lines becomes a list.
    static func htmlBlocks(_ text: String) -> [String] {
        var blocks: [[String]] = [[]]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingSpaces.isEmpty {
                if !blocks[blocks.count - 1].isEmpty { blocks.append([]) }
            } else {
                blocks[blocks.count - 1].append(line.trimmingSpaces)
            }
        }
        return blocks.filter { !$0.isEmpty }.map { lines in
            if lines.allSatisfy({ $0.hasPrefix("- ") }) {
                return "<ul>" + lines.map { "<li>\(xmlEscaped(String($0.dropFirst(2))))</li>" }.joined() + "</ul>"
            }
            return "<p>\(xmlEscaped(lines.joined(separator: " ")))</p>"
        }
    }

    /// A card per sheet of A4; on screen the cards are set apart by a line.
    static let css = """
        @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
        html { font-family: "DejaVu Sans", "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 12pt; line-height: 1.45; color: #1a1a1a; background: #ffffff; }
        body { max-width: 44em; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 1.6em; margin: 0 0 0.2em 0; }
        h2 { font-size: 1.3em; margin: 1.2em 0 0.3em 0; }
        h3 { font-size: 1.05em; margin: 1em 0 0.3em 0; }
        p { margin: 0.4em 0; }
        p.meta, p.case { color: #444444; margin: 0; }
        p.summary { font-style: italic; }
        p.hint { font-size: 0.9em; color: #444444; font-style: italic; }
        section.card { margin-top: 2.5em; padding-top: 1em; border-top: 1pt dashed #8a8a8a; }
        section.card h2 { margin-top: 0.2em; }
        div.hidden { margin-top: 1.2em; padding: 0.3em 0.9em 0.5em 0.9em; border: 1.5pt solid #1a1a1a; }
        div.hidden h3 { margin-top: 0.4em; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; }
          section.card { margin-top: 0; padding-top: 0; border-top: none; }
          div.hidden { break-inside: avoid; page-break-inside: avoid; }
        }
        """
}
