import KeukentafelDomain
import Testing

@testable import PromptLibrary
@testable import ShippedPrompts

@Suite("Practice files: observer checklist and feedback levels")
struct PracticeFilesTests {
    static func checklist(_ text: String) -> PromptFile {
        PromptFile(path: PromptCatalog.observerChecklistPath, bytes: Array(text.utf8), displayPath: "org/observer-checklist.md")
    }

    static func levels(_ text: String) -> PromptFile {
        PromptFile(path: PromptCatalog.practiceFeedbackPath, bytes: Array(text.utf8), displayPath: "org/practice-feedback.md")
    }

    /// A complete item, with `extra` lines added to its section.
    static func item(_ id: String, _ extra: String = "") -> String {
        """
        ## \(id)
        \(extra)nl: Werkt \(id)
        en: Works \(id)
        0 nl: nul
        0 en: zero
        1 nl: een
        1 en: one
        2 nl: twee
        2 en: two

        """
    }

    static let header = "---\nkind: observer-checklist\n---\n"

    @Test("the shipped observer checklist: 8 to 10 items, each worded and described per score in both languages")
    func shippedChecklist() throws {
        let catalog = PromptCatalog(shipped: ShippedPrompts.files)
        let items = catalog.observerChecklist
        #expect((8...10).contains(items.count))
        #expect(items.first?.id == "open-questions")
        #expect(Set(items.map(\.id)).count == items.count)
        for item in items {
            #expect(!item.wording(.nl).isEmpty && item.wording(.nl) != item.wording(.en), "\(item.id)")
            for score in ObserverChecklistItem.scores {
                #expect(!item.level(score, .nl).isEmpty && !item.level(score, .en).isEmpty, "\(item.id) \(score)")
                #expect(item.level(score, .nl) != item.level(score, .en), "\(item.id) \(score)")
            }
        }
        #expect(items.first { $0.id == "competence-after-scale" }?.figure == .competenceAfterScale)
        #expect(items.first { $0.id == "every-voice" }?.figure == .childrenVoice)
        #expect(items.first { $0.id == "summary-check" }?.figure == nil)
        #expect(!catalog.diagnostics.contains { $0.file.contains("observer-checklist") || $0.file.contains("practice-feedback") })
    }

    @Test("the shipped feedback levels: every figure, in file order, fair never above good")
    func shippedLevels() {
        let levels = PromptCatalog(shipped: ShippedPrompts.files).practiceFeedback
        #expect(levels.map(\.figure) == PracticeFigure.allCases)
        #expect(levels.first == PracticeThreshold(figure: .openQuestions, fair: 50, good: 70))
        #expect(levels.last == PracticeThreshold(figure: .compliments, fair: 1, good: 2))
        #expect(levels.allSatisfy { $0.fair <= $0.good })
    }

    @Test("a checklist item: wording, what each score means, an optional figure; an indented line continues the one above")
    func parseItem() throws {
        let text = Self.header + Self.item("warm-welcome", "figure: compliments\n") + "    en verder\n"
        let (items, diags) = PromptParser.parseObserverChecklist(Self.checklist(text))
        #expect(diags.isEmpty, "\(diags)")
        let item = try #require(items?.first)
        #expect(item.id == "warm-welcome")
        #expect(item.wording(.nl) == "Werkt warm-welcome" && item.wording(.en) == "Works warm-welcome")
        #expect(item.level(0, .nl) == "nul" && item.level(1, .en) == "one")
        #expect(item.level(2, .en) == "two en verder")
        #expect(item.level(3, .en) == "")
        #expect(item.figure == .compliments)
    }

    static let brokenChecklists: [(String, String)] = [
        (
            "---\nkind: checklist\n---\n" + item("a"),
            "org/observer-checklist.md:2: error: the observer checklist has 'kind: observer-checklist', not 'checklist'"
        ),
        ("---\n---\n" + item("a"), "org/observer-checklist.md:2: error: missing required field 'kind' (kind: observer-checklist)"),
        (header + item("Open Vragen"), "org/observer-checklist.md:4: error: an observer item id is lowercase letters"),
        (header + item("a") + item("a"), "org/observer-checklist.md:13: error: item 'a' appears twice"),
        (header + item("a", "3 nl: drie\n"), "org/observer-checklist.md:5: error: an observer item line is 'nl: …'"),
        (
            header + item("a", "figure: open-vragen\n"),
            "org/observer-checklist.md:5: error: unknown figure 'open-vragen'; known: open-questions,"
        ),
        (header + item("a", "nl: dubbel\n"), "org/observer-checklist.md:6: error: item 'a' has 'nl:' twice"),
        (
            header + "## a\nnl: Alleen dit\n  nog iets\n",
            "org/observer-checklist.md:4: error: item 'a' has no 'en: …', '0 nl: …', '0 en: …', '1 nl: …'"
        ),
        (header, "org/observer-checklist.md:3: error: the observer checklist has no items"),
    ]

