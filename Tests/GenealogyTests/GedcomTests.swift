import Foundation
import Genealogy
import KeukentafelDomain
import TestSupport
import Testing

@Suite("GEDCOM")
struct GedcomTests {
    @Test(
        "every person and family of the real sample files survives import → export → import",
        .enabled(if: GedcomSamples.available, "skipped: Debian's package mirror is not reachable to fetch the sample GEDCOM files"),
        arguments: GedcomSamples.files.map(\.path))
    func roundTrip(path: String) throws {
        let samples = try #require(GedcomSamples.directory)
        let data = try Data(contentsOf: samples.appendingPathComponent("x/" + path))
        var ids = SeededIDs(seed: 1)
        let first = try GedcomImport.genogram(data, ids: &ids)
        let raw = String(decoding: data, as: UTF8.self)
        #expect(first.persons.count == raw.components(separatedBy: "\n").filter { $0.hasPrefix("0 @") && $0.contains("@ INDI") }.count)
        #expect(
            first.couples.count
                == raw.components(separatedBy: "\n").filter { $0.hasPrefix("0 @") && $0.hasSuffix("@ FAM") || $0.hasSuffix("@ FAM\r") }
                .count)
        var g = Genogram()
        for p in first.persons { g.persons.append(p) }
        g.couples = first.couples
        g.childLinks = first.links
        let exported = GedcomExport.text(name: "test", genogram: g)
        var ids2 = SeededIDs(seed: 2)
        let second = try GedcomImport.genogram(Data(exported.utf8), ids: &ids2)
        #expect(GenogramShape(second.persons, second.couples, second.links) == GenogramShape(first.persons, first.couples, first.links))
    }

    @Test(
        "the Gramps sample keeps its adoptions, dates and names with accents",
        .enabled(if: GedcomSamples.available, "skipped: Debian's package mirror is not reachable to fetch the sample GEDCOM files"))
    func grampsDetails() throws {
        let dir = try #require(GedcomSamples.directory)
        var ids = SeededIDs(seed: 1)
        let g = try GedcomImport.genogram(
            try Data(contentsOf: dir.appendingPathComponent("x/usr/share/doc/gramps/example/gedcom/sample.ged")), ids: &ids)
        let anna = try #require(g.persons.first { $0.name == "Anna Hansdotter" })
        #expect(anna.gender == .female && anna.birthYear == 1864 && anna.deathYear == 1945)
        #expect(g.links.contains { $0.kind == .adopted })
    }

    @Test(
        "malformed files name the line and give nothing back",
        arguments: [
            ("0 HEAD\n1 GEDC\nx INDI\n", 3, "level number"),
            ("0 HEAD\n0 @I1@ INDI\n3 NAME Zoë\n", 3, "one deeper"),
            ("0 HEAD\n0 @I1@ INDI\n0 @F1@ FAM\n1 CHIL @I9@\n0 TRLR\n", 4, "not a person"),
            ("0 @I1@ INDI\n", 1, "starts with 0 HEAD"),
            ("0 HEAD\n0 @I1@ INDI\n0 @I1@ INDI\n0 TRLR\n", 3, "defined twice"),
            ("0 HEAD\n1 N@ME x\n", 2, "not a GEDCOM tag"),
            // Pointers to records the file does not hold are refused, not followed.
            ("0 HEAD\n0 @I1@ INDI\n1 FAMC @F9@\n2 PEDI foster\n0 TRLR\n", 3, "@F9@ is not a family"),
            ("0 HEAD\n0 @I1@ INDI\n1 FAMS @F9@\n0 TRLR\n", 3, "@F9@ is not a family"),
            ("0 HEAD\n0 @I1@ INDI\n1 FAMC @I1@\n0 TRLR\n", 3, "@I1@ is not a family"),
            ("0 HEAD\n0 @I1@ INDI\n1 ADOP\n2 FAMC @F9@\n0 TRLR\n", 4, "@F9@ is not a family"),
            ("0 HEAD\n0 @I1@ INDI\n0 @F1@ FAM\n1 HUSB @I2@\n0 TRLR\n", 4, "@I2@ is not a person"),
            ("0 HEAD\n0 @I1@ INDI\n0 @F1@ FAM\n1 CHIL @F1@\n0 TRLR\n", 4, "@F1@ is not a person"),
            ("0 HEAD\n0 @F1@ FAM\n0 @F1@ FAM\n0 TRLR\n", 3, "@F1@ is defined twice"),
            // The end of the file: the trailer closes it, and nothing may follow.
            ("0 HEAD\n0 @I1@ INDI\n1 NAME Zoë /Jansen/\n", 3, "ends early"),
            ("0 HEAD\n0 @I1@ INDI\n1 NAME Zoë /Jansen/\n0 @I2", 4, "cut short in the middle of this line"),
            ("0 HEAD\n0 TRLR\n0 @I1@ INDI\n", 3, "follows 0 TRLR (line 2)"),
            ("", 1, "starts with 0 HEAD"),
        ])
    func malformed(text: String, line: Int, message: String) {
        var ids = SeededIDs(seed: 1)
        do {
            _ = try GedcomImport.genogram(Data(text.utf8), ids: &ids)
            Issue.record("accepted a malformed file")
        } catch {
            #expect(error.line == line)
            #expect(error.message.contains(message), "\(error)")
        }
    }

    @Test("GEDCOM 7 style: non-binary sex, void partners, pedigree on the child, continuation lines")
    func gedcom7() throws {
        let text = """
            0 HEAD
            1 GEDC
            2 VERS 7.0
            0 @I1@ INDI
            1 NAME Sam /de Vries/
            1 SEX X
            1 BIRT
            2 DATE ABT 1990
            1 NOTE een
            2 CONT twee
            0 @I2@ INDI
            1 NAME Noor //
            1 FAMC @F1@
            2 PEDI FOSTER
            0 @F1@ FAM
            1 HUSB @VOID@
            1 WIFE @I1@
            1 CHIL @I2@
            0 TRLR
            """
        var ids = SeededIDs(seed: 1)
        let g = try GedcomImport.genogram(Data(text.utf8), ids: &ids)
        #expect(g.persons.map(\.name) == ["Sam de Vries", "Noor"])
        #expect(g.persons[0].gender == .nonBinary && g.persons[0].birthYear == 1990)
        #expect(g.couples[0].partners == [g.persons[0].personID])
        #expect(g.links[0].kind == .foster)
    }
}

