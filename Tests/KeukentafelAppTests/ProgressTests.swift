import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI
import TestSupport
import Testing

@Suite("Family over time")
struct ProgressTests {
    typealias F = AppFixtures

    static var family: UUID { CaseloadFixtures.deVriesEvents()[0].familyID }

    /// Review of the De Vries family, as the edge opens it.
    static func inReview(_ language: Language = .nl, _ size: Size = Size(width: 80, height: 24)) -> AppState {
        var s = CaseloadFixtures.app(language, size: size)
        F.update(&s, .reviewOpened(events: CaseloadFixtures.deVriesEvents(), family: family, session: nil, subject: nil))
        return s
    }

    /// `o` in review: the family over time.
    static func overTime(_ language: Language = .nl, _ size: Size = Size(width: 80, height: 24)) -> AppState {
        var s = inReview(language, size)
        F.send([.key(.char("o"))], to: &s)
        return s
    }

    static func progress(_ s: AppState) -> ProgressState? {
        if case .progress(let p) = s.screen { return p }
        return nil
    }

    @Test("o in review opens the family over time; Esc returns to review exactly as it was")
    func opensFromReviewAndBack() throws {
        var s = Self.inReview()
        F.send([.key(KeyPress(.down)), .key(KeyPress(.enter)), .key(KeyPress(.down)), .key(KeyPress(.down))], to: &s)
        guard case .review(let before) = s.screen else {
            Issue.record("not in review")
            return
        }
        #expect(before.replay != nil)
        F.send([.key(.char("o"))], to: &s)
        let p = try #require(Self.progress(s))
        #expect(p.progress.name == "Gezin De Vries")
        #expect(p.progress.scales.map(\.topic) == ["ruzie aan tafel", "huiswerk zonder ruzie", "veilig thuis"])
        #expect(s.parkedReview == before)
        F.send([.key(KeyPress(.down)), .key(KeyPress(.escape))], to: &s)
        #expect(s.screen == .review(before))
        #expect(s.parkedReview == nil)
        // Esc in review, on a session opened from its list, goes back to that list, then home.
        F.send([.key(KeyPress(.escape)), .key(KeyPress(.escape))], to: &s)
        #expect(s.screen == .home(HomeState()))
    }

    @Test("the page scrolls by blocks: ↓ and ↑ one, PgDn a screen, End to the last page, never past it")
    func scrolling() throws {
        var s = Self.overTime()
        F.send([.key(KeyPress(.down))], to: &s)
        #expect(try #require(Self.progress(s)).top == 1)
        F.send([.key(KeyPress(.up)), .key(KeyPress(.up))], to: &s)
        #expect(try #require(Self.progress(s)).top == 0)
        // At 80×24 a chart fills the page: PgDn brings the next one to the top.
        F.send([.key(KeyPress(.pageDown))], to: &s)
        #expect(try #require(Self.progress(s)).top == 1)
        F.send([.key(KeyPress(.end))], to: &s)
        let end = try #require(Self.progress(s)).top
        F.send([.key(KeyPress(.down)), .key(KeyPress(.pageDown))], to: &s)
        #expect(try #require(Self.progress(s)).top == end)
        let text = F.render(s).plainText
        #expect(text.contains("Elke zondag samen naar oma (gezin)"))
        #expect(text.contains("losgelaten"))
        F.send([.key(KeyPress(.home))], to: &s)
        #expect(try #require(Self.progress(s)).top == 0)
        // The wheel scrolls too.
        F.send([.mouse(MouseEvent(kind: .scrollDown, position: Point(x: 10, y: 10)))], to: &s)
        #expect(try #require(Self.progress(s)).top == 1)
    }

    @Test("a chart shows the scale's kind, what 0 and 10 mean, the axis and everyone's numbers")
    func chart() {
        let text = F.render(Self.overTime()).plainText
        #expect(text.contains("Last: “ruzie aan tafel”"))
        #expect(text.contains("0 = geen last, 10 = de meeste last · lager is beter"))
        #expect(text.contains("10 ┤"))
        #expect(text.contains(" 0 ┤"))
        #expect(text.contains("A Anouk 8 7 5 6"))
        #expect(text.contains("N Noor 6 – 4 3"))
        #expect(text.contains("16 nov"))
        let en = F.render(Self.overTime(.en)).plainText
        #expect(en.contains("Burden: “ruzie aan tafel”"))
        #expect(en.contains("lower is better"))
        #expect(en.contains("16 Nov"))
    }

    @Test("evaluations show each person's mean per session, a low one marked")
    func evaluations() {
        var s = Self.overTime(.nl, Size(width: 120, height: 40))
        F.send([.key(KeyPress(.end))], to: &s)
        let text = F.render(s).plainText
        #expect(text.contains("Noor"))
        #expect(text.contains("1: 8,5   2: 8,5   3: 8,5   4: 5!"))
        #expect(text.contains("SDQ · totaal"))
        #expect(text.contains("2026-10-19: 18 → 2026-11-16: 15"))
    }

    @Test("a family without sessions or scales says so in each part")
    func empty() {
        var s = CaseloadFixtures.app(.nl, size: Size(width: 80, height: 24))
        var b = FamilyBuilder("Gezin Leeg", created: CaseloadFixtures.now, seed: 5)
        _ = b.member("Ria", .parent)
        F.update(&s, .reviewOpened(events: b.events, family: b.family, session: nil, subject: nil))
        F.send([.key(.char("o"))], to: &s)
        let text = F.render(s).plainText
        for line in ["0 gesprekken", "Nog geen schalen.", "Nog geen evaluaties.", "Nog geen instrumenten.", "Nog geen doelen."] {
            #expect(text.contains(line), "\(line)")
        }
    }

    @Test("F1 lists the keys of the family over time")
    func help() {
        var s = Self.overTime(.en)
        F.send([.key(KeyPress(.function(1)))], to: &s)
        let text = F.render(s).plainText
        #expect(text.contains("PgUp PgDn"))
        #expect(text.contains("Back to where you were"))
    }
}