    @Test(
        "a broken checklist: each problem with file and line",
        arguments: brokenChecklists)
    func brokenChecklist(text: String, message: String) {
        let (items, diags) = PromptParser.parseObserverChecklist(Self.checklist(text))
        #expect(items == nil)
        #expect(diags.contains { $0.description.hasPrefix(message) }, "\(diags.map(\.description))")
    }

    @Test("an organisation's checklist replaces the shipped one; a broken one is reported and the shipped one stays")
    func organisationChecklist() {
        let own = PromptCatalog(shipped: ShippedPrompts.files, organisation: [Self.checklist(Self.header + Self.item("warm-welcome"))])
        #expect(own.observerChecklist.map(\.id) == ["warm-welcome"])
        #expect(own.practiceFeedback.count == PracticeFigure.allCases.count, "the levels file stays the shipped one")
        let broken = PromptCatalog(shipped: ShippedPrompts.files, organisation: [Self.checklist(Self.header + "## a\nnl: x\n")])
        #expect(broken.observerChecklist.first?.id == "open-questions")
        #expect(broken.errors.contains { $0.description.hasPrefix("org/observer-checklist.md:4: error: item 'a' has no") })
    }

    @Test("feedback levels: 'fair N, good M' in either order, % allowed on a percentage, kept in file order")
    func parseLevels() {
        let text = "---\ncompliments: good 3, fair 1\nopen-questions: fair 40%, good 65%\n---\n"
        let (levels, diags) = PromptParser.parsePracticeFeedback(Self.levels(text))
        #expect(diags.isEmpty, "\(diags)")
        #expect(
            levels == [
                PracticeThreshold(figure: .compliments, fair: 1, good: 3), PracticeThreshold(figure: .openQuestions, fair: 40, good: 65),
            ])
    }

    static let brokenLevelFiles: [(String, String)] = [
        (
            "---\nopen-vragen: fair 50, good 70\n---\n",
            "org/practice-feedback.md:2: error: unknown figure 'open-vragen'; known: open-questions"
        ),
        ("---\nopen-questions: fair 50\n---\n", "org/practice-feedback.md:2: error: 'open-questions' is 'fair N, good M', not 'fair 50'"),
        ("---\nopen-questions: fair 50, fair 70\n---\n", "org/practice-feedback.md:2: error: 'open-questions' is 'fair N, good M'"),
        (
            "---\nopen-questions: fair 50, good 120\n---\n",
            "org/practice-feedback.md:2: error: 'open-questions': good is a percentage from 0 to 100, not '120'"
        ),
        (
            "---\ncompliments: fair 1, good 2%\n---\n",
            "org/practice-feedback.md:2: error: 'compliments': good is a whole number from 0 up, not '2%'"
        ),
        (
            "---\nexception-detail: fair 80, good 50\n---\n",
            "org/practice-feedback.md:2: error: 'exception-detail': fair (80) is above good (50)"
        ),
        ("---\nx\n---\n", "org/practice-feedback.md:2: error: a header line is 'key: value'"),
        (
            "---\ncompliments: fair 1, good 2\ncompliments: fair 1, good 3\n---\n",
            "org/practice-feedback.md:3: error: header field 'compliments' appears twice"
        ),
        (
            "---\ncompliments: fair 1, good 2\n---\n## extra\n",
            "org/practice-feedback.md:4: error: practice-feedback.md holds only its header"
        ),
    ]

    @Test(
        "broken feedback levels: each problem with file and line",
        arguments: brokenLevelFiles)
    func brokenLevels(text: String, message: String) {
        let (levels, diags) = PromptParser.parsePracticeFeedback(Self.levels(text))
        #expect(levels == nil)
        #expect(diags.contains { $0.description.hasPrefix(message) }, "\(diags.map(\.description))")
    }

    @Test("an organisation's levels replace the shipped ones as a whole: a figure left out gets none; an empty file warns")
    func organisationLevels() {
        let own = PromptCatalog(shipped: ShippedPrompts.files, organisation: [Self.levels("---\ncompliments: fair 2, good 4\n---\n")])
        #expect(own.practiceFeedback == [PracticeThreshold(figure: .compliments, fair: 2, good: 4)])
        let empty = PromptCatalog(shipped: ShippedPrompts.files, organisation: [Self.levels("---\n---\n")])
        #expect(empty.practiceFeedback.isEmpty)
        #expect(empty.errors.isEmpty)
        #expect(
            empty.diagnostics.map(\.description) == [
                "org/practice-feedback.md:2: warning: no feedback levels: practice feedback shows only the observer's scores"
            ])
        let broken = PromptCatalog(shipped: ShippedPrompts.files, organisation: [Self.levels("---\ncompliments: veel\n---\n")])
        #expect(broken.practiceFeedback.count == PracticeFigure.allCases.count)
        #expect(broken.errors.count == 1)
    }

    @Test("without either file there is no checklist and there are no levels")
    func none() {
        let bare = PromptCatalog(shipped: [])
        #expect(bare.observerChecklist.isEmpty && bare.practiceFeedback.isEmpty)
        #expect(PromptCatalog.settingsPaths.isSuperset(of: [PromptCatalog.observerChecklistPath, PromptCatalog.practiceFeedbackPath]))
    }
}
