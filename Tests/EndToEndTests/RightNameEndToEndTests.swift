import Foundation
import TestSupport
import Testing

/// Words under the right name, through the real binary in tmux and checked in the
/// exported record: nothing is filed under someone it did not come from.
@Suite("Right name end to end", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct RightNameEndToEndTests {
    let live = LiveSessionTests()

    /// Pauses the session, quits, and waits until the store is free: `export` writes to
    /// the access log, so unlike `families` (which reads beside the app) it needs the app gone.
    static func leaveAndQuit(_ session: TmuxSession, store: String) throws {
        try session.send("Escape")
        try session.waitFor("Gesprek onderbreken?")
        try session.send("Right", "Enter")
        try session.waitFor("1 gezin in deze opslag")
        try session.send("q")
        try session.waitFor { _ in (try? LiveSessionTests.export(store).isEmpty) == false }
    }

    /// The exported events of one kind.
    static func events(_ store: String, type: String) throws -> [[String: Any]] {
        try LiveSessionTests.export(store).filter { $0["type"] as? String == type }
    }

    @Test("a note is never a goal, F12 twice stays in quick entry, a 'netwerk:' line asks first, the professionals' view is not a quote")
    func rightName() throws {
        let session = try TmuxSession(width: 100, height: 30, command: "\"$KT\" --lang nl")
        defer { session.stop() }
        let store = session.home.appendingPathComponent(".local/share/keukentafel").path
        try live.startNewFamily(session, members: "Iris, Bram")

        // A note tagged as an exception, then Alt-P: refused, no goal.
        try session.send("M-0", "M-e")
        try session.type("Iris lijkt opgelucht vandaag")
        try session.send("Enter")
        try session.waitFor { $0.contains("notitie: Iris lijkt opgelucht") && $0.contains("✓ bewaard") }
        try session.send("M-p")
        try session.waitFor("niet de woorden van het gezin")

        // F12 twice stays in quick entry; a network line there is a contact, not a quote.
        try session.send("F12", "F12")
        try session.waitFor("[genogram] ▸")
        try session.type("netwerk: buurvrouw Ans, vrienden, dichtbij")
        try session.send("Enter")
        try session.waitFor { $0.contains("Ans") && $0.contains("✓ bewaard") }
        try session.send("Escape")
        try session.waitFor("[Iris] ▸")  // a key straight after Esc would read as Alt plus that key

        // On the capture line, the same kind of line asks first; back leaves it there.
        try session.send("M-1")
        try session.type("netwerk: juf Marieke, school")
        try session.send("Enter")
        try session.waitFor("Voor de kaart of hun woorden?")
        try session.send("Right", "Enter")  // quick entry
        try session.waitFor { !$0.contains("Voor de kaart") && $0.contains("juf Marieke") && $0.contains("[genogram] ▸") }
        try session.send("Escape")
        try session.waitFor("[Iris] ▸")

        // Signs of Safety from the professionals' perspective, said by member 1: refused; by 0: the worker's words.
        try session.send("F11")
        try session.waitFor("Vastleggen")
        try session.send("Home")
        for _ in 0..<5 { try session.send("Down") }
        try session.send("Enter")
        try session.waitFor("Wie zegt het")
        try session.type("1")
        try session.send("Tab")
        try session.type("4")
        try session.send("Tab", "Tab")
        try session.type("School ziet dat Bram vaker op tijd is")
        try session.send("Enter")
        try session.waitFor("dat bent u: kies 0")
        try session.send("C-u")
        try session.type("0")
        try session.send("Tab", "Enter")
        try session.waitFor { $0.contains("werker zegt: “School ziet") && $0.contains("✓ bewaard") }
        try Self.leaveAndQuit(session, store: store)

        #expect(try Self.events(store, type: "goalSet").isEmpty, "a note became a goal")
        let quotes = try Self.events(store, type: "utteranceRecorded").compactMap { ($0["payload"] as? [String: Any])?["text"] as? String }
        #expect(!quotes.contains { $0.contains("netwerk:") || $0.contains("School ziet") }, "quotes: \(quotes)")
        let contacts = try Self.events(store, type: "networkContactSet").compactMap {
            ($0["payload"] as? [String: Any])?["name"] as? String
        }
        #expect(Set(contacts) == ["buurvrouw Ans", "juf Marieke"])
        let worker = try Self.events(store, type: "workerSaid").compactMap { ($0["payload"] as? [String: Any])?["text"] as? String }
        #expect(worker == ["School ziet dat Bram vaker op tijd is"])
        let map = try Self.events(store, type: "safetyMapEntry").compactMap { ($0["payload"] as? [String: Any])?["perspective"] as? String }
        #expect(map == ["professionals"])
    }

    @Test("'Milan (3)' is Milan aged 3 and quick entry on Milan is the same person; someone added mid-session is quoted")
    func membersAtAnyTime() throws {
        let session = try TmuxSession(width: 100, height: 30, command: "\"$KT\" --lang nl")
        defer { session.stop() }
        let store = session.home.appendingPathComponent(".local/share/keukentafel").path
        try live.startNewFamily(session, members: "Iris (moeder), Milan (3)")
        try session.send("F12")
        try session.waitFor("[genogram] ▸")
        try session.type("Milan, zoon van Iris")
        try session.send("Enter")
        try session.waitFor { $0.contains("Milan") && $0.contains("✓ bewaard") && $0.contains("Iris") }
        try session.send("Escape")
        try session.waitFor("[Iris] ▸")
        // Oma Jet arrives: Alt-H, a, her name, Enter, Enter; she is number 3.
        try session.send("M-h")
        try session.waitFor("Wie is er nu bij?")
        try session.send("a")
        try session.type("oma Jet")
        try session.send("Enter")
        try session.waitFor("3 [x] oma Jet")
        try session.send("Enter")
        try session.waitFor { $0.contains("3 oma Jet") && $0.contains("[Iris] ▸") }
        try session.send("M-3")
        try session.type("Sorry, de bus was laat")
        try session.send("Enter")
        try session.waitFor { $0.contains("oma Jet: “Sorry, de bus") && $0.contains("✓ bewaard") }
        try Self.leaveAndQuit(session, store: store)

        let members = try Self.events(store, type: "memberAdded").compactMap { $0["payload"] as? [String: Any] }
        #expect(members.compactMap { $0["name"] as? String } == ["Iris", "Milan", "oma Jet"])
        #expect(members.first { $0["name"] as? String == "Milan" }?["birthYear"] as? Int != nil)
        let persons = try Self.events(store, type: "genogramPersonSet").compactMap { $0["payload"] as? [String: Any] }
        #expect(persons.filter { ($0["name"] as? String) == "Milan" }.count == 1, "one Milan in the genogram")
        let milanID = members.first { $0["name"] as? String == "Milan" }?["memberID"] as? String
        #expect(persons.first { ($0["name"] as? String) == "Milan" }?["memberID"] as? String == milanID)
        let presence = try Self.events(store, type: "presenceChanged")
        #expect(presence.count == 1)
        let quotes = try Self.events(store, type: "utteranceRecorded").compactMap { $0["payload"] as? [String: Any] }
        let jetID = members.first { $0["name"] as? String == "oma Jet" }?["memberID"] as? String
        #expect(quotes.contains { $0["text"] as? String == "Sorry, de bus was laat" && $0["speaker"] as? String == jetID })
    }
}
