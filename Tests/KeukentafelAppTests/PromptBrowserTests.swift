import KeukentafelApp
import KeukentafelDomain
import PromptLibrary
import TerminalUI
import TestSupport
import Testing

@Suite("Prompt browser")
struct PromptBrowserTests {
    typealias F = AppFixtures

    func browser(_ s: AppState) -> PromptBrowserState? {
        if case .promptBrowser(let b) = s.screen { return b }
        return nil
    }

    @Test("b opens the browser with every prompt of the language")
    func opens() throws {
        var s = F.state(.en)
        F.send([.key(.char("b"))], to: &s)
        let b = try #require(browser(s))
        #expect(b.results.count == F.catalog.prompts[.en]!.count)
        #expect(F.render(s).contains("\(b.results.count) questions"))
    }

    @Test("typing searches, accents and case ignored; Backspace widens again")
    func search() throws {
        var s = F.state(.nl)
        F.send([.key(.char("b"))] + F.keys("WONDER"), to: &s)
        let b = try #require(browser(s))
        #expect(!b.results.isEmpty)
        #expect(b.results.allSatisfy { id in CatalogText.all(F.catalog.prompt(id, .nl)!).contains("wonder") })
        F.send(Array(repeating: .key(KeyPress(.backspace)), count: 6), to: &s)
        #expect(try #require(browser(s)).results.count == F.catalog.prompts[.nl]!.count)
    }

    @Test("Tab and Shift-Tab cycle the phase filter through all phases and back to all")
    func phaseFilter() throws {
        var s = F.state(.nl)
        F.send([.key(.char("b")), .key(KeyPress(.tab))], to: &s)
        #expect(try #require(browser(s)).phase == .welcome)
        #expect(try #require(browser(s)).results.allSatisfy { F.catalog.prompt($0, .nl)!.phases.contains(.welcome) })
        F.send([.key(KeyPress(.backTab)), .key(KeyPress(.backTab))], to: &s)
        #expect(try #require(browser(s)).phase == .closing)
        F.send(Array(repeating: .key(KeyPress(.tab)), count: 11), to: &s)
        #expect(try #require(browser(s)).phase == .closing)
    }

    @Test("F2 filters by audience; the detail then shows that audience's wording")
    func audience() throws {
        var s = F.state(.nl)
        F.send([.key(.char("b"))] + F.keys("wondervraag") + [.key(KeyPress(.function(2))), .key(KeyPress(.function(2)))], to: &s)
        let b = try #require(browser(s))
        #expect(b.audience == .child)
        let p = try #require(b.selected(F.catalog, .nl))
        #expect(p.hasWording(for: .child))
        let first = String(p.wording(for: .child).prefix(30))
        #expect(F.render(s).contains(first.prefix(20).description))
    }

    @Test("Enter shows the prompt in full, Esc clears the search, then goes home")
    func fullViewAndBack() throws {
        var s = F.state(.nl)
        F.send([.key(.char("b"))] + F.keys("schaal") + [.key(KeyPress(.enter))], to: &s)
        #expect(try #require(browser(s)).fullView)
        F.send([.key(KeyPress(.escape))], to: &s)
        #expect(try #require(browser(s)).fullView == false)
        F.send([.key(KeyPress(.escape))], to: &s)
        #expect(try #require(browser(s)).search.text.isEmpty)
        F.send([.key(KeyPress(.escape))], to: &s)
        guard case .home = s.screen else {
            Issue.record("expected home")
            return
        }
    }

    @Test("a pasted search with line breaks becomes one line of words")
    func pasteSearch() throws {
        var s = F.state(.nl)
        F.send([.key(.char("b")), .paste("wonder\nvraag")], to: &s)
        #expect(try #require(browser(s)).search.text == "wonder vraag")
    }

    @Test("no match shows a hint instead of an empty screen")
    func noMatch() {
        var s = F.state(.nl)
        F.send([.key(.char("b"))] + F.keys("xyzzy"), to: &s)
        #expect(F.render(s).contains("Geen vragen gevonden"))
    }
}

/// All searchable text of a prompt, folded, for checking search results independently.
enum CatalogText {
    static func all(_ p: Prompt) -> String {
        foldedForMatching(([p.id, p.title, p.technique.rawValue, p.tip] + Array(p.wordings.values) + p.followUps).joined(separator: " "))
    }
}
