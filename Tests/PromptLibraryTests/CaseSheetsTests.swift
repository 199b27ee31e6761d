import Foundation
import KeukentafelDomain
import PromptLibrary
import ShippedPrompts
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A case laid out to print: the worker's introduction, then a card per player with what only they know.
@Suite("Case sheets")
struct CaseSheetsTests {
    static let text = """
        ---
        id: case-print
        kind: case
        difficulty: 3
        summary: Twee spelers & een geheim <b>vet</b>.
        ---

        # Proef & "print"

        ## background
        Een gezin in Ruisvenne.

        Tweede alinea.

        ## member vader
        name: Karel <Smit>
        role: parent
        age: 41
        relation: vader van Tess

        Je praat weinig.

        - eerste punt
        - tweede punt

        ### hidden
        Je hebt je baan verloren.

        ## member tess
        name: Tess
        role: adolescent
        age: 15

        Je bent vijftien.
        """

    static func sheets(_ language: Language = .nl) throws -> CaseSheets {
        let (c, diagnostics) = PromptParser.parseCase(
            PromptFile(path: "cases/\(language.rawValue)/case-print.md", bytes: Array(text.utf8)), language: language)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return CaseSheets(try #require(c))
    }

    @Test("Markdown: the introduction, then every card under a rule, with its hidden block when it has one")
    func markdown() throws {
        let md = try Self.sheets().markdown
        #expect(md.hasPrefix("# Proef & \"print\"\n\n*Rollenspel · niveau 3 (gevorderd) · 2 rollen*\n"))
        #expect(md.contains("## Voor wie de hulpverlener speelt\n"))
        #expect(md.contains("- **Karel <Smit>**: ouder, 41 jaar, vader van Tess\n- **Tess**: jongere, 15 jaar\n"))
        #expect(md.components(separatedBy: "\n---\n").count == 3, "a rule before each of the two cards")
        #expect(md.contains("## Rolkaart: Karel <Smit>\n\n*Proef & \"print\" · ouder, 41 jaar, vader van Tess*\n\nJe praat weinig."))
        #expect(md.components(separatedBy: "### Alleen jij weet").count == 2, "only the card with a hidden block has one")
        #expect(md.contains("### Alleen jij weet\n\n*Vertel dit niet uit jezelf."))
        #expect(md.hasSuffix("## Rolkaart: Tess\n\n*Proef & \"print\" · jongere, 15 jaar*\n\nJe bent vijftien.\n"))
        let en = try Self.sheets(.en).markdown
        #expect(en.contains("*Role-play · level 3 (advanced) · 2 roles*") && en.contains("### Only you know") && en.contains("aged 41"))
    }

    @Test("HTML: well-formed, escaped, nothing loaded from elsewhere, and a page break before each card only")
    func html() throws {
        let page = try Self.sheets().html
        let document = try XMLDocument(xmlString: page)
        #expect(document.rootElement()?.name == "html")
        #expect(page.contains("<html lang=\"nl\">"))
        #expect(page.contains("<title>Proef &amp; &quot;print&quot;</title>"))
        #expect(page.contains("<p class=\"summary\">Twee spelers &amp; een geheim &lt;b&gt;vet&lt;/b&gt;.</p>"))
        #expect(page.contains("<h2>Karel &lt;Smit&gt;</h2>"))
        #expect(page.contains("<p>Een gezin in Ruisvenne.</p>\n<p>Tweede alinea.</p>"))
        #expect(page.contains("<ul><li>eerste punt</li><li>tweede punt</li></ul>"))
        for loader in ["http:", "https:", "src=", "href=", "<script", "url(", "@import"] {
            #expect(!page.contains(loader), "the page loads something: \(loader)")
        }
        let cards = try document.nodes(forXPath: "//section[@class='card']").compactMap { $0 as? XMLElement }
        #expect(cards.map { $0.attribute(forName: "id")?.stringValue } == ["card-vader", "card-tess"])
        for card in cards { #expect(card.attribute(forName: "style")?.stringValue?.contains("page-break-before: always") == true) }
        let breaks = try document.nodes(forXPath: "//*[contains(@style, 'page-break-before')]")
        #expect(breaks.count == 2, "the introduction shares its page with nothing and breaks before no card of its own")
        let hidden = try document.nodes(forXPath: "//section[@id='card-vader']/div[@class='hidden']/p")
        #expect(hidden.last?.stringValue == "Je hebt je baan verloren.")
        #expect(try document.nodes(forXPath: "//section[@id='card-tess']/div[@class='hidden']").isEmpty)
    }

    @Test("every shipped case prints in both languages as well-formed HTML with one page break per card")
    func shipped() throws {
        let catalog = PromptCatalog(shipped: ShippedPrompts.files)
        for language in Language.allCases {
            for c in catalog.cases[language] ?? [] {
                let document = try XMLDocument(xmlString: CaseSheets(c).html)
                let breaks = try document.nodes(forXPath: "//section[@class='card' and contains(@style, 'page-break-before')]")
                #expect(breaks.count == c.members.count, "\(c.source)")
                #expect(try document.nodes(forXPath: "//div[@class='hidden']").count == c.members.count, "\(c.source)")
            }
        }
    }
}
