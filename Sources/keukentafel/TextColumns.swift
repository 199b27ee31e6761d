import TerminalUI

/// Plain-text tables for commands that print lists: columns lined up on the terminal.
enum TextColumns {
    /// `text` followed by spaces up to `columns` terminal columns; never cut short.
    ///
    /// `NSString.padding(toLength:)` counts UTF-16 units: it cut a name longer in those
    /// than the column (an accent written as its own mark), mis-aligned wide characters,
    /// and was a fifth of `families`' work on a large store.
    static func padded(_ text: String, to columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - DisplayWidth.of(text)))
    }

    /// The widest of `texts`, in terminal columns.
    static func width<S: Sequence>(of texts: S) -> Int where S.Element == String {
        texts.reduce(0) { max($0, DisplayWidth.of($1)) }
    }
}
