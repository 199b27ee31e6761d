import Foundation
import KeukentafelDomain
@testable import KeukentafelStore

/// A fresh store in a temporary folder, removed afterwards.
final class TemporaryStore {
    let directory: String
    var store: EventStore!

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kt-store-\(UUID().uuidString)").path
        store = try EventStore(directory: directory)
    }

    func reopen() throws {
        store.closeStore()
        store = nil
        store = try EventStore(directory: directory)
    }

    deinit {
        store?.closeStore()
        try? FileManager.default.removeItem(atPath: directory)
    }

    var files: [String] { ["", "-wal", "-shm"].map { directory + "/" + EventStore.databaseName + $0 } }
}

/// Random but valid-looking event sequences for property tests.
struct EventGenerator {
    var ids: SeededIDs
    var time = Date(timeIntervalSinceReferenceDate: 800_000_000.123456)
    var families: [UUID] = []
    var members: [UUID: [UUID]] = [:]
    var sessions: [UUID: [UUID]] = [:]
    var entries: [UUID: [UUID]] = [:]
    var scales: [UUID: [UUID]] = [:]

    init(seed: UInt64) { ids = SeededIDs(seed: seed) }

    mutating func int(_ n: Int) -> Int { Int(ids.nextRandom() % UInt64(max(1, n))) }
    mutating func pick<T>(_ xs: [T]) -> T? { xs.isEmpty ? nil : xs[int(xs.count)] }
    mutating func words() -> String {
        let vocabulary = ["Zoë", "zegt", "het", "gaat", "beter", "ochtend", "ruzie", "oma", "Riet", "school", "家族", "👍🏽", "e\u{301}cht", "\"quote\"", "'s avonds"]
        return (0..<(1 + int(8))).map { _ in vocabulary[int(vocabulary.count)] }.joined(separator: " ")
    }

    mutating func next() -> Event {
        time = time.addingTimeInterval(Double(int(100_000)) / 997.0)
        if families.isEmpty || int(20) == 0 {
            let f = ids.next()
            families.append(f)
            return Event(id: ids.next(), familyID: f, time: time, author: "w", payload: .familyCreated(.init(name: words())))
        }
        let f = pick(families)!
        let session = pick(sessions[f] ?? [])
        let choice = int(14)
        let payload: EventPayload
        var sessionID = session
        switch choice {
        case 0:
            let m = ids.next(); members[f, default: []].append(m)
            payload = .memberAdded(.init(memberID: m, name: words(), role: FamilyRole.allCases[int(5)], birthYear: int(2) == 0 ? nil : 1950 + int(70)))
        case 1:
            let s = ids.next(); sessions[f, default: []].append(s); sessionID = s
            payload = .sessionStarted(.init(number: sessions[f]!.count, kind: int(2) == 0 ? .live : .practice, worker: "w", present: members[f] ?? []))
        case 2: payload = .phaseChanged(.init(phase: Phase.allCases[int(10)]))
        case 3, 4:
            let e = ids.next(); entries[f, default: []].append(e)
            payload = .utteranceRecorded(.init(entryID: e, speaker: pick(members[f] ?? []) ?? ids.next(), text: words(),
                                               tags: int(2) == 0 ? [] : [Tag.allCases[int(Tag.allCases.count)]]))
        case 5:
            let e = ids.next(); entries[f, default: []].append(e)
            payload = .noteRecorded(.init(entryID: e, text: words()))
        case 6: payload = .entryAmended(.init(entryID: pick(entries[f] ?? []) ?? ids.next(), text: words()))
        case 7: payload = .entryRetracted(.init(entryID: pick(entries[f] ?? []) ?? ids.next(), reason: nil))
        case 8:
            let sc = ids.next(); scales[f, default: []].append(sc)
            payload = .scaleDefined(.init(scaleID: sc, topic: words(), kind: ScaleKind.allCases[int(4)]))
        case 9: payload = .scaleValueSet(.init(scaleID: pick(scales[f] ?? []) ?? ids.next(), memberID: pick(members[f] ?? []) ?? ids.next(), value: int(12)))
        case 10: payload = .goalSet(.init(goalID: ids.next(), text: words(), sourceEntries: [pick(entries[f] ?? []) ?? ids.next()]))
        case 11: payload = .agreementMade(.init(agreementID: ids.next(), who: words(), what: words(), byWhen: int(2) == 0 ? nil : "vrijdag"))
        case 12: payload = .annotationAdded(.init(annotationID: ids.next(), targetEventID: ids.next(), text: words()))
        default: payload = .sessionEnded(.init())
        }
        return Event(id: ids.next(), familyID: f, sessionID: sessionID, time: time, author: choice == 12 ? "supervisor" : "w", payload: payload)
    }
}
