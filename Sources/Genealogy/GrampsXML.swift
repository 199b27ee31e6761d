import Foundation
import KeukentafelDomain

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a Gramps XML database (people, gender, names, birth and death years, families
/// with their relationship, children with their bond) into a genogram.
public final class GrampsXML: NSObject, XMLParserDelegate {
    private var persons: [String: GenogramPerson] = [:]
    private var personEvents: [String: [String]] = [:]
    private var events: [String: (type: String, year: Int?)] = [:]
    private var event: (handle: String, type: String, year: Int?)?
    private var relation = "Unknown"
    private var sawDatabase = false
    private var personOrder: [String] = []
    private var families: [(father: String?, mother: String?, children: [(String, ChildLinkKind)])] = []
    private var ids = SeededIDs(seed: 2157)
    private var current: String?
    private var text = ""
    private var first = "", surname = ""
    private var gender = Gender.unknown
    private var family: (father: String?, mother: String?, children: [(String, ChildLinkKind)])?
    private var relations: [String] = []

    /// The genogram in a Gramps XML file (plain or gzip-compressed by the caller), or nil
    /// when the XML is malformed.
    public static func genogram(_ data: Data) -> Genogram? {
        // Gramps never declares entities. The XML parser leaves an external one unread and
        // then silently drops the text after it (a family read in part), and nested ones
        // can expand a small file into gigabytes: a file that declares any is refused.
        let root = data.range(of: Data("<database".utf8))?.lowerBound ?? data.endIndex
        if data[..<root].range(of: Data("<!ENTITY".utf8)) != nil { return nil }
        let reader = GrampsXML()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse(), reader.sawDatabase else { return nil }
        return reader.result()
    }

    public func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes a: [String: String] = [:]
    ) {
        text = ""
        switch name {
        case "person":
            current = a["handle"]
            first = ""
            surname = ""
            gender = .unknown
        case "database": sawDatabase = true
        case "family":
            family = (nil, nil, [])
            relation = "Unknown"
        case "rel": relation = a["type"] ?? "Unknown"
        case "event": if let h = a["handle"] { event = (h, "", nil) }
        case "dateval", "daterange", "datespan":
            if event != nil, let v = a["val"] ?? a["start"] { event?.year = Int(v.prefix(4)) }
        case "eventref":
            if let person = current, family == nil, let h = a["hlink"] { personEvents[person, default: []].append(h) }
        case "father": family?.father = a["hlink"]
        case "mother": family?.mother = a["hlink"]
        case "childref":
            if let h = a["hlink"] {
                let rel = (a["mrel"] ?? a["frel"] ?? "Birth").lowercased()
                family?.children.append(
                    (h, rel == "adopted" ? .adopted : rel == "foster" ? .foster : rel == "stepchild" ? .step : .biological))
            }
        default: break
        }
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    public func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "gender": gender = text == "M" ? .male : text == "F" ? .female : .unknown
        case "type": if event != nil { event?.type = text }
        case "event":
            if let e = event { events[e.handle] = (e.type, e.year) }
            event = nil
        case "first": if first.isEmpty { first = text }
        case "surname": if surname.isEmpty { surname = text }
        case "person":
            if let h = current {
                let name = "\(first) \(surname)".split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                persons[h] = GenogramPerson(personID: ids.next(), name: name.isEmpty ? "?" : name, gender: gender)
                personOrder.append(h)
            }
            current = nil
        case "family":
            if let f = family {
                families.append(f)
                relations.append(relation)
            }
            family = nil
        default: break
        }
    }

    private func result() -> Genogram {
        var g = Genogram()
        for h in personOrder {
            guard var p = persons[h] else { continue }
            for ref in personEvents[h] ?? [] {
                guard let e = events[ref] else { continue }
                if e.type == "Birth", p.birthYear == nil { p.birthYear = e.year }
                if e.type == "Death" || e.type == "Burial" {
                    p.deceased = true
                    if p.deathYear == nil, e.type == "Death" { p.deathYear = e.year }
                }
            }
            persons[h] = p
            g.add(p)
        }
        for (i, f) in families.enumerated() {
            let partners = [f.father, f.mother].compactMap { $0.flatMap { persons[$0]?.personID } }
            let status: CoupleStatus = ["Married": .married, "Civil Union": .married, "Unmarried": .cohabiting][relations[i]] ?? .unknown
            let couple = GenogramCouple(coupleID: ids.next(), partners: partners, status: status)
            g.add(couple)
            for (h, kind) in f.children {
                if let c = persons[h] { g.add(GenogramChildLink(coupleID: couple.coupleID, childID: c.personID, kind: kind)) }
            }
        }
        return g
    }
}
