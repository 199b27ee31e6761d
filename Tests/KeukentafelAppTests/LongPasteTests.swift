import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI
import TestSupport
import Testing

/// Pastes longer than a field holds: refused whole with a notice, never cut short
/// silently; pastes that fit arrive whole, however long.
@Suite("Long pastes")
struct LongPasteTests {
    typealias F = AppFixtures

    static func text(_ count: Int) -> String {
        let piece = "Zoë zegt dat het beter gaat.\n"
        var s = String(repeating: piece, count: count / piece.count + 1)
        s.removeLast(s.count - count)
        return s
    }

    static func notice(_ state: AppState) -> Dialog? {
        if case .dialog(let d, .notice)? = state.overlay { return d }
        return nil
    }

    @Test("the live line refuses a paste longer than 100,000 characters whole, says so, and keeps what was typed")
    func liveLineRefuses() throws {
        var state = SessionFixtures.state()
        let written = SessionFlowTests.run(F.keys("Mama: ") + [.paste(Self.text(100_000))], &state)
        #expect(written.isEmpty)
        let dialog = try #require(Self.notice(state), "no notice for the refused paste")
        #expect(dialog.title == "Te lang om te plakken")
        #expect(dialog.message.contains("hoogstens 100.000 tekens"))
        #expect(dialog.message.contains("nog ruimte voor 99.994"))
        #expect(dialog.message.contains("Er is niets ingevoegd"))
        #expect(try #require(SessionFlowTests.session(state)).editor.text == "Mama: ")
        let screen = F.render(state)
        #expect(screen.contains("Te lang om te plakken"))
        // Enter closes the notice only: nothing is recorded, the line is as it was.
        #expect(SessionFlowTests.run([.key(KeyPress(.enter))], &state).isEmpty)
        #expect(state.overlay == nil)
        #expect(try #require(SessionFlowTests.session(state)).editor.text == "Mama: ")
    }

    @Test("a paste that fits the live line exactly arrives whole and is recorded as one entry")
    func liveLineTakesWhatFits() throws {
        var state = SessionFixtures.state()
        let long = Self.text(100_000 - 6)
        let written = SessionFlowTests.run(F.keys("Mama: ") + [.paste(long), .key(KeyPress(.enter))], &state)
        #expect(state.overlay == nil)
        let words = written.compactMap { p -> String? in
            if case .utteranceRecorded(let u) = p { return u.text }
            return nil
        }
        #expect(words == ["Mama: " + long])
    }

    @Test("a paste of a million characters into the new-family form is refused in English too, the form unchanged")
    func newFamilyRefusesMegabyte() throws {
        var s = F.state(.en)
        let commands = F.send([.key(.char("n"))] + F.keys("Jansen") + [.paste(Self.text(1_000_000))], to: &s)
        #expect(commands.isEmpty)
        let dialog = try #require(Self.notice(s))
        #expect(dialog.title == "Too long to paste")
        #expect(dialog.message.contains("at most 100,000 characters and has room for 99,994 more"))
        #expect(dialog.message.contains("Nothing was inserted; the pasted text is still on the clipboard."))
        guard case .newFamily(let f) = s.screen else {
            Issue.record("expected the form")
            return
        }
        #expect(f.form.value(0) == "Jansen")
    }

    @Test("search lines take at most 1,000 characters: the library and the search screen")
    func searchLines() throws {
        var library = F.state()
        F.send([.key(.char("b")), .paste(String(repeating: "vraag ", count: 200))], to: &library)
        let dialog = try #require(Self.notice(library))
        #expect(
            dialog.message == "Dit veld neemt hoogstens 1.000 tekens. Er is niets ingevoegd; de geplakte tekst staat nog op het klembord.")
        guard case .promptBrowser(let b) = library.screen else {
            Issue.record("expected the library")
            return
        }
        #expect(b.search.isEmpty)
        F.send([.key(KeyPress(.enter)), .paste(String(repeating: "wonder ", count: 142))], to: &library)
        #expect(library.overlay == nil, "994 characters fit")

        var search = F.state()
        let commands = F.send([.key(.char("/")), .paste(String(repeating: "boterham ", count: 112))], to: &search)
        #expect(commands.isEmpty, "nothing searched for a refused paste")
        #expect(Self.notice(search) != nil)
    }
}
