import Foundation
import KeukentafelDomain
import PromptLibrary
import Testing

@testable import MethodAnalysis

@Suite("Session analysis: scales, exceptions, miracle question")
struct TechniqueFiguresTests {
    @Test("no scales at all: none asked, none followed up")
    func noScales() {
        var b = SessionBuilder()
        b.start()
        b.say(1, b.anna, "Het gaat wel")
        let f = b.figures
        #expect(f.scales.asked.isEmpty)
        #expect(f.scales.askedCount == 0 && f.scales.withFollowUp == 0)
    }

    @Test("scales asked: defined here or valued here; follow-ups are standing family words of this session linked to the scale")
    func scalesAndFollowUps() {
        var b = SessionBuilder()
        let earlierScale = UUID()
        let untouched = UUID()
        b.earlierSession { b, earlier in
            b.add(-80, .scaleDefined(.init(scaleID: earlierScale, topic: "rust in huis", kind: .goal)), session: earlier)
            b.add(-80, .scaleDefined(.init(scaleID: untouched, topic: "slapen", kind: .burden)), session: earlier)
            let old = UUID()
            b.add(-79, .utteranceRecorded(.init(entryID: old, speaker: b.anna, text: "vorige keer")), session: earlier)
            b.add(-79, .answerLinked(.init(entryID: old, target: .scale(earlierScale))), session: earlier)
        }
        b.start()
        let followed = UUID()
        let bare = UUID()
        b.add(1, .scaleDefined(.init(scaleID: followed, topic: "ochtenden", kind: .goal)))
        b.add(2, .scaleValueSet(.init(scaleID: followed, memberID: b.anna, value: 4)))
        b.add(2, .scaleValueSet(.init(scaleID: followed, memberID: b.noor, value: 7)))
        b.add(3, .scaleValueSet(.init(scaleID: followed, memberID: b.anna, value: 5)))
        let why = b.say(4, b.anna, "Omdat de tassen klaarstaan")
        b.add(4, .answerLinked(.init(entryID: why, target: .scale(followed))))
        let taken = b.say(5, b.bram, "Geen idee")
        b.add(5, .answerLinked(.init(entryID: taken, target: .scale(bare))))
        b.retract(6, taken)
        b.add(7, .scaleDefined(.init(scaleID: bare, topic: "ruzie", kind: .burden)))
        b.add(8, .scaleValueSet(.init(scaleID: earlierScale, memberID: b.bram, value: 6)))
        let noteID = b.note(9, "vader aarzelt")
        b.add(9, .answerLinked(.init(entryID: noteID, target: .scale(earlierScale))))
        let f = b.figures
        #expect(f.scales.asked.map(\.scaleID) == [followed, bare, earlierScale], "the untouched earlier scale was not asked")
        #expect(f.scales.asked.map(\.definedHere) == [true, true, false])
        #expect(f.scales.asked[0].values == [.init(memberID: b.anna, value: 5), .init(memberID: b.noor, value: 7)], "last value each")
        #expect(f.scales.asked[0].followUps == [why])
        #expect(f.scales.asked[1].followUps.isEmpty, "a retracted answer is no follow-up")
        #expect(f.scales.asked[2].followUps.isEmpty, "an earlier session's answer and a worker's note are not this session's follow-up")
        #expect(f.scales.askedCount == 3)
        #expect(f.scales.withFollowUp == 1)
    }

    @Test("exceptions: detail is more standing family words before the next exception or phase change, never a worry or the worker's")
    func exceptionsAndDetail() {
        var b = SessionBuilder()
        b.start()
        let first = b.say(1, b.anna, "Woensdag ging het goed", [.exception])
        b.note(2, "moeder straalt")
        let more = b.say(3, b.bram, "Toen had ik de boterhammen al gesmeerd")
        let second = b.say(4, b.noor, "Bij oma sta ik vrolijk op", [.exception])
        b.say(5, b.anna, "Maar thuis is het elke dag ruzie", [.worry])
        b.phase(6, .goals)
        b.say(7, b.anna, "We willen rust")
        let third = b.say(8, b.bram, "Zondag was fijn", [.exception])
        let fourth = b.say(9, b.anna, "En zaterdag ook", [.exception])
        b.aloud(10, "Wat deden jullie anders?")
        let detail = b.say(11, b.anna, "We bleven rustig")
        let f = b.figures
        #expect(f.exceptions.exceptions.map(\.entryID) == [first, second, third, fourth])
        #expect(f.exceptions.exceptions.map(\.detail) == [[more], [], [], [detail]])
        #expect(f.exceptions.exceptions.map(\.speaker) == [b.anna, b.noor, b.bram, b.anna])
        #expect(f.exceptions.count == 4 && f.exceptions.withDetail == 2)
    }

    @Test("a retracted exception does not count and does not close the window of the one before; a tag added later counts")
    func retractedAndRetaggedExceptions() {
        var b = SessionBuilder()
        b.start()
        let kept = b.say(1, b.anna, "Gisteren lukte het", [.exception])
        let gone = b.say(2, b.bram, "Dinsdag ook", [.exception])
        b.retract(3, gone)
        let detail = b.say(4, b.anna, "Ik had eerder de wekker gezet")
        let late = b.say(5, b.noor, "Ik was op tijd")
        b.add(6, .entryTagged(.init(entryID: late, tags: [.exception])))
        b.note(7, "uitzondering zonder woorden van het gezin", [.exception])
        let f = b.figures
        #expect(f.exceptions.exceptions.map(\.entryID) == [kept, late])
        #expect(f.exceptions.exceptions.first?.detail == [detail])
        #expect(f.exceptions.withDetail == 1)
    }

    @Test("the miracle question: not asked, asked by its card, asked by a sign; signs that became goals")
    func miracle() {
        var none = SessionBuilder()
        none.start()
        none.card(1, "scaling-question")
        none.note(2, "zelf een wonder bedacht", [.miracleSign])
        #expect(!none.figures.miracle.asked)
        #expect(none.figures.miracle.signs.isEmpty, "a worker's note is not the family's sign")

        var byCard = SessionBuilder()
        byCard.start()
        byCard.card(1, "miracle")
        #expect(byCard.figures.miracle.asked && byCard.figures.miracle.cardShown)

        var b = SessionBuilder()
        b.start()
        let sign = b.say(2, b.anna, "We ontbijten samen en iemand lacht", [.miracleSign])
        let other = b.say(3, b.noor, "Papa zingt", [.miracleSign])
        let gone = b.say(4, b.bram, "Ik ben vrij", [.miracleSign])
        b.retract(5, gone)
        b.add(6, .goalSet(.init(goalID: UUID(), text: "Samen ontbijten", sourceEntries: [sign, gone])))
        let f = b.figures
        #expect(f.miracle.asked && !f.miracle.cardShown)
        #expect(f.miracle.signs == [sign, other])
        #expect(f.miracle.signsInGoals == [sign])
    }
}
