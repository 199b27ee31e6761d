import Foundation
import KeukentafelDomain
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a Gramps XML database (people, genders, names, families, children) into a
/// genogram: for the layout benchmark on `example.gramps`, converted at run time.
final class GrampsXML: NSObject, XMLParserDelegate {
    private var persons: [String: GenogramPerson] = [:]
    private var personOrder: [String] = []
    private var families: [(father: String?, mother: String?, children: [(String, ChildLinkKind)])] = []
    private var ids = SeededIDs(seed: 2157)
    private var current: String?
    private var text = ""
    private var first = "", surname = ""
    private var gender = Gender.unknown
    private var family: (father: String?, mother: String?, children: [(String, ChildLinkKind)])?

    static func genogram(_ data: Data) -> Genogram? {
        let reader = GrampsXML()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse() else { return nil }
        return reader.result()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes a: [String: String] = [:]) {
        text = ""
        switch name {
        case "person": current = a["handle"]; first = ""; surname = ""; gender = .unknown
        case "family": family = (nil, nil, [])
        case "father": family?.father = a["hlink"]
        case "mother": family?.mother = a["hlink"]
        case "childref":
            if let h = a["hlink"] {
                let rel = (a["mrel"] ?? a["frel"] ?? "Birth").lowercased()
                family?.children.append((h, rel == "adopted" ? .adopted : rel == "foster" ? .foster : rel == "stepchild" ? .step : .biological))
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "gender": gender = text == "M" ? .male : text == "F" ? .female : .unknown
        case "first": if first.isEmpty { first = text }
        case "surname": if surname.isEmpty { surname = text }
        case "person":
            if let h = current {
                persons[h] = GenogramPerson(personID: ids.next(), name: "\(first) \(surname)".trimmingCharacters(in: .whitespaces), gender: gender)
                personOrder.append(h)
            }
            current = nil
        case "family": if let f = family { families.append(f) }; family = nil
        default: break
        }
    }

    private func result() -> Genogram {
        var g = Genogram()
        for h in personOrder { if let p = persons[h] { g.add(p) } }
        for f in families {
            let partners = [f.father, f.mother].compactMap { $0.flatMap { persons[$0]?.personID } }
            let couple = GenogramCouple(coupleID: ids.next(), partners: partners, status: .married)
            g.add(couple)
            for (h, kind) in f.children { if let c = persons[h] { g.add(GenogramChildLink(coupleID: couple.coupleID, childID: c.personID, kind: kind)) } }
        }
        return g
    }
}
