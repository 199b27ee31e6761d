import Foundation
import KeukentafelApp
import KeukentafelDomain
import MethodAnalysis
import TerminalUI
import TestSupport
import Testing

@Suite("Caseload overview")
struct CaseloadFlowTests {
    typealias F = AppFixtures

    /// `r` on home, answered with the fixture caseload.
    static func caseload(_ language: Language = .nl, _ size: Size = Size(width: 80, height: 24)) -> AppState {
        var s = CaseloadFixtures.app(language, size: size)
        F.send([.key(.char("r"))], to: &s)
        F.update(&s, .caseloadLoaded(CaseloadFixtures.families()))
        return s
    }

    static func caseloadState(_ s: AppState) -> CaseloadState? {
        if case .caseload(let c) = s.screen { return c }
        return nil
    }

    @Test("r on home opens the caseload and asks the edge for every family's record")
    func opensFromHome() throws {
        var s = CaseloadFixtures.app(.nl, size: Size(width: 80, height: 24))
        let commands = F.send([.key(.char("r"))], to: &s)
        #expect(commands == [.loadCaseload])
        let c = try #require(Self.caseloadState(s))
        #expect(c.rows == nil)
        #expect(F.render(s).plainText.contains("Gezinnen lezen…"))
        // Enter on the menu entry does the same.
        var t = CaseloadFixtures.app(.nl, size: Size(width: 80, height: 24))
        #expect(F.send(Array(repeating: .key(KeyPress(.down)), count: 4) + [.key(KeyPress(.enter))], to: &t) == [.loadCaseload])
    }

    @Test("the rows come in the attention order: safety, low evaluations, worsening scales, longest without a session")
    func order() throws {
        let c = try #require(Self.caseloadState(Self.caseload()))
        let rows = try #require(c.rows)
        #expect(rows.map(\.name) == ["Gezin De Vries", "Gezin Öztürk", "Gezin Bakker", "Gezin Visser", "Gezin Smit", "Gezin El Amrani"])
        #expect(rows.map(\.trend) == [.mixed, .mixed, .worse, .steady, .better, .unknown])
        #expect(rows.map(\.daysWaiting) == [7, 2, 10, 41, 14, 12])
        #expect(rows[0].safety.worries == ["Noor slaapt slecht na een ruzie"])
        #expect(rows[0].lowRatings.map(\.value) == [4])
        #expect(rows[1].safety.lowSafety.map { "\($0.name) \($0.value) \($0.topic)" } == ["Can 3 veilig na school"])
    }

    @Test("Enter opens the chosen family in review; Esc in review comes back to the caseload as it was, Esc again goes home")
    func openAndBack() throws {
        var s = Self.caseload()
        F.send([.key(KeyPress(.down)), .key(KeyPress(.down))], to: &s)
        let before = try #require(Self.caseloadState(s))
        let chosen = try #require(before.selected)
        #expect(chosen.name == "Gezin Bakker")
        let commands = F.send([.key(KeyPress(.enter))], to: &s)
        #expect(commands == [.openReview(family: chosen.familyID, session: nil, subject: nil)])
        // The edge answers with the family's log.
        var b = FamilyBuilder("Gezin Bakker", created: CaseloadFixtures.now, seed: 22)
        _ = b.member("Lisa", .parent)
        F.update(&s, .reviewOpened(events: b.events, family: chosen.familyID, session: nil, subject: nil))
        guard case .review = s.screen else {
            Issue.record("not in review")
            return
        }
        #expect(s.parkedCaseload == before)
        F.send([.key(KeyPress(.escape))], to: &s)
        #expect(s.screen == .caseload(before))
        #expect(s.parkedCaseload == nil)
        F.send([.key(KeyPress(.escape))], to: &s)
        #expect(s.screen == .home(HomeState()))
    }

    @Test("review opened from elsewhere still goes home on Esc")
    func reviewFromElsewhere() {
        var s = ProgressTests.inReview()
        #expect(s.parkedCaseload == nil)
        F.send([.key(KeyPress(.escape))], to: &s)
        #expect(s.screen == .home(HomeState()))
    }

    @Test("the table says when each family was last seen and what stands out; the chosen family's details below")
    func table() {
        let text = F.render(Self.caseload()).plainText
        #expect(text.contains("Gezin De Vries"))
        #expect(text.contains("16 nov (nr. 4)"))
        #expect(text.contains("nog geen"))
        #expect(text.contains("! 2 zorgen") == false)
        #expect(text.contains("! 1 zorg"))
        #expect(text.contains("! schaal 3"))
        #expect(text.contains("1 laag"))
        #expect(text.contains("slechter"))
        #expect(text.contains("“Noor slaapt slecht na een ruzie”"))
        let wide = F.render(Self.caseload(.en, Size(width: 120, height: 40))).plainText
        #expect(wide.contains("low: Noor 4"))
        #expect(wide.contains("safety 3 (Can)"))
        #expect(wide.contains("Noor 4 on ‘Ik voelde me gehoord.’") || wide.contains("Noor 4 on ‘I felt heard.’"))
    }

    @Test("an empty store says how to begin")
    func empty() {
        var s = CaseloadFixtures.app(.en, size: Size(width: 80, height: 24))
        F.send([.key(.char("r"))], to: &s)
        F.update(&s, .caseloadLoaded([]))
        #expect(F.render(s).plainText.contains("No families yet."))
        // Enter with nothing chosen does nothing.
        #expect(F.send([.key(KeyPress(.enter))], to: &s).isEmpty)
    }

    @Test("F1 lists the caseload's keys")
    func help() {
        var s = Self.caseload(.en)
        F.send([.key(KeyPress(.function(1)))], to: &s)
        let text = F.render(s).plainText
        #expect(text.contains("Review the chosen family"))
        #expect(text.contains("Back to the home screen"))
    }
}
