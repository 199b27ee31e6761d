import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI
import TestSupport
import Testing

@Suite("Search screen")
struct SearchTests {
    typealias F = AppFixtures

    static let jansen = UUID(uuidString: "00000000-0000-0000-0000-00000000000a") ?? UUID()
    static let deVries = UUID(uuidString: "00000000-0000-0000-0000-00000000000b") ?? UUID()

    /// Fictional hits for "boterham", newest first, as the edge would answer them.
    static let hits: [SearchResult] = {
        let t = Date(timeIntervalSinceReferenceDate: 815_000_000)
        var n = 0
        func hit(_ family: UUID, _ name: String, _ session: Int?, _ kind: SearchResultKind, _ speaker: String?, _ text: String)
            -> SearchResult
        {
            n += 1
            return SearchResult(
                familyID: family, familyName: name, sessionID: session.map { _ in UUID() }, sessionNumber: session, entryID: UUID(),
                kind: kind, speaker: speaker, time: t.addingTimeInterval(Double(-n * 600)), text: text)
        }
        return [
            hit(jansen, "Gezin Jansen (demo)", 3, .agreement, nil, "Karim · maakt elke avond de boterhammen klaar · volgend bezoek"),
            hit(
                jansen, "Gezin Jansen (demo)", 3, .words, "Sandra",
                "Als Karim 's avonds de boterhammen smeert, is de ochtend veel rustiger en komen de kinderen op tijd op school."),
            hit(jansen, "Gezin Jansen (demo)", 2, .note, nil, "Milan at zijn boterham staand in de gang; niemand zei er iets van."),
            hit(deVries, "Gezin De Vries", 1, .goal, nil, "Elke ochtend samen een boterham eten"),
            hit(
                deVries, "Gezin De Vries", 1, .worker, nil,
                "Ik hoor dat het ontbijt nu het moeilijkste moment van de dag is, en dat een boterham klaarzetten al helpt."),
        ]
    }()

    func search(_ s: AppState) -> SearchState? {
        if case .search(let search) = s.screen { return search }
        return nil
    }

    /// The search screen from home, with `query` typed and answered with `hits`.
    static func searched(_ language: Language = .nl, size: Size = Size(width: 80, height: 24), _ query: String = "boterham")
        -> AppState
    {
        var s = F.state(language, size: size)
        F.send([.key(.char("/"))] + F.keys(query), to: &s)
        F.update(&s, .searchResults(query: query, hits: hits))
        return s
    }

    @Test("/ on home opens the search; every typed key sends a search for the whole line")
    func typingSearches() throws {
        var s = F.state(.nl)
        #expect(F.send([.key(.char("/"))], to: &s).isEmpty)
        #expect(search(s) != nil)
        let commands = F.send(F.keys("Zoë"), to: &s)
        #expect(commands == [.search("Z"), .search("Zo"), .search("Zoë")])
        #expect(F.send([.key(KeyPress(.backspace))], to: &s) == [.search("Zo")])
        #expect(F.send([.paste("boter\nham")], to: &s) == [.search("Zoboter ham")])
    }

    @Test("results for a query that is no longer the one typed are ignored")
    func staleIgnored() throws {
        var s = F.state(.nl)
        F.send([.key(.char("/"))] + F.keys("bot"), to: &s)
        F.update(&s, .searchResults(query: "bo", hits: Self.hits))
        #expect(try #require(search(s)).hits.isEmpty)
        F.update(&s, .searchResults(query: "bot", hits: Self.hits))
        #expect(try #require(search(s)).hits == Self.hits)
        F.send([.key(.char("e"))], to: &s)
        F.update(&s, .searchResults(query: "bot", hits: []))
        #expect(try #require(search(s)).hits == Self.hits, "the late answer to 'bot' does not replace what is shown")
    }

