import Foundation
import KeukentafelApp
import KeukentafelDomain
import MethodAnalysis
import PromptLibrary
import Testing

/// A table of fixed texts: all its cases, as the app wraps them in `UIText`.
struct FixedTable: Sendable, CustomTestStringConvertible {
    let name: String
    let texts: [UIText]
    var testDescription: String { name }
}

/// A table of texts built from values: sample values, checked against the cases its source declares.
struct FormatTable: Sendable, CustomTestStringConvertible {
    let name: String
    let file: String
    let samples: [UIText]
    var testDescription: String { name }
}

@Suite("Localisation")
struct LocalizationTests {
    /// A fixed moment for the texts that name a time.
    static let today = LocalTime(year: 2026, month: 11, day: 30, weekday: 2, hour: 14, minute: 5)

    /// Every table of fixed texts; `allCases` keeps each one complete by itself.
    static let fixedTables: [FixedTable] = [
        FixedTable(name: "CommonText", texts: CommonText.allCases.map { .common($0) }),
        FixedTable(name: "HomeText", texts: HomeText.allCases.map { .home($0) }),
        FixedTable(name: "NewFamilyText", texts: NewFamilyText.allCases.map { .newFamily($0) }),
        FixedTable(name: "FamilyListText", texts: FamilyListText.allCases.map { .familyList($0) }),
        FixedTable(name: "PromptBrowserText", texts: PromptBrowserText.allCases.map { .promptBrowser($0) }),
        FixedTable(name: "SessionText", texts: SessionText.allCases.map { .session($0) }),
        FixedTable(name: "RecordText", texts: RecordText.allCases.map { .record($0) }),
        FixedTable(name: "GenogramText", texts: GenogramText.allCases.map { .genogram($0) }),
        FixedTable(name: "PlanText", texts: PlanText.allCases.map { .plan($0) }),
        FixedTable(name: "ProgressText", texts: ProgressText.allCases.map { .progress($0) }),
        FixedTable(name: "CaseloadText", texts: CaseloadText.allCases.map { .caseload($0) }),
        FixedTable(name: "SearchText", texts: SearchText.allCases.map { .search($0) }),
        FixedTable(name: "ReviewText", texts: ReviewText.allCases.map { .review($0) }),
        FixedTable(name: "PracticeText", texts: PracticeText.allCases.map { .practice($0) }),
        FixedTable(name: "PracticeRoundText", texts: PracticeRoundText.allCases.map { .practiceRound($0) }),
        FixedTable(name: "ReportText", texts: ReportText.allCases.map { .report($0) }),
    ]

    /// Fixed texts that are the same in Dutch and English on purpose.
    static let sameInBothLanguages: [UIText] = [
        .common(.appName), .common(.ok), .promptBrowser(.tipLabel),
        .record(.fieldInstrument), .record(.fieldScores), .genogram(.quickEntryLabel), .review(.hintCode), .practiceRound(.feedbackTitle),
        .practiceRound(.hintScore),
    ]

