import KeukentafelDomain

/// The characters a genogram is drawn with, Unicode and ASCII, in one place so the
/// drawing and its legend always agree.
public enum GenogramGlyphs {
    public static func symbol(_ p: GenogramPerson, ascii: Bool) -> Character {
        switch p.kind {
        case .pregnancy?: return ascii ? "^" : "△"
        case .miscarriage?: return ascii ? "x" : "•"
        default: break
        }
        if ascii {
            if p.deceased { return "X" }
            if p.isIndex { return "@" }
            switch p.gender {
            case .male: return "M"
            case .female: return "F"
            default: return "?"
            }
        }
        // The index child in a double frame, as in the SVG.
        switch (p.gender, p.deceased, p.isIndex) {
        case (.male, true, _): return "⊠"
        case (.female, true, _): return "⊗"
        case (_, true, _): return "◆"
        case (.male, _, true): return "▣"
        case (.female, _, true): return "◎"
        case (_, _, true): return "◈"
        case (.male, _, _): return "□"
        case (.female, _, _): return "○"
        default: return "◇"
        }
    }

    /// How an emotional relation is drawn: along a row, along a column, and a mark in the
    /// middle (cut-off bars, a repair, a concern).
    public struct BondStroke: Equatable, Sendable {
        public var horizontal: Character
        public var vertical: Character
        public var mark: Character?
        /// Concerns point at the person they are about.
        public var arrow: Bool
    }

    public static func bond(_ kind: EmotionalBond, ascii: Bool) -> BondStroke {
        switch (kind, ascii) {
        case (.close, false): return BondStroke(horizontal: "═", vertical: "║", mark: nil, arrow: false)
        case (.close, true): return BondStroke(horizontal: "=", vertical: "H", mark: nil, arrow: false)
        case (.fused, false): return BondStroke(horizontal: "≡", vertical: "┃", mark: nil, arrow: false)
        case (.fused, true): return BondStroke(horizontal: "#", vertical: "#", mark: nil, arrow: false)
        case (.distant, false): return BondStroke(horizontal: "⋯", vertical: "⋮", mark: nil, arrow: false)
        case (.distant, true): return BondStroke(horizontal: ".", vertical: ":", mark: nil, arrow: false)
        case (.conflict, false): return BondStroke(horizontal: "∿", vertical: "≀", mark: nil, arrow: false)
        case (.conflict, true): return BondStroke(horizontal: "~", vertical: "(", mark: nil, arrow: false)
        case (.hostile, false): return BondStroke(horizontal: "≈", vertical: "⦚", mark: nil, arrow: false)
        case (.hostile, true): return BondStroke(horizontal: "w", vertical: "w", mark: nil, arrow: false)
        case (.cutOff, false): return BondStroke(horizontal: "─", vertical: "│", mark: "╫", arrow: false)
        case (.cutOff, true): return BondStroke(horizontal: "-", vertical: "|", mark: "#", arrow: false)
        case (.repaired, false): return BondStroke(horizontal: "─", vertical: "│", mark: "⊕", arrow: false)
        case (.repaired, true): return BondStroke(horizontal: "-", vertical: "|", mark: "o", arrow: false)
        case (.abuseConcern, false): return BondStroke(horizontal: "━", vertical: "┃", mark: "!", arrow: true)
        case (.abuseConcern, true): return BondStroke(horizontal: "=", vertical: "|", mark: "!", arrow: true)
        case (.neglectConcern, false): return BondStroke(horizontal: "┅", vertical: "┇", mark: "!", arrow: true)
        case (.neglectConcern, true): return BondStroke(horizontal: ".", vertical: ":", mark: "!", arrow: true)
        }
    }

    /// A short sample of a relation for a legend: `∿∿`, `─╫─`.
    public static func sample(_ kind: EmotionalBond, ascii: Bool) -> String {
        let s = bond(kind, ascii: ascii)
        let h = String(s.horizontal)
        if s.arrow { return h + String(s.mark ?? s.horizontal) + (ascii ? ">" : "▶") }
        return s.mark.map { h + String($0) + h } ?? h + h
    }

    /// Twins come off one point: the outer two drops lean towards it.
    public static func twinDrops(ascii: Bool) -> (left: Character, right: Character) { ascii ? ("/", "\\") : ("╱", "╲") }

    /// Marks both drawings of someone drawn twice.
    public static let copyMark = "*"
}
