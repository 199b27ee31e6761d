import KeukentafelDomain
import PromptLibrary
import Testing

/// The case format: header fields, role cards with a hidden block, and a `file:line` message for each broken card.
@Suite("Role-play cases")
struct RoleCaseTests {
    static let header = """
        ---
        id: case-test
        kind: case
        difficulty: 2
        summary: Een vader en een dochter, en een oma die meer weet.
        ---

        # Proefcasus

        ## background
        Een gezin in Ruisvenne.

        """

    /// Parses `text` as `cases/nl/case-test.md`.
    static func parse(_ text: String) -> (RoleCase?, [String]) {
        let file = PromptFile(path: "cases/nl/case-test.md", bytes: Array(text.utf8))
        let (c, diagnostics) = PromptParser.parseCase(file, language: .nl)
        return (c, diagnostics.map(\.description))
    }

    /// A well-formed member, to stand beside a broken one (a case needs two).
    static let other = """
        ## member opa
        name: Henk
        role: network

        Je bent de opa.

        """

    @Test("summary, difficulty, card and hidden block are read; a card may hold nothing back")
    func fields() throws {
        let (c, diagnostics) = Self.parse(
            Self.header + """
                ## member vader
                name: Karel Smit
                role: parent
                age: 41
                relation: vader van Tess

                Je praat weinig.

                Je geeft een 4 op de schaal.

                ### hidden

                Je hebt je baan verloren.

                Niemand weet het nog.

                ## member tess
                name: Tess
                role: adolescent

                Je bent vijftien.
                """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let roleCase = try #require(c)
        #expect(roleCase.summary == "Een vader en een dochter, en een oma die meer weet.")
        #expect(roleCase.difficulty == .intermediate)
        #expect(roleCase.members.map(\.key) == ["vader", "tess"])
        let vader = roleCase.members[0]
        #expect(vader.card == "Je praat weinig.\n\nJe geeft een 4 op de schaal.")
        #expect(vader.hidden == "Je hebt je baan verloren.\n\nNiemand weet het nog.")
        #expect(vader.age == "41" && vader.relation == "vader van Tess")
        #expect(roleCase.members[1].hidden == nil)
        #expect(roleCase.members[1].card == "Je bent vijftien.")
    }

    @Test("summary and difficulty are required, and difficulty is 1, 2 or 3")
    func headerFields() {
        let bare = Self.header.replacingOccurrences(of: "difficulty: 2\n", with: "").replacingOccurrences(
            of: "summary: Een vader en een dochter, en een oma die meer weet.\n", with: "")
        let (missing, missingDiagnostics) = Self.parse(bare + Self.other + Self.other.replacingOccurrences(of: "opa", with: "oma"))
        #expect(missing == nil)
        #expect(
            missingDiagnostics == [
                "cases/nl/case-test.md:4: error: missing required field 'summary' (one line for the list of cases)",
                "cases/nl/case-test.md:4: error: missing required field 'difficulty' (1, 2 or 3)",
            ])
        let (_, wrong) = Self.parse(
            Self.header.replacingOccurrences(of: "difficulty: 2", with: "difficulty: moeilijk").replacingOccurrences(
                of: "summary: Een vader en een dochter, en een oma die meer weet.", with: "summary:")
                + Self.other + Self.other.replacingOccurrences(of: "opa", with: "oma"))
        #expect(
            wrong == [
                "cases/nl/case-test.md:5: error: 'summary' is empty; it is the one line shown in the list of cases",
                "cases/nl/case-test.md:4: error: 'difficulty' is 1 (starter), 2 (intermediate) or 3 (advanced), not 'moeilijk'",
            ])
        let long = String(repeating: "lang ", count: 25)
        let (loaded, warning) = Self.parse(
            Self.header.replacingOccurrences(of: "Een vader en een dochter, en een oma die meer weet.", with: long)
                + Self.other + Self.other.replacingOccurrences(of: "opa", with: "oma"))
        #expect(loaded != nil, "a long summary is a warning, not an error")
        #expect(warning == ["cases/nl/case-test.md:5: warning: 'summary' has 124 characters; keep it to 100 so the list stays readable"])
    }

    @Test(
        "each broken role card is named with its line",
        arguments: [
            (
                "## member anna\nrole: parent\n\nRolkaart.\n",
                "cases/nl/case-test.md:17: error: member 'anna': missing required field 'name'"
            ),
            (
                "## member anna\nname: Anna\nrole: oma\n\nRolkaart.\n",
                "cases/nl/case-test.md:19: error: member 'anna': unknown role 'oma'; known: parent, child, adolescent, network, professional"
            ),
            (
                "## member anna\nname: Anna\nrole: parent\n\n### hidden\nZe weet meer.\n",
                "cases/nl/case-test.md:17: error: member 'anna': the role card text is missing"
            ),
            (
                "## member anna\nname: Anna\nrole: parent\n\nRolkaart.\n\n### hidden\n\n",
                "cases/nl/case-test.md:23: error: member 'anna': the '### hidden' block is empty"
            ),
            (
                "## member anna\nname: Anna\nrole: parent\n\nRolkaart.\n\n### alleen jij weet\nZe weet meer.\n",
                "cases/nl/case-test.md:23: error: member 'anna': unknown sub-heading '### alleen jij weet'; the one sub-heading is '### hidden'"
            ),
            (
                "## member anna\nname: Anna\nrole: parent\n\nRolkaart.\n\n### hidden\nEén.\n### hidden\nTwee.\n",
                "cases/nl/case-test.md:25: error: member 'anna': '### hidden' appears twice"
            ),
        ])
    func brokenCard(member: String, message: String) {
        let (c, diagnostics) = Self.parse(Self.header + Self.other + member)
        #expect(c == nil)
        #expect(diagnostics == [message])
    }

    @Test("a hidden block in the background is an error: the worker reads the background")
    func hiddenInBackground() {
        let text = Self.header + "### hidden\nGeheim.\n\n" + Self.other + Self.other.replacingOccurrences(of: "opa", with: "oma")
        #expect(Self.parse(text).1 == ["cases/nl/case-test.md:12: error: a '### hidden' block belongs in a '## member <key>' section"])
    }

    @Test("an unknown field on a role card is a warning with its line")
    func unknownField() throws {
        let (c, diagnostics) = Self.parse(
            Self.header + Self.other + "## member anna\nname: Anna\nrole: parent\nleeftijd: 40\n\nRolkaart.\n")
        #expect(c != nil)
        #expect(
            diagnostics == [
                "cases/nl/case-test.md:20: warning: member 'anna': unknown field 'leeftijd' is ignored; fields are name, role, age, relation"
            ])
    }

    @Test("the two languages of a case must give it the same level")
    func difficultyPerLanguage() {
        let nl = Self.header + Self.other + Self.other.replacingOccurrences(of: "opa", with: "oma")
        let en = nl.replacingOccurrences(of: "difficulty: 2", with: "difficulty: 3")
        let catalog = PromptCatalog(
            shipped: [],
            organisation: [
                PromptFile(path: "cases/nl/case-test.md", bytes: Array(nl.utf8)),
                PromptFile(path: "cases/en/case-test.md", bytes: Array(en.utf8)),
            ])
        #expect(
            catalog.errors.map(\.description) == [
                "cases/en/case-test.md:4: error: difficulty differs between languages: 3 here, 2 in cases/nl/case-test.md"
            ])
    }
}
