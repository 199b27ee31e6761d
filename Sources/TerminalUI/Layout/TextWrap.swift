/// Word wrapping by display width that never splits a grapheme.
public enum TextWrap {
    /// Breaks `text` into lines of at most `width` cells.
    ///
    /// Breaks at spaces where it can; a word wider than a line is broken between graphemes.
    /// Explicit newlines start a new line; an empty paragraph gives an empty line.
    public static func lines(_ text: String, width: Int) -> [String] {
        lines(text, firstWidth: width, width: width)
    }

    /// As `lines(_:width:)`, with a different width for the very first line (for text that
    /// starts after a label on the same row).
    public static func lines(_ text: String, firstWidth: Int, width: Int) -> [String] {
        guard width > 0, firstWidth > 0 else { return [] }
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            out.append(contentsOf: wrapParagraph(paragraph, firstWidth: out.isEmpty ? firstWidth : width, width: width))
        }
        return out
    }

    private static func wrapParagraph(_ paragraph: Substring, firstWidth: Int, width fullWidth: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var width: Int { lines.isEmpty ? firstWidth : fullWidth }
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            let ww = DisplayWidth.of(word)
            if lineWidth > 0 && lineWidth + 1 + ww <= width {
                line += " " + word
                lineWidth += 1 + ww
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if ww <= width {
                line = String(word)
                lineWidth = ww
                continue
            }
            // A word longer than the line: break between graphemes.
            for c in word {
                let cw = DisplayWidth.of(c)
                if lineWidth + cw > width && lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line.append(c)
                lineWidth += cw
            }
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}
