import Foundation

/// `s` lowercased and without accents, for matching what a person typed against what is
/// stored: `Zoë` and `zoe` meet, `Straße` and `strasse`, `Ærø` and `aero`.
public func foldedForMatching(_ s: some StringProtocol) -> String {
    let folded = String(s).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    // Most text is plain ASCII after folding; only the rest needs a second look.
    guard folded.utf8.contains(where: { $0 >= 0x80 }) else { return folded }
    var out = String.UnicodeScalarView()
    for scalar in folded.unicodeScalars {
        if let spelled = lettersWithoutDecomposition[scalar] {
            out.append(contentsOf: spelled.unicodeScalars)
        } else {
            out.append(scalar)
        }
    }
    return String(out)
}

/// Letters that Foundation's diacritic folding leaves alone because Unicode does not see
/// them as a base letter plus a mark (it already takes ß to ss and İ to i). Lowercase
/// only: case folding comes first.
private let lettersWithoutDecomposition: [Unicode.Scalar: String] = [
    "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "œ": "oe", "þ": "th",
    "ð": "d", "ĳ": "ij",
]
