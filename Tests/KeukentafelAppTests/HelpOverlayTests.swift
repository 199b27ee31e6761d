import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI
import TestSupport
import Testing

/// F1 on every screen: every key and every word of what it does can be read, at
/// every size a worker uses, by scrolling if needed; nothing is cut with "…".
@Suite("Help overlay")
struct HelpOverlayTests {
    struct Screen: CustomTestStringConvertible, Sendable {
        let name: String
        let make: @Sendable (Size) -> AppState
        var testDescription: String { name }
    }

    static let screens: [Screen] = [
        Screen(name: "home") { AppFixtures.state(.nl, size: $0) },
        Screen(name: "new family") { size in
            var s = AppFixtures.state(.nl, size: size)
            AppFixtures.send([.key(.char("n"))], to: &s)
            return s
        },
        Screen(name: "question library") { size in
            var s = AppFixtures.state(.en, size: size)
            AppFixtures.send([.key(.char("b"))], to: &s)
            return s
        },
        Screen(name: "family list") { size in
            var s = AppFixtures.state(.nl, size: size)
            s.screen = .familyList(FamilyListState(count: 0))
            return s
        },
        Screen(name: "presence") { size in
            var s = AppFixtures.state(.nl, size: size)
            s.screen = .presence(PresenceState(record: SessionFixtures.record().0))
            return s
        },
        Screen(name: "search nl") { SearchTests.searched(.nl, size: $0) },
        Screen(name: "search en") { SearchTests.searched(.en, size: $0) },
        Screen(name: "live session nl") { SessionFixtures.state(.nl, size: $0) },
        Screen(name: "live session en") { SessionFixtures.state(.en, size: $0) },
    ]

    @Test("every help line is whole at 80×24, 100×30 and 130×40", arguments: screens)
    func nothingCut(_ screen: Screen) throws {
        for size in [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 130, height: 40)] {
            var state = screen.make(size)
            state.terminalSize = size
            AppFixtures.send([.key(KeyPress(.function(1)))], to: &state)
            guard case .help(var help)? = state.overlay else {
                Issue.record("F1 opened no help on \(screen.name)")
                return
            }
            #expect(help.entries.count >= 4)
            // Read every page of the overlay alone (the screen under it has its own "…").
            var seen: [String] = []
            for _ in 0...help.entries.count * 3 {
                var canvas = Canvas(size: size)
                help.render(in: canvas.bounds, on: &canvas)
                seen += (0..<size.height).map { canvas.row($0) }
                let closed = help.handle(KeyPress(.down))
                #expect(!closed, "↓ scrolls, it does not close")
            }
            let text = seen.joined(separator: "\n")
            for entry in help.entries {
                for word in (entry.keys + " " + entry.action).split(separator: " ") {
                    #expect(text.contains(word), "'\(word)' of '\(entry.action)' is not shown whole on \(screen.name) at \(size)")
                }
            }
            // Some keys are written with "…" ("Alt-1 … Alt-9"); anywhere else it means a cut.
            let withoutKeys = help.entries.reduce(text) { $0.replacingOccurrences(of: $1.keys, with: "") }
            #expect(!withoutKeys.contains("…"), "a help line is cut on \(screen.name) at \(size)")
        }
    }

    @Test("the live session's help names every tag key and the quick-entry and record keys in full")
    func sessionHelpComplete() throws {
        let state = SessionFixtures.state(.nl)
        var s = state
        AppFixtures.send([.key(KeyPress(.function(1)))], to: &s)
        guard case .help(let help)? = s.overlay else {
            Issue.record("no help")
            return
        }
        let keys = help.entries.map(\.keys)
        #expect(keys.contains("Alt-E G S W M C A K"))
        for key in ["F8", "F10", "F11", "F12", "Alt-Z", "Tab", "Esc"] { #expect(keys.contains(key), "\(key) missing") }
        #expect(help.entries.contains { $0.action.contains("compliment") })
    }
}
