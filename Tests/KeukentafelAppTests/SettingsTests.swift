import KeukentafelApp
import KeukentafelDomain
import Testing

@Suite("Settings")
struct SettingsTests {
    @Test("language: --lang wins, then LC_ALL, LC_MESSAGES, LANG; nl* is Dutch")
    func language() {
        #expect(Language.resolve(option: "EN", environment: ["LANG": "nl_NL.UTF-8"]) == .en)
        #expect(Language.resolve(option: "fr", environment: [:]) == nil)
        #expect(Language.resolve(option: nil, environment: ["LANG": "nl_BE.UTF-8"]) == .nl)
        #expect(Language.resolve(option: nil, environment: ["LANG": "de_DE.UTF-8"]) == .en)
        #expect(Language.resolve(option: nil, environment: ["LANG": "nl_NL", "LC_ALL": "C"]) == .en)
        #expect(Language.resolve(option: nil, environment: ["LANG": "en_GB", "LC_MESSAGES": "nl_NL"]) == .nl)
        #expect(Language.resolve(option: nil, environment: [:]) == .en)
    }

    @Test("store: --store, then KEUKENTAFEL_STORE, then XDG_DATA_HOME, then HOME")
    func store() {
        let env = ["HOME": "/home/werker", "XDG_DATA_HOME": "/data", "KEUKENTAFEL_STORE": "/srv/kt"]
        #expect(StoreLocation.resolve(option: "/tmp/s", environment: env)?.path == "/tmp/s")
        #expect(StoreLocation.resolve(option: nil, environment: env)?.path == "/srv/kt")
        #expect(
            StoreLocation.resolve(option: nil, environment: ["HOME": "/home/werker", "XDG_DATA_HOME": "/data/"])?.path
                == "/data/keukentafel")
        #expect(
            StoreLocation.resolve(option: nil, environment: ["HOME": "/home/werker", "XDG_DATA_HOME": "relatief"])?.path
                == "/home/werker/.local/share/keukentafel")
        #expect(StoreLocation.resolve(option: nil, environment: [:]) == nil)
    }

    @Test("the store path is shown with ~ for the home directory, and only then")
    func display() {
        let s = StoreLocation(path: "/home/werker/.local/share/keukentafel", source: .home)
        #expect(s.display(home: "/home/werker") == "~/.local/share/keukentafel")
        #expect(s.display(home: "/home/werk") == s.path)
        #expect(s.display(home: nil) == s.path)
    }

    @Test("dates read naturally in both languages")
    func dates() {
        let t = LocalTime(year: 2026, month: 3, day: 2, weekday: 1, hour: 9, minute: 7)
        #expect(t.longDate(.nl) == "zondag 2 maart 2026")
        #expect(t.longDate(.en) == "Sunday 2 March 2026")
        #expect(t.clock == "09:07")
    }
}