/// GEDCOM 7 lets a record that nothing points at go without its @ID@ (the specification's
/// own test files have such an INDI and a SOUR).
extension GedcomTests {
    @Test("records without a cross-reference are read: a person nobody links to, a family, a shared note, a source")
    func recordsWithoutXref() throws {
        let text = """
            0 HEAD
            1 GEDC
            2 VERS 7.0
            0 INDI
            1 NAME Lone /Wolf/
            1 SEX F
            1 NOTE This individual has no cross-reference identifier.
            0 INDI
            1 NAME Tweede /Zonder/
            0 @I1@ INDI
            1 NAME Kees /Bos/
            1 FAMS @F1@
            0 @I2@ INDI
            1 NAME Mira /Bos/
            0 FAM
            1 HUSB @I1@
            1 CHIL @I2@
            2 PHRASE a family nobody points at
            0 @F1@ FAM
            1 HUSB @I1@
            0 SNOTE A shared note nobody points at
            0 SOUR
            1 TITL A source nobody cites
            0 TRLR
            """
        var ids = SeededIDs(seed: 1)
        let g = try GedcomImport.genogram(Data(text.utf8), ids: &ids)
        #expect(g.persons.map(\.name) == ["Lone Wolf", "Tweede Zonder", "Kees Bos", "Mira Bos"])
        #expect(g.persons[0].gender == .female)
        #expect(g.couples.count == 2 && g.couples.allSatisfy { $0.partners == [g.persons[2].personID] })
        #expect(g.links.map(\.childID) == [g.persons[3].personID] && g.links[0].coupleID == g.couples[0].coupleID)
    }
}

