import Foundation
import KeukentafelDomain
import PromptLibrary
import ShippedPrompts
import TestSupport
import Testing

/// The shipped library: complete in both languages and covering the whole method.
@Suite("Shipped prompts")
struct ShippedPromptTests {
    static let catalog = PromptCatalog(shipped: ShippedPrompts.files)

    @Test("the shipped files load without a single error or warning")
    func clean() {
        #expect(!ShippedPrompts.files.isEmpty)
        #expect(Self.catalog.diagnostics.isEmpty, "\(Self.catalog.diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test("every id exists in both languages, with the same technique and phases")
    func bothLanguages() throws {
        let nl = try #require(Self.catalog.prompts[.nl])
        let en = try #require(Self.catalog.prompts[.en])
        #expect(Set(nl.map(\.id)) == Set(en.map(\.id)))
        for p in nl {
            let q = try #require(Self.catalog.prompt(p.id, .en))
            #expect(p.technique == q.technique, "\(p.id)")
            #expect(p.phases == q.phases, "\(p.id)")
            #expect(Set(p.wordings.keys) == Set(q.wordings.keys), "\(p.id)")
            #expect(p.followUps.count == q.followUps.count, "\(p.id)")
        }
    }

    @Test("every phase has prompts", arguments: Phase.allCases)
    func phases(phase: Phase) {
        for language in Language.allCases {
            #expect(!Self.catalog.filter(language, phase: phase).isEmpty, "\(phase) in \(language)")
        }
    }

    @Test("every technique of the method is present", arguments: Technique.allCases)
    func techniques(technique: Technique) {
        #expect(Self.catalog.prompts[.nl]?.contains { $0.technique == technique } == true)
    }

    @Test("the named questions of the method are all there")
    func namedQuestions() {
        let required = [
            "burden-scale", "scaling-question", "scaling-not-lower", "scaling-one-higher", "scaling-who-notices",
            "exceptions-question", "exceptions-detail", "miracle", "miracle-first-notice",
            "own-strength-tried", "own-strength-have", "own-strength-against", "own-strength-need",
            "own-strength-who", "own-strength-when",
            "network-who-cares", "network-young-person-wants", "network-where-help", "network-who-goal", "network-how-ask",
            "network-assess-responds", "network-assess-real-help", "network-assess-accessible", "network-assess-reliable",
            "drieluik-no-change", "drieluik-wish", "drieluik-plan",
            "sos-worries", "sos-going-well", "sos-needs-to-happen", "safety-scale",
            "ladder-1-inform", "ladder-2-consult", "ladder-3-advise", "ladder-4-decide-along", "ladder-5-decide-together",
            "summary-check", "evaluation-conversation",
        ]
        for id in required {
            #expect(Self.catalog.prompt(id, .nl) != nil, "\(id)")
        }
        // The miracle question has a child version and an adult one.
        let miracle = Self.catalog.prompt("miracle", .nl)
        #expect(miracle?.hasWording(for: .child) == true)
        #expect(miracle?.hasWording(for: .parent) == true || miracle?.hasWording(for: .everyone) == true)
    }

    @Test("every evaluation item has a child wording and says what 0 and 10 mean")
    func evaluationItems() {
        for language in Language.allCases {
            let items = (Self.catalog.prompts[language] ?? []).filter { $0.id.hasPrefix("evaluation-item-") }
            #expect(items.count >= 3)
            for p in items {
                #expect(p.hasWording(for: .child), "\(p.source)")
                #expect(p.anchors != nil, "\(p.source)")
            }
        }
    }

    @Test("every tip is one line, every wording is plain text")
    func tips() {
        for p in Self.catalog.prompts.values.joined() {
            #expect(!p.tip.contains("\n"), "\(p.source)")
            #expect(!p.title.isEmpty)
        }
    }

    @Test("at least eight role-play cases validate, in both languages, with the same players and level")
    func cases() throws {
        let nl = try #require(Self.catalog.cases[.nl])
        let en = try #require(Self.catalog.cases[.en])
        #expect(nl.count >= 8)
        #expect(Set(nl.map(\.id)) == Set(en.map(\.id)))
        for c in nl {
            let other = try #require(Self.catalog.roleCase(c.id, .en))
            #expect(c.members.map(\.key) == other.members.map(\.key), "\(c.id): the same players in the same order")
            #expect(c.difficulty == other.difficulty, "\(c.id)")
            #expect((2...4).contains(c.members.count), "\(c.id): two to four players")
            for version in [c, other] {
                #expect(!version.summary.isEmpty && version.summary.count <= 100, "\(version.source): one short line")
                for m in version.members {
                    let hidden = try #require(m.hidden, "\(version.source)/\(m.key): every card holds something back")
                    #expect(m.card.split(separator: " ").count >= 80, "\(version.source)/\(m.key): a role card to play from")
                    #expect(hidden.split(separator: " ").count >= 20, "\(version.source)/\(m.key): a hidden detail worth finding")
                }
            }
        }
        // Every level is represented, so a trainer can start easy.
        #expect(Set(nl.map(\.difficulty)) == Set(RoleCase.Difficulty.allCases))
    }

    @Test("the situations practice asks for each have a case")
    func caseTopics() {
        let topics = [
            "case-school-refusal", "case-contact-conflict", "case-safety-grandmother", "case-adolescent-no-help",
            "case-foster-family", "case-network-meeting", "case-many-problems", "case-interpreter",
        ]
        for id in topics { #expect(Self.catalog.roleCase(id, .nl) != nil && Self.catalog.roleCase(id, .en) != nil, "\(id)") }
        // The interpreter case gives the interpreter a card of their own.
        #expect(Self.catalog.roleCase("case-interpreter", .en)?.members.contains { $0.relation?.contains("interpreter") == true } == true)
    }

    @Test("every role card prepares its player for the scaling and the miracle question")
    func cardsReactToScaleAndMiracle() {
        // Words each language uses for the two questions, including their versions for children.
        let words: [Language: (scale: [String], miracle: [String])] = [
            .nl: (["schaal", "trap"], ["wonder", "toverstaf"]),
            .en: (["scal", "staircase"], ["miracle", "magic wand"]),
        ]
        for language in Language.allCases {
            for c in Self.catalog.cases[language] ?? [] {
                for m in c.members {
                    let text = (m.card + " " + (m.hidden ?? "")).lowercased()
                    #expect(words[language]!.scale.contains { text.contains($0) }, "\(c.source)/\(m.key): the scale")
                    #expect(words[language]!.miracle.contains { text.contains($0) }, "\(c.source)/\(m.key): the miracle question")
                }
            }
        }
    }
}

/// Malformed files: one fixture per kind of error, each with its `file:line` message.
@Suite("Prompt validation")
struct PromptValidationTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func check(_ name: String) throws -> PromptCatalog {
        let dir = fixtures.appendingPathComponent(name).path
        return PromptCatalog(shipped: ShippedPrompts.files, organisation: try PromptFixtures.read(directory: dir))
    }

    static func errors(_ name: String) throws -> [String] {
        let dir = fixtures.appendingPathComponent(name).path
        return try check(name).errors.map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
    }

    @Test("unknown phase")
    func unknownPhase() throws {
        #expect(
            try Self.errors("unknown-phase") == [
                "nl/fase.md:4: error: unknown phase 'dromen'; known: welcome, questions, mapping, discussing, checking, goals, options, preferences, deciding, closing"
            ])
    }

