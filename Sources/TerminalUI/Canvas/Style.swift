/// One of the eight basic terminal colours; `nil` in a `Style` means the terminal's default.
public enum Color: Int, Sendable, CaseIterable, Hashable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// Text attributes a terminal can show without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)
}

/// How a cell is drawn: attributes plus optional colours.
///
/// Meaning must never rest on colour alone: `NO_COLOR` drops the colours and keeps the
/// attributes, so focus (reverse) and emphasis (bold, underline) still show.
public struct Style: Hashable, Sendable {
    public var attributes: TextAttributes
    public var foreground: Color?
    public var background: Color?

    public init(_ attributes: TextAttributes = [], foreground: Color? = nil, background: Color? = nil) {
        self.attributes = attributes
        self.foreground = foreground
        self.background = background
    }

    public static let plain = Style()
    public static let bold = Style(.bold)
    public static let dim = Style(.dim)
    public static let reverse = Style(.reverse)
    public static let underline = Style(.underline)

    /// This style with extra attributes.
    public func with(_ extra: TextAttributes) -> Style {
        var s = self
        s.attributes.formUnion(extra)
        return s
    }

    /// This style without colours (for monochrome terminals and `NO_COLOR`).
    public var monochrome: Style { Style(attributes) }
}

/// The semantic styles screens draw with; one place to tune the look.
public struct Theme: Sendable, Equatable {
    public var normal = Style.plain
    public var title = Style(.bold, foreground: .cyan)
    public var heading = Style(.bold)
    public var muted = Style(.dim)
    public var accent = Style(.bold, foreground: .yellow)
    public var focus = Style(.reverse)
    public var border = Style(foreground: .cyan)
    public var hintKey = Style(.bold)
    public var hint = Style(.dim)
    public var warning = Style([.bold, .underline], foreground: .red)
    public var success = Style(.bold, foreground: .green)
    /// Distinct styles for speakers, cycled; each differs by attribute too, not only colour.
    public var speakers: [Style] = [
        Style(.bold, foreground: .blue), Style(.bold, foreground: .magenta),
        Style(.underline, foreground: .green), Style([.bold, .underline], foreground: .yellow),
        Style(.italic, foreground: .cyan), Style([.bold, .italic], foreground: .red),
    ]

    public init() {}
    public static let standard = Theme()
}