/// A file that stops before its `0 TRLR` is only part of a family and is refused whole.
extension GedcomTests {
    @Test(
        "a real file cut short is refused with the line where it ends, wherever it was cut",
        .enabled(if: GedcomSamples.available, "skipped: Debian's package mirror is not reachable to fetch the sample GEDCOM files"),
        arguments: GedcomSamples.files.map { $0.path })
    func cutShort(path: String) throws {
        let samples = try #require(GedcomSamples.directory)
        let data = try Data(contentsOf: samples.appendingPathComponent("x/" + path))
        // 3,000 bytes as asked; the others land in a line, on a line's end and in a character.
        let newline = try #require(data.prefix(1_000).lastIndex(of: 0x0A))
        for cut in [3_000, 500, 1_000, newline + 1, data.count - 8] where cut < data.count {
            let part = data.prefix(cut)
            let lines = String(decoding: part, as: UTF8.self).split(omittingEmptySubsequences: false) { $0.isNewline }
            let lastLine = (lines.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? 0) + 1
            var ids = SeededIDs(seed: 1)
            do {
                _ = try GedcomImport.genogram(part, ids: &ids)
                Issue.record("\(path) cut at \(cut) bytes was read")
            } catch {
                #expect(error.message.contains("ends early") && error.message.contains("cut short"), "\(cut): \(error)")
                #expect(error.line == lastLine, "\(cut): \(error)")
            }
        }
    }

    @Test("a file ending in an old DOS end-of-file mark (Ctrl-Z) after its trailer is read")
    func ctrlZ() throws {
        var ids = SeededIDs(seed: 1)
        let g = try GedcomImport.genogram(Data("0 HEAD\r\n0 @I1@ INDI\r\n1 NAME Mila\r\n0 TRLR\r\n\u{1A}".utf8), ids: &ids)
        #expect(g.persons.map(\.name) == ["Mila"])
    }
}

/// How a couple's status is written: never a marriage the record does not name.
extension GedcomTests {
    static func family(_ couple: GenogramCouple) -> String {
        let text = GedcomExport.text(name: "t", genogram: Self.genogram(couple))
        return text.components(separatedBy: "0 @F1@ FAM\n").last ?? ""
    }

    static func genogram(_ couple: GenogramCouple) -> Genogram {
        var g = Genogram()
        g.add(GenogramPerson(personID: couple.partners[0], name: "Bram", gender: .male))
        g.add(GenogramPerson(personID: couple.partners[1], name: "Fleur", gender: .female))
        g.add(couple)
        return g
    }

