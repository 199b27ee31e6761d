import Foundation
import KeukentafelDomain
import KeukentafelStore
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `keukentafel review` through the real binary: the report of a session the test adds to
/// the demo family (a scale, a worker's note and a supervisor's annotation).
@Suite("Review command", .serialized)
struct ReviewCommandTests {
    typealias Folder = StoreCommandTests.Folder

    static let note = "Vader lijkt gespannen als het over werk gaat."
    static let annotation = "Goed dat je naar de vier doorvroeg."

    /// The demo family plus a fourth session, written through the store as the app would.
    static func store() throws -> Folder {
        let folder = Folder()
        let created = try StoreCommandTests.run(["demo", "--no-open", "--store", folder.path])
        #expect(created.status == 0, "\(created.output)")
        let store = try EventStore(directory: folder.path)
        defer { store.closeStore() }
        let family = try store.findFamily("jansen").id
        let record = try store.record(family: family)
        let sandra = try #require(record.members.first { $0.name == "Sandra" }).id
        let zoe = try #require(record.members.first { $0.name == "Zoë" }).id
        let session = UUID()
        let scale = UUID()
        let why = UUID()
        let start = (record.lastEventTime ?? Date()).addingTimeInterval(7 * 86_400)
        var events: [Event] = []
        func add(_ minute: Double, _ payload: EventPayload, session sid: UUID? = session, author: String = "werker") {
            events.append(Event(familyID: family, sessionID: sid, time: start + minute * 60, author: author, payload: payload))
        }
        add(0, .sessionStarted(.init(number: 4, kind: .live, worker: "werker", present: [sandra, zoe])))
        add(1, .phaseChanged(.init(phase: .questions)))
        add(2, .promptShown(.init(promptID: "scaling-question")))
        add(3, .scaleDefined(.init(scaleID: scale, topic: "hoe de avonden gaan", kind: .goal)))
        add(4, .scaleValueSet(.init(scaleID: scale, memberID: sandra, value: 6)))
        add(4, .scaleValueSet(.init(scaleID: scale, memberID: zoe, value: 8)))
        add(5, .utteranceRecorded(.init(entryID: why, speaker: sandra, text: "Een zes, omdat Zoë nu zelf haar tas inpakt.")))
        add(5, .answerLinked(.init(entryID: why, target: .scale(scale))))
        let target = events.last!.id
        add(6, .noteRecorded(.init(entryID: UUID(), text: note)))
        add(7, .phaseChanged(.init(phase: .closing)))
        add(20, .sessionEnded(.init()))
        // Written later, in review: no session of its own, about the family's answer.
        add(
            60 * 24,
            .annotationAdded(
                .init(annotationID: UUID(), targetEventID: target, text: annotation, code: "scale-no-competence", role: .supervisor)),
            session: nil, author: "Ria")
        try store.append(events)
        return folder
    }

    @Test("review writes one standalone, well-formed HTML page with the figures, the annotation and a chart, and no worker's note")
    func htmlReport() throws {
        let a = try Self.store()
        let file = a.url.appendingPathComponent("review.html")
        let written = try StoreCommandTests.run([
            "review", "jansen", "4", "--format", "html", "--lang", "en", "-o", file.path, "--store", a.path,
        ])
        #expect(written.status == 0, "\(written.output)")
        #expect(written.output.isEmpty, "with -o nothing goes to standard output")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let page = try String(contentsOf: file, encoding: .utf8)
        let document = try XMLDocument(contentsOf: file)
        #expect(document.rootElement()?.name == "html")
        // Standalone: nothing fetched. The SVG namespace is a name, never loaded.
        let outside = page.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        for loader in ["http:", "https:", "src=", "href=", "<script", "url(", "@import"] {
            #expect(!outside.contains(loader), "the page loads something: \(loader)")
        }
        #expect(page.contains("Review: Gezin Jansen (demo), session 4"))
        #expect(page.contains("Scaling questions</th><td>1 asked, 1 followed up</td>"))
        #expect(page.contains(Self.annotation) && page.contains("Ria (supervisor)"))
        #expect(page.contains("checklist: Competence question missed after a scale"))
        #expect(page.contains("Sandra: “Een zes, omdat Zoë nu zelf haar tas inpakt.”"))
        #expect(!page.contains(Self.note), "a worker's note in a report without the transcript")
        let svgs = try document.nodes(forXPath: "//*[local-name()='svg']")
        #expect(svgs.count == 1)

        let store = try EventStore(directory: a.path)
        #expect(try store.accessLog().contains { $0.action == "review" })
        store.closeStore()
    }

