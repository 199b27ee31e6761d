import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI
import TestSupport
import Testing

@Suite("App flows")
struct AppCoreTests {
    typealias F = AppFixtures

    @Test("q quits from home; Ctrl-C (interrupt) quits from anywhere")
    func quitting() {
        var s = F.state()
        F.send([.key(.char("q"))], to: &s)
        #expect(s.isFinished)
        var t = F.state()
        F.send([.key(.char("n")), .interrupt], to: &t)
        #expect(t.isFinished)
    }

    @Test("arrows and Enter open the chosen entry; shortcuts open directly")
    func menu() {
        var s = F.state()
        F.send([.key(KeyPress(.down)), .key(KeyPress(.down)), .key(KeyPress(.down)), .key(KeyPress(.enter))], to: &s)
        guard case .practice = s.screen else {
            Issue.record("expected practice: \(s.screen)")
            return
        }
        F.send([.key(KeyPress(.escape))], to: &s)
        #expect(s.overlay == nil)
        F.send([.key(.char("n"))], to: &s)
        guard case .newFamily = s.screen else {
            Issue.record("expected form")
            return
        }
    }

    @Test("? and F1 open the help for the current screen; another key closes it")
    func help() {
        var s = F.state()
        F.send([.key(.char("?"))], to: &s)
        guard case .help(let h)? = s.overlay else {
            Issue.record("expected help")
            return
        }
        #expect(h.entries.contains { $0.keys == "q" })
        F.send([.key(.char("x"))], to: &s)
        #expect(s.overlay == nil)
        F.send([.key(.char("n")), .key(KeyPress(.function(1)))], to: &s)
        guard case .help(let formHelp)? = s.overlay else {
            Issue.record("expected form help")
            return
        }
        #expect(formHelp.entries.contains { $0.keys == "Esc" })
        #expect(!formHelp.entries.contains { $0.keys == "q" })
    }

    @Test("L switches the language both ways")
    func language() {
        var s = F.state(.nl)
        F.send([.key(.char("L"))], to: &s)
        #expect(s.language == .en)
        #expect(F.render(s).contains("New family"))
        F.send([.key(.char("l"))], to: &s)
        #expect(s.language == .nl)
    }

    @Test("in the form, ? and q are text, not commands")
    func formTypesEverything() {
        var s = F.state()
        F.send([.key(.char("n"))] + F.keys("q?L"), to: &s)
        #expect(!s.isFinished)
        #expect(s.overlay == nil)
        guard case .newFamily(let f) = s.screen else {
            Issue.record("expected form")
            return
        }
        #expect(f.form.value(0) == "q?L")
    }

    @Test("a multi-line paste lands in the field whole and submits nothing")
    func pasteDoesNotSubmit() {
        var s = F.state()
        let commands = F.send([.key(.char("n")), .paste("Gezin Jansen\nZoë\n")], to: &s)
        #expect(commands.isEmpty)
        guard case .newFamily(let f) = s.screen else {
            Issue.record("expected form")
            return
        }
        #expect(f.form.value(0) == "Gezin Jansen\nZoë\n")
        #expect(f.form.focus == 0)
    }

    @Test("saving without a name asks for one and keeps what was typed")
    func nameRequired() {
        var s = F.state()
        let commands = F.send([.key(.char("n")), .key(KeyPress(.tab))] + F.keys("Sandra") + [.key(KeyPress(.enter))], to: &s)
        #expect(commands.isEmpty)
        guard case .newFamily(let f) = s.screen else {
            Issue.record("expected form")
            return
        }
        #expect(f.form.errors[0] != nil)
        #expect(f.form.focus == 0)
        #expect(f.form.value(1) == "Sandra")
    }

    @Test("saving asks the edge to create the family, with names tidied")
    func createCommand() {
        var s = F.state()
        let commands = F.send(
            [
                .key(.char("n")), .paste("Gezin\n  Jansen "), .key(KeyPress(.tab)),
                .paste("Sandra (moeder),\nMilan (3); ;Zoë"),
            ] + [.key(KeyPress(.enter))], to: &s)
        guard case .createFamily(let events)? = commands.first, commands.count == 1 else {
            Issue.record("expected one createFamily")
            return
        }
        let family = FamilyRecord.replay(events[0].familyID, events)
        #expect(family.name == "Gezin Jansen")
        #expect(family.members.map(\.name) == ["Sandra", "Milan", "Zoë"], "an age or a role in brackets is not part of the name")
        let year = Calendar(identifier: .gregorian).component(.year, from: SessionFixtures.sessionNow)
        #expect(family.members.map(\.birthYear) == [nil, year - 3, nil])
        #expect(family.members.map(\.role) == [.parent, .child, .other])
        #expect(Set(events.map(\.familyID)).count == 1 && Set(events.map(\.id)).count == events.count)
        #expect(events.allSatisfy { $0.author == "test" && $0.sessionID == nil })
    }

