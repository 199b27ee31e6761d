import Foundation
import KeukentafelDomain

/// Writes a genogram as GEDCOM 5.5.1 (persons, families, sex, years, pedigree).
public enum GedcomExport {
    public static func text(name: String, genogram g: Genogram) -> String {
        var xref: [UUID: String] = [:]
        for (i, p) in g.persons.enumerated() { xref[p.personID] = "@I\(i + 1)@" }
        var famXref: [UUID: String] = [:]
        for (i, c) in g.couples.enumerated() { famXref[c.coupleID] = "@F\(i + 1)@" }
        var out =
            "0 HEAD\n1 SOUR KEUKENTAFEL\n2 NAME Keukentafel\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n1 NOTE \(clean(name))\n"
        for p in g.persons {
            out += "0 \(xref[p.personID]!) INDI\n1 NAME \(clean(p.name))\n"
            switch p.gender {
            case .male: out += "1 SEX M\n"
            case .female: out += "1 SEX F\n"
            case .nonBinary: out += "1 SEX X\n"
            case .unknown: out += "1 SEX U\n"
            }
            if let y = p.birthYear { out += "1 BIRT\n2 DATE \(y)\n" }
            if p.deceased { out += p.deathYear.map { "1 DEAT\n2 DATE \($0)\n" } ?? "1 DEAT Y\n" }
            for l in g.childLinks where l.childID == p.personID {
                guard let f = famXref[l.coupleID] else { continue }
                out += "1 FAMC \(f)\n"
                switch l.kind {
                case .biological: out += "2 PEDI birth\n"
                case .adopted: out += "2 PEDI adopted\n"
                case .foster: out += "2 PEDI foster\n"
                case .step: out += "2 PEDI step\n"
                }
            }
            for c in g.couples where c.partners.contains(p.personID) { out += "1 FAMS \(famXref[c.coupleID]!)\n" }
        }
        for c in g.couples {
            out += "0 \(famXref[c.coupleID]!) FAM\n"
            // HUSB for men, WIFE for women; others take whichever role is still free.
            // (Files with more than two partners in a family exist; all are kept, in order.)
            var usedHusband = false
            for partner in c.partners {
                let gender = g.person(partner)?.gender
                let role = gender == .male ? "HUSB" : gender == .female ? "WIFE" : (usedHusband ? "WIFE" : "HUSB")
                if role == "HUSB" { usedHusband = true }
                out += "1 \(role) \(xref[partner]!)\n"
            }
            switch c.status {
            case .married, .separated: out += "1 MARR" + (c.startYear.map { "\n2 DATE \($0)\n" } ?? " Y\n")
            case .divorced:
                out += "1 MARR" + (c.startYear.map { "\n2 DATE \($0)\n" } ?? " Y\n")
                out += "1 DIV" + (c.endYear.map { "\n2 DATE \($0)\n" } ?? " Y\n")
            case .cohabiting, .endedCohabitation, .unknown: break
            }
            if [.cohabiting, .endedCohabitation, .separated].contains(c.status) { out += "1 _STAT \(c.status.rawValue)\n" }
            for l in g.childLinks where l.coupleID == c.coupleID { out += "1 CHIL \(xref[l.childID]!)\n" }
        }
        return out + "0 TRLR\n"
    }

    /// GEDCOM values are one line; line breaks and @ are not allowed in them as they are.
    static func clean(_ s: String) -> String {
        s.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "@", with: "@@")
    }
}
