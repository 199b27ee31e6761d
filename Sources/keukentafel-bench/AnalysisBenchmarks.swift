import Foundation
import KeukentafelApp
import KeukentafelDomain
import MethodAnalysis
import PromptLibrary
import ShippedPrompts

/// The session analysis: every figure of one session of 2,000 entries, its figure lines, and its report as HTML.
@MainActor func sessionAnalysisBenchmarks(quick: Bool) {
    header("Session analysis: one session of 2,000 entries (figures, and the report as HTML)")
    let family = UUID()
    let session = UUID()
    var events: [Event] = []
    var ids = SeededIDs(seed: 60)
    var minute = 0.0
    let t = Date(timeIntervalSinceReferenceDate: 815_000_000)
    func add(_ p: EventPayload, _ sid: UUID? = session) {
        minute += 0.05
        events.append(Event(id: ids.next(), familyID: family, sessionID: sid, time: t + minute * 60, author: "bench", payload: p))
    }
    add(.familyCreated(.init(name: "Gezin Bench")), nil)
    let roles: [FamilyRole] = [.parent, .parent, .child, .child, .adolescent, .other]
    let members = roles.enumerated().map { i, role in (ids.next(), role, i) }
    for (id, role, i) in members { add(.memberAdded(.init(memberID: id, name: "Lid \(i + 1)", role: role)), nil) }
    add(.sessionStarted(.init(number: 1, kind: .live, worker: "bench", present: members.map(\.0))))
    let cards = ["scaling-question", "exceptions-question", "exceptions-detail", "miracle", "coping-how-manage", "goal-concrete"]
    let tagCycle: [[Tag]] = [[], [.exception], [], [.worry], [.strength], [], [.miracleSign], [.coping], []]
    var scales: [UUID] = []
    var signs: [UUID] = []
    for i in 0..<2_000 {
        if i % 200 == 0 { add(.phaseChanged(.init(phase: Phase.allCases[(i / 200) % Phase.allCases.count]))) }
        if i % 20 == 0 { add(.promptShown(.init(promptID: cards[(i / 20) % cards.count]))) }
        if i % 100 == 0 {
            let scale = ids.next()
            scales.append(scale)
            add(.scaleDefined(.init(scaleID: scale, topic: sentence(4), kind: .goal)))
            for (id, _, _) in members { add(.scaleValueSet(.init(scaleID: scale, memberID: id, value: Int(ids.nextRandom() % 11)))) }
        }
        let entry = ids.next()
        if i % 9 == 0 {
            add(.noteRecorded(.init(entryID: entry, text: sentence(12))))
        } else if i % 13 == 0 {
            add(.workerSaid(.init(entryID: entry, text: sentence(10), tags: [.complimentGiven])))
        } else {
            let tags = tagCycle[i % tagCycle.count]
            add(.utteranceRecorded(.init(entryID: entry, speaker: members[i % members.count].0, text: sentence(14), tags: tags)))
            if tags == [.miracleSign] { signs.append(entry) }
            if i % 25 == 1, let scale = scales.last { add(.answerLinked(.init(entryID: entry, target: .scale(scale)))) }
        }
        if i % 40 == 39, let sign = signs.last { add(.goalSet(.init(goalID: ids.next(), text: sentence(6), sourceEntries: [sign]))) }
        if i % 100 == 50 { add(.agreementMade(.init(agreementID: ids.next(), who: "Lid 1", what: sentence(5), byWhen: "vrijdag"))) }
        if i % 150 == 75 { add(.entryRetracted(.init(entryID: entry))) }
    }
    add(.summaryChecked(.init(confirmed: true)))
    for (id, _, _) in members {
        add(.evaluationRecorded(.init(ratings: ["evaluation-item-heard": 7, "evaluation-item-useful": 4], memberID: id)))
    }
    add(.sessionEnded(.init()))
    let catalog = PromptCatalog(shipped: ShippedPrompts.files)
    guard let log = SessionLog(events: events, sessionID: session) else { fatalError("no session in the bench log") }
    let runs = quick ? 10 : 50
    var figures: SessionFigures?
    row(
        "figures of the session (\(events.count) events)",
        (0..<runs).map { _ in clock { figures = SessionAnalysis.figures(log, catalog: catalog) } })
    let record = log.recordAtEnd()
    row("figures as lines (nl)", (0..<runs).map { _ in clock { _ = FigureLines.lines(figures!, record, .nl) } })
    row(
        "report with transcript, as HTML",
        (0..<max(3, runs / 5)).map { _ in clock { _ = SessionReport(log: log, catalog: catalog, language: .nl, transcript: true).html } })
    if let f = figures {
        print(
            "    \(f.voices.familyEntries) family entries, \(f.scales.askedCount) scales, \(f.exceptions.count) exceptions "
                + "(\(f.exceptions.withDetail) with detail), \(f.goals.count) goals, \(f.phases.stays.count) phase stays")
    }
}
