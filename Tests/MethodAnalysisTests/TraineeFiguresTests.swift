import Foundation
import KeukentafelDomain
import PromptLibrary
import Testing

@testable import MethodAnalysis

extension SessionBuilder {
    var trainee: TraineeFigures { TraineeAnalysis.figures(log, session: figures) }
}

@Suite("Practice: reading the worker's words as questions")
struct QuestionReadingTests {
    static let dutch: [(String, TraineeFigures.Form?)] = [
        ("Wat ging er goed deze week?", .open),
        ("Hoe deed je dat?", .open),
        ("En wanneer lukte het wel?", .open),
        ("Waardoor ging het toen beter?", .open),
        ("Wat ging er goed", .open),
        ("Vertel eens wat er gebeurde.", .open),
        ("Wat knap. Hoe deed je dat?", .open),
        ("Hoe ging het? Fijn om te horen.", .open),
        ("Is het gelukt?", .closed),
        ("Heb je dat vaker?", .closed),
        ("Kun je vertellen hoe dat ging?", .closed),
        ("Heb je wat gegeten?", .closed),
        ("Dus het ging goed?", .closed),
        ("Wil je thee of koffie?", .closed),
        ("Goed zo. Heb je dat vaker?", .closed),
        ("Wat knap", nil),
        ("Wat een doorzetter!", nil),
        ("Wat knap van je.", nil),
        ("Heb je dat vaker", nil),
        ("Ga maar zitten", nil),
        ("Goed gedaan.", nil),
        ("", nil),
        ("?", nil),
    ]

    static let english: [(String, TraineeFigures.Form?)] = [
        ("What went well this week?", .open),
        ("How did you do that?", .open),
        ("What\u{2019}s different then?", .open),
        ("Why?", .open),
        ("Tell me more about Wednesday.", .open),
        ("And when did it work?", .open),
        ("Is it better now?", .closed),
        ("Did you try that?", .closed),
        ("Can you tell me how it went?", .closed),
        ("Don't you think so?", .closed),
        ("So it went well?", .closed),
        ("What a great idea!", nil),
        ("How nice", nil),
        ("Well done.", nil),
    ]

    @Test("Dutch: open, closed or no question", arguments: dutch)
    func dutchForms(text: String, form: TraineeFigures.Form?) {
        #expect(QuestionReading.form(of: text) == form)
    }

    @Test("English: open, closed or no question", arguments: english)
    func englishForms(text: String, form: TraineeFigures.Form?) {
        #expect(QuestionReading.form(of: text) == form)
    }

    @Test("a family member's name as a form of address is skipped: 'Ben, wat vind jij?' is open only when Ben is a name")
    func names() {
        #expect(QuestionReading.form(of: "Ben, wat vind jij?") == .closed)
        #expect(QuestionReading.form(of: "Ben, wat vind jij?", names: ["ben"]) == .open)
        #expect(QuestionReading.form(of: "Zoë, wat vind jij?", names: ["zoe"]) == .open)
    }

    @Test("content words: folded, each once, without the stop words of either language or the family's names")
    func contentWords() {
        #expect(QuestionReading.contentWords("Wat deed je ANDERS op die woensdag, op wóénsdag?") == ["anders", "woensdag"])
        #expect(
            QuestionReading.contentWords("What did you do differently on Wednesday morning?") == ["differently", "wednesday", "morning"])
        #expect(
            QuestionReading.contentWords("Noor, hoe hield je het vol op zo'n drukke dag?", names: ["noor"]) == [
                "hield", "vol", "drukke", "dag",
            ])
        #expect(QuestionReading.contentWords("En jij?").isEmpty)
    }
}

@Suite("Practice: the trainee's figures")
struct TraineeFiguresTests {
    @Test("no words of the worker: no questions, no shares, nothing stacked")
    func noWorkerWords() {
        var b = SessionBuilder()
        b.start()
        b.say(1, b.anna, "Het ging goed")
        b.note(2, "moeder oogt moe")
        let t = b.trainee
        #expect(t.questions.isEmpty)
        #expect(t.aloud == 0 && t.compliments.isEmpty)
        #expect(t.openShare == nil && t.buildsOnShare == nil && t.stacked == 0)
        #expect(t.competenceShare == nil && t.exceptionDetailShare == nil)
    }

