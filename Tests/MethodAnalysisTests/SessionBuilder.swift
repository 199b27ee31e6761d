import Foundation
import KeukentafelDomain
import PromptLibrary
import ShippedPrompts

@testable import MethodAnalysis

/// Builds a fictional family's log by hand, minute by minute, for the analysis tests.
struct SessionBuilder {
    static let catalog = PromptCatalog(shipped: ShippedPrompts.files)

    let family = UUID()
    let session = UUID()
    let t0 = Date(timeIntervalSinceReferenceDate: 800_000_000)
    var events: [Event] = []
    let anna = UUID()  // parent
    let bram = UUID()  // parent
    let noor = UUID()  // child
    let ties = UUID()  // adolescent

    /// The family and its members, without a session yet.
    init() {
        add(-100, .familyCreated(.init(name: "Gezin Testvoorbeeld")), session: nil)
        add(-100, .memberAdded(.init(memberID: anna, name: "Anna", role: .parent)), session: nil)
        add(-100, .memberAdded(.init(memberID: bram, name: "Bram", role: .parent)), session: nil)
        add(-100, .memberAdded(.init(memberID: noor, name: "Noor", role: .child)), session: nil)
        add(-100, .memberAdded(.init(memberID: ties, name: "Ties", role: .adolescent)), session: nil)
    }

    /// The session under test starts at minute 0 with `present` at the table.
    mutating func start(_ present: [UUID]? = nil) {
        add(0, .sessionStarted(.init(number: 2, kind: .live, worker: "werker", present: present ?? [anna, bram, noor])))
    }

    /// An event of the session under test.
    mutating func add(_ minute: Double, _ payload: EventPayload) { add(minute, payload, session: session) }

    /// An event of another session, or of none (`nil`: the case file).
    mutating func add(_ minute: Double, _ payload: EventPayload, session: UUID?, author: String = "werker") {
        events.append(Event(familyID: family, sessionID: session, time: t0 + minute * 60, author: author, payload: payload))
    }

    /// The family's words; returns the entry's id.
    @discardableResult
    mutating func say(_ minute: Double, _ who: UUID, _ text: String, _ tags: [Tag] = []) -> UUID {
        let id = UUID()
        add(minute, .utteranceRecorded(.init(entryID: id, speaker: who, text: text, tags: tags)))
        return id
    }

    @discardableResult
    mutating func note(_ minute: Double, _ text: String, _ tags: [Tag] = []) -> UUID {
        let id = UUID()
        add(minute, .noteRecorded(.init(entryID: id, text: text, tags: tags)))
        return id
    }

    @discardableResult
    mutating func aloud(_ minute: Double, _ text: String, _ tags: [Tag] = []) -> UUID {
        let id = UUID()
        add(minute, .workerSaid(.init(entryID: id, text: text, tags: tags)))
        return id
    }

    mutating func phase(_ minute: Double, _ phase: Phase) { add(minute, .phaseChanged(.init(phase: phase))) }
    mutating func card(_ minute: Double, _ id: String) { add(minute, .promptShown(.init(promptID: id))) }
    mutating func retract(_ minute: Double, _ entry: UUID) { add(minute, .entryRetracted(.init(entryID: entry))) }
    mutating func end(_ minute: Double) { add(minute, .sessionEnded(.init())) }

    /// An earlier session (number 1) with `body` in it, ended before the session under test.
    mutating func earlierSession(_ body: (inout SessionBuilder, UUID) -> Void) {
        let earlier = UUID()
        add(-90, .sessionStarted(.init(number: 1, kind: .live, worker: "werker", present: [anna])), session: earlier)
        body(&self, earlier)
        add(-50, .sessionEnded(.init()), session: earlier)
    }

    var log: SessionLog { SessionLog(events: events, sessionID: session)! }
    var figures: SessionFigures { SessionAnalysis.figures(log, catalog: Self.catalog) }
}

/// Minutes as seconds, one number each (keeps the expected lists quick to type-check).
func minutes(_ values: Double...) -> [TimeInterval] { values.map { $0 * 60 } }
