import KeukentafelDomain
import Synchronization
import TerminalUI

/// Which line of key hints a hint belongs to: screens show `main`, and some have a
/// second line for a narrow layout or a different view of the same screen.
enum HintLine: Hashable, Sendable {
    case main
    /// The home screen below 80×24.
    case compact
    /// The screen's other view: the full-screen panel, a prompt read in full.
    case alternate
}

/// A key on a hint line: its short key label, its short label, and its place.
struct KeyHint: Sendable {
    var key: String?
    var label: UIText
    /// Hints show in this order, left to right, as far as the line has room.
    var order: Int
    var line: HintLine

    init(_ label: UIText, order: Int, key: String? = nil, line: HintLine = .main) {
        self.key = key
        self.label = label
        self.order = order
        self.line = line
    }
}

/// One key of a screen: what it does (an intent), how the help overlay names it, and
/// where it shows on the hint line. The key handler, F1 and the hint line all read it.
struct KeyBinding<Intent>: Sendable {
    /// The keys as the help overlay shows them ("Alt-1 … Alt-9").
    var keys: String
    /// Replaces `keys` when the keys are a word that has a translation.
    var keysText: UIText?
    var help: UIText
    var hints: [KeyHint]
    /// The intent for a key press, or nil when the press is not this binding's.
    /// Nil for a documentation-only line (keys a widget handles, or the shell).
    var match: (@Sendable (KeyPress) -> Intent?)?

    init(_ keys: String, _ help: UIText, hints: [KeyHint] = [], match: (@Sendable (KeyPress) -> Intent?)?) {
        self.keys = keys
        self.help = help
        self.hints = hints
        self.match = match
    }

    /// A binding for exact key presses.
    init(_ keys: String, _ help: UIText, hints: [KeyHint] = [], on presses: [KeyPress], _ intent: Intent)
    where Intent: Sendable {
        self.init(keys, help, hints: hints, match: { presses.contains($0) ? intent : nil })
    }

    /// A line in the help overlay for keys that a widget or the shell handles.
    static func documented(_ keys: String, _ help: UIText, hints: [KeyHint] = []) -> KeyBinding {
        KeyBinding(keys, help, hints: hints, match: nil)
    }

    /// A documentation line whose "keys" are a word in the UI language (a paste).
    static func documented(_ keys: UIText, _ help: UIText) -> KeyBinding {
        var binding = KeyBinding("", help, match: nil)
        binding.keysText = keys
        return binding
    }
}

extension KeyBinding where Intent: Sendable {
    /// The keys that move through a list; on the hint line as "↑↓ choose".
    static func moveInList(_ keys: String = "↑ ↓", hintOrder: Int, _ intent: @escaping @Sendable (KeyPress) -> Intent) -> KeyBinding {
        KeyBinding(
            keys, .common(.helpMove), hints: [KeyHint(.common(.hintChoose), order: hintOrder, key: "↑↓")],
            match: { Keys.movesList($0) ? intent($0) : nil })
    }

    /// Esc: back to where the screen came from.
    static func back(_ help: UIText = .common(.hintBack), hintOrder: Int, _ intent: Intent) -> KeyBinding {
        KeyBinding("Esc", help, hints: [KeyHint(.common(.hintBack), order: hintOrder)], on: [Keys.escape], intent)
    }

    /// Ctrl-C quits from anywhere (the shell handles it; listed on every screen's help).
    static var interrupt: KeyBinding { .documented("Ctrl-C", .common(.helpInterrupt)) }
}

/// A screen's keys, in the order the help overlay lists them.
struct KeyTable<Intent>: Sendable {
    let bindings: [KeyBinding<Intent>]
    /// The hint lines made so far: the screens ask for theirs on every frame.
    private let hintLines = HintLines()
    /// Which binding takes a press, for the presses seen so far.
    private let matches = BindingMatches()

    init(_ bindings: [KeyBinding<Intent>]) { self.bindings = bindings }

    /// The first binding's intent for this press.
    ///
    /// Which binding that is depends on the press alone (a match reads nothing else), so it
    /// is asked of every binding once per kind of press: every letter typed on the live
    /// screen went through all of its bindings, none of which takes it.
    func intent(for press: KeyPress) -> Intent? {
        if let known = matches.binding(for: press) { return known < 0 ? nil : bindings[known].match?(press) }
        let index = bindings.firstIndex { $0.match?(press) != nil }
        matches.remember(index ?? -1, for: press)
        return index.flatMap { bindings[$0].match?(press) }
    }

    /// The help overlay's lines.
    func help(_ language: Language) -> [KeyHelp] {
        bindings.map { KeyHelp($0.keysText?.text(language) ?? $0.keys, $0.help.text(language)) }
    }

    /// The hints of one line, in their order.
    func hints(_ line: HintLine = .main, _ language: Language) -> [(key: String, label: String)] {
        hintLines.line(line, language) {
            bindings
                .flatMap { binding in binding.hints.filter { $0.line == line }.map { (binding, $0) } }
                .sorted { $0.1.order < $1.1.order }
                .map { binding, hint in (hint.key ?? binding.keys, hint.label.text(language)) }
        }
    }
}

/// A key table's hint lines by line and language, each made once (the table never changes).
private final class HintLines: Sendable {
    private struct Which: Hashable {
        var line: HintLine
        var language: Language
    }
    private let made = Mutex<[Which: [(key: String, label: String)]]>([:])

    func line(_ line: HintLine, _ language: Language, make: () -> [(key: String, label: String)]) -> [(key: String, label: String)] {
        let which = Which(line: line, language: language)
        if let known = made.withLock({ $0[which] }) { return known }
        let hints = make()
        made.withLock { $0[which] = hints }
        return hints
    }
}

/// The key presses shared by several tables.
enum Keys {
    static let enter = KeyPress(.enter)
    static let escape = KeyPress(.escape)
    static func function(_ n: Int) -> KeyPress { KeyPress(.function(n)) }
    /// A letter in either case, with or without Shift (terminals differ in reporting it).
    static func letter(_ c: Character) -> [KeyPress] {
        Set([Character(c.lowercased()), Character(c.uppercased())]).flatMap {
            [KeyPress(.character($0)), KeyPress(.character($0), .shift)]
        }
    }

    /// The keys a `ScrollList` moves by: arrows, pages, Home/End (also with Ctrl),
    /// j/k, and Ctrl-P/Ctrl-N.
    static func movesList(_ press: KeyPress) -> Bool {
        switch (press.key, press.modifiers) {
        case (.up, []), (.down, []), (.pageUp, []), (.pageDown, []), (.home, []), (.end, []),
            (.up, .control), (.down, .control), (.pageUp, .control), (.pageDown, .control), (.home, .control), (.end, .control),
            (.character("j"), []), (.character("k"), []), (.character("p"), .control), (.character("n"), .control):
            return true
        default:
            return false
        }
    }
}

/// For each key press seen, the index of the binding that takes it (-1: none); at most
/// `limit` presses, so a long paste of odd characters cannot grow it without end.
private final class BindingMatches: Sendable {
    private static let limit = 512
    private let known = Mutex<[KeyPress: Int]>([:])

    func binding(for press: KeyPress) -> Int? { known.withLock { $0[press] } }

    func remember(_ index: Int, for press: KeyPress) {
        known.withLock { if $0.count < Self.limit { $0[press] = index } }
    }
}
