import Foundation
import KeukentafelDomain

/// Writes a genogram as GEDCOM 5.5.1 (persons, families, sex, years, pedigree), using only
/// what 5.5.1 allows. What it has no word for goes in our own `_` tags (`_INDEX`, `_KIND`,
/// `_TWIN`, `_STAT`, `_SEX` for non-binary, `_PEDI` for a step-child) so that our own export
/// reads back the same; other programs skip them.
public enum GedcomExport {
    /// Never fails: a couple or child link naming a person or couple that is not in the
    /// genogram (a hand-edited JSON import can hold one) is left out, and a second person or
    /// couple with an id already written is skipped, so the file never points at nothing.
    public static func text(name: String, genogram g: Genogram) -> String {
        var persons: [GenogramPerson] = []
        var xref: [UUID: String] = [:]
        var genders: [UUID: Gender] = [:]
        for p in g.persons where xref[p.personID] == nil {
            persons.append(p)
            xref[p.personID] = "@I\(persons.count)@"
            genders[p.personID] = p.gender
        }
        var couples: [GenogramCouple] = []
        var famXref: [UUID: String] = [:]
        for c in g.couples where famXref[c.coupleID] == nil {
            couples.append(c)
            famXref[c.coupleID] = "@F\(couples.count)@"
        }
        var partners: [UUID: [UUID]] = [:]
        for c in couples {
            var known: [UUID] = []
            for p in c.partners where xref[p] != nil && !known.contains(p) { known.append(p) }
            partners[c.coupleID] = known
        }
        // Links in the order of their couples, so that a file read back writes the same again.
        var byCouple: [UUID: [GenogramChildLink]] = [:]
        var linked = Set<[UUID]>()
        for l in g.childLinks where famXref[l.coupleID] != nil && xref[l.childID] != nil && linked.insert([l.coupleID, l.childID]).inserted
        {
            byCouple[l.coupleID, default: []].append(l)
        }
        let links = couples.flatMap { byCouple[$0.coupleID] ?? [] }
        let byChild = Dictionary(grouping: links, by: \.childID)
        var ownCouples: [UUID: [UUID]] = [:]
        for c in couples {
            for p in partners[c.coupleID] ?? [] { ownCouples[p, default: []].append(c.coupleID) }
        }
        // GEDCOM has no twins: each twin group becomes a number, in order of first appearance.
        var twinNumber: [UUID: Int] = [:]
        for l in links {
            if let group = l.twinGroup, twinNumber[group] == nil { twinNumber[group] = twinNumber.count + 1 }
        }

        var out =
            "0 HEAD\n1 SOUR KEUKENTAFEL\n2 NAME Keukentafel\n1 SUBM @U1@\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n"
            + "1 NOTE \(clean(name))\n"
            // 5.5.1 requires a submitter; the program, so that no worker's name leaves with the file.
            + "0 @U1@ SUBM\n1 NAME Keukentafel\n"
        for p in persons {
            out += "0 \(xref[p.personID] ?? "") INDI\n" + (personalName(p.name).map { "1 NAME \($0)\n" } ?? "")
            switch p.gender {
            case .male: out += "1 SEX M\n"
            case .female: out += "1 SEX F\n"
            // 5.5.1 knows only M, F and U; GEDCOM 7's X goes in our tag beneath.
            case .nonBinary: out += "1 SEX U\n2 _SEX X\n"
            case .unknown: out += "1 SEX U\n"
            }
            if p.isIndex { out += "1 _INDEX Y\n" }
            if let kind = p.kind, kind != .person { out += "1 _KIND \(kind.rawValue)\n" }
            if let y = p.birthYear { out += "1 BIRT\n2 DATE \(y)\n" }
            if p.deceased { out += p.deathYear.map { "1 DEAT\n2 DATE \($0)\n" } ?? "1 DEAT Y\n" }
            for l in byChild[p.personID] ?? [] {
                out += "1 FAMC \(famXref[l.coupleID] ?? "")\n"
                switch l.kind {
                case .biological: out += "2 PEDI birth\n"
                case .adopted: out += "2 PEDI adopted\n"
                case .foster: out += "2 PEDI foster\n"
                // 5.5.1's PEDI has no step-child (adopted, birth, foster, sealing only).
                case .step: out += "2 _PEDI step\n"
                }
                if let group = l.twinGroup, let n = twinNumber[group] { out += "2 _TWIN \(n)\n" }
            }
            for c in ownCouples[p.personID] ?? [] { out += "1 FAMS \(famXref[c] ?? "")\n" }
        }
        for c in couples {
            out += "0 \(famXref[c.coupleID] ?? "") FAM\n"
            // HUSB for men, WIFE for women; others take whichever role is still free.
            // (Files with more than two partners in a family exist; all are kept, in order.)
            var usedHusband = false
            for partner in partners[c.coupleID] ?? [] {
                let gender = genders[partner]
                let role = gender == .male ? "HUSB" : gender == .female ? "WIFE" : (usedHusband ? "WIFE" : "HUSB")
                if role == "HUSB" { usedHusband = true }
                out += "1 \(role) \(xref[partner] ?? "")\n"
            }
            out += events(c)
            if [.cohabiting, .endedCohabitation, .separated].contains(c.status) { out += "1 _STAT \(c.status.rawValue)\n" }
            for l in byCouple[c.coupleID] ?? [] { out += "1 CHIL \(xref[l.childID] ?? "")\n" }
        }
        return out + "0 TRLR\n"
    }

