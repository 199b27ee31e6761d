import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Family plan")
struct FamilyPlanTests {
    static let now = Date(timeIntervalSinceReferenceDate: 815_000_000)
    static let utc = TimeZone(identifier: "UTC") ?? .current

    static func demo() -> (FamilyRecord, [Event]) {
        let events = DemoFamily.events(now: now, worker: "demo", seed: 7)
        return (FamilyRecord.replay(events[0].familyID, events), events)
    }

    /// Every text of the demo's worker notes.
    static func notes(_ record: FamilyRecord) -> [String] { record.entries.filter(\.isWorkerNote).flatMap(\.versions) }

    @Test("the demo family's plan: their goal, their words with who said them, their numbers, agreement and helper")
    func demoPlan() throws {
        let (record, _) = Self.demo()
        let plan = FamilyPlan(record, language: .nl, timeZone: Self.utc)
        #expect(plan.familyName == "Gezin Jansen (demo)")
        #expect(plan.latestSession?.present == ["Sandra", "Karim", "Zoë"])
        #expect(plan.latestSessionLine?.hasPrefix("Laatste gesprek: ") == true)
        #expect(plan.latestSessionLine?.hasSuffix("met Sandra, Karim en Zoë") == true)
        #expect(plan.goals.map(\.text) == ["Rustig samen ontbijten voordat we de deur uit gaan"])
        #expect(plan.goals.map(\.reached) == [false])
        #expect(plan.goingWell.map(\.speaker) == ["Karim", "Zoë", "Sandra", "Sandra"])
        #expect(plan.goingWell.map(\.tag) == [.exception, .exception, .strength, .strength])
        #expect(plan.goingWell.last?.text == "We zijn twee keer op tijd geweest zonder geschreeuw. Dat hebben we zelf gedaan.")
        // The goal scale has no numbers yet, so only the burden scale is there, with the latest numbers.
        #expect(plan.scales.count == 1)
        #expect(plan.scales.first?.kind == .burden)
        #expect(plan.scales.first?.latest.map(\.value) == [4, 4])
        #expect(
            plan.agreements.map { [$0.who, $0.what, $0.byWhen ?? "-"] } == [
                ["Karim", "maakt elke avond de boterhammen klaar", "volgend bezoek"]
            ])
        #expect(plan.helpers.map(\.name) == ["oma Riet"])
        #expect(plan.helpers.map(\.goals) == [["Rustig samen ontbijten voordat we de deur uit gaan"]])
        #expect(plan.nextAppointment == nil)
        // Empty sections are left out.
        #expect(plan.sections.map(\.kind) == [.goals, .goingWell, .scales, .agreements, .helpers])
        let scales = try #require(plan.section(.scales))
        #expect(scales.items.first?.text == "hoeveel last we hebben van de ochtenden: Sandra 4, Karim 4")
        #expect(scales.items.first?.details == ["0 = geen last, 10 = de meeste last die er kan zijn"])
        #expect(plan.section(.helpers)?.items.first?.details == ["Kan helpen bij: Rustig samen ontbijten voordat we de deur uit gaan"])
    }

    @Test("the demo plan holds no worker note and no technique name, in either language", arguments: Language.allCases)
    func demoPlainWords(_ language: Language) {
        let (record, _) = Self.demo()
        let plan = FamilyPlan(record, language: language, timeZone: Self.utc)
        let notes = Self.notes(record)
        #expect(!notes.isEmpty)
        for text in [plan.markdown, plan.html] {
            for note in notes {
                #expect(!text.contains(note), "a worker note in the plan")
            }
            for jargon in [
                "schaal", "Schaal", "scaling", "Signs of Safety", "uitzondering", "exception", "wonder", "miracle", "participatie",
                "participation", "ladder", "niveau", "level", "kracht", "strength",
            ] {
                #expect(!text.contains(jargon), "technique name \(jargon) in the \(language) plan")
            }
        }
    }

    /// A record with every way words can be the wrong ones for the plan.
    static func trickyRecord() -> FamilyRecord {
        var ids = SeededIDs(seed: 42)
        let family = ids.next()
        let session = ids.next()
        let anouk = ids.next()
        let bas = ids.next()
        var record = FamilyRecord(familyID: family)
        var time = now
        func add(_ p: EventPayload) {
            time = time.addingTimeInterval(30)
            record.apply(Event(id: ids.next(), familyID: family, sessionID: session, time: time, author: "werker", payload: p))
        }
        let note = ids.next()
        let retracted = ids.next()
        let corrected = ids.next()
        let worry = ids.next()
        let option = ids.next()
        add(.familyCreated(.init(name: "Gezin De Vries")))
        add(.memberAdded(.init(memberID: anouk, name: "Anouk", role: .parent)))
        add(.memberAdded(.init(memberID: bas, name: "Bas", role: .child)))
        add(.sessionStarted(.init(number: 1, kind: .live, worker: "werker", present: [anouk])))
        add(.noteRecorded(.init(entryID: note, text: "GEHEIM: vermoeden van schulden", tags: [.exception, .agreement, .strength])))
        add(.utteranceRecorded(.init(entryID: retracted, speaker: anouk, text: "INGETROKKEN: we gaan verhuizen", tags: [.exception])))
        add(.entryRetracted(.init(entryID: retracted)))
        add(.utteranceRecorded(.init(entryID: corrected, speaker: bas, text: "OUD: ik fiets twee keer", tags: [.strength])))
        add(.entryAmended(.init(entryID: corrected, text: "Ik fiets nu elke dag alleen naar school.")))
        add(.utteranceRecorded(.init(entryID: worry, speaker: anouk, text: "Ik ben bang dat hij valt.", tags: [.worry])))
        add(.safetyMapEntry(.init(entryID: note, column: .worries, perspective: .professionals)))
        add(.safetyMapEntry(.init(entryID: retracted, column: .goingWell, perspective: .parents)))
        add(.safetyMapEntry(.init(entryID: worry, column: .worries, perspective: .parents)))
        add(.safetyMapEntry(.init(entryID: corrected, column: .goingWell, perspective: .children)))
        add(.scaleDefined(.init(scaleID: ids.next(), topic: "hoe veilig het fietsen voelt", kind: .safety)))
        if let scale = record.scales.first?.id { add(.scaleValueSet(.init(scaleID: scale, memberID: anouk, value: 6))) }
        add(.optionAdded(.init(optionID: option, text: "Samen de route oefenen", pros: ["rustig"], cons: ["kost tijd", "regen"])))
        add(.preferenceRecorded(.init(optionID: option, memberID: bas, entryID: note)))
        add(
            .decisionRecorded(
                .init(
                    decisionID: ids.next(), text: "We oefenen op zaterdag", decidedBy: ["Anouk", "Bas"], ladderLevel: 4,
                    disagreement: "Bas wil liever zondag")))
        add(.decisionRecorded(.init(decisionID: ids.next(), text: "De school weet ervan", decidedBy: [], ladderLevel: 9)))
        add(.appointmentSet(.init(when: "vrijdag 4 december", place: "school")))
        return record
    }

    @Test("a note, a retracted entry and a map entry pointing to either never reach the plan; a correction shows its latest text")
    func notesNeverInPlan() throws {
        let record = Self.trickyRecord()
        let plan = FamilyPlan(record, language: .nl, timeZone: Self.utc)
        for text in [plan.markdown, plan.html, "\(plan)"] {
            #expect(!text.contains("GEHEIM"), "a worker note in the plan")
            #expect(!text.contains("INGETROKKEN"), "a retracted entry in the plan")
            #expect(!text.contains("OUD:"), "an old version of a corrected entry")
        }
        #expect(plan.goingWell.map(\.text) == ["Ik fiets nu elke dag alleen naar school."])
        #expect(plan.agreedInWords.isEmpty)
        #expect(plan.safety.map(\.words.text) == ["Ik ben bang dat hij valt.", "Ik fiets nu elke dag alleen naar school."])
        #expect(plan.safety.map(\.perspective) == [.parents, .children])
        #expect(plan.preferences.map { [$0.who, $0.option] } == [["Bas", "Samen de route oefenen"]])
        #expect(plan.preferences.first?.words == nil, "a preference keeps no note as its words")
        let safety = try #require(plan.section(.safety))
        #expect(safety.groups.map(\.heading) == ["Waar we ons zorgen over maken", "Wat goed gaat"])
        #expect(safety.groups.first?.items.first?.label == "Ouders")
        #expect(plan.section(.scales)?.items.first?.details == ["0 = helemaal niet veilig, 10 = veilig genoeg"])
        #expect(plan.section(.options)?.items.first?.details == ["Goed eraan: rustig", "Minder goed eraan: kost tijd, regen"])
        let decisions = try #require(plan.section(.decisions))
        #expect(
            decisions.items.first?.details == [
                "Besloten door Anouk en Bas", "Jullie hebben dit samen met de hulpverlener besloten.",
                "Niet iedereen was het eens: Bas wil liever zondag",
            ])
        #expect(decisions.items.last?.details == [], "a level outside 1–5 is not guessed at")
        #expect(plan.section(.nextAppointment)?.items.map(\.text) == ["vrijdag 4 december · school"])
        #expect(plan.latestSessionLine?.hasSuffix(", met Anouk") == true)
    }

    @Test("what the worker said aloud is never the family's words, but the professionals' view on the safety map is named as the worker's")
    func workerAloudInPlan() throws {
        var record = Self.trickyRecord()
        let compliment = UUID()
        let view = UUID()
        for payload: EventPayload in [
            .workerSaid(
                .init(entryID: compliment, text: "COMPLIMENT: wat doen jullie dit goed", tags: [.strength, .exception, .agreement])),
            .workerSaid(.init(entryID: view, text: "School ziet dat Bas vaker op tijd is")),
            .safetyMapEntry(.init(entryID: view, column: .goingWell, perspective: .professionals)),
        ] {
            record.apply(
                Event(familyID: record.familyID, sessionID: record.sessions.first?.id, time: Self.now, author: "werker", payload: payload))
        }
        let plan = FamilyPlan(record, language: .nl, timeZone: Self.utc)
        #expect(!plan.goingWell.contains { $0.text.contains("COMPLIMENT") })
        #expect(!plan.agreedInWords.contains { $0.text.contains("COMPLIMENT") })
        let professional = try #require(plan.safety.first { $0.perspective == .professionals })
        #expect(professional.words.text == "School ziet dat Bas vaker op tijd is" && professional.words.speaker == "werker")
    }

    @Test("the HTML page is well-formed, standalone and printable, and escapes the family's words")
    func html() throws {
        var record = Self.trickyRecord()
        let anouk = try #require(record.members.first?.id)
        record.apply(
            Event(
                id: UUID(), familyID: record.familyID, sessionID: record.sessions.first?.id, time: Self.now.addingTimeInterval(9_999),
                author: "werker",
                payload: .utteranceRecorded(
                    .init(entryID: UUID(), speaker: anouk, text: "Ik <b>wil</b> \"rust\" & 'stilte'\u{0007} http://x", tags: [.exception])))
        )
        for language in Language.allCases {
            let page = FamilyPlan(record, language: language, timeZone: Self.utc).html
            #expect(page.contains("<html lang=\"\(language.rawValue)\">"))
            #expect(page.contains("@page"))
            #expect(page.contains("size: A4"))
            #expect(!page.lowercased().contains("<script"))
            #expect(!page.contains("<b>"))
            #expect(page.contains("Ik &lt;b&gt;wil&lt;/b&gt; &quot;rust&quot; &amp; &#39;stilte&#39;"))
            let parser = XMLParser(data: Data(page.utf8))
            #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        }
        let demo = FamilyPlan(Self.demo().0, language: .nl, timeZone: Self.utc).html
        #expect(!demo.contains("http"), "nothing loaded from elsewhere")
        #expect(!demo.contains("src=") && !demo.contains("<link") && !demo.contains("@import"))
    }

    @Test("Markdown shows the family's words as they are")
    func markdown() {
        var record = Self.trickyRecord()
        record.apply(
            Event(
                familyID: record.familyID, time: Self.now, author: "werker",
                payload: .goalSet(.init(goalID: UUID(), text: "1. *Samen* eten_om [zes] uur\nelke dag", sourceEntries: []))))
        let md = FamilyPlan(record, language: .en, timeZone: Self.utc).markdown
        #expect(md.hasPrefix("# Gezin De Vries: your plan\n"))
        #expect(md.contains("- 1\\. \\*Samen\\* eten\\_om \\[zes\\] uur elke dag"))
        #expect(md.contains("## What was decided"))
        #expect(md.contains("  - You decided this together with the professional."))
        #expect(md.contains("### What we worry about\n\n- **Parents:** “Ik ben bang dat hij valt.” (Anouk)"))
    }

    @Test("the family view and the closing summary show what the plan holds", arguments: ["familyView", "closing"])
    func screenAgreesWithPaper(_ mode: String) throws {
        let state = SessionFixtures.state(.nl, size: Size(width: 120, height: 40)) {
            $0.mode = mode == "closing" ? .closing : .familyView
        }
        guard case .session(let s) = state.screen else { throw Failure.noSession }
        let plan = FamilyPlan(s.record, language: .nl)
        let canvas = AppFixtures.render(state, size: Size(width: 120, height: 40))
        for kind in [PlanSection.Kind.goals, .goingWell, .scales, .agreements] {
            let section = try #require(plan.section(kind))
            #expect(canvas.contains(section.title))
            for item in section.items.suffix(mode == "closing" ? 2 : 8) where item.text.count < 100 {
                #expect(canvas.contains(item.text), "\(item.text) is on paper but not on the screen")
            }
        }
        for note in Self.notes(s.record) { #expect(!canvas.contains(note)) }
    }

    enum Failure: Error { case noSession }

    @Test("p in the family view previews the plan as it prints: its title, goals and agreements, never a note; p again and F8 go back")
    func previewFromTheLiveScreen() throws {
        var s = SessionFixtures.state(.nl, size: Size(width: 120, height: 60))
        AppFixtures.send([.key(KeyPress(.function(8))), .key(.char("p"))], to: &s)
        let text = AppFixtures.render(s).plainText
        #expect(text.contains("Zo ziet het plan eruit"))
        #expect(text.contains("Rustig samen ontbijten voordat we de deur uit gaan"))
        #expect(text.contains("zingt het wekliedje"))
        #expect(text.contains("keukentafel plan \"Gezin Jansen (demo)\" --format html"))
        #expect(!text.contains("glundert") && !text.contains("compliment gegeven"), "a worker note in the plan")
        AppFixtures.send([.key(.char("p"))], to: &s)
        #expect(AppFixtures.render(s).plainText.contains("wat jullie vertelden"))
        AppFixtures.send([.key(.char("p")), .key(KeyPress(.function(8)))], to: &s)
        guard case .session(let session) = s.screen else { throw CancellationError() }
        #expect(session.mode == .capture && !session.planPreview)
    }
}
