import Foundation
import KeukentafelDomain
import PromptLibrary
import Testing

@testable import MethodAnalysis

@Suite("Session analysis: talk, goals in their words, voices")
struct TalkFiguresTests {
    @Test("solution talk against problem talk: family words only, retracted left out, both tags count on both sides")
    func balance() {
        var b = SessionBuilder()
        b.start()
        b.say(1, b.anna, "woensdag ging goed", [.exception])
        b.say(2, b.bram, "ik hield vol", [.coping])
        b.say(3, b.noor, "ik ben sterk", [.strength])
        b.say(4, b.anna, "dan lachen we", [.miracleSign])
        b.say(5, b.anna, "maar het is zwaar", [.worry])
        b.say(6, b.bram, "het ging goed maar ik was bang", [.exception, .worry])
        b.say(7, b.noor, "weet ik niet")
        let gone = b.say(8, b.bram, "alles is mis", [.worry])
        b.retract(9, gone)
        b.note(10, "veel zorgen", [.worry])
        b.aloud(11, "wat knap", [.complimentGiven])
        let t = b.figures.talk
        #expect(t.solution == 5)
        #expect(t.problem == 2)
        #expect(t.other == 1)
        #expect(t.ratio == 2.5)
        #expect(t.solutionShare == 5.0 / 7.0)

        var quiet = SessionBuilder()
        quiet.start()
        quiet.say(1, quiet.anna, "gewoon praten")
        #expect(quiet.figures.talk.ratio == nil && quiet.figures.talk.solutionShare == nil)
        quiet.say(2, quiet.anna, "het lukte", [.exception])
        #expect(quiet.figures.talk.ratio == nil, "no problem talk: no ratio, not infinity")
        #expect(quiet.figures.talk.solutionShare == 1)
    }

    @Test("a goal's words found in its family source words: folded, the latest version, only standing family words")
    func goalsInTheirWords() {
        var b = SessionBuilder()
        b.start()
        let sign = b.say(1, b.anna, "Dan zitten we met z'n allen aan het ontbijt", [.miracleSign])
        let zoe = b.say(2, b.noor, "Ik wil dat ZOË en ik samen fietsen")
        b.add(3, .entryAmended(.init(entryID: zoe, text: "Ik wil dat Zoë en ik samen naar school fietsen")))
        let whole = UUID()
        let half = UUID()
        let workers = UUID()
        let none = UUID()
        b.add(4, .goalSet(.init(goalID: whole, text: "Samen naar school fietsen", sourceEntries: [zoe])))
        b.add(5, .goalSet(.init(goalID: half, text: "Met z'n allen rustig ontbijten", sourceEntries: [sign])))
        let note = b.note(6, "ouders willen meer structuur")
        b.add(7, .goalSet(.init(goalID: workers, text: "Meer structuur", sourceEntries: [note])))
        b.add(8, .goalSet(.init(goalID: none, text: "!!!", sourceEntries: [sign])))
        b.add(9, .goalChanged(.init(goalID: whole, status: .open, text: "Samen naar school fietsen met zoe")))
        let g = b.figures.goals
        #expect(g.map(\.goalID) == [whole, half, workers, none])
        #expect(g[0].text == "Samen naar school fietsen met zoe")
        #expect((g[0].words, g[0].wordsFromFamily) == (6, 5), "'met' is not in Noor's latest words; 'zoe' matches 'Zoë'")
        #expect((g[1].words, g[1].wordsFromFamily) == (5, 3), "z'n is one word; 'rustig' is the worker's; 'ontbijten' is not 'ontbijt'")
        #expect(g[1].share == 0.6)
        #expect(g[2].familySources == 0 && g[2].share == nil, "a note is no family source")
        #expect(g[3].words == 0 && g[3].share == nil)
    }

    @Test("who had a voice: entries per person present, a silent child counted, the children's share, the worker's words apart")
    func voices() {
        var b = SessionBuilder()
        b.start([b.anna, b.noor])
        b.say(1, b.anna, "een")
        b.say(2, b.anna, "twee")
        b.add(3, .presenceChanged(.init(present: [b.anna, b.noor, b.ties])))
        b.say(4, b.ties, "drie")
        let gone = b.say(5, b.ties, "vier")
        b.retract(6, gone)
        b.say(7, b.bram, "via de telefoon")
        b.note(8, "notitie")
        b.aloud(9, "hardop")
        b.aloud(10, "nog eens")
        let v = b.figures.voices
        #expect(v.speakers.map(\.memberID) == [b.anna, b.bram, b.noor, b.ties], "the record's member order")
        #expect(v.speakers.map(\.entries) == [2, 1, 0, 1])
        #expect(v.speakers.map(\.role) == [.parent, .parent, .child, .adolescent])
        #expect(v.familyEntries == 4 && v.childEntries == 1)
        #expect(v.childrenShare == 0.25)
        #expect(v.workerAloud == 2 && v.workerNotes == 1)
    }
}
