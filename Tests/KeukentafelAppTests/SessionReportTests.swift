import Foundation
import KeukentafelApp
import KeukentafelDomain
import MethodAnalysis
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A fictional family's session with a scale, an exception, a worker's note, retracted words,
/// and two annotations from a supervisor: one about the family's words, one about the note.
enum ReportFixture {
    static let family = UUID()
    static let session = UUID()
    static let mirjam = UUID()
    static let sem = UUID()
    static let t0 = Date(timeIntervalSinceReferenceDate: 815_000_000)
    static let note = "Moeder oogt moe; volgende keer naar haar slaap vragen."
    static let retracted = "Dit wil ik liever niet in het dossier."
    static let familyName = "Gezin <Test> & \"co\""

    static func events() -> [Event] {
        var out: [Event] = []
        var ids = SeededIDs(seed: 12)
        func add(_ minute: Double, _ p: EventPayload, session: UUID? = session, author: String = "Sanne") {
            out.append(Event(id: ids.next(), familyID: family, sessionID: session, time: t0 + minute * 60, author: author, payload: p))
        }
        add(-10, .familyCreated(.init(name: familyName)), session: nil)
        add(-10, .memberAdded(.init(memberID: mirjam, name: "Mirjam", role: .parent)), session: nil)
        add(-10, .memberAdded(.init(memberID: sem, name: "Sem", role: .child)), session: nil)
        add(0, .sessionStarted(.init(number: 1, kind: .live, worker: "Sanne", present: [mirjam, sem])))
        add(0.5, .phaseChanged(.init(phase: .welcome)))
        add(2, .promptShown(.init(promptID: "scaling-question")))
        let scale = ids.next()
        add(2.5, .scaleDefined(.init(scaleID: scale, topic: "hoe rustig de avonden zijn", kind: .goal)))
        add(3, .scaleValueSet(.init(scaleID: scale, memberID: mirjam, value: 4)))
        add(3, .scaleValueSet(.init(scaleID: scale, memberID: sem, value: 7)))
        let why = ids.next()
        add(4, .utteranceRecorded(.init(entryID: why, speaker: mirjam, text: "Het is een vier omdat we nu om acht uur *samen* eten")))
        add(4, .answerLinked(.init(entryID: why, target: .scale(scale))))
        add(5, .utteranceRecorded(.init(entryID: ids.next(), speaker: sem, text: "Gisteren ging ik zelf naar bed", tags: [.exception])))
        let exceptionEvent = out.last!.id
        add(6, .utteranceRecorded(.init(entryID: ids.next(), speaker: mirjam, text: "Toen heb ik hem voorgelezen")))
        add(7, .noteRecorded(.init(entryID: ids.next(), text: note)))
        let noteEvent = out.last!.id
        let taken = ids.next()
        add(8, .utteranceRecorded(.init(entryID: taken, speaker: sem, text: retracted)))
        add(8.5, .entryRetracted(.init(entryID: taken)))
        add(9, .workerSaid(.init(entryID: ids.next(), text: "Wat knap dat jullie dat samen doen", tags: [.complimentGiven])))
        add(10, .phaseChanged(.init(phase: .closing)))
        add(11, .summaryChecked(.init(confirmed: true)))
        add(12, .evaluationRecorded(.init(ratings: ["evaluation-item-heard": 3, "evaluation-item-useful": 8], memberID: sem)))
        add(15, .sessionEnded(.init()))
        add(
            1_000,
            .annotationAdded(
                .init(
                    annotationID: ids.next(), targetEventID: exceptionEvent, text: "Mooi doorgevraagd.", code: "exception-detail",
                    role: .supervisor)),
            author: "Ria")
        add(
            1_001,
            .annotationAdded(
                .init(annotationID: ids.next(), targetEventID: noteEvent, text: "Bespreek dit met moeder.", role: .supervisor)),
            session: nil, author: "Ria")
        return out
    }

    static func report(_ language: Language, transcript: Bool) -> SessionReport {
        let log = SessionLog(events: events(), sessionID: session)!
        return SessionReport(
            log: log, catalog: AppFixtures.catalog, language: language, transcript: transcript, timeZone: TimeZone(identifier: "UTC")!)
    }
}

@Suite("Session report")
struct SessionReportTests {
    @Test("the Markdown holds the figures and the annotations, and without the transcript never a worker's note or retracted words")
    func markdownWithoutTranscript() {
        let md = ReportFixture.report(.nl, transcript: false).markdown
        #expect(md.hasPrefix("# Terugblik: Gezin \\<Test\\> & \"co\", gesprek 1\n"), "\(md.prefix(80))")
        for line in [
            "- **Duur:** 15 min", "- **Schaalvragen:** 1 gesteld, 1 met doorvraag", "- **Uitzonderingen:** 1, waarvan 1 uitgediept",
            "- **Wondervraag:** niet gesteld", "- **Samenvatting:** bevestigd door het gezin",
            "- **Evaluatie van Sem:** gehoord 3 · nuttig 8 · laag (≤ 5) ⚠",
            "- **Kinderen en jongeren:** 33% van wat het gezin zei (1 van 3)",
            "- **Ria (begeleider)** bij 5:00: Mooi doorgevraagd.\n  - aandachtspunt: Mooi doorgevraagd op een uitzondering\n  - Sem: „Gisteren ging ik zelf naar bed”",
            "- **Ria (begeleider)** bij 7:00: Bespreek dit met moeder.",
            "  - een notitie van de werker (de tekst staat alleen in het verslag met --transcript)", "| 0:30 | Welkom en agenda | 10 min |",
            "| Schaalvraag | Schaalvraag | 1 | 13 min |", "- Sem: 7",
        ] {
            #expect(md.contains(line + "\n"), "missing: \(line)")
        }
        #expect(!md.contains("Moeder oogt moe"), "a worker's note in a report without the transcript")
        #expect(!md.contains(ReportFixture.retracted))
        #expect(!md.contains("Het gesprek in woorden"))
    }

