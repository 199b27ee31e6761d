import Foundation
import KeukentafelDomain

/// Turns GEDCOM records into genogram facts: persons (name, sex, birth and death years),
/// couples (married, divorced) and children (biological, adopted, foster).
public enum GedcomImport {
    /// The genogram in a GEDCOM file, or the first problem with its line (nothing half-read).
    public static func genogram(_ data: Data, ids: inout some IDGenerating) throws(GedcomError) -> (persons: [GenogramPerson], couples: [GenogramCouple], links: [GenogramChildLink]) {
        let records = try GedcomParser.parse(data)
        var personIDs: [String: UUID] = [:]
        var persons: [GenogramPerson] = []
        var pedigree: [String: [String: ChildLinkKind]] = [:]  // person xref → family xref → kind
        for r in records where r.tag == "INDI" {
            guard let xref = r.xref else { throw GedcomError(line: r.line, message: "an INDI record needs its @ID@") }
            guard personIDs[xref] == nil else { throw GedcomError(line: r.line, message: "\(xref) is defined twice") }
            let id = ids.next()
            personIDs[xref] = id
            persons.append(GenogramPerson(personID: id, name: name(r), gender: gender(r.value("SEX")),
                                          birthYear: year(r.value("BIRT", "DATE")), deathYear: year(r.value("DEAT", "DATE")),
                                          deceased: r.first("DEAT") != nil))
            for famc in r.all("FAMC") {
                if let kind = kind(famc.value("PEDI")) { pedigree[xref, default: [:]][famc.value] = kind }
            }
            // 5.5: "1 ADOP / 2 FAMC @F1@" marks an adoption by that family.
            for adop in r.all("ADOP") {
                if let fam = adop.value("FAMC") { pedigree[xref, default: [:]][fam] = .adopted }
            }
        }
        var couples: [GenogramCouple] = []
        var links: [GenogramChildLink] = []
        for r in records where r.tag == "FAM" {
            func person(_ node: GedcomNode) throws(GedcomError) -> UUID? {
                if node.value == "@VOID@" || node.value.isEmpty { return nil }
                guard let id = personIDs[node.value] else {
                    throw GedcomError(line: node.line, message: "\(node.value) is not a person in this file")
                }
                return id
            }
            var partners: [UUID] = []
            for p in r.children where p.tag == "HUSB" || p.tag == "WIFE" {
                if let id = try person(p), !partners.contains(id) { partners.append(id) }
            }
            let coupleID = ids.next()
            let divorced = r.first("DIV") != nil
            // `_STAT` is our own tag for what GEDCOM cannot say (cohabiting, separated).
            let status: CoupleStatus = r.value("_STAT").flatMap(CoupleStatus.init(rawValue:))
                ?? (divorced ? .divorced : (r.first("MARR") != nil ? .married : .unknown))
            couples.append(GenogramCouple(coupleID: coupleID, partners: partners, status: status,
                                          startYear: year(r.value("MARR", "DATE")), endYear: year(r.value("DIV", "DATE"))))
            for c in r.all("CHIL") {
                guard let child = try person(c) else { continue }
                let childXref = c.value
                let k = kind(c.value("_PEDI")) ?? kind(c.value("PEDI")) ?? pedigree[childXref]?[r.xref ?? ""] ?? .biological
                links.append(GenogramChildLink(coupleID: coupleID, childID: child, kind: k))
            }
        }
        return (persons, couples, links)
    }

    /// "Keith Lloyd /Smith/" → "Keith Lloyd Smith"; no name gives "?".
    static func name(_ r: GedcomNode) -> String {
        let raw = (r.value("NAME") ?? "").replacingOccurrences(of: "@@", with: "@")
        let cleaned = raw.replacingOccurrences(of: "/", with: " ").split(separator: " ").joined(separator: " ")
        return cleaned.isEmpty ? "?" : cleaned
    }

    static func gender(_ sex: String?) -> Gender {
        switch sex?.uppercased() {
        case "M": return .male
        case "F": return .female
        case "X": return .nonBinary
        default: return .unknown
        }
    }

    /// The year of a GEDCOM date: the last number ("2 OCT 1864", "ABT 1864", "570"), or
    /// the first after BET or FROM ("BET 1900 AND 1910").
    static func year(_ date: String?) -> Int? {
        guard let date else { return nil }
        let tokens = date.uppercased().split(separator: " ")
        let numbers = tokens.compactMap { t -> Int? in t.count <= 4 && t.allSatisfy(\.isNumber) ? Int(t) : nil }
        if let first = tokens.first, first == "BET" || first == "FROM" { return numbers.first }
        return numbers.last
    }

    static func kind(_ pedi: String?) -> ChildLinkKind? {
        switch pedi?.lowercased() {
        case "birth": return .biological
        case "adopted": return .adopted
        case "foster": return .foster
        case "step": return .step
        default: return nil
        }
    }
}

/// Writes a genogram as GEDCOM 5.5.1 (persons, families, sex, years, pedigree).
public enum GedcomExport {
    public static func text(name: String, genogram g: Genogram) -> String {
        var xref: [UUID: String] = [:]
        for (i, p) in g.persons.enumerated() { xref[p.personID] = "@I\(i + 1)@" }
        var famXref: [UUID: String] = [:]
        for (i, c) in g.couples.enumerated() { famXref[c.coupleID] = "@F\(i + 1)@" }
        var out = "0 HEAD\n1 SOUR KEUKENTAFEL\n2 NAME Keukentafel\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n1 NOTE \(clean(name))\n"
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