    @Test("an ex (divorced, no start year) is a family with a divorce and no marriage; with a start year the marriage is kept")
    func exCouple() throws {
        var ids = SeededIDs(seed: 4)
        let partners = [ids.next(), ids.next()]
        let ex = Self.family(GenogramCouple(coupleID: ids.next(), partners: partners, status: .divorced))
        #expect(ex.contains("1 DIV Y\n") && !ex.contains("MARR"), "\(ex)")
        let dated = Self.family(GenogramCouple(coupleID: ids.next(), partners: partners, status: .divorced, startYear: 2001, endYear: 2012))
        #expect(dated.contains("1 MARR\n2 DATE 2001\n1 DIV\n2 DATE 2012\n"), "\(dated)")
        let divorcedIn = Self.family(GenogramCouple(coupleID: ids.next(), partners: partners, status: .divorced, endYear: 2012))
        #expect(divorcedIn.contains("1 DIV\n2 DATE 2012\n") && !divorcedIn.contains("MARR"), "\(divorcedIn)")
        let separated = Self.family(GenogramCouple(coupleID: ids.next(), partners: partners, status: .separated, endYear: 2019))
        #expect(!separated.contains("MARR") && separated.contains("1 _STAT separated\n"), "\(separated)")
        #expect(separated.contains("1 EVEN\n2 TYPE Separation\n2 DATE 2019\n"), "\(separated)")
        let marriedSeparated = Self.family(GenogramCouple(coupleID: ids.next(), partners: partners, status: .separated, startYear: 1999))
        #expect(marriedSeparated.contains("1 MARR\n2 DATE 1999\n"), "\(marriedSeparated)")
        for status in [CoupleStatus.cohabiting, .endedCohabitation, .unknown] {
            let text = Self.family(GenogramCouple(coupleID: ids.next(), partners: partners, status: status, startYear: 2010))
            #expect(!text.contains("MARR") && !text.contains("DIV"), "\(status): \(text)")
        }
        // Read back, an ex is divorced again and still not married in any year.
        let back = try GedcomImport.genogram(
            Data(
                GedcomExport.text(
                    name: "t", genogram: Self.genogram(GenogramCouple(coupleID: ids.next(), partners: partners, status: .divorced))
                ).utf8),
            ids: &ids)
        #expect(back.couples.map(\.status) == [.divorced] && back.couples[0].startYear == nil)
    }

    @Test("a family with a divorce and no marriage from another program reads as divorced")
    func divorceWithoutMarriage() throws {
        let text =
            "0 HEAD\n0 @I1@ INDI\n1 SEX F\n0 @I2@ INDI\n1 SEX M\n0 @F1@ FAM\n1 HUSB @I2@\n1 WIFE @I1@\n1 DIV\n2 DATE 3 MAR 2015\n0 TRLR\n"
        var ids = SeededIDs(seed: 1)
        let g = try GedcomImport.genogram(Data(text.utf8), ids: &ids)
        #expect(g.couples.map(\.status) == [.divorced] && g.couples[0].endYear == 2015 && g.couples[0].startYear == nil)
    }

    @Test("child link kinds are read from PEDI on FAMC, PEDI or _PEDI on CHIL, and ADOP")
    func pedigreeBothWays() throws {
        let text = """
            0 HEAD
            0 @I1@ INDI
            1 FAMC @F1@
            2 PEDI adopted
            0 @I2@ INDI
            1 FAMC @F1@
            2 PEDI step
            0 @I3@ INDI
            0 @I4@ INDI
            1 ADOP
            2 FAMC @F1@
            0 @I5@ INDI
            1 FAMC @F1@
            2 PEDI birth
            0 @I6@ INDI
            0 @F1@ FAM
            1 CHIL @I1@
            1 CHIL @I2@
            1 CHIL @I3@
            2 _PEDI foster
            1 CHIL @I4@
            1 CHIL @I5@
            1 CHIL @I6@
            2 PEDI step
            1 CHIL @I6@
            0 TRLR
            """
        var ids = SeededIDs(seed: 1)
        let g = try GedcomImport.genogram(Data(text.utf8), ids: &ids)
        // I6 named twice is one child.
        #expect(g.links.map(\.kind) == [.adopted, .step, .foster, .adopted, .biological, .step])
    }
}

