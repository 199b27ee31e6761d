import Foundation
import KeukentafelApp
import KeukentafelDomain
import PromptLibrary
import ShippedPrompts
import TerminalUI

/// Pasted text of exactly `count` characters: Dutch words with diacritics, a line break
/// every few sentences, as a worker copies a letter or a report.
func pastedText(_ count: Int) -> String {
    let piece = "Zoë en oma Riet zeggen dat de ochtenden rustiger zijn; Ayşe slaapt beter sinds het liedje.\n"
    var text = String(repeating: piece, count: count / piece.count + 1)
    text.removeLast(text.count - count)
    return text
}

/// Pasting 16,000, 100,000 and 1,000,000 characters: from the terminal's bytes to the next
/// frame. A case that took more than 10 s at one size is not run at the larger ones.
@MainActor func pasteBenchmarks(quick: Bool) {
    header("Pasting long text: decoding, inserting and drawing the next frame (120×40)", nameWidth: 68)
    let sizes = quick ? [16_000, 100_000] : [16_000, 100_000, 1_000_000]
    let catalog = PromptCatalog(shipped: ShippedPrompts.files)
    let env = AppEnvironment.fixed(seed: 5, now: Date(timeIntervalSinceReferenceDate: 900_000_000))
    let now = LocalTime(year: 2026, month: 11, day: 23, weekday: 2, hour: 14, minute: 5)
    let size = Size(width: 120, height: 40)
    func app(_ screen: AppState.Screen) -> AppState {
        var s = AppState(language: .nl, now: now, storeDisplay: "bench", terminalSize: size, prompts: catalog)
        s.screen = screen
        return s
    }
    var record = FamilyRecord(familyID: UUID())
    let session = UUID()
    let t = Date(timeIntervalSinceReferenceDate: 900_000_000)
    record.apply(Event(familyID: record.familyID, time: t, author: "bench", payload: .familyCreated(.init(name: "Gezin Bench"))))
    let mother = UUID()
    record.apply(
        Event(
            familyID: record.familyID, time: t, author: "bench",
            payload: .memberAdded(.init(memberID: mother, name: "Sanne", role: .parent))))
    record.apply(
        Event(
            familyID: record.familyID, sessionID: session, time: t, author: "bench",
            payload: .sessionStarted(.init(number: 1, kind: .live, worker: "bench", present: [mother]))))

    // Each case: a fresh state, the paste as one event, one frame.
    let screens: [(String, () -> AppState)] = [
        ("new-family field", { app(.newFamily(NewFamilyState(language: .nl))) }),
        ("library search", { app(.promptBrowser(PromptBrowserState(catalog: catalog, language: .nl))) }),
        ("live input line", { app(.session(SessionState(record: record, sessionID: session))) }),
    ]
    var tooSlow: [String: Int] = [:]
    /// Runs `body` unless the case was too slow at a smaller size; prints its row.
    func measure(_ name: String, _ n: Int, _ body: () -> String?) {
        if let smaller = tooSlow[name] {
            print("\(n) chars: \(name)".padding(toLength: 68, withPad: " ", startingAt: 0) + "   not run: over 10 s at \(smaller)")
            return
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let outcome = body()
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        row("\(n) chars: \(name)" + (outcome.map { " (\($0))" } ?? ""), [ms], nameWidth: 68)
        if ms > 10_000 { tooSlow[name] = n }
    }
    for n in sizes {
        let text = pastedText(n)
        var bytes: [RawInput] = []
        for s in "\u{1b}[200~".unicodeScalars { bytes.append(.scalar(s)) }
        for s in text.unicodeScalars { bytes.append(.scalar(s)) }
        for s in "\u{1b}[201~".unicodeScalars { bytes.append(.scalar(s)) }
        measure("decode the bracketed paste", n) {
            var decoder = InputDecoder()
            var events: [InputEvent] = []
            for b in bytes { events += decoder.feed(b) }
            return events == [.paste(text)] ? nil : "wrong"
        }
        var editor = LineEditor()
        measure("LineEditor insert + draw", n) {
            let inserted = editor.insert(text)
            var canvas = Canvas(size: size)
            editor.render(in: Rect(x: 0, y: 0, width: 80, height: 1), on: &canvas, focused: true)
            return inserted ? "\(editor.graphemes.count) in it" : "refused"
        }
        if tooSlow["LineEditor insert + draw"] == nil {
            var typing = editor
            measure("then 11 keys, each drawn", n) {
                for c in "nog een zin" {
                    _ = typing.handle(.char(c))
                    var canvas = Canvas(size: size)
                    typing.render(in: Rect(x: 0, y: 0, width: 80, height: 1), on: &canvas, focused: true)
                }
                return nil
            }
        }
        for (name, fresh) in screens {
            var state = fresh()
            measure("\(name) paste + frame", n) {
                _ = AppCore.update(&state, .input(.paste(text)), env)
                var canvas = Canvas(size: size)
                AppView.render(state, &canvas)
                return pasteOutcome(state)
            }
            // Keys typed after what the field took (the refusal notice closed first).
            guard tooSlow["\(name) paste + frame"] == nil else { continue }
            if state.overlay != nil { _ = AppCore.update(&state, .input(.key(KeyPress(.enter))), env) }
            measure("\(name): then 11 keys, each drawn", n) {
                for c in "nog een zin" {
                    _ = AppCore.update(&state, .input(.key(.char(c))), env)
                    var canvas = Canvas(size: size)
                    AppView.render(state, &canvas)
                }
                return nil
            }
        }
    }
}

/// What became of the paste: how many characters the focused line holds, or the notice.
func pasteOutcome(_ state: AppState) -> String {
    if state.overlay != nil { return "refused, dialog" }
    switch state.screen {
    case .newFamily(let s): return "\(s.form.fields[0].editor.graphemes.count) in it"
    case .promptBrowser(let s): return "\(s.search.graphemes.count) in it"
    case .session(let s): return "\(s.editor.graphemes.count) in it"
    default: return "?"
    }
}
