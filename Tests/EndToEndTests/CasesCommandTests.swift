import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `keukentafel cases …` through the real binary, checked against the shipped case files themselves.
@Suite("Cases command", .serialized)
struct CasesCommandTests {
    typealias Folder = StoreCommandTests.Folder

    /// A player as the case file names them: the name and the first line of what only they know.
    struct Player {
        var name: String
        var hidden: String
    }

    /// Reads the players from `Prompts/cases/<language>/<id>.md` by plain text, independently of the parser.
    static func players(_ id: String, _ language: String) throws -> [Player] {
        let file = Golden.repositoryRoot.appendingPathComponent("Prompts/cases/\(language)/\(id).md")
        let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        var players: [Player] = []
        for (i, line) in lines.enumerated() {
            if line.hasPrefix("name: ") { players.append(Player(name: String(line.dropFirst(6)), hidden: "")) }
            if line == "### hidden", let first = lines[(i + 1)...].first(where: { !$0.isEmpty }) {
                players[players.count - 1].hidden = first
            }
        }
        return players
    }

    static func shippedIDs() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Golden.repositoryRoot.appendingPathComponent("Prompts/cases/nl").path)
            .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }

    @Test("cases list shows every shipped case, easiest first, with its level, players and summary")
    func list() throws {
        let ids = try Self.shippedIDs()
        let en = try PromptCommandTests.run(["cases", "list", "--lang", "en"])
        #expect(en.status == 0, "\(en.output)")
        let listed = en.output.components(separatedBy: "\n").filter { $0.hasPrefix("case-") }.map { String($0.prefix { $0 != " " }) }
        #expect(listed.sorted() == ids)
        #expect(en.output.hasSuffix("\n\(ids.count) cases\n"))
        let levels = en.output.components(separatedBy: "\n").compactMap { line in
            line.firstMatch(of: /· level (\d) \(/).map { Int($0.output.1)! }
        }
        #expect(levels.count == ids.count && levels == levels.sorted(), "easiest first: \(levels)")
        #expect(
            en.output.contains("case-toddler-sleep  Nights without sleep\n  Role-play · level 1 (starter) · 3 roles: Demi de Wit (parent)"))
        let nl = try PromptCommandTests.run(["cases", "list", "--lang", "nl"])
        #expect(nl.output.contains("Rollenspel · niveau 3 (gevorderd)") && nl.output.hasSuffix("\n\(ids.count) casussen\n"))
    }

    @Test("cases print gives the introduction and every card with what only that player knows, in Markdown and HTML")
    func print() throws {
        let folder = Folder()
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        for id in try Self.shippedIDs() {
            for language in ["nl", "en"] {
                let players = try Self.players(id, language)
                #expect(players.count >= 2 && players.allSatisfy { !$0.hidden.isEmpty }, "\(id) \(language)")
                let md = try PromptCommandTests.run(["cases", "print", id, "--format", "md", "--lang", language])
                #expect(md.status == 0, "\(md.output)")
                #expect(md.output.contains(language == "nl" ? "## Voor wie de hulpverlener speelt\n" : "## For the player of the worker\n"))
                for player in players {
                    #expect(
                        md.output.contains(language == "nl" ? "## Rolkaart: \(player.name)\n" : "## Role card: \(player.name)\n"), "\(id)")
                    #expect(md.output.contains(player.hidden), "\(id): \(player.name)'s hidden detail")
                }

                let file = folder.url.appendingPathComponent("\(id).\(language).html")
                let html = try PromptCommandTests.run(["cases", "print", id, "--format", "html", "--lang", language, "-o", file.path])
                #expect(html.status == 0 && html.output.isEmpty, "with -o nothing goes to standard output: \(html.output)")
                let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
                #expect(mode == 0o600)
                let document = try XMLDocument(contentsOf: file)
                #expect(document.rootElement()?.attribute(forName: "lang")?.stringValue == language)
                let cards = try document.nodes(forXPath: "//section[@class='card']").compactMap { $0 as? XMLElement }
                #expect(cards.count == players.count, "\(id): a page per card")
                #expect(try document.nodes(forXPath: "//*[contains(@style, 'page-break-before')]").count == players.count)
                for (card, player) in zip(cards, players) {
                    #expect(card.attribute(forName: "style")?.stringValue?.contains("page-break-before: always") == true)
                    #expect(try card.nodes(forXPath: "h2").first?.stringValue == player.name)
                    #expect(try card.nodes(forXPath: "div[@class='hidden']").first?.stringValue?.contains(player.hidden) == true, "\(id)")
                }
            }
        }
    }

    @Test("a case may be named without 'case-'; an unknown case or format is refused with what is known")
    func naming() throws {
        let short = try PromptCommandTests.run(["cases", "print", "toddler-sleep", "--lang", "en"])
        #expect(short.status == 0 && short.output.hasPrefix("# Nights without sleep\n"))
        let unknown = try PromptCommandTests.run(["cases", "print", "case-nobody", "--lang", "en"])
        #expect(unknown.status == 1)
        #expect(unknown.output.contains("no case 'case-nobody'; known: ") && unknown.output.contains("case-toddler-sleep"))
        let format = try PromptCommandTests.run(["cases", "print", "toddler-sleep", "--format", "pdf"])
        #expect(format.status != 0 && format.output.contains("--format must be md or html"))
    }
}
