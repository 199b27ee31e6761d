import TerminalUI
import Testing

@testable import keukentafel

/// Lists printed by commands (`families`, `log`) line up on the terminal and show every name whole.
@Suite("Text columns")
struct TextColumnsTests {
    @Test("names with separate accents, wide characters and emoji are padded to one width and never cut")
    func padded() {
        let names = ["Gezin Peters", "Gezin Zoe\u{308}", "Gezin Yılmaz", "家族 Wang", "Gezin 👨‍👩‍👧", ""]
        let width = TextColumns.width(of: names)
        #expect(width == 12)
        for name in names {
            let line = TextColumns.padded(name, to: width)
            #expect(line.hasPrefix(name), "whole: \(name)")
            #expect(DisplayWidth.of(line) == width, "lined up: \(name)")
            #expect(line.dropFirst(name.count).allSatisfy { $0 == " " })
        }
        #expect(TextColumns.padded("Gezin Peters", to: 3) == "Gezin Peters", "never cut short")
    }
}
