import Foundation
import KeukentafelDomain
import KeukentafelStore
import MethodAnalysis

/// The caseload overview over 200 families and 5,000 sessions (25 each), built in memory:
/// folding the records, computing the rows, and reading from the store what the overview
/// needs beside reading every whole record.
@MainActor func caseloadBenchmarks(quick: Bool) throws {
    header("Caseload overview: 200 families, 5,000 sessions (25 each)")
    var ids = SeededIDs(seed: 200)
    func pick(_ n: Int) -> Int { Int(ids.nextRandom() % UInt64(n)) }
    let now = Date()
    var logs: [[Event]] = []
    for f in 0..<200 {
        let family = ids.next()
        var time = now.addingTimeInterval(-Double(400 + pick(200)) * 86_400)
        var events: [Event] = []
        func add(_ session: UUID?, _ payload: EventPayload) {
            time = time.addingTimeInterval(30)
            events.append(Event(id: ids.next(), familyID: family, sessionID: session, time: time, author: "bench", payload: payload))
        }
        add(nil, .familyCreated(.init(name: "Gezin \(f + 1)")))
        let members = (0..<4).map { _ in ids.next() }
        for (i, m) in members.enumerated() {
            add(nil, .memberAdded(.init(memberID: m, name: ["Sanne", "Rik", "Lotte", "Daan"][i], role: i < 2 ? .parent : .child)))
        }
        let scales = [ids.next(), ids.next()]
        add(nil, .scaleDefined(.init(scaleID: scales[0], topic: "ruzie in huis", kind: .burden)))
        add(nil, .scaleDefined(.init(scaleID: scales[1], topic: "veilig thuis", kind: .safety)))
        for number in 1...25 {
            time = time.addingTimeInterval(Double(10 + pick(8)) * 86_400)
            let s = ids.next()
            add(s, .sessionStarted(.init(number: number, kind: .live, worker: "bench", present: members)))
            for phase in [Phase.welcome, .questions, .goals] {
                add(s, .phaseChanged(.init(phase: phase)))
                add(s, .promptShown(.init(promptID: "scaling-question")))
            }
            for i in 0..<12 {
                add(s, .utteranceRecorded(.init(entryID: ids.next(), speaker: members[i % 4], text: sentence(12))))
            }
            add(s, .noteRecorded(.init(entryID: ids.next(), text: sentence(10))))
            for scale in scales {
                for m in members.prefix(3) { add(s, .scaleValueSet(.init(scaleID: scale, memberID: m, value: 2 + pick(8)))) }
            }
            if number % 5 == 0 {
                let worry = ids.next()
                add(s, .utteranceRecorded(.init(entryID: worry, speaker: members[0], text: sentence(8))))
                add(s, .safetyMapEntry(.init(entryID: worry, column: pick(3) == 0 ? .worries : .goingWell, perspective: .parents)))
            }
            for m in members.prefix(3) {
                add(
                    s,
                    .evaluationRecorded(
                        .init(ratings: ["evaluation-item-heard": 3 + pick(8), "evaluation-item-useful": 4 + pick(7)], memberID: m)))
            }
            add(s, .sessionEnded(.init()))
        }
        logs.append(events)
    }
    let total = logs.map(\.count).reduce(0, +)
    let runs = quick ? 3 : 10
    var records: [FamilyRecord] = []
    row(
        "fold the 200 whole records in memory",
        (0..<runs).map { _ in
            clock { records = logs.map { FamilyRecord.replay($0[0].familyID, $0) } }
        })
    row(
        "caseload rows from the 200 records (pure)",
        (0..<(runs * 5)).map { _ in
            clock { _ = Caseload.rows(records, now: now, lowScore: 5, timeZone: .current) }
        })
    let (store, dir) = try temporaryStore()
    let build = try clock { for events in logs { try store.append(events) } }
    print(String(format: "(%d events stored in %.1f s)", total, build / 1000))
    var read: [FamilyRecord] = []
    row(
        "store: openCaseload (the part it reads)",
        try (0..<runs).map { _ in
            try clock { read = try store.openCaseload(user: "bench") }
        })
    row(
        "store: every whole record, one by one",
        try (0..<max(2, runs / 3)).map { _ in
            try clock { _ = try store.families().map { try store.record(family: $0.id) } }
        })
    row(
        "the overview: openCaseload, then the rows",
        try (0..<runs).map { _ in
            try clock { _ = Caseload.rows(try store.openCaseload(user: "bench"), now: now, lowScore: 5, timeZone: .current) }
        })
    // The part read gives the same rows as the whole records.
    let whole = Caseload.rows(records, now: now, lowScore: 5, timeZone: .current)
    precondition(Caseload.rows(read, now: now, lowScore: 5, timeZone: .current) == whole)
    print("(\(read.map(\.eventCount).reduce(0, +)) of \(total) events read for the overview)")
    store.closeStore()
    try? FileManager.default.removeItem(atPath: dir)
}
