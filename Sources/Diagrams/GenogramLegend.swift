import Foundation
import KeukentafelDomain

/// What a genogram's legend explains: only what this drawing uses, so a small family
/// gets a short legend. Shared by the screen and the SVG, in Dutch and English.
public enum GenogramLegendItem: Hashable, Sendable {
    case male, female, other, index, deceased, pregnancy, miscarriage
    case couple(CoupleStatus)
    case child(ChildLinkKind)
    case twins
    case bond(EmotionalBond)
    case drawnTwice

    /// The items for a genogram as laid out, in a fixed order.
    public static func items(_ g: Genogram, _ layout: GenogramLayout) -> [GenogramLegendItem] {
        var out: [GenogramLegendItem] = [.male, .female]
        if g.persons.contains(where: { $0.kind == nil && ($0.gender == .nonBinary || $0.gender == .unknown) }) { out.append(.other) }
        if g.persons.contains(where: \.isIndex) { out.append(.index) }
        if g.persons.contains(where: \.deceased) { out.append(.deceased) }
        if g.persons.contains(where: { $0.kind == .pregnancy }) { out.append(.pregnancy) }
        if g.persons.contains(where: { $0.kind == .miscarriage }) { out.append(.miscarriage) }
        let statuses = Set(g.couples.filter { $0.partners.count == 2 }.map(\.status))
        out += CoupleStatus.allCases.filter { statuses.contains($0) && $0 != .unknown }.map { .couple($0) }
        let kinds = Set(g.childLinks.map(\.kind))
        // Step children hang like biological ones: nothing to explain.
        out += [ChildLinkKind.adopted, .foster].filter(kinds.contains).map { .child($0) }
        if g.childLinks.contains(where: { $0.twinGroup != nil }) { out.append(.twins) }
        let bonds = Set(g.bonds.map(\.kind))
        out += EmotionalBond.allCases.filter(bonds.contains).map { .bond($0) }
        if !layout.copies.isEmpty { out.append(.drawnTwice) }
        return out
    }

    /// The words, Dutch and English.
    public func label(_ language: Language) -> String {
        let (nl, en): (String, String)
        switch self {
        case .male: (nl, en) = ("man", "male")
        case .female: (nl, en) = ("vrouw", "female")
        case .other: (nl, en) = ("anders/onbekend", "other/unknown")
        case .index: (nl, en) = ("index (dubbele rand)", "index (double frame)")
        case .deceased: (nl, en) = ("overleden", "deceased")
        case .pregnancy: (nl, en) = ("zwanger", "pregnancy")
        case .miscarriage: (nl, en) = ("miskraam", "miscarriage")
        case .couple(let s):
            switch s {
            case .married: (nl, en) = ("getrouwd", "married")
            case .cohabiting: (nl, en) = ("samen", "together")
            case .separated: (nl, en) = ("uit elkaar", "separated")
            case .divorced: (nl, en) = ("gescheiden", "divorced")
            case .endedCohabitation: (nl, en) = ("niet meer samen", "no longer together")
            case .unknown: (nl, en) = ("ouders", "parents")
            }
        case .child(let k):
            switch k {
            case .biological: (nl, en) = ("kind", "child")
            case .adopted: (nl, en) = ("adoptie", "adopted")
            case .foster: (nl, en) = ("pleeg", "foster")
            case .step: (nl, en) = ("stief", "step")
            }
        case .twins: (nl, en) = ("tweeling", "twins")
        case .bond(let b):
            switch b {
            case .close: (nl, en) = ("hecht", "close")
            case .fused: (nl, en) = ("zeer hecht", "fused")
            case .distant: (nl, en) = ("afstand", "distant")
            case .conflict: (nl, en) = ("ruzie", "conflict")
            case .hostile: (nl, en) = ("vijandig", "hostile")
            case .cutOff: (nl, en) = ("verbroken", "cut off")
            case .repaired: (nl, en) = ("hersteld", "repaired")
            case .abuseConcern: (nl, en) = ("zorg mishandeling", "abuse concern")
            case .neglectConcern: (nl, en) = ("zorg verwaarlozing", "neglect concern")
            }
        case .drawnTwice: (nl, en) = ("twee keer getekend", "drawn twice")
        }
        return language == .nl ? nl : en
    }

    /// The nameless person a symbol item is drawn as (the screen and the SVG both use it).
    public var samplePerson: GenogramPerson? {
        func person(_ gender: Gender, deceased: Bool = false, index: Bool = false, kind: PersonKind? = nil) -> GenogramPerson {
            GenogramPerson(personID: UUID(), name: "", gender: gender, deceased: deceased, isIndex: index, kind: kind)
        }
        switch self {
        case .male: return person(.male)
        case .female: return person(.female)
        case .other: return person(.unknown)
        case .index: return person(.male, index: true)
        case .deceased: return person(.male, deceased: true)
        case .pregnancy: return person(.unknown, kind: .pregnancy)
        case .miscarriage: return person(.unknown, kind: .miscarriage)
        default: return nil
        }
    }

    /// How the item looks on the character-cell drawing.
    public func sample(ascii: Bool) -> String {
        if let p = samplePerson { return String(GenogramGlyphs.symbol(p, ascii: ascii)) }
        switch self {
        case .male, .female, .other, .index, .deceased, .pregnancy, .miscarriage: return ""  // drawn above
        case .couple(let s):
            switch s {
            case .married, .unknown: return ascii ? "-" : "─"
            case .cohabiting: return ascii ? "." : "┄"
            case .separated, .endedCohabitation: return "/"
            case .divorced: return "//"
            }
        case .child(let k):
            switch k {
            case .adopted: return ascii ? "!" : "╎"
            case .foster: return ascii ? ":" : "┆"
            case .biological, .step: return ascii ? "|" : "┬"
            }
        case .twins:
            let t = GenogramGlyphs.twinDrops(ascii: ascii)
            return String(t.left) + String(t.right)
        case .bond(let b): return GenogramGlyphs.sample(b, ascii: ascii)
        case .drawnTwice: return GenogramGlyphs.copyMark
        }
    }

    /// The whole legend as one line of text for the screen: `□ man  ○ vrouw  ∿∿ ruzie`.
    public static func line(_ g: Genogram, _ layout: GenogramLayout, language: Language, ascii: Bool) -> String {
        // ASCII has no double frame to speak of.
        items(g, layout).map { $0.sample(ascii: ascii) + " " + ($0 == .index && ascii ? "index" : $0.label(language)) }.joined(
            separator: "  ")
    }
}
