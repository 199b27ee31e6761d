import Foundation
import KeukentafelDomain

/// What a pseudonymisation replaced, by kind and count; never a name.
public struct PseudonymSummary: Equatable, Sendable {
    public var familyNames = 0
    public var memberNames = 0
    public var genogramPersons = 0
    public var networkContacts = 0
    public var places = 0
    /// Names found and replaced inside recorded words, notes, goals and other free text.
    public var namesInText = 0
    /// Calendar dates written inside free text that moved with the shift.
    public var datesInText = 0
    /// The one shift of every time and date in this export, in days.
    public var shiftDays = 0
    /// Ids (family, events, members, sessions …) replaced by new ones.
    public var ids = 0
}

/// A family's record with every name of the family, its members, genogram persons,
/// network contacts and places replaced by consistent pseudonyms (also inside the
/// recorded words, whatever the case or accents, possessives such as "Zoë's" and
/// "Karims" included), every time and written date shifted by one constant, and every id
/// replaced, so the result is a valid record that cannot be joined to the original by id.
/// Birth years stay, so ages are kept.
public struct Pseudonymiser {
    /// The labels pseudonyms are made of, by kind of name.
    public struct Labels: Sendable {
        var family, person, contact, place: String
        public static let dutch = Labels(family: "Familie", person: "Persoon", contact: "Contact", place: "Plaats")
        public static let english = Labels(family: "Family", person: "Person", contact: "Contact", place: "Place")
    }

    enum NameKind: Int, Comparable {
        case family, member, person, contact, place
        static func < (a: NameKind, b: NameKind) -> Bool { a.rawValue < b.rawValue }
    }

    /// How one kind of event's fields are treated: whole names of a kind, and free text.
    struct Rule {
        var names: [String: NameKind] = [:]
        var texts: Set<String> = []
    }

    /// Every event kind must be here: a kind this table does not know is refused, never passed through.
    static let rules: [String: Rule] = [
        "familyCreated": Rule(names: ["name": .family]),
        "familyRenamed": Rule(names: ["name": .family]),
        "memberAdded": Rule(names: ["name": .member]),
        "memberChanged": Rule(names: ["name": .member]),
        "sessionStarted": Rule(),
        "presenceChanged": Rule(),
        "phaseChanged": Rule(),
        "sessionEnded": Rule(),
        "promptShown": Rule(),
        "utteranceRecorded": Rule(texts: ["text"]),
        "noteRecorded": Rule(texts: ["text"]),
        "workerSaid": Rule(texts: ["text"]),
        "entryAmended": Rule(texts: ["text"]),
        "entryRetracted": Rule(texts: ["reason"]),
        "entryTagged": Rule(),
        "answerLinked": Rule(),
        "scaleDefined": Rule(texts: ["topic"]),
        "scaleValueSet": Rule(),
        "goalSet": Rule(texts: ["text"]),
        "goalChanged": Rule(texts: ["text"]),
        "safetyMapEntry": Rule(),
        "optionAdded": Rule(texts: ["text", "pros", "cons"]),
        "preferenceRecorded": Rule(),
        "decisionRecorded": Rule(texts: ["text", "decidedBy", "disagreement"]),
        "agreementMade": Rule(texts: ["who", "what", "byWhen"]),
        "timelineEventAdded": Rule(texts: ["when", "text"]),
        "instrumentScored": Rule(texts: ["date", "scores"]),
        "evaluationRecorded": Rule(texts: ["comment"]),
        "summaryChecked": Rule(texts: ["corrections"]),
        "appointmentSet": Rule(names: ["place": .place], texts: ["when"]),
        "genogramPersonSet": Rule(names: ["name": .person, "household": .place]),
        "genogramCoupleSet": Rule(),
        "genogramChildLinked": Rule(),
        "genogramBondSet": Rule(),
        "genogramRemoved": Rule(),
        "networkContactSet": Rule(names: ["name": .contact], texts: ["sector", "note"]),
        "networkContactRemoved": Rule(),
        "networkSectorsSet": Rule(texts: ["sectors"]),
        "personAdded": Rule(names: ["name": .person], texts: ["attributes"]),
        "relationAdded": Rule(texts: ["attributes"]),
        "networkContactAdded": Rule(names: ["name": .contact], texts: ["sector", "attributes"]),
        "annotationAdded": Rule(texts: ["text"]),
        "observerScored": Rule(),
    ]

    /// Words that are part of a name as written ("oma Riet", "juf Marieke", "Gezin de Vries")
    /// but are no name themselves: replacing them everywhere would take ordinary words.
    static let notNames: Set<String> = [
        "van", "de", "der", "den", "het", "ten", "ter", "te", "la", "le", "el", "al", "bin", "ibn", "bint", "von", "du", "da", "di",
        "en", "and", "of", "the", "in", "bij", "om", "aan", "op", "met", "with", "at", "near", "hoek", "huis", "thuis", "home",
        "woont", "wonen", "lives", "live", "gezin", "familie", "family", "demo", "juf", "meester", "mevrouw", "meneer", "mw",
        "mevr", "dhr", "dr", "drs", "ir", "mr", "mrs", "ms", "miss", "oma", "opa", "tante", "oom", "neef", "nicht", "mama", "papa",
        "mam", "pap", "moeder", "vader", "broer", "zus", "zusje", "broertje", "buurvrouw", "buurman", "buren", "huisarts", "school",
        "friends", "vrienden", "professionals", "leisure", "vrije", "tijd", "kind", "baby", "mother", "father", "grandma",
        "grandpa", "aunt", "uncle", "teacher", "neighbour", "neighbor", "doctor", "gp", "coach", "trainer", "club", "team",
    ]