    /// A couple's status and years as GEDCOM events, claiming only what the record says.
    /// A marriage is written for a married couple, and for a divorced or separated one only
    /// when it has a start year (that is when they married): "ex" alone never said they did.
    /// Years no standard event carries go in a typed EVEN, read by any program.
    static func events(_ c: GenogramCouple) -> String {
        var out = ""
        let married = c.status == .married || ([.divorced, .separated].contains(c.status) && c.startYear != nil)
        if married { out += event("MARR", year: c.startYear) }
        let start = married ? nil : c.startYear
        var end = c.endYear
        switch c.status {
        case .divorced:
            out += event("DIV", year: end)
            end = nil
        case .separated:
            if let year = end { out += "1 EVEN\n2 TYPE Separation\n2 DATE \(year)\n" }
            end = nil
        case .married, .cohabiting, .endedCohabitation, .unknown: break
        }
        if start != nil || end != nil {
            let type = [.cohabiting, .endedCohabitation].contains(c.status) ? "Cohabitation" : "Relationship"
            let period = [start.map { "FROM \($0)" }, end.map { "TO \($0)" }].compactMap { $0 }.joined(separator: " ")
            out += "1 EVEN\n2 TYPE \(type)\n2 DATE \(period)\n"
        }
        return out
    }

    /// `1 TAG` with its date, or `1 TAG Y` (it happened, the date unknown).
    static func event(_ tag: String, year: Int?) -> String {
        year.map { "1 \(tag)\n2 DATE \($0)\n" } ?? "1 \(tag) Y\n"
    }

    /// 5.5.1 wants a name with its surname between slashes. Our persons have one free-text
    /// name, and which part of it is a surname cannot be known ("Oma Kok", "Finn de Boer",
    /// "Tante Els", "Noor"): a guess would land in another program's surname index as if it
    /// were known. So the whole is written as given names with an empty surname ("Ilse
    /// Brouwer //"), which readers take as it is. A slash inside the name would be read as
    /// the surname's and becomes a space (as our import made it). An unknown name ("?" or
    /// nothing) is no NAME at all: 5.5.1's NAME is optional, and our import reads "?" back.
    static func personalName(_ name: String) -> String? {
        let words = String(name.map { $0 == "/" || $0.isNewline ? " " : $0 }).split(separator: " ").joined(separator: " ")
        guard !words.isEmpty, words != "?" else { return nil }
        return clean(words) + " //"
    }

    /// GEDCOM values are one line; line breaks (\r too, which a reader takes for one) and @
    /// are not allowed in them as they are.
    static func clean(_ s: String) -> String {
        String(s.map { $0.isNewline ? " " : $0 }).replacingOccurrences(of: "@", with: "@@")
    }
}
