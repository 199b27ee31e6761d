import Foundation
import KeukentafelDomain

/// The members typed in one field, as people say them: "Sandra (moeder), Milan (3), Zoë, 9".
///
/// A number in brackets, or a number alone after a name, is that person's age, not part
/// of their name (otherwise "Milan (3)" and the "Milan" of the genogram would be two
/// people). A role word in brackets gives the role; other brackets stay in the name.
enum MemberList {
    /// One member as typed.
    struct Member: Equatable {
        var name: String
        var birthYear: Int?
        var role: FamilyRole = .other
    }

    static func parse(_ field: String, year: Int) -> [Member] {
        var members: [Member] = []
        for raw in field.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }) {
            let part = normaliseSpaces(String(raw))
            guard !part.isEmpty else { continue }
            if let age = age(part), let last = members.indices.last, members[last].birthYear == nil {
                members[last].birthYear = year - age
                if members[last].role == .other { members[last].role = role(forAge: age) }
                continue
            }
            members.append(member(part, year: year))
        }
        return members
    }

    private static func member(_ part: String, year: Int) -> Member {
        guard part.hasSuffix(")"), let open = part.lastIndex(of: "("), open > part.startIndex else { return Member(name: part) }
        let name = normaliseSpaces(String(part[..<open]))
        let inside = normaliseSpaces(String(part[part.index(after: open)..<part.index(before: part.endIndex)]))
        if let age = age(inside) { return Member(name: name, birthYear: year - age, role: role(forAge: age)) }
        if let role = roleWords[foldedForMatching(inside)] { return Member(name: name, role: role) }
        return Member(name: part)
    }

    /// "3", "3 jaar", "3 jr", "3 years": an age from 0 to 120.
    static func age(_ text: String) -> Int? {
        let words = foldedForMatching(text).split(separator: " ")
        guard let first = words.first, let n = Int(first), (0...120).contains(n) else { return nil }
        guard words.count == 1 || (words.count == 2 && ["jaar", "jr", "year", "years", "y"].contains(String(words[1]))) else { return nil }
        return n
    }

    private static func role(forAge age: Int) -> FamilyRole {
        age < 12 ? .child : (age < 18 ? .adolescent : .other)
    }

    private static let roleWords: [String: FamilyRole] = [
        "moeder": .parent, "vader": .parent, "ouder": .parent, "mama": .parent, "papa": .parent,
        "mother": .parent, "father": .parent, "parent": .parent, "mum": .parent, "mom": .parent, "dad": .parent,
        "pleegmoeder": .carer, "pleegvader": .carer, "pleegouder": .carer, "foster mother": .carer, "foster father": .carer,
        "foster parent": .carer, "kind": .child, "zoon": .child, "dochter": .child, "child": .child, "son": .child,
        "daughter": .child,
    ]

    /// Collapses runs of whitespace (including pasted line breaks) to one space.
    static func normaliseSpaces(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
