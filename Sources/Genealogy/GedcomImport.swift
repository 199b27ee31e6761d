import Foundation
import KeukentafelDomain

/// Turns GEDCOM records into genogram facts: persons (name, sex, birth and death years),
/// couples (married, divorced) and children (biological, adopted, foster, step), with our
/// own extension tags (`_INDEX`, `_KIND`, `_TWIN`, `_STAT`) read back.
public enum GedcomImport {
    /// The genogram in a GEDCOM file, or the first problem with its line (nothing half-read).
    /// A pointer to a record the file does not hold is refused, never guessed at.
    public static func genogram(_ data: Data, ids: inout some IDGenerating) throws(GedcomError) -> (
        persons: [GenogramPerson], couples: [GenogramCouple], links: [GenogramChildLink]
    ) {
        let records = try GedcomParser.parse(data)
        var families = Set<String>()
        // GEDCOM 7 lets a record nothing points at go without its @ID@: such a person or
        // family is read, and simply cannot be pointed at.
        for r in records where r.tag == "FAM" {
            guard let xref = r.xref else { continue }
            guard families.insert(xref).inserted else { throw GedcomError(line: r.line, message: "\(xref) is defined twice") }
        }
        func family(_ node: GedcomNode) throws(GedcomError) -> String? {
            if node.value == "@VOID@" || node.value.isEmpty { return nil }
            guard families.contains(node.value) else {
                throw GedcomError(line: node.line, message: "\(node.value) is not a family in this file")
            }
            return node.value
        }
        var personIDs: [String: UUID] = [:]
        var persons: [GenogramPerson] = []
        var pedigree: [String: [String: ChildLinkKind]] = [:]  // person xref → family xref → kind
        var twins: [String: [String: String]] = [:]  // person xref → family xref → twin group
        for r in records where r.tag == "INDI" {
            let xref = r.xref ?? ""
            guard r.xref == nil || personIDs[xref] == nil else { throw GedcomError(line: r.line, message: "\(xref) is defined twice") }
            let id = ids.next()
            if r.xref != nil { personIDs[xref] = id }
            persons.append(
                GenogramPerson(
                    personID: id, name: name(r), gender: gender(r.value("SEX", "_SEX") ?? r.value("SEX")),
                    birthYear: year(r.value("BIRT", "DATE")), deathYear: year(r.value("DEAT", "DATE")),
                    deceased: r.first("DEAT") != nil, isIndex: r.value("_INDEX").map { $0.uppercased() != "N" } ?? false,
                    kind: r.value("_KIND").flatMap { PersonKind(rawValue: $0.lowercased()) }))
            for famc in r.all("FAMC") {
                guard let fam = try family(famc) else { continue }
                // `_PEDI` is ours (and others') for what 5.5.1's PEDI has no word for: step.
                if let kind = kind(famc.value("_PEDI")) ?? kind(famc.value("PEDI")) { pedigree[xref, default: [:]][fam] = kind }
                if let group = famc.value("_TWIN"), !group.isEmpty { twins[xref, default: [:]][fam] = group }
            }
            for fams in r.all("FAMS") { _ = try family(fams) }
            // 5.5: "1 ADOP / 2 FAMC @F1@" marks an adoption by that family.
            for adop in r.all("ADOP") {
                if let famc = adop.first("FAMC"), let fam = try family(famc) { pedigree[xref, default: [:]][fam] = .adopted }
            }
        }
        var couples: [GenogramCouple] = []
        var links: [GenogramChildLink] = []
        var twinGroups: [String: UUID] = [:]
        for r in records where r.tag == "FAM" {
            let famXref = r.xref ?? ""
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
            // `_STAT` is our own tag for what GEDCOM cannot say (cohabiting, separated).
            let status: CoupleStatus =
                r.value("_STAT").flatMap { CoupleStatus(rawValue: $0.lowercased()) }
                ?? (r.first("DIV") != nil ? .divorced : (r.first("MARR") != nil ? .married : .unknown))
            let years = self.years(r)
            couples.append(
                GenogramCouple(coupleID: coupleID, partners: partners, status: status, startYear: years.start, endYear: years.end))
            var children = Set<UUID>()
            for c in r.all("CHIL") {
                // A child named twice in one family is one child.
                guard let child = try person(c), children.insert(child).inserted else { continue }
                let childXref = c.value
                let k = kind(c.value("_PEDI")) ?? kind(c.value("PEDI")) ?? pedigree[childXref]?[famXref] ?? .biological
                var twinGroup: UUID?
                if let group = c.value("_TWIN") ?? twins[childXref]?[famXref], !group.isEmpty {
                    twinGroup = twinGroups[group] ?? ids.next()
                    twinGroups[group] = twinGroup
                }
                links.append(GenogramChildLink(coupleID: coupleID, childID: child, kind: k, twinGroup: twinGroup))
            }
        }
        return (persons, couples, links)
    }

    /// A couple's start and end years: marriage and divorce, else the typed EVENs our export
    /// writes for the years of a couple that did not marry (or separated).
    static func years(_ r: GedcomNode) -> (start: Int?, end: Int?) {
        var start = year(r.value("MARR", "DATE"))
        var end = year(r.value("DIV", "DATE"))
        for e in r.all("EVEN") {
            switch e.value("TYPE")?.lowercased() {
            case "separation": end = end ?? year(e.value("DATE"))
            case "cohabitation", "relationship":
                let p = period(e.value("DATE"))
                start = start ?? p.from
                end = end ?? p.to
            default: break
            }
        }
        return (start, end)
    }

    /// The years of a GEDCOM period: "FROM 2010 TO 2015", "FROM 2010", "TO 2015".
    static func period(_ date: String?) -> (from: Int?, to: Int?) {
        let words = (date ?? "").uppercased().split(separator: " ").map(String.init)
        let to = words.firstIndex(of: "TO")
        let from: Int? = words.first == "FROM" ? year(words[1..<(to ?? words.count)].joined(separator: " ")) : nil
        return (from, to.flatMap { year(words[($0 + 1)...].joined(separator: " ")) })
    }

    /// "Keith Lloyd /Smith/" → "Keith Lloyd Smith"; no name gives "?".
    static func name(_ r: GedcomNode) -> String {
        let raw = (r.value("NAME") ?? "").replacingOccurrences(of: "@@", with: "@")
        let cleaned = raw.replacingOccurrences(of: "/", with: " ").split(separator: " ").joined(separator: " ")
        return cleaned.isEmpty ? "?" : cleaned
    }

    /// GEDCOM 7's X, or our `_SEX X` under a 5.5.1 `SEX U`, is non-binary.
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
