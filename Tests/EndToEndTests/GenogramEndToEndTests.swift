import Foundation
import TestSupport
import Testing

/// The genogram through the real binary in tmux: a foster family entered by quick entry
/// while the family talks, as the screen shows it and as the SVG for the case file has it.
@Suite("Genogram end to end", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct GenogramEndToEndTests {
    let live = LiveSessionTests()

    @Test(
        "the foster family by quick entry: one foster couple, the birth parents apart, the foster son's two lines distinct, on screen and in the SVG"
    )
    func fosterFamily() throws {
        let session = try TmuxSession(width: 120, height: 40, command: "\"$KT\" --lang nl")
        defer { session.stop() }
        let store = session.home.appendingPathComponent(".local/share/keukentafel").path
        try live.startNewFamily(session, members: "Ingrid, Jayden")
        try session.send("F12")
        try session.waitFor("[genogram] ▸")
        for line in FosterFamily.lines {
            let name = String(line.prefix { $0 != "," })
            try session.type(line)
            try session.send("Enter")
            // Taken off the line and drawn: the next one starts fresh.
            try session.waitFor { !$0.contains(line) && $0.contains(name) }
        }
        // The whole screen for the drawing.
        try session.send("M-z")
        // The side panel names them all already, and on a busy machine the screen can still be
        // lines behind: wait for the whole screen (its own hint) with the last line's relation on it.
        let screen = try session.waitFor(timeout: 15) { $0.contains("Alt-Z terug") && $0.contains("Peter – Mandy") }
        #expect(screen.contains("┆"), "Jayden's foster line is dotted:\n\(screen)")
        #expect(screen.contains("▣"), "Jayden, the index, in a double frame:\n\(screen)")
        #expect(screen.contains("//"), "Rick and Mandy divorced:\n\(screen)")
        #expect(screen.contains("index (dubbele rand)"), "the legend says so:\n\(screen)")
        try session.send("M-z")
        try session.waitFor { !$0.contains("index (dubbele rand)") || $0.contains("Aanwezig") }
        try session.send("Escape")
        try session.waitFor("[Ingrid] ▸")
        try RightNameEndToEndTests.leaveAndQuit(session, store: store)

        // The record: one foster couple, the birth couple apart, nothing invented.
        let couples = try RightNameEndToEndTests.events(store, type: "genogramCoupleSet")
        let links = try RightNameEndToEndTests.events(store, type: "genogramChildLinked")
        let removed = try RightNameEndToEndTests.events(store, type: "genogramRemoved")
        let lastCouples = Dictionary(
            couples.compactMap { e -> (String, [String: Any])? in
                guard let c = e["payload"] as? [String: Any], let id = c["coupleID"] as? String else { return nil }
                return (id, c)
            }, uniquingKeysWith: { _, b in b })
        let removedCouples = Set(
            removed.compactMap {
                ($0["payload"] as? [String: Any]).flatMap { $0["kind"] as? String == "couple" ? $0["id"] as? String : nil }
            })
        let standing = lastCouples.filter { !removedCouples.contains($0.key) && !(($0.value["partners"] as? [String]) ?? []).isEmpty }
        #expect(standing.count == 2, "\(standing)")
        let kinds = links.compactMap { ($0["payload"] as? [String: Any])?["kind"] as? String }
        #expect(kinds.contains("foster"))

        // The SVG: Jayden's foster line dotted, besides the legend's sample.
        let svgFile = session.home.appendingPathComponent("vos.svg").path
        let export = try StoreCommandTests.run(["export", "Gezin Vos", "--format", "svg", "-o", svgFile, "--store", store])
        #expect(export.status == 0, "\(export.output)")
        let svg = try String(contentsOfFile: svgFile, encoding: .utf8)
        #expect(svg.components(separatedBy: "stroke-dasharray=\"2,3\"").count - 1 == 2, "one foster line and the legend's sample")
        for name in ["Peter", "Ingrid", "Lotte", "Jayden", "Mandy", "Rick"] { #expect(svg.contains(">\(name)</text>")) }
    }
}