    @Test("with the transcript: the words in order under their phase and card, the note marked as the worker's, retracted words left out")
    func markdownWithTranscript() throws {
        let md = ReportFixture.report(.en, transcript: true).markdown
        let transcript = try #require(md.components(separatedBy: "## The session in words\n").last)
        let expected = [
            "- **Phase: Welcome and agenda**", "- *Card on screen: Scaling question*",
            "- 4:00 **Mirjam:** Het is een vier omdat we nu om acht uur \\*samen\\* eten",
            "- 5:00 **Sem:** Gisteren ging ik zelf naar bed \\[exception\\]", "- 6:00 **Mirjam:** Toen heb ik hem voorgelezen",
            "- 7:00 *worker's note:* \(ReportFixture.note)",
            "- 9:00 *worker, aloud:* Wat knap dat jullie dat samen doen \\[compliment given\\]",
            "- **Phase: Closing**",
        ]
        #expect(transcript.split(separator: "\n").map(String.init) == expected)
        #expect(md.contains("  - worker's note: “\(ReportFixture.note)”"), "with the transcript, the annotated note shows, as the worker's")
        #expect(!md.contains(ReportFixture.retracted))
    }

    @Test("the HTML page is well-formed, standalone, escapes the family's name and holds one chart with every person's value")
    func html() throws {
        let page = ReportFixture.report(.nl, transcript: true).html
        let document = try XMLDocument(data: Data(page.utf8))
        #expect(document.rootElement()?.name == "html")
        #expect(page.contains("<h1>Terugblik: Gezin &lt;Test&gt; &amp; &quot;co&quot;, gesprek 1</h1>"))
        #expect(!page.contains("<script") && !page.contains("src=") && !page.contains("href="))
        #expect(page.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").contains("http") == false)
        let svgs = try document.nodes(forXPath: "//*[local-name()='svg']")
        #expect(svgs.count == 1)
        let bars = try document.nodes(forXPath: "//*[local-name()='svg']//*[local-name()='rect']/@width").compactMap(\.stringValue)
        #expect(bars == ["176", "308"], "4 and 7 points of 44 units")
        let labels = try document.nodes(forXPath: "//*[local-name()='svg']//*[local-name()='text']").compactMap(\.stringValue)
        #expect(labels.contains("Mirjam") && labels.contains("Sem") && labels.contains("hoe rustig de avonden zijn"))
        #expect((0...10).allSatisfy { labels.contains("\($0)") }, "the axis is labelled 0 to 10")
        let low = try document.nodes(forXPath: "//tr[@class='attention']/th").compactMap(\.stringValue)
        #expect(low == ["Evaluatie van Sem"])
    }

    @Test("figure lines for the review screen, in English, with the low rating marked for attention")
    func figureLines() throws {
        let log = try #require(SessionLog(events: ReportFixture.events(), sessionID: ReportFixture.session))
        let figures = SessionAnalysis.figures(log, catalog: AppFixtures.catalog)
        let record = FamilyRecord.replay(ReportFixture.family, ReportFixture.events())
        let lines = FigureLines.lines(figures, record, .en)
        let pairs = lines.map { "\($0.label) = \($0.value)" }
        for expected in [
            "Duration = 15 min", "Before the first phase = 30 s · 3%", "Welcome and agenda = 10 min · 63%", "Closing = 5 min · 33%",
            "Scaling question = 13 min · 87%", "Scaling questions = 1 asked, 1 followed up",
            "Scale “hoe rustig de avonden zijn” = Mirjam 4, Sem 7 · 1 follow-up answer", "Exceptions = 1, 1 of them explored further",
            "Solution talk against problem talk = 1 to 0", "Agreements = none", "Summary = confirmed by the family",
            "Mirjam (parent) = 2 · 67%", "Sem (child) = 1 · 33%", "Worker, aloud = 1", "Worker's notes = 1",
        ] {
            #expect(pairs.contains(expected), "missing: \(expected)")
        }
        #expect(lines.filter(\.attention).map(\.label) == ["Rating by Sem"])
        #expect(
            FigureLines.sections(figures, record, .nl).map(\.title) == [
                "Tijd", "Technieken", "Besluiten en afsluiten", "Wie kwam aan het woord",
            ])
    }
}