/// Export never crashes on a genogram that names what it does not hold.
extension GedcomTests {
    @Test("a couple partner, child link or couple that is not in the genogram is left out of the export, which reads back")
    func danglingExport() throws {
        var ids = SeededIDs(seed: 9)
        let (anna, gone, kid, lost) = (ids.next(), ids.next(), ids.next(), ids.next())
        var g = Genogram()
        g.persons = [
            GenogramPerson(personID: anna, name: "Anna Visser", gender: .female),
            GenogramPerson(personID: kid, name: "Ties Visser", gender: .male),
            // The same id twice (a hand-edited JSON file): the first stands.
            GenogramPerson(personID: kid, name: "Ties Dubbel", gender: .male),
        ]
        let couple = GenogramCouple(coupleID: ids.next(), partners: [anna, gone], status: .married)
        g.couples = [couple, GenogramCouple(coupleID: ids.next(), partners: [gone, lost], status: .divorced), couple]
        g.childLinks = [
            GenogramChildLink(coupleID: couple.coupleID, childID: kid, kind: .biological),
            GenogramChildLink(coupleID: couple.coupleID, childID: lost, kind: .foster),
            GenogramChildLink(coupleID: ids.next(), childID: kid, kind: .adopted),
            GenogramChildLink(coupleID: couple.coupleID, childID: kid, kind: .step),
        ]
        let text = GedcomExport.text(name: "Visser", genogram: g)
        var again = SeededIDs(seed: 10)
        let back = try GedcomImport.genogram(Data(text.utf8), ids: &again)
        #expect(back.persons.map(\.name) == ["Anna Visser", "Ties Visser"])
        #expect(back.couples.map(\.partners.count) == [1, 0])
        #expect(back.links.map(\.kind) == [.biological])
        #expect(back.couples[0].partners == [back.persons[0].personID] && back.links[0].childID == back.persons[1].personID)
    }
}

/// A comparable picture of everything our GEDCOM carries, ids left out: persons in order,
/// couples in order with their partners as a set, child links as a set, each with the
/// children that share its twin group.
struct FullShape: Equatable, CustomStringConvertible {
    var persons: [String]
    var couples: [String]
    var links: Set<String>

    init(_ persons: [GenogramPerson], _ couples: [GenogramCouple], _ links: [GenogramChildLink]) {
        let person = Dictionary(persons.enumerated().map { ($1.personID, $0) }, uniquingKeysWith: { first, _ in first })
        let couple = Dictionary(couples.enumerated().map { ($1.coupleID, $0) }, uniquingKeysWith: { first, _ in first })
        func at(_ l: GenogramChildLink) -> String { "\(couple[l.coupleID] ?? -1):\(person[l.childID] ?? -1)" }
        self.persons = persons.map {
            "\($0.name)|\($0.gender)|\($0.birthYear ?? -1)|\($0.deathYear ?? -1)|\($0.deceased)|index \($0.isIndex)|\($0.kind ?? .person)"
        }
        self.couples = couples.map {
            "\(Set($0.partners.map { person[$0] ?? -1 }).sorted())|\($0.status)|\($0.startYear ?? -1)|\($0.endYear ?? -1)"
        }
        self.links = Set(
            links.map { l in
                let twins = l.twinGroup.map { group in links.filter { $0.twinGroup == group }.map(at).sorted() } ?? []
                return "\(at(l))|\(l.kind)|twins \(twins)"
            })
    }

    var description: String { (persons + couples + links.sorted()).joined(separator: "\n") }
}

