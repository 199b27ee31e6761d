import Foundation
import KeukentafelApp
import KeukentafelDomain
import PromptLibrary
import ShippedPrompts
import TerminalUI

/// A family log whose last session has `entries` entries, with cards, phases, scales and
/// genogram people along the way, as a long recorded session would.
func longSessionLog(entries: Int) -> (events: [Event], family: UUID, session: UUID) {
    var ids = SeededIDs(seed: 7)
    let family = ids.next()
    let session = ids.next()
    let start = Date(timeIntervalSinceReferenceDate: 800_000_000)
    var events: [Event] = []
    var t = start
    func add(_ session: UUID?, _ p: EventPayload) {
        t += 20
        events.append(Event(id: ids.next(), familyID: family, sessionID: session, time: t, author: "bench", payload: p))
    }
    add(nil, .familyCreated(.init(name: "Gezin Bench")))
    let members = (0..<4).map { _ in ids.next() }
    for (i, m) in members.enumerated() { add(nil, .memberAdded(.init(memberID: m, name: "Lid \(i)", role: i < 2 ? .parent : .child))) }
    add(session, .sessionStarted(.init(number: 1, kind: .live, worker: "bench", present: members)))
    let cards = ["agenda-together", "exceptions-question", "scaling-question", "scaling-not-lower", "miracle", "goal-concrete"]
    let scale = ids.next()
    for i in 0..<entries {
        if i % 250 == 0 { add(session, .phaseChanged(.init(phase: Phase.allCases[(i / 250) % Phase.allCases.count]))) }
        if i % 20 == 0 { add(session, .promptShown(.init(promptID: cards[(i / 20) % cards.count]))) }
        if i == 100 { add(session, .scaleDefined(.init(scaleID: scale, topic: "rust", kind: .goal))) }
        if i > 100 && i % 100 == 0 { add(session, .scaleValueSet(.init(scaleID: scale, memberID: members[i % 4], value: i % 11))) }
        if i % 150 == 0 {
            add(session, .genogramPersonSet(GenogramPerson(personID: ids.next(), name: "Persoon \(i)", gender: .female, birthYear: 1960)))
        }
        add(session, .utteranceRecorded(.init(entryID: ids.next(), speaker: members[i % 4], text: "zin nummer \(i) over de ochtenden")))
    }
    add(session, .sessionEnded(.init()))
    return (events, family, session)
}

/// Review: opening a 2,000-entry session, one step, one play tick (on the real update path).
@MainActor func reviewBenchmarks(quick: Bool) {
    header("Review: a 2,000-entry session")
    let (events, family, session) = longSessionLog(entries: 2000)
    let catalog = PromptCatalog(shipped: ShippedPrompts.files)
    let env = AppEnvironment.fixed(seed: 3, now: Date(timeIntervalSinceReferenceDate: 900_000_000))
    let now = LocalTime(year: 2026, month: 11, day: 30, weekday: 2, hour: 10, minute: 0)
    func fresh() -> AppState {
        AppState(language: .nl, now: now, storeDisplay: "bench", terminalSize: Size(width: 120, height: 40), prompts: catalog)
    }
    let runs = quick ? 10 : 40
    var opened = fresh()
    let open = (0..<runs).map { _ in
        var s = fresh()
        let ms = clock { _ = AppCore.update(&s, .reviewOpened(events: events, family: family, session: session, subject: nil), env) }
        opened = s
        return ms
    }
    row("open the session in review", open)
    var stepping = opened
    let down = AppAction.input(.key(KeyPress(.down)))
    let steps = (0..<(quick ? 200 : 1000)).map { _ in clock { _ = AppCore.update(&stepping, down, env) } }
    row("one step down (record kept in step)", steps)
    let pageUp = AppAction.input(.key(KeyPress(.pageUp)))
    let home = AppAction.input(.key(KeyPress(.home)))
    let end = AppAction.input(.key(KeyPress(.end)))
    var jumps: [Double] = []
    var backs: [Double] = []
    for _ in 0..<(quick ? 20 : 100) {
        _ = AppCore.update(&stepping, home, env)
        jumps.append(clock { _ = AppCore.update(&stepping, end, env) })
        backs.append(clock { _ = AppCore.update(&stepping, pageUp, env) })
    }
    row("jump to the last step (End, from the first)", jumps)
    row("a page back from the end (nearest checkpoint)", backs)
    var playing = opened
    _ = AppCore.update(&playing, .input(.key(KeyPress(.character(" ")))), env)
    var tick = now
    let ticks = (0..<(quick ? 200 : 1000)).map { i in
        tick.instant = Date(timeIntervalSinceReferenceDate: 900_000_000 + Double(i) * 30)
        return clock { _ = AppCore.update(&playing, .tick(tick), env) }
    }
    row("one play tick (a step every 20 s of session)", ticks)
    var canvas = Canvas(size: Size(width: 120, height: 40))
    let draws = (0..<(quick ? 50 : 200)).map { _ in clock { AppView.render(stepping, &canvas) } }
    row("draw the review screen, 120x40", draws)
}