    @Test("with --transcript the Markdown has the words in order and the note marked as the worker's; without --format, the screen")
    func markdownAndNoFormat() throws {
        let a = try Self.store()
        let md = try StoreCommandTests.run([
            "review", "Gezin Jansen", "4", "--format", "md", "--transcript", "--lang", "nl", "--store", a.path,
        ])
        #expect(md.status == 0, "\(md.output)")
        #expect(md.output.hasPrefix("# Terugblik: Gezin Jansen (demo), gesprek 4\n"))
        #expect(
            md.output.contains("- *Kaart op het scherm: Schaalvraag*\n- 5:00 **Sandra:** Een zes, omdat Zoë nu zelf haar tas inpakt.\n"))
        #expect(md.output.contains("- 6:00 *notitie van de werker:* \(Self.note)\n"))

        // Without --format the screen opens; an unknown session is said before it, on a plain terminal.
        let screen = try StoreCommandTests.run(["review", "jansen", "9", "--store", a.path])
        #expect(screen.status == 3 && screen.output.contains("has no session 9 (its sessions: 1, 2, 3, 4)"), "\(screen.output)")
        let noTerminal = try StoreCommandTests.run(["review", "jansen", "4", "--store", a.path])
        #expect(noTerminal.status == 2 && noTerminal.output.contains("Run it in a terminal window"), "\(noTerminal.output)")
        let noSession = try StoreCommandTests.run(["review", "jansen", "--format", "md", "--store", a.path])
        #expect(noSession.status != 0 && noSession.output.contains("A report is of one session"), "\(noSession.output)")
        let missing = try StoreCommandTests.run(["review", "jansen", "9", "--format", "md", "--store", a.path])
        #expect(missing.status == 3 && missing.output.contains("has no session 9 (its sessions: 1, 2, 3, 4)"), "\(missing.output)")
        let bad = try StoreCommandTests.run(["review", "jansen", "4", "--format", "pdf", "--store", a.path])
        #expect(bad.status != 0 && bad.output.contains("--format must be md or html"))
    }

    static let rsvg = ["/usr/bin", "/bin", "/usr/local/bin"].map { "\($0)/rsvg-convert" }.first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(
        "the report's scale chart renders with rsvg-convert to a PNG of the chart's size",
        .enabled(if: rsvg != nil, "needs rsvg-convert (Debian package librsvg2-bin)"))
    func chartRenders() throws {
        let a = try Self.store()
        let file = a.url.appendingPathComponent("review.html")
        #expect(try StoreCommandTests.run(["review", "jansen", "4", "--format", "html", "-o", file.path, "--store", a.path]).status == 0)
        let page = try String(contentsOf: file, encoding: .utf8)
        let start = try #require(page.range(of: "<svg "))
        let end = try #require(page.range(of: "</svg>"))
        let svg = a.url.appendingPathComponent("chart.svg")
        let png = a.url.appendingPathComponent("chart.png")
        try String(page[start.lowerBound..<end.upperBound]).write(to: svg, atomically: true, encoding: .utf8)
        let rendered = try Subprocess.run([try #require(Self.rsvg), svg.path, "-o", png.path])
        #expect(rendered.status == 0, "\(rendered.output)")
        let bytes = try [UInt8](Data(contentsOf: png))
        #expect(bytes.count > 1_000, "an empty picture")
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG")
        // The IHDR chunk holds the width: the chart is 640 wide.
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 640)
    }
}