    @Test("members as people type them: an age in brackets or alone after a name is an age; other brackets stay in the name")
    func membersWithAges() throws {
        var s = F.state()
        let commands = F.send(
            [.key(.char("n"))] + F.keys("Gezin Kaya") + [
                .key(KeyPress(.tab)), .paste("Ayşe (mama), Deniz, 9, Opa Kees (Keesje), 14 jaar, Mert (2 jr)"),
            ]
                + [.key(KeyPress(.enter))], to: &s)
        guard case .createFamily(let events)? = commands.first else {
            Issue.record("expected createFamily")
            return
        }
        let family = FamilyRecord.replay(events[0].familyID, events)
        let year = Calendar(identifier: .gregorian).component(.year, from: SessionFixtures.sessionNow)
        #expect(family.members.map(\.name) == ["Ayşe", "Deniz", "Opa Kees (Keesje)", "Mert"])
        #expect(family.members.map(\.birthYear) == [nil, year - 9, year - 14, year - 2])
        #expect(family.members.map(\.role) == [.parent, .child, .adolescent, .child])
    }

    @Test("when the edge cannot save, the form stays filled and a notice says so")
    func notSavedKeepsForm() {
        var s = F.state()
        F.send([.key(.char("n"))] + F.keys("Gezin Jansen") + [.key(KeyPress(.tab)), .key(KeyPress(.enter))], to: &s)
        _ = AppFixtures.update(&s, .familyNotSaved(detail: "The disk is full."))
        guard case .dialog(_, .notice)? = s.overlay, case .newFamily(let f) = s.screen else {
            Issue.record("expected notice over the form")
            return
        }
        #expect(f.form.value(0) == "Gezin Jansen")
        F.send([.key(KeyPress(.enter))], to: &s)
        guard case .newFamily(let g) = s.screen else {
            Issue.record("form lost")
            return
        }
        #expect(g.form.value(0) == "Gezin Jansen")
    }

    @Test("Esc on an empty form goes home; on a filled one it asks first")
    func cancel() {
        var s = F.state()
        F.send([.key(.char("n")), .key(KeyPress(.escape))], to: &s)
        guard case .home = s.screen else {
            Issue.record("expected home")
            return
        }
        F.send([.key(.char("n")), .key(.char("x")), .key(KeyPress(.escape))], to: &s)
        guard case .dialog(_, .discardNewFamily)? = s.overlay else {
            Issue.record("expected question")
            return
        }
        F.send([.key(KeyPress(.enter))], to: &s)  // first button: back to the form
        guard case .newFamily(let f) = s.screen else {
            Issue.record("form lost")
            return
        }
        #expect(f.form.value(0) == "x")
        F.send([.key(KeyPress(.escape)), .key(KeyPress(.right)), .key(KeyPress(.enter))], to: &s)
        guard case .home = s.screen else {
            Issue.record("expected home after discard")
            return
        }
    }

    @Test("resize is remembered; a mouse click opens the entry under it")
    func resizeAndMouse() {
        var s = F.state()
        F.send([.resize(Size(width: 80, height: 24))], to: &s)
        let canvas = F.render(s)
        let p = canvas.find("Oefenen")!
        F.send([.mouse(MouseEvent(kind: .press, position: p))], to: &s)
        guard case .practice = s.screen else {
            Issue.record("expected practice: \(s.screen)")
            return
        }
        var t = F.state()
        F.send([.mouse(MouseEvent(kind: .scrollDown, position: Point(x: 0, y: 0)))], to: &t)
        guard case .home(let h) = t.screen else {
            Issue.record("expected home")
            return
        }
        #expect(h.menu.selected == 1)
    }

    @Test("the clock tick changes the state only when the minute changes")
    func tick() {
        var s = F.state()
        let before = s
        _ = AppFixtures.update(&s, .tick(F.now))
        #expect(s == before)
        var later = F.now
        later.minute = 6
        _ = AppFixtures.update(&s, .tick(later))
        #expect(F.render(s).contains("14:06"))
    }

    @Test("without colour the screen still shows focus and emphasis by attributes")
    func monochromeKeepsMeaning() {
        let canvas = F.render(F.state())
        let p = canvas.find("Nieuw gezin (n)")!
        #expect(canvas[p.x, p.y].style.monochrome.attributes.contains(.reverse))
        let title = canvas.find("Keukentafel")!
        #expect(canvas[title.x, title.y].style.monochrome.attributes.contains(.bold))
    }
}
