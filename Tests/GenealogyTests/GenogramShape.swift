import Foundation
import KeukentafelDomain

/// A comparable picture of a genogram: persons in order, couples and children by index
/// (-1 for a person the genogram does not hold, so the comparison fails instead of crashing).
struct GenogramShape: Equatable {
    var persons: [String]
    var couples: [String]

    init(_ persons: [GenogramPerson], _ couples: [GenogramCouple], _ links: [GenogramChildLink]) {
        let index = Dictionary(uniqueKeysWithValues: persons.enumerated().map { ($1.personID, $0) })
        self.persons = persons.map { "\($0.name)|\($0.gender)|\($0.birthYear ?? -1)|\($0.deathYear ?? -1)|\($0.deceased)" }
        self.couples = couples.map { c in
            let kids = links.filter { $0.coupleID == c.coupleID }.map { "\(index[$0.childID] ?? -1):\($0.kind)" }
            return "\(c.partners.map { index[$0] ?? -1 })|\(c.status)|\(c.startYear ?? -1)|\(c.endYear ?? -1)|\(kids)"
        }
    }
}