    /// Every table of texts built from values, with samples that reach each case and each branch worth seeing.
    static let formatTables: [FormatTable] = [
        FormatTable(
            name: "CommonFormat", file: "CommonText.swift",
            samples: [
                .commonFormat(.tooSmall(width: 20, height: 5)), .commonFormat(.notSaved("Disk full.")),
                .commonFormat(.pasteTooLong(limit: 100_000, room: 100_000)), .commonFormat(.pasteTooLong(limit: 1_000, room: 12)),
                .commonFormat(.syncState(SyncStatus(last: nil), today: Self.today)),
                .commonFormat(.syncState(SyncStatus(last: Self.today, running: true), today: Self.today)),
                .commonFormat(.syncState(SyncStatus(last: Self.today), today: Self.today)),
                .commonFormat(.syncState(SyncStatus(last: Self.today, failed: true), today: Self.today)),
            ] + (1...7).map { .commonFormat(.weekday($0)) } + (1...12).map { .commonFormat(.month($0)) }),
        FormatTable(
            name: "HomeFormat", file: "HomeText.swift",
            samples: [
                .homeFormat(.storeLocation("~/x")), .homeFormat(.workingAs(WorkerIdentity(name: "Marieke", role: .supervisor))),
                .homeFormat(.familiesInStore(count: 1, latest: "G")), .homeFormat(.familiesInStore(count: 3, latest: "G")),
            ]),
        FormatTable(
            name: "FamilyListFormat", file: "FamilyListText.swift",
            samples: [
                .familyListFormat(.sessionsCount(1)), .familyListFormat(.sessionsCount(2)),
                .familyListFormat(.presenceTitle("Gezin De Vries")),
                .familyListFormat(.sessionLine(number: 2, daysAgo: 0, minutes: 45, words: 1)),
                .familyListFormat(.sessionLine(number: 2, daysAgo: 1, minutes: 45, words: 3)),
                .familyListFormat(.sessionLine(number: 2, daysAgo: 9, minutes: 45, words: 3)),
            ]),
        FormatTable(
            name: "PromptBrowserFormat", file: "PromptBrowserText.swift",
            samples: [
                .promptBrowserFormat(.promptCount(1)), .promptBrowserFormat(.promptCount(3)),
                .promptBrowserFormat(.organisationPromptsBroken(directory: "/d", errors: 1, first: "x")),
                .promptBrowserFormat(.organisationPromptsBroken(directory: "/d", errors: 2, first: "x")),
                .promptBrowserFormat(.organisationPromptsUnreadable("x")),
            ] + Phase.allCases.map { .promptBrowserFormat(.phase($0)) } + Audience.allCases.map { .promptBrowserFormat(.audience($0)) }
                + Technique.allCases.map { .promptBrowserFormat(.technique($0)) }),
        FormatTable(
            name: "SessionFormat", file: "SessionText.swift",
            samples: [
                .sessionFormat(.planPrintCommand("Gezin Jansen")),
                .sessionFormat(.sessionNumber(2)), .sessionFormat(.typeHere("Sandra")), .sessionFormat(.scaleValuesPrompt("Sandra")),
                .sessionFormat(.resumedSession(3)), .sessionFormat(.promptOf(1, 4)), .sessionFormat(.retractMessage("x")),
                .sessionFormat(.scaleKind(.burden)), .sessionFormat(.scaleKindLine(.goal)), .sessionFormat(.scaleKindShort(.safety)),
                .sessionFormat(.scaleMeaningShort(.motivation)),
                .sessionFormat(.quickEntryLineMessage("netwerk: juf Ans")),
                .sessionFormat(.familyViewTitle("Gezin De Vries")), .sessionFormat(.evaluationHint(1, 4)),
                .sessionFormat(.promoted("x")), .sessionFormat(.sessionClosed(2)), .sessionFormat(.saveFailed("Disk full.")),
                .sessionFormat(.evaluationTurn("Zoë", 3, 3)), .sessionFormat(.evaluationAnchor(0, "niet")),
                .sessionFormat(.lowRating("Zoë", "Ik voelde me gehoord.", 3)),
            ] + Tag.allCases.map { .sessionFormat(.tag($0)) } + SidePanel.allCases.map { .sessionFormat(.panelTitle($0)) }),
        FormatTable(
            name: "RecordFormat", file: "RecordText.swift",
            samples: [
                .recordFormat(.errorOptionNumber(0)), .recordFormat(.errorOptionNumber(3)), .recordFormat(.errorChoice(3)),
                .recordFormat(.ladderLevel(2)), .recordFormat(.errorWhoSays(3)),
            ] + RecordKind.allCases.map { .recordFormat(.recordKind($0)) } + SafetyColumn.allCases.map { .recordFormat(.safetyColumn($0)) }
                + SafetyPerspective.allCases.map { .recordFormat(.safetyPerspective($0)) }
                + (1...5).map { .recordFormat(.ladderExplained($0)) }),
        FormatTable(
            name: "GenogramFormat", file: "GenogramText.swift",
            samples: [
                .genogramFormat(.quickEntryProblem(.noName)), .genogramFormat(.quickEntryProblem(.ambiguousGrandparent("Milan"))),
                .genogramFormat(.quickEntryProblem(.unknownName("X"))), .genogramFormat(.quickEntryProblem(.unknownGoal("x"))),
                .genogramFormat(.quickEntryProblem(.notRelated("A", "B"))), .genogramFormat(.quickEntryProblem(.samePerson("A"))),
                .genogramFormat(.quickEntryProblem(.shareParents("A", "B"))),
                .genogramFormat(.quickEntryProblem(.ambiguousGrandchild("A"))),
                .genogramFormat(.quickEntryProblem(.unknownRelation("oom"))),
                .genogramFormat(.quickEntryProblem(.coupleHasChildren("A", "B"))),
                .genogramFormat(.quickEntryProblem(.enterFirst(.parent, "Zoë"))),
                .genogramFormat(.quickEntryProblem(.enterFirst(.auntOrUncle, "Zoë"))),
                .genogramFormat(.quickEntryProblem(.enterFirst(.sibling, "Zoë"))),
                .genogramFormat(.quickEntryProblem(.enterFirst(.auntUncleOrSibling, "Zoë"))),
                .genogramFormat(.quickEntryProblem(.question(.init(topic: .whichParent(person: "Kees", target: "Zoë"), options: [])))),
            ]
                + [
                    .whichParent(person: "Kees", target: "Zoë"), .partnerOfParent(person: "Peter", target: "Zoë"),
                    .halfSibling(person: "Lisa", target: "Zoë"), .whoseChild(person: "Tim", target: "Zoë"),
                    .partnerOrFriend(person: "Bas", target: "Zoë"), .careParents(child: "Jayden", parent: "Ingrid", kind: .foster),
                    .careParents(child: "Noor", parent: "Eva", kind: .adopted),
                ].map { UIText.genogramFormat(.quickEntryQuestion(.init(topic: $0, options: [.partner, .friendOnNetwork]))) }
                + Gender.allCases.flatMap { g in
                    ChildLinkKind.allCases.flatMap { k in
                        [
                            UIText.genogramFormat(.quickEntryOption(.viaParent("Sandra", g, k))),
                            .genogramFormat(.quickEntryOption(.partnerOfParent("Sandra", g, k))),
                        ]
                    }
                }
                + [Gender.male, .female, .unknown].flatMap { g in
                    [
                        UIText.genogramFormat(.quickEntryOption(.childOfAuntOrUncle("Kees", g))),
                        .genogramFormat(.quickEntryOption(.childOfSibling("Milan", g))),
                    ]
                }
                + [
                    .childOfOne("Sandra"), .childOfBoth("Sandra", "Mark"), .careOfBoth("Ingrid", "Peter", .foster),
                    .careOfOne("Ingrid", .adopted),
                    .partner, .friendOnNetwork,
                ].map { UIText.genogramFormat(.quickEntryOption($0)) }
                + [
                    .genogramFormat(.networkLegend(ascii: true)), .genogramFormat(.networkLegend(ascii: false)),
                    .genogramFormat(.helpsWithGoal(2)),
                ]
                + ["family", "friends", "school", "professionals", "leisure"].flatMap {
                    [UIText.genogramFormat(.sectorShort($0)), .genogramFormat(.sector($0))]
                }
                + ["close", "middle", "far"].map { .genogramFormat(.ring($0)) }
                + ["practical", "company", "advice", "emotional"].map { .genogramFormat(.support($0)) }
                + NetworkAssessment.allCases.map { .genogramFormat(.assessment($0)) }
                + EmotionalBond.allCases.map { .genogramFormat(.bond($0)) }
                + CoupleStatus.allCases.map { .genogramFormat(.coupleStatus($0)) }),
        FormatTable(
            name: "PlanFormat", file: "PlanText.swift",
            samples: [
                .planFormat(.title("Gezin De Vries")), .planFormat(.latestSession(date: "maandag 23 november 2026", people: [])),
                .planFormat(.latestSession(date: "maandag 23 november 2026", people: ["Anouk", "Bas"])), .planFormat(.pros(["dichtbij"])),
                .planFormat(.cons(["duur", "ver"])), .planFormat(.preference(who: "Anouk", option: "oma helpt")),
                .planFormat(.decidedBy(["Anouk"])), .planFormat(.disagreement("Bas wil eerst wachten")),
                .planFormat(.helpsWith("rustig ontbijten")), .planFormat(.names(["Anouk"])), .planFormat(.names(["Anouk", "Bas", "Noor"])),
            ] + (1...5).map { .planFormat(.ladder($0)) } + ScaleKind.allCases.map { .planFormat(.scaleMeaning($0)) }),
        FormatTable(
            name: "ProgressFormat", file: "ProgressText.swift",
            samples: [
                .progressFormat(.title("Gezin De Vries")), .progressFormat(.summary(sessions: 0, span: nil)),
                .progressFormat(.summary(sessions: 1, span: "16 nov 2026")),
                .progressFormat(.summary(sessions: 4, span: "26 okt – 16 nov 2026")),
                .progressFormat(.scaleTitle(.burden, "ruzie aan tafel")), .progressFormat(.shortDate(day: 2, month: 11)),
                .progressFormat(.mean(8.5)), .progressFormat(.mean(7)), .progressFormat(.evaluationsExplained(5)),
            ] + ScaleKind.allCases.map { .progressFormat(.scaleMeaning($0)) }
                + [GoalStatus.open, .achieved, .dropped].map { .progressFormat(.goalStatus($0)) }),
        FormatTable(
            name: "CaseloadFormat", file: "CaseloadText.swift",
            samples: [
                .caseloadFormat(.lastSession(date: "16 nov", number: 4)), .caseloadFormat(.lowCount(2)),
                .caseloadFormat(.lowList("Noor 4, Bas 5")), .caseloadFormat(.worries(1)), .caseloadFormat(.worries(3)),
                .caseloadFormat(.lowSafety(name: "Can", value: 3)), .caseloadFormat(.safetyScale(2)),
                .caseloadFormat(.daysAgo(0)), .caseloadFormat(.daysAgo(1)), .caseloadFormat(.daysAgo(9)),
                .caseloadFormat(.detailLast(date: "maandag 16 november 2026", daysAgo: "7 dagen geleden", sessions: 1)),
                .caseloadFormat(.detailLast(date: "maandag 16 november 2026", daysAgo: "7 dagen geleden", sessions: 4)),
                .caseloadFormat(.detailNoSession(days: 1)), .caseloadFormat(.detailNoSession(days: 12)),
                .caseloadFormat(.detailLowRatings(session: 4)), .caseloadFormat(.detailChanges(session: 4)),
                .caseloadFormat(.ratingOf(name: "Noor", item: "Ik voelde me gehoord.", value: 4)),
            ] + [ScaleTrend.unknown, .steady, .better, .worse, .mixed].map { .caseloadFormat(.trend($0)) }),
        FormatTable(
            name: "SearchFormat", file: "SearchText.swift",
            samples: [.searchFormat(.hitCount(1)), .searchFormat(.hitCount(4)), .searchFormat(.session(2))]
                + SearchResultKind.allCases.map { .searchFormat(.kind($0)) }),
        FormatTable(
            name: "PracticeRoundFormat", file: "PracticeRoundText.swift",
            samples: [
                .practiceRoundFormat(.notSaved("disk full")), .practiceRoundFormat(.roundOf(round: 2, trainee: "Sanne")),
                .practiceRoundFormat(.questions(open: 5, closed: 2)), .practiceRoundFormat(.buildsOn(3, of: 6)),
                .practiceRoundFormat(.stacked(1)), .practiceRoundFormat(.stacked(3)), .practiceRoundFormat(.phase("Welkom", minutes: 4)),
                .practiceRoundFormat(.observed("Fatma")), .practiceRoundFormat(.round(2)),
            ]),
        FormatTable(
            name: "PracticeFormat", file: "PracticeText.swift",
            samples: [
                .practiceFormat(.roles(1)), .practiceFormat(.roles(3)), .practiceFormat(.handOver("Sandra")),
                .practiceFormat(.cardTitle(name: "Sandra", role: .parent, age: "29")),
                .practiceFormat(.cardTitle(name: "Milan", role: .child, age: nil)), .practiceFormat(.timeBox(20)),
                .practiceFormat(.cardOf(1, 3)), .practiceFormat(.clock(elapsed: "0:12", box: 20)),
            ] + MemberRole.allCases.map { .practiceFormat(.cardTitle(name: "Anna", role: $0, age: nil)) }),
        FormatTable(
            name: "ReviewFormat", file: "ReviewText.swift",
            samples: [
                .reviewFormat(.sessionLine(number: 2, practice: false)), .reviewFormat(.sessionLine(number: 1, practice: true)),
                .reviewFormat(.speed(4)), .reviewFormat(.stepOf(3, 40)), .reviewFormat(.minutes(12)), .reviewFormat(.ladder(4)),
                .reviewFormat(.annotationBy(author: "Sanne", role: .supervisor)), .reviewFormat(.annotationBy(author: "Sanne", role: nil)),
                .reviewFormat(.annotationNotSaved("disk full")), .reviewFormat(.entries(1)), .reviewFormat(.entries(5)),
                .reviewFormat(.sessionHeading(family: "Gezin Bakker", number: 2)),
            ] + ReviewItem.allCases.map { .reviewFormat(.item($0)) } + ReviewPanel.allCases.map { .reviewFormat(.panelTitle($0)) }
                + [GoalStatus.open, .achieved, .dropped].map { .reviewFormat(.goalStatus($0)) }),
        FormatTable(
            name: "ReportFormat", file: "ReportText.swift",
            samples: [
                .reportFormat(.title(family: "Gezin De Vries", session: 2)),
                .reportFormat(.sessionLine(date: "maandag 23 november 2026 14:05", worker: "Sanne", present: [])),
                .reportFormat(.sessionLine(date: "maandag 23 november 2026 14:05", worker: "Sanne", present: ["Anouk", "Bas"])),
                .reportFormat(.duration(seconds: 40)), .reportFormat(.duration(seconds: 2_700)), .reportFormat(.duration(seconds: 3_900)),
                .reportFormat(.length(seconds: 2_700, closed: true)), .reportFormat(.length(seconds: 2_700, closed: false)),
                .reportFormat(.timeShare(seconds: 600, total: 2_700, visits: 1)),
                .reportFormat(.timeShare(seconds: 600, total: 2_700, visits: 2)),
                .reportFormat(.timeShare(seconds: 0, total: 0, visits: 1)), .reportFormat(.percent(0.25)),
                .reportFormat(.scalesAsked(asked: 0, followedUp: 0)), .reportFormat(.scalesAsked(asked: 2, followedUp: 1)),
                .reportFormat(.scaleLabel("rust in huis")), .reportFormat(.scaleValues(values: [], followUps: 0)),
                .reportFormat(.scaleValues(values: ["Anouk 5"], followUps: 1)),
                .reportFormat(.scaleValues(values: ["Anouk 5", "Bas 7"], followUps: 2)),
                .reportFormat(.exceptions(count: 0, withDetail: 0)), .reportFormat(.exceptions(count: 3, withDetail: 2)),
                .reportFormat(.miracleAsked(signs: 1, inGoals: 0)), .reportFormat(.miracleAsked(signs: 2, inGoals: 1)),
                .reportFormat(.talk(solution: 5, problem: 0)), .reportFormat(.talk(solution: 5, problem: 2)),
                .reportFormat(.goalLabel("samen ontbijten")), .reportFormat(.goalWords(fromFamily: 4, words: 5)),
                .reportFormat(.agreements(complete: 0, total: 0)), .reportFormat(.agreements(complete: 1, total: 3)),
                .reportFormat(.decisionLabel("oma helpt")), .reportFormat(.ladder(nil)), .reportFormat(.disagreement("Bas wil wachten")),
                .reportFormat(.disagreements(0, of: 0)), .reportFormat(.disagreements(1, of: 3)), .reportFormat(.evaluationOf("Anouk")),
                .reportFormat(.evaluationItem("evaluation-item-own-words")), .reportFormat(.evaluationItem("evaluation-item-samen")),
                .reportFormat(.rating(item: "evaluation-item-heard", value: 9)), .reportFormat(.lowRatings(5)),
                .reportFormat(.speaker(name: "Anouk", role: nil)), .reportFormat(.speakerEntries(3, share: nil)),
                .reportFormat(.speakerEntries(3, share: 0.5)), .reportFormat(.childrenShare(1, of: 4)),
                .reportFormat(.author(name: "Sanne", role: nil)), .reportFormat(.code("U2")), .reportFormat(.atTime("12:30")),
                .reportFormat(.aboutCard("Schaalvraag")), .reportFormat(.aboutScale("rust")),
                .reportFormat(.aboutScaleValue(topic: "rust", name: "Bas", value: 4)), .reportFormat(.aboutGoal("samen ontbijten")),
                .reportFormat(.aboutAgreement(who: "Bas", what: "belt school")), .reportFormat(.aboutDecision("oma helpt")),
                .reportFormat(.aboutEvaluation("Anouk")), .reportFormat(.aboutEvent("instrumentScored")),
                .reportFormat(.cardShowing("Schaalvraag")), .reportFormat(.quote(who: "Anouk", text: "het ging goed")),
            ] + (1...5).map { .reportFormat(.ladder($0)) } + FamilyRole.allCases.map { .reportFormat(.speaker(name: "Anouk", role: $0)) }
                + WorkerRole.allCases.map { .reportFormat(.author(name: "Sanne", role: $0)) }
                + Phase.allCases.flatMap { [UIText.reportFormat(.aboutPhase($0)), .reportFormat(.phaseMarker($0))] }),
    ]

