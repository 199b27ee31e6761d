import Foundation
import KeukentafelDomain

/// Turns GEDCOM records into genogram facts: persons (name, sex, birth and death years),
/// couples (married, divorced) and children (biological, adopted, foster).
public enum GedcomImport {
    /// The genogram in a GEDCOM file, or the first problem with its line (nothing half-read).
    public static func genogram(_ data: Data, ids: inout some IDGenerating) throws(GedcomError) -> (
        persons: [GenogramPerson], couples: [GenogramCouple], links: [GenogramChildLink]
    ) {
        let records = try GedcomParser.parse(data)
        var personIDs: [String: UUID] = [:]
        var persons: [GenogramPerson] = []
        var pedigree: [String: [String: ChildLinkKind]] = [:]  // person xref → family xref → kind
        for r in records where r.tag == "INDI" {
            guard let xref = r.xref else { throw GedcomError(line: r.line, message: "an INDI record needs its @ID@") }
            guard personIDs[xref] == nil else { throw GedcomError(line: r.line, message: "\(xref) is defined twice") }
            let id = ids.next()
            personIDs[xref] = id
            persons.append(
                GenogramPerson(
                    personID: id, name: name(r), gender: gender(r.value("SEX")),
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
            let status: CoupleStatus =
                r.value("_STAT").flatMap(CoupleStatus.init(rawValue:))
                ?? (divorced ? .divorced : (r.first("MARR") != nil ? .married : .unknown))
            couples.append(
                GenogramCouple(
                    coupleID: coupleID, partners: partners, status: status,
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