    /// Proclitics Arabic writes onto a name ("and", "with", "for", the article).
    static let arabicPrefixes = ["وال", "بال", "لل", "ال", "و", "ب", "ل", "ف"]

    var labels: Labels
    /// Folded name word to its pseudonym.
    private(set) var words: [String: String] = [:]
    /// Whole place texts (folded) to their pseudonym.
    private var placeTexts: [String: String] = [:]
    private var counters: [NameKind: Int] = [:]
    private var ids: [String: String] = [:]
    private var distinct: [NameKind: Set<String>] = [:]
    public private(set) var summary = PseudonymSummary()
    let shiftDays: Int

    /// A pseudonymiser whose dates move by `shiftDays` (one constant for the whole export).
    public init(labels: Labels, shiftDays: Int) {
        self.labels = labels
        self.shiftDays = shiftDays
        summary.shiftDays = shiftDays
    }

    /// A shift chosen at random for one export: 4 to 52 whole weeks back, so weekdays stay
    /// right ("dinsdag 3 december") and ages move by less than a year.
    public static func randomShiftDays() -> Int { -7 * Int.random(in: 4...52) }

    /// Pseudonymises a family's whole record. Throws for an event kind it has no rule for.
    public static func pseudonymise(_ events: [Event], labels: Labels, shiftDays: Int = randomShiftDays()) throws -> (
        events: [Event], summary: PseudonymSummary
    ) {
        var p = Pseudonymiser(labels: labels, shiftDays: shiftDays)
        let objects = try events.map { e -> [String: Any] in
            guard rules[e.payload.typeName] != nil else { throw PseudonymError.unknownKind(e.payload.typeName) }
            return try JSONSerialization.jsonObject(with: e.payload.encodedData()) as? [String: Any] ?? [:]
        }
        // Names first, all of them, so a name said before it was entered is still found.
        for kind in [NameKind.family, .member, .person, .contact, .place] {
            for (e, object) in zip(events, objects) {
                for (key, k) in rules[e.payload.typeName]?.names ?? [:] where k == kind {
                    if let name = object[key] as? String { p.register(name, as: kind) }
                }
            }
        }
        p.summary.familyNames = p.distinct[.family]?.count ?? 0
        p.summary.memberNames = p.distinct[.member]?.count ?? 0
        p.summary.genogramPersons = p.distinct[.person]?.count ?? 0
        p.summary.networkContacts = p.distinct[.contact]?.count ?? 0
        p.summary.places = p.distinct[.place]?.count ?? 0
        var out: [Event] = []
        for (e, object) in zip(events, objects) {
            let year = Calendar(identifier: .gregorian).component(.year, from: e.time)
            let rule = rules[e.payload.typeName] ?? Rule()
            var changed: [String: Any] = [:]
            for (key, value) in object {
                if let kind = rule.names[key], let name = value as? String {
                    changed[key] = p.replaceName(name, kind: kind)
                } else if rule.texts.contains(key) {
                    changed[key] = p.replaceInText(value, year: year)
                } else {
                    changed[key] = value
                }
            }
            let payload = try EventPayload.decode(
                type: e.payload.typeName, data: JSONSerialization.data(withJSONObject: p.replaceIDs(changed)))
            out.append(
                Event(
                    id: p.newID(e.id), familyID: p.newID(e.familyID), sessionID: e.sessionID.map { p.newID($0) },
                    time: e.time.addingTimeInterval(Double(shiftDays) * 86_400), author: e.author, schemaVersion: e.schemaVersion,
                    payload: payload))
        }
        p.summary.ids = p.ids.count
        return (out, p.summary)
    }

    // MARK: Names

    /// The words of a name that are names (not titles, particles or role words).
    static func nameWords(_ name: String, onlyCapitalised: Bool = false) -> [String] {
        words(of: name).filter { word in
            let folded = foldedForMatching(word)
            guard folded.count >= 2, !notNames.contains(folded), !folded.allSatisfy(\.isNumber) else { return false }
            // A place's words count only when written as a name: "Zwolle", not "om de hoek".
            return !onlyCapitalised || word.first?.isLowercase != true
        }
    }

