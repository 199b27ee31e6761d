/// A named key, independent of any terminal library.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case character(Character)
    case enter, tab, backTab, backspace, delete, insert, escape
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)

    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .escape: return "Esc"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        }
    }
}

/// Modifier keys held with a key.
public struct Modifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let control = Modifiers(rawValue: 1)
    public static let alt = Modifiers(rawValue: 2)
    public static let shift = Modifiers(rawValue: 4)

    /// From xterm's modifier parameter (`ESC[1;5D`, terminfo `kLFT5`): 1 + a bit mask
    /// of shift (1), alt (2) and control (4).
    public init(xtermParameter m: Int) {
        var r: Modifiers = []
        let bits = max(0, m - 1)
        if bits & 1 != 0 { r.insert(.shift) }
        if bits & 2 != 0 { r.insert(.alt) }
        if bits & 4 != 0 { r.insert(.control) }
        self = r
    }
}

/// A key press: a key and the modifiers held.
public struct KeyPress: Hashable, Sendable, CustomStringConvertible {
    public var key: Key
    public var modifiers: Modifiers

    public init(_ key: Key, _ modifiers: Modifiers = []) {
        self.key = key
        self.modifiers = modifiers
    }

    /// A plain character key.
    public static func char(_ c: Character) -> KeyPress { KeyPress(.character(c)) }
    /// Control plus a letter, as Ctrl-A … Ctrl-Z.
    public static func ctrl(_ c: Character) -> KeyPress { KeyPress(.character(c), .control) }
    /// Alt (Meta) plus a key.
    public static func alt(_ c: Character) -> KeyPress { KeyPress(.character(c), .alt) }

    public var description: String {
        var s = ""
        if modifiers.contains(.control) { s += "Ctrl-" }
        if modifiers.contains(.alt) { s += "Alt-" }
        if modifiers.contains(.shift) { s += "Shift-" }
        return s + key.description
    }
}

/// A mouse action (only with `--mouse`).
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, scrollUp, scrollDown }
    public var kind: Kind
    public var position: Point
    public init(kind: Kind, position: Point) {
        self.kind = kind
        self.position = position
    }
}

/// Everything the run loop can receive from a terminal.
public enum InputEvent: Hashable, Sendable {
    case key(KeyPress)
    /// A whole bracketed paste; its newlines are text, never Enter.
    case paste(String)
    case mouse(MouseEvent)
    case resize(Size)
    /// A request to stop from outside (SIGINT, SIGTERM, SIGHUP).
    case interrupt
}