    @Test("duplicate id")
    func duplicateID() throws {
        let errors = try Self.errors("duplicate-id")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("nl/tweede.md:2: error: duplicate id 'eerste': also in ") == true)
    }

    @Test("missing language counterpart")
    func missingCounterpart() throws {
        #expect(
            try Self.errors("missing-counterpart") == [
                "nl/alleen-nederlands.md:2: error: missing language counterpart: no en/alleen-nederlands.md for 'alleen-nederlands'"
            ])
    }

    @Test("missing required field")
    func missingField() throws {
        #expect(try Self.errors("missing-field") == ["nl/zonder-tip.md:7: error: missing required field 'tip' (## tip)"])
    }

    @Test("invalid UTF-8")
    func invalidUTF8() throws {
        #expect(try Self.errors("invalid-utf8") == ["nl/kapot.md:10: error: invalid UTF-8 (byte 0xEB); save the file as UTF-8"])
    }

    @Test("unknown audience")
    func unknownAudience() throws {
        #expect(
            try Self.errors("unknown-audience") == [
                "nl/kinderen.md:12: error: unknown audience 'kids'; sections are everyone, parent, child, adolescent, follow-ups, scale and tip"
            ])
    }

    @Test("an unknown placeholder is an error with its line; known ones are filled in, or read as a plain word when unknown")
    func placeholders() throws {
        #expect(
            try Self.errors("unknown-placeholder") == ["nl/gat.md:13: error: unknown placeholder '{naam}'; known: {value}, {name}, {goal}"])
        let fallback: [PromptPlaceholder: String] = [.value: "[cijfer]", .name: "[naam]", .goal: "[doel]"]
        #expect(
            PromptPlaceholder.fill("U geeft een {value}. Hoe komt het dat het een {value} is?", known: [.value: "6"], fallback: fallback)
                == "U geeft een 6. Hoe komt het dat het een 6 is?")
        #expect(PromptPlaceholder.fill("Uw doel is: {goal}.", known: [:], fallback: fallback) == "Uw doel is: [doel].")
    }

    @Test("no shipped question leaves a bare '…' for the worker to fill in")
    func noBareGaps() {
        let catalog = PromptCatalog(shipped: ShippedPrompts.files)
        for language in Language.allCases {
            for prompt in catalog.prompts[language] ?? [] {
                for text in Audience.allCases.filter({ prompt.hasWording(for: $0) }).map({ prompt.wording(for: $0) }) + prompt.followUps {
                    #expect(!text.contains("…"), "\(language.rawValue)/\(prompt.id): \(text)")
                }
            }
        }
    }

    @Test("a malformed scale section names the line")
    func malformedScale() throws {
        #expect(
            try Self.errors("malformed-scale") == [
                "nl/cijfer.md:14: error: section 'scale' holds two lines, '0: …' and '10: …', not 'tien: heel tevreden'"
            ])
        // The well-formed English file reads both ends.
        let en = try #require(try Self.check("malformed-scale").prompt("cijfer", .en))
        #expect(en.anchors == Prompt.Anchors(zero: "not content", ten: "very content"))
    }

    @Test("the evaluation threshold comes from evaluation.md: shipped, replaced by an organisation's, malformed is an error")
    func evaluationSettings() throws {
        #expect(ShippedPromptTests.catalog.evaluationLowScore == 5)
        let organisation = try Self.check("evaluation-settings")
        #expect(organisation.diagnostics.isEmpty)
        #expect(organisation.evaluationLowScore == 7)
        #expect(
            try Self.errors("malformed-settings") == [
                "evaluation.md:2: error: 'low-score' must be a whole number from 0 to 10, not 'laag'"
            ])
        #expect(try Self.check("malformed-settings").evaluationLowScore == 5, "the shipped value stays")
        #expect(PromptCatalog(shipped: []).evaluationLowScore == PromptCatalog.defaultEvaluationLowScore)
    }

    @Test("a broken case names the bad role")
    func brokenCase() throws {
        #expect(
            try Self.errors("broken-case") == [
                "cases/nl/case-kapot.md:15: error: member 'anna': unknown role 'oma'; known: parent, child, adolescent, network, professional"
            ])
    }

    @Test("a broken organisation file is left out; the shipped prompt of the same id stays")
    func brokenFileLeftOut() throws {
        let catalog = try Self.check("invalid-utf8")
        #expect(catalog.prompt("kapot", .nl) == nil)
        #expect(catalog.prompt("scaling-question", .nl) != nil)
        #expect(catalog.prompts[.nl]!.count == ShippedPromptTests.catalog.prompts[.nl]!.count + 0)
    }

    @Test("an organisation directory replaces one prompt's wording and adds a new one")
    func override() throws {
        let catalog = try Self.check("override")
        #expect(catalog.errors.isEmpty)
        let scaling = try #require(catalog.prompt("scaling-question", .nl))
        #expect(scaling.title == "Schaalvraag (eigen versie)")
        #expect(scaling.wording(for: .parent).contains("Organisatie Beekzande"))
        // The English one was not overridden and keeps the shipped wording.
        #expect(catalog.prompt("scaling-question", .en) == ShippedPromptTests.catalog.prompt("scaling-question", .en))
        #expect(catalog.prompt("huisbezoek-afspraak", .en)?.title == "Next home visit")
        #expect(catalog.prompts[.nl]!.count == ShippedPromptTests.catalog.prompts[.nl]!.count + 1)
    }
}

@Suite("Prompt search")
struct PromptSearchTests {
    let catalog = ShippedPromptTests.catalog

    @Test("words match regardless of case and accents; every word must match")
    func words() {
        let hits = catalog.filter(.nl, words: "WONDER")
        #expect(hits.contains { $0.id == "miracle" })
        #expect(catalog.filter(.nl, words: "wonder schaal xyzzy").isEmpty)
        #expect(!catalog.filter(.nl, words: "een").isEmpty)
    }

    @Test("filter by phase and by audience with its own wording")
    func filters() {
        let goals = catalog.filter(.en, phase: .goals)
        #expect(goals.allSatisfy { $0.phases.contains(.goals) })
        let child = catalog.filter(.en, audience: .child)
        #expect(!child.isEmpty)
        #expect(child.allSatisfy { $0.hasWording(for: .child) })
        #expect(catalog.filter(.en, audience: .everyone).count == catalog.prompts[.en]!.count)
    }

    @Test("a prompt without a child wording falls back to the general one")
    func fallback() throws {
        let p = try #require(catalog.prompts[.nl]?.first { !$0.hasWording(for: .child) && $0.hasWording(for: .everyone) })
        #expect(p.wording(for: .child) == p.wordings[.everyone])
    }
}