/// Genograms with every status, kind and oddity, through our own export and back.
@Suite("GEDCOM round trip of our own genograms")
struct GedcomRoundTripTests {
    /// Export → import → export: the second file is the first, and the genogram read back
    /// is the one written.
    static func check(_ g: Genogram, _ label: String) throws {
        let first = GedcomExport.text(name: "Gezin Ronde", genogram: g)
        Self.conforms551(first, label)
        var ids = SeededIDs(seed: 77)
        let back = try GedcomImport.genogram(Data(first.utf8), ids: &ids)
        #expect(
            FullShape(back.persons, back.couples, back.links) == FullShape(g.persons, g.couples, g.childLinks), "\(label)\n\(first)")
        var again = Genogram()
        again.persons = back.persons
        again.couples = back.couples
        again.childLinks = back.links
        #expect(GedcomExport.text(name: "Gezin Ronde", genogram: again) == first, "\(label)")
    }

    /// What GEDCOM 5.5.1 allows in the lines our export writes: a header with its submitter,
    /// SEX only M, F or U, a NAME with its surname between slashes (never a bare ?), PEDI
    /// only from its list, lines of at most 255 characters, and anything else in `_` tags.
    static func conforms551(_ text: String, _ label: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(
            Array(lines.prefix(7)) == [
                "0 HEAD", "1 SOUR KEUKENTAFEL", "2 NAME Keukentafel", "1 SUBM @U1@", "1 GEDC", "2 VERS 5.5.1", "2 FORM LINEAGE-LINKED",
            ], "\(label)")
        #expect(lines.contains("1 CHAR UTF-8") && lines.last == "0 TRLR", "\(label)")
        let submitter = lines.firstIndex(of: "0 @U1@ SUBM")
        #expect(submitter.map { lines[$0 + 1].hasPrefix("1 NAME ") } == true, "\(label): the submitter record and its name")
        let standard: Set<String> = [
            "HEAD", "SOUR", "NAME", "SUBM", "GEDC", "VERS", "FORM", "CHAR", "NOTE", "INDI", "SEX", "BIRT", "DEAT", "DATE", "FAMC", "PEDI",
            "FAMS", "FAM", "HUSB", "WIFE", "CHIL", "MARR", "DIV", "EVEN", "TYPE", "TRLR",
        ]
        var record = ""
        for line in lines {
            if line.hasPrefix("0 ") { record = String(line.split(separator: " ").last ?? "") }
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            let rest = parts.count > 1 ? parts[1] : ""
            let words = rest.hasPrefix("@") ? Array(rest.split(separator: " ", maxSplits: 1).dropFirst()) : [Substring(rest)]
            let tag = String(words.first?.split(separator: " ").first ?? "")
            let value = String(words.first?.split(separator: " ", maxSplits: 1).dropFirst().first ?? "")
            #expect(line.count <= 255, "\(label): \(line)")
            #expect(standard.contains(tag) || tag.hasPrefix("_"), "\(label): \(line)")
            switch (parts[0], tag) {
            case ("1", "SEX"): #expect(["M", "F", "U"].contains(value), "\(label): \(line)")
            case ("2", "PEDI"): #expect(["adopted", "birth", "foster", "sealing"].contains(value), "\(label): \(line)")
            case ("1", "NAME") where record == "INDI":
                // 5.5.1: <NAME_TEXT> /<NAME_TEXT>/ with at least one part given.
                let given = value.filter { $0 != "/" }.trimmingCharacters(in: .whitespaces)
                #expect(value.filter { $0 == "/" }.count == 2 && !given.isEmpty && given != "?", "\(label): \(line)")
            default: break
            }
        }
    }

    @Test("every couple status with and without years, every child kind, the index person, twins, death with and without a year")
    func everything() throws {
        var ids = SeededIDs(seed: 5)
        var g = Genogram()
        func person(_ name: String, _ gender: Gender, born: Int? = nil, died: Int? = nil, deceased: Bool = false) -> UUID {
            let p = GenogramPerson(personID: ids.next(), name: name, gender: gender, birthYear: born, deathYear: died, deceased: deceased)
            g.add(p)
            return p.personID
        }
        let mother = person("Ilse Brouwer", .female, born: 1975)
        let father = person("Ruben Kok", .male, born: 1972, died: 2020)
        let grandpa = person("Opa Kok", .male, deceased: true)
        let partner = person("Sam Hendriks", .nonBinary)
        let stranger = person("? Onbekend", .unknown)
        let index = person("Mees Kok", .male, born: 2012)
        g.persons[g.persons.count - 1].isIndex = true
        let twinA = person("Lieke Kok", .female, born: 2015)
        let twinB = person("Loes Kok", .female, born: 2015)
        let adopted = person("Yara Brouwer", .female, born: 2010)
        let foster = person("Finn de Boer", .male, born: 2009)
        let step = person("Jip Hendriks", .unknown, born: 2011)
        let sibling1 = person("Broer Een", .male)
        let sibling2 = person("Zus Twee", .female)
        g.add(GenogramPerson(personID: ids.next(), name: "zwangerschap", gender: .unknown, birthYear: 2025, kind: .pregnancy))
        g.add(GenogramPerson(personID: ids.next(), name: "miskraam", gender: .unknown, kind: .miscarriage))
        let people = [mother, father, grandpa, partner, stranger]
        // Every status with no years, a start, an end and both.
        var n = 0
        for status in CoupleStatus.allCases {
            for (start, end) in [(nil, nil), (1995, nil), (nil, 2018), (1995, 2018)] as [(Int?, Int?)] {
                let pair = [people[n % people.count], people[(n + 1) % people.count]]
                g.add(GenogramCouple(coupleID: ids.next(), partners: pair, status: status, startYear: start, endYear: end))
                n += 1
            }
        }
        let parents = GenogramCouple(coupleID: ids.next(), partners: [mother, father], status: .divorced)
        let single = GenogramCouple(coupleID: ids.next(), partners: [mother], status: .unknown)
        let unknownParents = GenogramCouple(coupleID: ids.next(), partners: [], status: .unknown)
        let blended = GenogramCouple(coupleID: ids.next(), partners: [mother, partner], status: .cohabiting, startYear: 2019)
        for c in [parents, single, unknownParents, blended] { g.add(c) }
        let twins = ids.next()
        g.add(GenogramChildLink(coupleID: parents.coupleID, childID: index, kind: .biological))
        g.add(GenogramChildLink(coupleID: parents.coupleID, childID: twinA, kind: .biological, twinGroup: twins))
        g.add(GenogramChildLink(coupleID: parents.coupleID, childID: twinB, kind: .biological, twinGroup: twins))
        g.add(GenogramChildLink(coupleID: single.coupleID, childID: adopted, kind: .adopted))
        g.add(GenogramChildLink(coupleID: blended.coupleID, childID: foster, kind: .foster))
        g.add(GenogramChildLink(coupleID: blended.coupleID, childID: step, kind: .step))
        // The index person also lives with the blended couple: a second parent couple.
        g.add(GenogramChildLink(coupleID: blended.coupleID, childID: index, kind: .step))
        g.add(GenogramChildLink(coupleID: unknownParents.coupleID, childID: sibling1, kind: .biological))
        g.add(GenogramChildLink(coupleID: unknownParents.coupleID, childID: sibling2, kind: .biological))
        try Self.check(g, "everything")
        let text = GedcomExport.text(name: "t", genogram: g)
        #expect(text.contains("1 _INDEX Y\n") && text.contains("2 _TWIN 1\n") && text.contains("1 _KIND miscarriage\n"))
    }

    @Test("one free-text name is written as given names with an empty surname; an unknown name is left out, never a bare ?")
    func names() throws {
        var ids = SeededIDs(seed: 6)
        var g = Genogram()
        let names = ["Ilse Brouwer", "Finn de Boer", "Noor", "?", "", "  ", "Anna/Bo", "Daan @ Visser", "? Onbekend"]
        for name in names { g.add(GenogramPerson(personID: ids.next(), name: name, gender: .unknown)) }
        let text = GedcomExport.text(name: "t", genogram: g)
        Self.conforms551(text, "names")
        #expect(
            text.split(separator: "\n").filter { $0.hasPrefix("1 NAME") }.dropFirst() == [  // the first is the submitter's
                "1 NAME Ilse Brouwer //", "1 NAME Finn de Boer //", "1 NAME Noor //", "1 NAME Anna Bo //", "1 NAME Daan @@ Visser //",
                "1 NAME ? Onbekend //",
            ])
        let back = try GedcomImport.genogram(Data(text.utf8), ids: &ids)
        #expect(
            back.persons.map(\.name) == ["Ilse Brouwer", "Finn de Boer", "Noor", "?", "?", "?", "Anna Bo", "Daan @ Visser", "? Onbekend"])
    }

    @Test("non-binary is SEX U for other programs with our _SEX X under it, read back as non-binary; a step-child has no 5.5.1 PEDI")
    func sexAndStep() throws {
        var ids = SeededIDs(seed: 7)
        var g = Genogram()
        let sam = GenogramPerson(personID: ids.next(), name: "Sam Hendriks", gender: .nonBinary)
        let jip = GenogramPerson(personID: ids.next(), name: "Jip", gender: .unknown)
        let couple = GenogramCouple(coupleID: ids.next(), partners: [sam.personID], status: .unknown)
        g.add(sam)
        g.add(jip)
        g.add(couple)
        g.add(GenogramChildLink(coupleID: couple.coupleID, childID: jip.personID, kind: .step))
        let text = GedcomExport.text(name: "t", genogram: g)
        #expect(text.contains("0 @I1@ INDI\n1 NAME Sam Hendriks //\n1 SEX U\n2 _SEX X\n"), "\(text)")
        #expect(text.contains("0 @I2@ INDI\n1 NAME Jip //\n1 SEX U\n1 FAMC @F1@\n2 _PEDI step\n"), "\(text)")
        try Self.check(g, "non-binary and step")
        // GEDCOM 7 writes SEX X itself, and other programs' _PEDI on FAMC is read as well.
        let seven = "0 HEAD\n0 @I1@ INDI\n1 SEX X\n1 FAMC @F1@\n2 _PEDI foster\n0 @F1@ FAM\n1 CHIL @I1@\n0 TRLR\n"
        let read = try GedcomImport.genogram(Data(seven.utf8), ids: &ids)
        #expect(read.persons.map(\.gender) == [.nonBinary] && read.links.map(\.kind) == [.foster])
    }

    @Test("random genograms survive export → import → export (300 seeds)")
    func random() throws {
        for seed in UInt64(1)...300 { try Self.check(Self.random(seed: seed), "seed \(seed)") }
    }

    /// A genogram drawn from a seed: any names, genders, years, deaths, index persons,
    /// pregnancies, couples of zero to two partners with any status, children of any kind,
    /// some of them twins, and children in more than one family.
    static func random(seed: UInt64) -> Genogram {
        var r = SeededIDs(seed: seed)
        func pick(_ n: Int) -> Int { Int(r.nextRandom() % UInt64(n)) }
        func maybe(_ years: ClosedRange<Int>) -> Int? { pick(3) == 0 ? nil : years.lowerBound + pick(years.count) }
        let names = ["Zoë Jansen", "Bram de Vries", "Noor", "Sem van Dijk", "Lotte Bakker", "Daan @ Visser", "Fleur Smit", "Émile Mulder"]
        var g = Genogram()
        for _ in 0..<(1 + pick(9)) {
            let deceased = pick(4) == 0
            g.add(
                GenogramPerson(
                    personID: r.next(), name: names[pick(names.count)], gender: Gender.allCases[pick(Gender.allCases.count)],
                    birthYear: maybe(1930...2024), deathYear: deceased ? maybe(1990...2024) : nil, deceased: deceased,
                    isIndex: pick(6) == 0, kind: pick(8) == 0 ? [.pregnancy, .miscarriage][pick(2)] : nil))
        }
        let people = g.persons.map(\.personID)
        for _ in 0..<pick(5) {
            var partners: [UUID] = []
            for _ in 0..<pick(3) {
                let p = people[pick(people.count)]
                if !partners.contains(p) { partners.append(p) }
            }
            let couple = GenogramCouple(
                coupleID: r.next(), partners: partners, status: CoupleStatus.allCases[pick(CoupleStatus.allCases.count)],
                startYear: maybe(1950...2020), endYear: maybe(1960...2024))
            g.add(couple)
            var twins: UUID?
            for child in people where !partners.contains(child) && pick(3) == 0 {
                if pick(3) == 0 { twins = twins ?? r.next() }
                let kind = ChildLinkKind.allCases[pick(ChildLinkKind.allCases.count)]
                g.add(GenogramChildLink(coupleID: couple.coupleID, childID: child, kind: kind, twinGroup: pick(2) == 0 ? twins : nil))
            }
        }
        return g
    }
}
