import Testing

@testable import TerminalUI

/// Feeds a byte-level string through the decoder, as a terminal would deliver it, then idles.
func decode(_ s: String) -> [InputEvent] {
    var d = InputDecoder()
    var events: [InputEvent] = []
    for scalar in s.unicodeScalars { events += d.feed(.scalar(scalar)) }
    events += d.feed(.idle)
    return events
}

@Suite("Input decoding")
struct InputDecoderTests {
    @Test("plain characters, Enter, Tab, Backspace and Ctrl-letters")
    func basics() {
        #expect(
            decode("aë\r\t\u{7f}\u{1}\u{17}") == [
                .key(.char("a")), .key(.char("ë")), .key(KeyPress(.enter)), .key(KeyPress(.tab)),
                .key(KeyPress(.backspace)), .key(.ctrl("a")), .key(.ctrl("w")),
            ])
    }

    @Test("ESC then a character is Alt; a lone ESC is Escape")
    func altAndEscape() {
        #expect(decode("\u{1b}b") == [.key(.alt("b"))])
        #expect(decode("\u{1b}") == [.key(KeyPress(.escape))])
    }

    @Test("CSI sequences with modifiers become named keys")
    func csi() {
        #expect(decode("\u{1b}[A") == [.key(KeyPress(.up))])
        #expect(decode("\u{1b}[1;5D") == [.key(KeyPress(.left, .control))])
        #expect(decode("\u{1b}[1;3C") == [.key(KeyPress(.right, .alt))])
        #expect(decode("\u{1b}[3~") == [.key(KeyPress(.delete))])
        #expect(decode("\u{1b}OP") == [.key(KeyPress(.function(1)))])
        #expect(decode("\u{1b}[15~") == [.key(KeyPress(.function(5)))])
        #expect(decode("\u{1b}[Z") == [.key(KeyPress(.backTab))])
        #expect(decode("\u{1b}[99x") == [], "unknown sequences are dropped, not typed")
    }

    @Test("a multi-line bracketed paste is one event and never an Enter")
    func bracketedPaste() {
        let events = decode("\u{1b}[200~Mama zei:\r\nhet gaat beter\recht\u{1b}[201~x")
        #expect(events == [.paste("Mama zei:\nhet gaat beter\necht"), .key(.char("x"))])
    }

    @Test("line breaks in a paste become LF however they came: CR LF, lone CR, Enter keys; other controls are dropped")
    func pasteLineBreaks() {
        #expect(decode("\u{1b}[200~a\r\nb\rc\nd\r\u{7}\ne\u{0}\tf\u{1b}[201~") == [.paste("a\nb\nc\nd\ne\tf")])
        #expect(decode("\u{1b}[200~\r\r\n\n\u{1b}[201~") == [.paste("\n\n\n")])
        var d = InputDecoder()
        var events: [InputEvent] = []
        for s in "\u{1b}[200~a\r".unicodeScalars { events += d.feed(.scalar(s)) }
        events += d.feed(.key(.enter, []))
        for s in "b\u{1b}[201~".unicodeScalars { events += d.feed(.scalar(s)) }
        #expect(events == [.paste("a\nb")], "CR then ncurses' Enter is one line break, as CR LF is")
    }

    @Test("a paste of a million characters arrives whole, and the next paste starts empty")
    func longPaste() {
        let text = String(repeating: "Zoë zegt: het gaat beter.\n", count: 40_000)
        var d = InputDecoder()
        var events: [InputEvent] = []
        for s in ("\u{1b}[200~" + text + "\u{1b}[201~" + "\u{1b}[200~kort\u{1b}[201~").unicodeScalars { events += d.feed(.scalar(s)) }
        #expect(events.count == 2)
        #expect(events.first == .paste(text))
        #expect(events.last == .paste("kort"))
    }

    @Test("escape sequences inside a paste stay text, minus the ESC")
    func escapeInsidePaste() {
        #expect(decode("\u{1b}[200~a\u{1b}[31mb\u{1b}[201~") == [.paste("a[31mb")])
    }

    @Test("newlines that ncurses reports as keys inside a paste stay text")
    func keysInsidePaste() {
        var d = InputDecoder()
        var events: [InputEvent] = []
        for s in "\u{1b}[200~a".unicodeScalars { events += d.feed(.scalar(s)) }
        events += d.feed(.key(.enter, []))
        events += d.feed(.idle)  // a slow paste: idle does not end it
        #expect(d.isInPaste)
        for s in "b\u{1b}[201~".unicodeScalars { events += d.feed(.scalar(s)) }
        #expect(events == [.paste("a\nb")])
    }

    @Test("a paste whose end never comes is delivered on flush, not lost")
    func unfinishedPaste() {
        var d = InputDecoder()
        for s in "\u{1b}[200~woorden van Zoë".unicodeScalars { _ = d.feed(.scalar(s)) }
        #expect(d.flush() == [.paste("woorden van Zoë")])
        #expect(!d.isPending)
    }

    @Test("keys the terminal library recognised pass through; Alt is kept")
    func libraryKeys() {
        var d = InputDecoder()
        #expect(d.feed(.key(.pageDown, [])) == [.key(KeyPress(.pageDown))])
        #expect(d.feed(.resize(Size(width: 40, height: 12))) == [.resize(Size(width: 40, height: 12))])
        _ = d.feed(.scalar("\u{1b}"))
        #expect(d.feed(.key(.left, [])) == [.key(KeyPress(.left, .alt))])
    }
}