    @Test("Dutch: open and closed, building on the family's words since the last question, a stacked question, a compliment between")
    func dutchSession() throws {
        var b = SessionBuilder()
        b.start()
        let first = b.aloud(1, "Wat ging er goed deze week?")
        let anna = b.say(2, b.anna, "Woensdag was het rustig, toen hebben we samen ontbeten", [.exception])
        let noor = b.say(3, b.noor, "Ja, met pannenkoeken")
        let builds = b.aloud(4, "Wat maakte dat het woensdag rustig was?")
        let stacked = b.aloud(5, "En op donderdag?")
        let druk = b.say(6, b.anna, "Donderdag was druk")
        b.note(7, "moeder oogt moe")
        b.aloud(8, "Wat knap dat je bleef.", [.complimentGiven])
        b.phase(9, .goals)
        let drukke = b.aloud(10, "Noor, hoe hield je het vol op zo'n drukke dag?")
        let t = b.trainee
        #expect(t.questions.map(\.entryID) == [first, builds, stacked, drukke], "the compliment is no question")
        #expect(t.questions.map(\.form) == [.open, .open, .closed, .open])
        #expect(t.open == 3 && t.closed == 1 && t.openShare == 0.75)
        #expect(t.aloud == 5)

        #expect(t.questions[0].familyWordsBefore.isEmpty && !t.questions[0].stacked, "the first question has nothing before it")
        let q = t.questions[1]
        #expect(q.familyWordsBefore == [anna, noor], "both answers since the last question, not only the last")
        #expect(q.contentWords == ["maakte", "woensdag", "rustig"])
        #expect(q.reusedWords == ["woensdag", "rustig"])
        #expect(q.reuseShare == 2.0 / 3.0)
        #expect(q.buildsOnWords)

        #expect(t.questions[2].stacked && t.questions[2].familyWordsBefore.isEmpty && !t.questions[2].couldBuildOn)
        let last = t.questions[3]
        #expect(last.familyWordsBefore == [druk], "a note, a compliment and a phase change do not end the stretch")
        #expect(last.contentWords == ["hield", "vol", "drukke", "dag"], "Noor is addressed, not quoted")
        #expect(last.couldBuildOn && !last.buildsOnWords, "'drukke' is not 'druk': words match as written")
        #expect(t.couldBuildOn == 2 && t.buildOn == 1 && t.buildsOnShare == 0.5)
        #expect(t.stacked == 1)
        #expect(t.compliments.count == 1)
    }

    @Test("English: the same rules; an amended question is read as amended, a retracted one is not a question")
    func englishSession() {
        var b = SessionBuilder()
        b.start()
        b.say(1, b.anna, "Mornings were calmer since the school bags are packed the night before")
        let amended = b.aloud(2, "Did you pack them?")
        b.add(3, .entryAmended(.init(entryID: amended, text: "How did you get the bags packed the night before?")))
        let gone = b.aloud(4, "Is that true?")
        b.retract(5, gone)
        b.say(6, b.bram, "I made a list with Noor")
        let list = b.aloud(7, "Can you show me the list?")
        let t = b.trainee
        #expect(t.questions.map(\.entryID) == [amended, list])
        #expect(t.questions.map(\.form) == [.open, .closed])
        #expect(t.questions[0].reusedWords == ["bags", "packed", "night"])
        #expect(!t.questions[1].stacked, "a retracted question was not asked: it neither counts nor ends the stretch")
        #expect(t.questions[1].familyWordsBefore.count == 1 && t.questions[1].reusedWords == ["list"])
        #expect(t.aloud == 2)
    }

    @Test("a question right after another, no family words between: stacked, nothing to build on; retracted family words do not count")
    func questionAfterQuestion() {
        var b = SessionBuilder()
        b.start()
        b.aloud(1, "Hoe gaat het?")
        let taken = b.say(2, b.anna, "Het gaat goed")
        b.retract(3, taken)
        b.aloud(4, "Hoe gaat het thuis?")
        b.aloud(5, "En op school?")
        let t = b.trainee
        #expect(t.questions.map(\.stacked) == [false, true, true])
        #expect(t.couldBuildOn == 0 && t.buildsOnShare == nil)
    }

    @Test("compliments: standing entries tagged compliment given, aloud or noted; scales and exceptions come from the session figures")
    func complimentsAndFollowUps() {
        var b = SessionBuilder()
        b.start()
        b.aloud(1, "Wat knap dat jullie samen ontbijten.", [.complimentGiven])
        b.note(2, "compliment gegeven over het volhouden", [.complimentGiven])
        let gone = b.aloud(3, "Goed zo.", [.complimentGiven])
        b.retract(4, gone)
        let scale = UUID()
        let bare = UUID()
        b.add(5, .scaleDefined(.init(scaleID: scale, topic: "ochtenden", kind: .goal)))
        b.add(5, .scaleValueSet(.init(scaleID: scale, memberID: b.anna, value: 5)))
        let why = b.say(6, b.anna, "Omdat we eerder opstaan")
        b.add(6, .answerLinked(.init(entryID: why, target: .scale(scale))))
        b.add(7, .scaleDefined(.init(scaleID: bare, topic: "ruzie", kind: .burden)))
        b.say(8, b.noor, "Zaterdag was leuk", [.exception])
        b.say(9, b.noor, "We gingen zwemmen")
        b.say(10, b.bram, "Dinsdag ook", [.exception])
        let t = b.trainee
        #expect(t.compliments.count == 2)
        #expect(t.scalesAsked == 2 && t.scalesWithCompetence == 1 && t.competenceShare == 0.5)
        #expect(t.exceptions == 2 && t.exceptionsWithDetail == 1 && t.exceptionDetailShare == 0.5)
        #expect(t.scalesAsked == b.figures.scales.askedCount && t.exceptions == b.figures.exceptions.count)
    }

    @Test("only the session's own words count: an earlier session's question and answer are not this session's")
    func otherSessions() {
        var b = SessionBuilder()
        b.earlierSession { b, earlier in
            let id = UUID()
            b.add(-80, .workerSaid(.init(entryID: id, text: "Wat ging goed?")), session: earlier)
            b.add(-79, .utteranceRecorded(.init(entryID: UUID(), speaker: b.anna, text: "De ochtenden")), session: earlier)
        }
        b.start()
        b.aloud(1, "Hoe gaan de ochtenden?")
        let t = b.trainee
        #expect(t.questions.count == 1)
        #expect(t.questions[0].familyWordsBefore.isEmpty && !t.questions[0].stacked)
    }
}
