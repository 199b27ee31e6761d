/// Characters for lines, boxes and symbols, in Unicode or plain ASCII.
///
/// ASCII is used with `--ascii` and automatically when the locale is not UTF-8.
public struct Glyphs: Sendable, Equatable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var teeLeft: Character
    public var teeRight: Character
    public var ellipsis: String
    public var pointer: String
    public var bullet: String
    public var newline: String
    public var arrowUp: String
    public var arrowDown: String
    public var scrollThumb: Character
    public var scrollTrack: Character
    public var check: String
    /// Eight levels, low to high, for sparklines.
    public var sparks: [Character]
    public var isASCII: Bool

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
        bottomRight: "┘", teeLeft: "├", teeRight: "┤", ellipsis: "…", pointer: "▸",
        bullet: "•", newline: "⏎", arrowUp: "↑", arrowDown: "↓", scrollThumb: "█",
        scrollTrack: "┆", check: "✓", sparks: Array("▁▂▃▄▅▆▇█"), isASCII: false)

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
        bottomRight: "+", teeLeft: "+", teeRight: "+", ellipsis: "...", pointer: ">",
        bullet: "*", newline: "|", arrowUp: "^", arrowDown: "v", scrollThumb: "#",
        scrollTrack: "|", check: "v", sparks: Array("_.,-=+*#"), isASCII: true)
}
