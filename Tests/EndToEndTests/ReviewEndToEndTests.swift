import Foundation
import TestSupport
import Testing

/// Looking back at a recorded session through the real binary in tmux: the card that was
/// showing, each person's value, an annotation with its author and code that never
/// reaches what the family sees.
@Suite("Review end to end", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReviewEndToEndTests {
    let live = LiveSessionTests()

    @Test(
        "record a session, find it, step to the scale, annotate it with a code; the export has the note with its author, the family does not"
    )
    func annotateARecordedSession() throws {
        let session = try TmuxSession(width: 120, height: 40, command: "\"$KT\" --lang nl --worker Fatma --role supervisor")
        defer { session.stop() }
        let store = session.home.appendingPathComponent(".local/share/keukentafel").path
        try session.waitFor("Ingelogd als: Fatma (begeleider)")
        try live.startNewFamily(session, members: "Iris, Bram")
        try session.type("Op zondag ontbijten we samen")
        try session.send("Enter")
        try session.waitFor { $0.contains("Op zondag ontbijten") && $0.contains("✓ bewaard") }
        try session.send("F9")
        try session.waitFor("Onderwerp van de schaal")
        try session.type("hoe rustig het thuis is")
        try session.send("Enter")
        try session.waitFor("Cijfer van Iris")
        try session.send("6")
        try session.waitFor("Cijfer van Bram")
        try session.send("4")
        try session.waitFor { !$0.contains("Cijfer van Bram") && $0.contains("✓ bewaard") }
        try session.send("Escape")
        try session.waitFor("Gesprek onderbreken?")
        try session.send("Right", "Enter")
        try session.waitFor("1 gezin in deze opslag")

        // The search finds the words; Enter opens that session in review, at them.
        try session.send("/")
        try session.type("zondag")
        try session.waitFor("1 vondst")
        try session.send("Enter")
        try session.waitFor { $0.contains("Terugkijken: Gezin Vos · gesprek 1") && $0.contains("Iris: Op zondag ontbijten we samen") }
        // The words, then the scale, then Iris's value: two steps on.
        try session.waitFor("stap 4 van 7")
        try session.send("Down")
        try session.waitFor("stap 5 van 7")
        try session.send("Down")
        let screen = try session.waitFor { $0.contains("stap 6 van 7") && $0.contains("Iris: 6") }
        #expect(screen.contains("Kaart op het scherm: ") && !screen.contains("(geen kaart vastgelegd)"))
        #expect(screen.contains("hoe rustig het thuis is"))

        try session.send("a")
        try session.waitFor("Aantekening bij deze stap")
        try session.type("Mooi gevraagd, nu nog waarom niet lager")
        try session.send("Down", "Enter")
        try session.waitFor("Aantekening opgeslagen.")
        try session.waitFor("Fatma (begeleider): [Competentievraag gemist")

        // Back to the family: the family view does not show the annotation.
        try session.send("Escape")
        try session.waitFor("1 gezin in deze opslag")
        try session.send("o")
        try session.waitFor("Gezin openen")
        try session.send("Enter")
        try session.waitFor("[Iris] ▸")
        try session.send("F8")
        let familyView = try session.waitFor("wat jullie vertelden")
        #expect(familyView.contains("hoe rustig het thuis is"))
        #expect(!familyView.contains("Mooi gevraagd") && !familyView.contains("Competentievraag"))
        try session.send("F8")
        try session.waitFor("[Iris] ▸")
        try RightNameEndToEndTests.leaveAndQuit(session, store: store)

        let notes = try RightNameEndToEndTests.events(store, type: "annotationAdded")
        #expect(notes.count == 1)
        let note = try #require(notes.first)
        let payload = try #require(note["payload"] as? [String: Any])
        #expect(note["author"] as? String == "Fatma")
        #expect(payload["role"] as? String == "supervisor" && payload["code"] as? String == "scale-no-competence")
        #expect(payload["text"] as? String == "Mooi gevraagd, nu nog waarom niet lager")
        #expect(note["sessionID"] == nil || note["sessionID"] is NSNull)
        // Everything this worker recorded carries their name.
        let words = try RightNameEndToEndTests.events(store, type: "utteranceRecorded")
        #expect(!words.isEmpty && words.allSatisfy { $0["author"] as? String == "Fatma" })

        for format in ["md", "html"] {
            let plan = try Subprocess.run([
                "env", "-i", "HOME=/tmp", "PATH=/usr/bin:/bin", "LANG=C.UTF-8", TmuxSession.binary.path,
                "plan", "Gezin Vos", "--format", format, "--store", store,
            ])
            #expect(plan.status == 0 && plan.output.contains("Gezin Vos"))
            #expect(!plan.output.contains("Mooi gevraagd") && !plan.output.contains("Competentievraag"))
        }
    }

    @Test("keukentafel review FAMILY SESSION opens the review screen on that session; Esc goes home")
    func opensDirectly() throws {
        let session = try TmuxSession(
            width: 100, height: 30,
            command: "\"$KT\" demo --no-open --store \"$HOME/kt\" >/dev/null; \"$KT\" review Jansen 2 --lang nl --store \"$HOME/kt\"")
        defer { session.stop() }
        let screen = try session.waitFor("Terugkijken: Gezin Jansen (demo) · gesprek 2", timeout: 30)  // the demo is written first
        #expect(screen.contains("stap 1 van"))
        try session.send("]")
        try session.waitFor("── ")
        try session.send("Escape")
        try session.waitFor("1 gezin in deze opslag")
    }
}