    @Test("Enter on a hit opens its session in review at that step (the edge logs it); ↓ chooses another; a name opens the family")
    func enterOpensReview() throws {
        var s = Self.searched()
        let first = Self.hits[0]
        #expect(
            F.send([.key(KeyPress(.enter))], to: &s) == [.openReview(family: Self.jansen, session: first.sessionID, subject: first.entryID)]
        )
        var t = Self.searched()
        let fourth = Self.hits[3]
        #expect(
            F.send([.key(KeyPress(.down)), .key(KeyPress(.down)), .key(KeyPress(.down)), .key(KeyPress(.enter))], to: &t) == [
                .openReview(family: Self.deVries, session: fourth.sessionID, subject: fourth.entryID)
            ])
        var u = Self.searched()
        let name = SearchResult(
            familyID: Self.deVries, familyName: "Gezin De Vries", sessionID: nil, sessionNumber: nil, entryID: UUID(), kind: .family,
            speaker: nil, time: Date(), text: "Gezin De Vries")
        F.update(&u, .searchResults(query: "boterham", hits: [name]))
        #expect(F.send([.key(KeyPress(.enter))], to: &u) == [.openFamily(Self.deVries)])
    }

    @Test("Enter without hits does nothing")
    func enterWithoutHits() {
        var s = F.state(.nl)
        F.send([.key(.char("/"))], to: &s)
        #expect(F.send([.key(KeyPress(.enter))], to: &s).isEmpty)
        #expect(search(s) != nil)
    }

    @Test("Esc clears the search first, then goes back home")
    func escapeHome() throws {
        var s = Self.searched()
        F.send([.key(KeyPress(.escape))], to: &s)
        let cleared = try #require(search(s))
        #expect(cleared.search.isEmpty && cleared.hits.isEmpty)
        F.send([.key(KeyPress(.escape))], to: &s)
        guard case .home = s.screen else {
            Issue.record("not home: \(s.screen)")
            return
        }
    }

    @Test("on the live screen / on an empty line opens the search; Esc twice restores the session as it was")
    func fromLiveSession() throws {
        var s = SessionFixtures.state(.nl) { $0.panel = .scales }
        _ = F.update(&s, .tick(s.now))  // on screen a moment: the card it shows is noted
        guard case .session(let before) = s.screen else { throw CancellationError() }
        F.send([.key(.char("/"))], to: &s)
        #expect(search(s) != nil)
        #expect(s.parkedSession == before)
        F.send(F.keys("rust") + [.key(KeyPress(.escape)), .key(KeyPress(.escape))], to: &s)
        #expect(s.screen == .session(before))
        #expect(s.parkedSession == nil)
    }

    @Test("on the live screen / on a line with words is what the family said")
    func slashIsText() throws {
        var s = SessionFixtures.state(.nl)
        F.send(F.keys("ja") + [.key(.char("/"))] + F.keys("nee"), to: &s)
        guard case .session(let session) = s.screen else {
            Issue.record("left the live screen: \(s.screen)")
            return
        }
        #expect(session.editor.text == "ja/nee")
        #expect(s.parkedSession == nil)
    }

    @Test("a hit of the live session's own family goes back to it; another family is opened")
    func openFromLiveSession() throws {
        var s = SessionFixtures.state(.nl)
        _ = F.update(&s, .tick(s.now))  // on screen a moment: the card it shows is noted
        guard case .session(let before) = s.screen else { throw CancellationError() }
        let own = SearchResult(
            familyID: before.record.familyID, familyName: "Gezin Jansen (demo)", sessionID: before.sessionID, sessionNumber: 4,
            entryID: UUID(), kind: .words, speaker: "Sandra", time: Date(), text: "rustig")
        F.send([.key(.char("/"))] + F.keys("rustig"), to: &s)
        F.update(&s, .searchResults(query: "rustig", hits: [own]))
        #expect(F.send([.key(KeyPress(.enter))], to: &s).isEmpty)
        #expect(s.screen == .session(before))

        F.send([.key(.char("/"))] + F.keys("boterham"), to: &s)
        let other = Self.hits.filter { $0.familyID == Self.deVries }
        F.update(&s, .searchResults(query: "boterham", hits: other))
        // Another family's words open that session in review, at the words found.
        #expect(
            F.send([.key(KeyPress(.enter))], to: &s) == [
                .openReview(family: Self.deVries, session: other[0].sessionID, subject: other[0].entryID)
            ])
        #expect(s.parkedSession == nil, "no stale session is kept to come back to")
    }

    @Test("a worker's note shows as a note, the family's words with who said them, the match visible")
    func rendering() {
        let text = F.render(Self.searched()).plainText
        #expect(text.contains("[notitie]"))
        #expect(text.contains("Sandra"))
        #expect(text.contains("[afspraak]"))
        let note = text.split(separator: "\n").first { $0.contains("[notitie]") }
        #expect(note?.contains("boterham") == true && note?.contains("Sandra") == false, "a note is never someone's words")
        let en = F.render(Self.searched(.en)).plainText
        #expect(en.contains("[note]") && en.contains("[agreement]") && en.contains("5 hits"))
    }

    @Test("the excerpt moves to the first matched word when it lies beyond the width")
    func excerpt() {
        let hit = Self.hits[4]
        var s = Self.searched(size: Size(width: 80, height: 24))
        F.send([.key(KeyPress(.down)), .key(KeyPress(.down)), .key(KeyPress(.down)), .key(KeyPress(.down))], to: &s)
        let rows = F.render(s).plainText.split(separator: "\n")
        let row = rows.first { $0.contains("[werker zegt]") }
        #expect(row?.contains("boterham") == true, "\(row ?? "") for \(hit.text)")
    }
}
