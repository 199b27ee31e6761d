import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI
import TestSupport
import Testing

/// Every screen, rendered headlessly and compared with its golden text in `Screens/`.
/// Rewrite on purpose with `KEUKENTAFEL_RECORD_SCREENS=1 swift test --filter ScreenTests`.
@Suite("Screens")
struct ScreenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let glyphs: Glyphs
        let make: @Sendable () -> AppState
        var testDescription: String { name }
    }

    static func at(_ w: Int, _ h: Int, _ language: Language = .nl, _ events: [InputEvent] = []) -> AppState {
        var s = AppFixtures.state(language, size: Size(width: w, height: h))
        AppFixtures.send(events, to: &s)
        return s
    }

    static let standardSizes = [(80, 24), (120, 40)]

    /// F1 over `state`, scrolled down `down` rows.
    static func help(_ state: AppState, down: Int = 0) -> AppState {
        var s = state
        AppFixtures.send([.key(KeyPress(.function(1)))] + Array(repeating: .key(KeyPress(.down)), count: down), to: &s)
        return s
    }

    static let cases: [Case] = {
        var all: [Case] = []
        func add(_ name: String, glyphs: Glyphs = .unicode, _ make: @escaping @Sendable () -> AppState) {
            all.append(Case(name: name, glyphs: glyphs, make: make))
        }
        /// A screen at both standard sizes, in Dutch and in English.
        func addEverywhere(_ name: String, _ make: @escaping @Sendable (Language, Size) -> AppState) {
            for (w, h) in standardSizes {
                for language in Language.allCases {
                    add("\(name)\(language == .nl ? "" : ".en").\(w)x\(h)") { make(language, Size(width: w, height: h)) }
                }
            }
        }
        for (w, h) in standardSizes {
            let size = "\(w)x\(h)"
            add("home.\(size)") { at(w, h) }
            add("home.en.\(size)") { at(w, h, .en) }
            add("home-help.\(size)") { at(w, h, .nl, [.key(.char("?"))]) }
            add("home-help.en.\(size)") { at(w, h, .en, [.key(.char("?"))]) }
            add("new-family.\(size)") { at(w, h, .nl, [.key(.char("n"))]) }
            add("new-family.en.\(size)") { at(w, h, .en, [.key(.char("n"))]) }
            add("new-family-error.\(size)") { at(w, h, .nl, [.key(.char("n")), .key(KeyPress(.tab)), .key(KeyPress(.enter))]) }
            add("new-family-pasted.\(size)") {
                at(
                    w, h, .nl,
                    [.key(.char("n")), .paste("Gezin Jansen\nmet Zoë en Ayşe"), .key(KeyPress(.tab)), .paste("Sandra, Milan (3)")])
            }
            add("prompts.\(size)") { at(w, h, .nl, [.key(.char("b"))]) }
            add("prompts.en.\(size)") { at(w, h, .en, [.key(.char("b"))]) }
            add("prompts-search.\(size)") { at(w, h, .nl, [.key(.char("b"))] + AppFixtures.keys("wonder")) }
            add("prompts-filtered.\(size)") {
                at(
                    w, h, .en,
                    [.key(.char("b"))] + Array(repeating: .key(KeyPress(.tab)), count: 6) + [
                        .key(KeyPress(.function(2))), .key(KeyPress(.function(2))), .key(KeyPress(.down)),
                    ])
            }
            add("prompts-full.\(size)") { at(w, h, .nl, [.key(.char("b"))] + AppFixtures.keys("schaalvraag") + [.key(KeyPress(.enter))]) }
            add("prompts-none.\(size)") { at(w, h, .nl, [.key(.char("b"))] + AppFixtures.keys("xyzzy")) }
            add("prompts-help.\(size)") { at(w, h, .nl, [.key(.char("b")), .key(KeyPress(.function(1)))]) }
            add("home-organisation-warning.\(size)") {
                AppState(
                    language: .nl, now: AppFixtures.now, storeDisplay: "~/.local/share/keukentafel",
                    terminalSize: Size(width: w, height: h), prompts: AppFixtures.catalog,
                    startupNotice: .promptBrowserFormat(
                        .organisationPromptsBroken(
                            directory: "/srv/organisatie/vragen", errors: 2,
                            first: "/srv/organisatie/vragen/nl/eigen.md:4: error: unknown phase 'dromen'")))
            }
            add("new-family-help.\(size)") { at(w, h, .nl, [.key(.char("n")), .key(KeyPress(.function(1)))]) }
            add("new-family-discard.\(size)") { at(w, h, .nl, [.key(.char("n")), .key(.char("x")), .key(KeyPress(.escape))]) }
            add("new-family-not-saved.\(size)") {
                var s = at(
                    w, h, .nl, [.key(.char("n"))] + AppFixtures.keys("Gezin Jansen") + [.key(KeyPress(.tab)), .key(KeyPress(.enter))])
                _ = AppFixtures.update(&s, .familyNotSaved(detail: "The disk is full or the store may not grow."))
                return s
            }
        }
        add("home.ascii.80x24", glyphs: .ascii) { at(80, 24) }
        // The foster family of issue 14 as quick entry draws it: one foster couple, the birth
        // parents beside them, the foster son's two lines side by side.
        addEverywhere("session-genogram-foster") { language, size in
            SessionFixtures.state(language, size: size) {
                var empty = $0.record
                empty.genogram = Genogram()
                $0.record = FosterFamily.entered(into: empty)
                $0.panel = .genogram
                $0.fullPanel = true
            }
        }
        // The family over time and the caseload overview.
        progressScreens(addEverywhere)
        for (w, h) in standardSizes {
            let size = Size(width: w, height: h)
            for language in Language.allCases {
                let l = language == .nl ? "" : ".en"
                for panel in SidePanel.allCases {
                    let name =
                        panel == .people ? "session" : "session-\(["people", "scales", "plan", "genogram", "network"][panel.rawValue])"
                    add("\(name)\(l).\(w)x\(h)") { SessionFixtures.state(language, size: size) { $0.panel = panel } }
                }
                add("session-family-view\(l).\(w)x\(h)") { SessionFixtures.state(language, size: size) { $0.mode = .familyView } }
                add("session-plan-preview\(l).\(w)x\(h)") {
                    var s = SessionFixtures.state(language, size: size)
                    AppFixtures.send([.key(KeyPress(.function(8))), .key(.char("p"))], to: &s)
                    return s
                }
                add("session-closing\(l).\(w)x\(h)") { SessionFixtures.state(language, size: size) { $0.mode = .closing } }
                add("session-evaluation\(l).\(w)x\(h)") {
                    SessionFixtures.state(language, size: size) {
                        $0.mode = .evaluation(EvaluationProgress(item: 1, answers: [0: ["evaluation-item-heard": 8]]))
                    }
                }
            }
            // Zoë (a child) answers in the child wording; the low-rating notice is for the worker.
            add("session-evaluation-child.\(w)x\(h)") {
                SessionFixtures.state(.nl, size: size) {
                    $0.mode = .evaluation(
                        EvaluationProgress(person: 2, item: 2, answers: [0: ["evaluation-item-heard": 8], 2: ["evaluation-item-heard": 6]]))
                }
            }
            add("session-closed-low.\(w)x\(h)") {
                var state = SessionFixtures.state(.nl, size: size)
                SessionFlowTests.run([.key(KeyPress(.function(10))), .key(.char("j"))] + AppFixtures.keys("89t8998 37t4"), &state)
                return state
            }
            add("session-note-tip.\(w)x\(h)") {
                SessionFixtures.state(.nl, size: size) {
                    $0.speaker = .worker
                    $0.showTip = true
                    $0.tag = .worry
                    $0.editor.insert("Moeder oogt moe")
                }
            }
            for language in Language.allCases {
                let l = language == .nl ? "" : ".en"
                add("session-genogram-full\(l).\(w)x\(h)") {
                    SessionFixtures.state(language, size: size) {
                        $0.panel = .genogram
                        $0.fullPanel = true
                    }
                }
                add("session-network-full\(l).\(w)x\(h)") {
                    SessionFixtures.state(language, size: size) {
                        $0.panel = .network
                        $0.fullPanel = true
                    }
                }
            }
            add("session-quick-entry.\(w)x\(h)") {
                SessionFixtures.state(.nl, size: size) {
                    $0.mode = .quickEntry
                    $0.panel = .genogram
                    $0.editor.insert("Riet, 71, moeder van San")
                }
            }
            add("session-scale-values.\(w)x\(h)") {
                SessionFixtures.state(.nl, size: size) { s in
                    s.panel = .scales
                    s.mode = .scaleValues(scale: s.record.scales[0].id, index: 1)
                }
            }
            add("session-record-choose.\(w)x\(h)") {
                SessionFixtures.state(.nl, size: size) { $0.mode = .record(RecordDraft(suggested: .decision, language: .nl)) }
            }
            add("session-record-form.\(w)x\(h)") {
                var state = SessionFixtures.state(.nl, size: size)
                // A decision with a participation level out of range: the form says so and keeps the words.
                SessionFlowTestsSupport.press(
                    [
                        .key(KeyPress(.function(11))), .key(KeyPress(.home)), .key(KeyPress(.down)), .key(KeyPress(.down)),
                        .key(KeyPress(.down)), .key(KeyPress(.down)), .key(KeyPress(.enter)),
                    ] + "Wij samen".map { .key(.char($0)) }
                        + [.key(KeyPress(.tab)), .key(KeyPress(.tab)), .key(.char("1")), .key(.char(" ")), .key(.char("2"))]
                        + [.key(KeyPress(.tab)), .key(.char("9")), .key(KeyPress(.tab)), .key(KeyPress(.enter))],
                    &state)
                return state
            }
            add("session-not-saved.\(w)x\(h)") {
                SessionFixtures.state(.nl, size: size) {
                    $0.editor.insert("woorden van Zoë")
                    $0.saveProblem = "The disk is full or the store may not grow (database or disk is full)."
                }
            }
            add("session-closing-corrections.\(w)x\(h)") {
                SessionFixtures.state(.nl, size: size) {
                    $0.mode = .closingCorrections
                    $0.editor.insert("het is vier keer")
                }
            }
            add("presence.\(w)x\(h)") {
                var s = at(w, h)
                s.now.instant = SessionFixtures.start.addingTimeInterval(2 * 86_400)
                s.screen = .presence(PresenceState(record: SessionFixtures.record().0))
                return s
            }
            add("family-list.\(w)x\(h)") {
                var s = at(w, h)
                s.families = [
                    FamilyListItem(id: UUID(), name: "Gezin Jansen (demo)", sessions: 3),
                    FamilyListItem(id: UUID(), name: "Gezin De Vries", sessions: 1),
                ]
                s.screen = .familyList(FamilyListState(count: 2))
                return s
            }
        }
        add("session.40x12") { SessionFixtures.state(.nl, size: Size(width: 40, height: 12)) }
        add("session.200x60") { SessionFixtures.state(.nl, size: Size(width: 200, height: 60)) { $0.panel = .scales } }
        for (w, h) in standardSizes {
            add("home-with-families.\(w)x\(h)") {
                var s = at(w, h)
                s.families = [
                    FamilyListItem(id: UUID(), name: "Gezin Jansen (demo)", sessions: 3),
                    FamilyListItem(id: UUID(), name: "Gezin De Vries", sessions: 1),
                ]
                return s
            }
        }
        // The session's keys: every line whole at every size, scrolling where the list is long.
        for (w, h) in [(80, 24), (100, 30), (130, 40)] {
            add("session-help.\(w)x\(h)") { help(SessionFixtures.state(.nl, size: Size(width: w, height: h))) }
        }
        add("session-help.en.80x24") { help(SessionFixtures.state(.en, size: Size(width: 80, height: 24))) }
        add("session-help-end.80x24") { help(SessionFixtures.state(.nl, size: Size(width: 80, height: 24)), down: 40) }
        // Signs of Safety on the plan panel, by column and perspective, with who said it.
        addEverywhere("session-plan-safety") { language, size in
            var s = SessionFixtures.state(language, size: size) { $0.panel = .plan }
            _ = RecordFormTests.record(.safety, ["1", "2", "3", "Ik schrik als het hard gaat"], &s)
            _ = RecordFormTests.record(.safety, ["2", "4", "0", "Vader brengt Zoë nu elke dag"], &s)
            return s
        }
        // The summary again after a correction, with who gave it, for the family to confirm.
        addEverywhere("session-closing-corrected") { language, size in
            var s = SessionFixtures.state(language, size: size)
            SessionFlowTests.run(
                [.key(KeyPress(.function(10))), .key(.char("c")), .key(.alt("2"))]
                    + SessionFlowTests.type("het is vier keer, niet drie")
                    + [.key(KeyPress(.enter))], &s)
            return s
        }
        // Alt-P: the family's sign on the line, to be shaped into their goal.
        addEverywhere("session-quick-entry-question") { language, size in
            // Two of Zoë's uncles and aunts, then a cousin: whose child is Tim?
            var state = SessionFixtures.state(language, size: size) { $0.panel = .genogram }
            let lines = ["Kees, broer van Sandra", "Ans, zus van Karim", "Tim, 14, neef van Zoë"]
            _ = SessionFlowTests.run(
                [.key(KeyPress(.function(12)))] + lines.flatMap { SessionFlowTests.type($0) + [.key(KeyPress(.enter))] }, &state)
            return state
        }
        addEverywhere("session-goal-shaping") { language, size in
            var s = SessionFixtures.state(language, size: size) { $0.panel = .plan }
            AppFixtures.send([.key(.alt("p"))], to: &s)
            return s
        }
        // A new scale: its kind and what 0 and 10 mean, before the topic is saved.
        addEverywhere("session-scale-topic") { language, size in
            var s = SessionFixtures.state(language, size: size) { $0.panel = .scales }
            AppFixtures.send([.key(KeyPress(.function(9))), .key(KeyPress(.tab))] + AppFixtures.keys("rust in huis"), to: &s)
            return s
        }
        // Who is present: adding a member, and the same screen over a live session (Alt-H).
        addEverywhere("presence-adding") { language, size in
            var s = at(size.width, size.height, language)
            s.screen = .presence(PresenceState(record: SessionFixtures.record().0))
            AppFixtures.send([.key(.char("a"))] + AppFixtures.keys("Noor (9"), to: &s)
            return s
        }
        for (w, h) in standardSizes {
            for language in Language.allCases {
                let l = language == .nl ? "" : ".en"
                add("presence-mid-session\(l).\(w)x\(h)") {
                    var s = SessionFixtures.state(language, size: Size(width: w, height: h))
                    AppFixtures.send([.key(.alt("h")), .key(.char("2"))], to: &s)
                    return s
                }
            }
        }
        // The worker's words said aloud, in the transcript and on the input line.
        addEverywhere("session-worker-aloud") { language, size in
            var s = SessionFixtures.state(language, size: size)
            SessionFlowTests.run(
                [.key(.alt("0")), .key(.alt("0")), .key(.alt("k"))] + SessionFlowTests.type("Wat knap dat jullie dit samen doen")
                    + [.key(KeyPress(.enter)), .key(.alt("0")), .key(.alt("0"))], &s)
            return s
        }
        // Searching every recorded text: hits newest first, who said it or what it is, the match visible.
        for (w, h) in standardSizes {
            for language in Language.allCases {
                let l = language == .nl ? "" : ".en"
                add("search\(l).\(w)x\(h)") { SearchTests.searched(language, size: Size(width: w, height: h)) }
            }
        }
        // Review: choosing a session, a scale's values with the card that was showing, annotating.
        addEverywhere("review-sessions") { language, size in
            let f = ReviewFixtures.make()
            var s = at(size.width, size.height, language)
            AppFixtures.update(&s, .reviewOpened(events: f.events, family: f.family, session: nil, subject: nil))
            return s
        }
        addEverywhere("review") { language, size in
            let f = ReviewFixtures.make()
            return ReviewFixtures.state(language, size: size, at: f.firstValue, f)
        }
        addEverywhere("review-annotating") { language, size in
            let f = ReviewFixtures.make()
            var s = ReviewFixtures.state(language, size: size, at: f.firstValue, f)
            AppFixtures.send([.key(.char("a"))] + AppFixtures.keys("geen vraag naar wat hielp") + [.key(KeyPress(.down))], to: &s)
            return s
        }
        // Practice: the cases, the worker's introduction, a hand-over, a role card, the start, the round.
        addEverywhere("practice-cases") { language, size in at(size.width, size.height, language, [.key(.char("p"))]) }
        addEverywhere("practice-intro") { language, size in
            at(size.width, size.height, language, [.key(.char("p")), .key(KeyPress(.enter))])
        }
        addEverywhere("practice-hand-over") { language, size in
            at(size.width, size.height, language, [.key(.char("p")), .key(KeyPress(.enter)), .key(KeyPress(.enter))])
        }
        addEverywhere("practice-card") { language, size in
            at(size.width, size.height, language, [.key(.char("p"))] + Array(repeating: .key(KeyPress(.enter)), count: 3))
        }
        addEverywhere("practice-ready") { language, size in
            let roles = AppFixtures.catalog.cases[language]?.first?.members.count ?? 0
            return at(
                size.width, size.height, language, [.key(.char("p"))] + Array(repeating: .key(KeyPress(.enter)), count: 2 + 2 * roles))
        }
        addEverywhere("session-practice") { language, size in PracticeTests.round(language, size: size) }
        // After a round: the observer's scores, the feedback, progress over two rounds.
        addEverywhere("practice-observer") { language, size in
            var s = PracticeTests.afterRounds(language, size: size)
            AppFixtures.send(AppFixtures.keys("Fatma") + [.key(.char("2")), .key(.char("1"))], to: &s)
            return s
        }
        addEverywhere("practice-feedback") { language, size in
            var s = PracticeTests.afterRounds(language, size: size)
            AppFixtures.send([.key(KeyPress(.escape))], to: &s)
            return s
        }
        addEverywhere("practice-progress") { language, size in
            var s = PracticeTests.afterRounds(language, size: size)
            AppFixtures.send([.key(KeyPress(.escape)), .key(.char("v"))], to: &s)
            return s
        }
        // A wide terminal: the card that was showing beside each step.
        add("review.200x50") {
            let f = ReviewFixtures.make()
            return ReviewFixtures.state(.nl, size: Size(width: 200, height: 50), at: f.firstValue, f)
        }
        add("home.40x12") { at(40, 12) }
        add("home.100x30") { at(100, 30) }
        add("home.200x60") { at(200, 60) }
        add("new-family.40x12") { at(40, 12, .nl, [.key(.char("n"))]) }
        add("prompts.40x12") { at(40, 12, .nl, [.key(.char("b"))]) }
        add("too-small.29x9") { at(29, 9) }
        add("too-small.en.20x5") { at(20, 5, .en) }
        add("too-small.1x1") { at(1, 1) }
        return all
    }()

    @Test("each screen matches its golden render", arguments: cases)
    func matchesGolden(_ c: Case) {
        let text = AppFixtures.render(c.make(), glyphs: c.glyphs).plainText
        if let diff = Golden.check(text, name: c.name) { Issue.record(Comment(rawValue: diff)) }
    }

    @Test("every file in Screens/ belongs to a screen test")
    func noStaleGoldens() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Golden.screensDirectory.path)
            .filter { $0.hasSuffix(".txt") }
        let known = Set(Self.cases.map { $0.name + ".txt" })
        #expect(Set(files).subtracting(known).isEmpty, "stale: \(Set(files).subtracting(known).sorted())")
    }

    @Test("every screen renders at every size from 1×1 to 220×70 without trouble")
    func allSizes() {
        let states = Self.cases.map { $0.make() }
        for w in [1, 2, 5, 10, 29, 30, 31, 39, 40, 79, 80, 99, 100, 160, 220] {
            for h in [1, 2, 3, 9, 10, 11, 23, 24, 29, 30, 70] {
                for var s in states {
                    s.terminalSize = Size(width: w, height: h)
                    let canvas = AppFixtures.render(s)
                    #expect(canvas.plainText.contains { !$0.isWhitespace }, "blank screen at \(w)x\(h)")
                    if let c = canvas.cursor { #expect(canvas.bounds.contains(c), "cursor outside at \(w)x\(h)") }
                }
            }
        }
    }
}