    static let localizationFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/KeukentafelApp/Localization")

    @Test("every fixed text exists in Dutch and English, trimmed, and differs between them", arguments: fixedTables)
    func fixedTexts(_ table: FixedTable) {
        #expect(!table.texts.isEmpty)
        for text in table.texts {
            expectPresent(text)
            if !Self.sameInBothLanguages.contains(text) {
                #expect(text.text(.nl) != text.text(.en), "\(text) is the same in Dutch and English; translate it or allow it")
            }
        }
    }

    @Test("texts allowed to be the same in both languages really are")
    func sameOnPurpose() {
        for text in Self.sameInBothLanguages {
            #expect(text.text(.nl) == text.text(.en), "\(text) differs now; drop it from the allow-list")
        }
    }

    @Test("every text built from values has a sample, and each sample exists in both languages", arguments: formatTables)
    func formatTexts(_ table: FormatTable) throws {
        for text in table.samples {
            expectPresent(text)
        }
        let declared = try Self.declaredCases(of: table.name, in: table.file)
        #expect(!declared.isEmpty, "no cases of \(table.name) found in \(table.file)")
        let sampled = Set(table.samples.map(Self.caseName))
        for name in declared where !sampled.contains(name) {
            Issue.record("\(table.name).\(name) has no sample in LocalizationTests.formatTables")
        }
    }

