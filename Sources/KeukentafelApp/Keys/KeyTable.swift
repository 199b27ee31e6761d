import KeukentafelDomain
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
    var bindings: [KeyBinding<Intent>]

    init(_ bindings: [KeyBinding<Intent>]) { self.bindings = bindings }

    /// The first binding's intent for this press.
    func intent(for press: KeyPress) -> Intent? {
        for binding in bindings {
            if let intent = binding.match?(press) { return intent }
        }
        return nil
    }

    /// The help overlay's lines.
    func help(_ language: Language) -> [KeyHelp] {
        bindings.map { KeyHelp($0.keysText?.text(language) ?? $0.keys, $0.help.text(language)) }
    }

    /// The hints of one line, in their order.
    func hints(_ line: HintLine = .main, _ language: Language) -> [(key: String, label: String)] {
        bindings
            .flatMap { binding in binding.hints.filter { $0.line == line }.map { (binding, $0) } }
            .sorted { $0.1.order < $1.1.order }
            .map { binding, hint in (hint.key ?? binding.keys, hint.label.text(language)) }
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