    mutating func register(_ name: String, as kind: NameKind) {
        let folded = foldedForMatching(name.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !folded.isEmpty else { return }
        distinct[kind, default: []].insert(folded)
        if kind == .place, placeTexts[folded] == nil { placeTexts[folded] = nextLabel(.place) }
        for word in Self.nameWords(name, onlyCapitalised: kind == .place) {
            let key = foldedForMatching(word)
            if words[key] == nil { words[key] = kind == .place ? placeTexts[folded] : nextLabel(kind) }
        }
    }

    private mutating func nextLabel(_ kind: NameKind) -> String {
        let n = counters[kind, default: 0]
        counters[kind] = n + 1
        let prefix: String
        switch kind {
        case .family: prefix = labels.family
        case .member, .person: prefix = labels.person
        case .contact: prefix = labels.contact
        case .place: prefix = labels.place
        }
        // Members and genogram persons share one sequence: one person, one letter.
        if kind == .member || kind == .person {
            let shared = counters[.member, default: 0] + counters[.person, default: 0] - 1
            return prefix + "-" + Self.letters(shared)
        }
        return prefix + "-" + Self.letters(n)
    }

    /// A, B … Z, AA, AB …
    static func letters(_ n: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return n < 26 ? String(alphabet[n]) : letters(n / 26 - 1) + String(alphabet[n % 26])
    }

    /// A whole name field: a place becomes its pseudonym whole; a person's name keeps its
    /// titles and particles ("oma Persoon-E").
    mutating func replaceName(_ name: String, kind: NameKind) -> String {
        if kind == .place, let label = placeTexts[foldedForMatching(name.trimmingCharacters(in: .whitespacesAndNewlines))] {
            return label
        }
        return replaceWords(name, counting: false)
    }

    // MARK: Free text

    mutating func replaceInText(_ value: Any, year: Int) -> Any {
        if let text = value as? String {
            let (shifted, dates) = DateShift.shift(replaceWords(text, counting: true), days: shiftDays, year: year)
            summary.datesInText += dates
            return shifted
        }
        if let list = value as? [Any] { return list.map { replaceInText($0, year: year) } }
        if let object = value as? [String: Any] { return object.mapValues { replaceInText($0, year: year) } }
        return value
    }

    /// A letter, mark or digit: part of a word in any script (combining marks stay with their letter).
    static func isWordCharacter(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first else { return false }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark, .spacingMark,
            .enclosingMark, .decimalNumber:
            return true
        default:
            return false
        }
    }

    static func words(of text: String) -> [String] {
        var out: [String] = []
        var word = ""
        for c in text {
            if isWordCharacter(c) {
                word.append(c)
            } else if !word.isEmpty {
                out.append(word)
                word = ""
            }
        }
        if !word.isEmpty { out.append(word) }
        return out
    }

    /// `text` with every name word replaced; what is between words stays as it was.
    mutating func replaceWords(_ text: String, counting: Bool) -> String {
        var out = ""
        var word = ""
        func flush(_ p: inout Pseudonymiser) {
            guard !word.isEmpty else { return }
            if let replacement = p.pseudonym(forWord: word) {
                out += replacement
                if counting { p.summary.namesInText += 1 }
            } else {
                out += word
            }
            word = ""
        }
        for c in text {
            if Self.isWordCharacter(c) {
                word.append(c)
            } else {
                flush(&self)
                out.append(c)
            }
        }
        flush(&self)
        return out
    }

    /// The pseudonym for one written word: the name itself, a Dutch possessive without an
    /// apostrophe ("Karims"), or a name with an Arabic proclitic ("وسارة").
    func pseudonym(forWord word: String) -> String? {
        let folded = foldedForMatching(word)
        if let p = words[folded] { return p }
        if folded.count > 2, folded.hasSuffix("s"), let p = words[String(folded.dropLast())] { return p + "s" }
        for prefix in Self.arabicPrefixes where folded.hasPrefix(prefix) && folded.count > prefix.count + 1 {
            if let p = words[String(folded.dropFirst(prefix.count))] { return String(word.prefix(prefix.count)) + p }
        }
        return nil
    }

    // MARK: Ids

    mutating func newID(_ id: UUID) -> UUID {
        UUID(uuidString: mapID(id.uuidString)) ?? id
    }

    private mutating func mapID(_ text: String) -> String {
        let key = text.uppercased()
        if let mapped = ids[key] { return mapped }
        let fresh = UUID().uuidString
        ids[key] = fresh
        return fresh
    }

    /// Every id anywhere in a payload, replaced consistently (so references still hold).
    mutating func replaceIDs(_ value: Any) -> Any {
        if let text = value as? String { return UUID(uuidString: text) == nil ? text : mapID(text) }
        if let list = value as? [Any] { return list.map { replaceIDs($0) } }
        if let object = value as? [String: Any] {
            var out: [String: Any] = [:]
            for (k, v) in object { out[UUID(uuidString: k) == nil ? k : mapID(k)] = replaceIDs(v) }
            return out
        }
        return value
    }
}

/// Why a record could not be pseudonymised.
public enum PseudonymError: Error, Equatable, CustomStringConvertible {
    case unknownKind(String)

    public var description: String {
        switch self {
        case .unknownKind(let kind):
            return "the record holds events of a kind ('\(kind)') that pseudonymisation does not know; nothing was written"
        }
    }
}