    @Test("every table in the Localization folder is tested")
    func everyTableListed() throws {
        let listed = Set(Self.fixedTables.map(\.name) + Self.formatTables.map(\.name))
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.localizationFolder.path).filter { $0.hasSuffix(".swift") }
        var found: Set<String> = []
        for file in files {
            let source = try String(contentsOf: Self.localizationFolder.appendingPathComponent(file), encoding: .utf8)
            for match in source.matches(of: /enum\s+(\w+(?:Text|Format))\b/) where match.output.1 != "UIText" {
                found.insert(String(match.output.1))
            }
        }
        #expect(!found.isEmpty)
        for name in found.subtracting(listed).sorted() {
            Issue.record("\(name) is not in LocalizationTests.fixedTables or .formatTables")
        }
    }

    @Test("key hint texts are short enough for an 80-column hint line")
    func hintsShort() {
        let hints: [UIText] = [
            .common(.hintChoose), .common(.hintOpen), .common(.hintHelp), .home(.hintQuit), .home(.hintLanguage),
            .newFamily(.hintNext), .newFamily(.hintSave), .newFamily(.hintCancel),
        ]
        for text in hints {
            for language in Language.allCases {
                #expect(text.text(language).count <= 14)
            }
        }
    }

    private func expectPresent(_ text: UIText) {
        for language in Language.allCases {
            let s = text.text(language)
            #expect(!s.isEmpty, "\(text) in \(language)")
            #expect(s.trimmingCharacters(in: .whitespacesAndNewlines) == s, "\(text) in \(language)")
        }
    }

    /// The case name of the table value inside `text`, e.g. "resumedSession" for `.sessionFormat(.resumedSession(3))`.
    static func caseName(_ text: UIText) -> String {
        guard let inner = Mirror(reflecting: text).children.first?.value else { return "\(text)" }
        return Mirror(reflecting: inner).children.first?.label ?? "\(inner)"
    }

    /// The case names `enumName` declares in `file`, read from the source so that a new case cannot go untested.
    static func declaredCases(of enumName: String, in file: String) throws -> [String] {
        let source = try String(contentsOf: localizationFolder.appendingPathComponent(file), encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.contains("enum \(enumName)") }) else { return [] }
        var names: [String] = []
        for line in lines[(start + 1)...] {
            if line.hasPrefix("}") {
                break
            }
            guard let match = line.wholeMatch(of: /\s*case\s+([a-zA-Z].*)/) else { continue }
            var list = String(match.output.1)
            while list.contains(/\([^()]*\)/) {
                list = list.replacing(/\([^()]*\)/, with: "")
            }
            names += list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return names
    }
}
