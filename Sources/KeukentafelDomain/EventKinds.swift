import Foundation

/// One kind of event: the name the store keeps in its `type` column, and how to read
/// the kind's JSON record back into an `EventPayload`.
public struct EventKind: Sendable {
    /// The stored type name (stable; part of the file format).
    public let name: String
    let decodeRecord: @Sendable (JSONDecoder, Data) throws -> EventPayload
    /// The same through the quick reader (EventJSONDecoding.swift), which refuses what it does not read exactly.
    let decodeQuickly: @Sendable (Data) throws -> EventPayload
    /// For the most frequent kinds, a reader of exactly the shape they are written in, tried first.
    let decodeDirectly: (@Sendable (Data) throws -> EventPayload)?

    /// A kind named `name` whose record is a `Record`, wrapped by the case `make`; `direct`
    /// reads the record without `Decodable` (see `DirectPayloadReaders`).
    public init<Record: Decodable & Sendable>(
        _ name: String, _ make: @escaping @Sendable (Record) -> EventPayload, direct: (@Sendable (Data) throws -> EventPayload)? = nil
    ) {
        self.name = name
        decodeRecord = { decoder, data in make(try decoder.decode(Record.self, from: data)) }
        decodeQuickly = { data in make(try QuickJSONDecoder.decode(Record.self, from: data)) }
        decodeDirectly = direct
    }
}

extension EventPayload {
    /// Every event kind, in the order of the cases.
    ///
    /// To add an event kind: add a case to `EventPayload` whose label is the stored name,
    /// with one `Codable` record, and add its line here. Encoding reads the case label
    /// and record from the case itself; decoding goes through this table. Then handle the
    /// case in `FamilyRecord.apply` (the compiler asks for it) and give it a generator in
    /// the store's property test (a test fails until it has one). A stored name is part
    /// of the file format: never rename one.
    public static let kinds: [EventKind] = [
        // The case file
        EventKind("familyCreated", EventPayload.familyCreated),
        EventKind("familyRenamed", EventPayload.familyRenamed),
        EventKind("memberAdded", EventPayload.memberAdded),
        EventKind("memberChanged", EventPayload.memberChanged),
        // Sessions
        EventKind("sessionStarted", EventPayload.sessionStarted),
        EventKind("presenceChanged", EventPayload.presenceChanged),
        EventKind("phaseChanged", EventPayload.phaseChanged, direct: DirectPayloadReaders.phaseChanged),
        EventKind("sessionEnded", EventPayload.sessionEnded),
        EventKind("promptShown", EventPayload.promptShown, direct: DirectPayloadReaders.promptShown),
        // Words and corrections
        EventKind("utteranceRecorded", EventPayload.utteranceRecorded, direct: DirectPayloadReaders.utterance),
        EventKind("noteRecorded", EventPayload.noteRecorded, direct: DirectPayloadReaders.note),
        EventKind("workerSaid", EventPayload.workerSaid, direct: DirectPayloadReaders.workerSaid),
        EventKind("entryAmended", EventPayload.entryAmended),
        EventKind("entryRetracted", EventPayload.entryRetracted),
        EventKind("entryTagged", EventPayload.entryTagged),
        EventKind("answerLinked", EventPayload.answerLinked),
        // Techniques
        EventKind("scaleDefined", EventPayload.scaleDefined),
        EventKind("scaleValueSet", EventPayload.scaleValueSet, direct: DirectPayloadReaders.scaleValue),
        EventKind("goalSet", EventPayload.goalSet),
        EventKind("goalChanged", EventPayload.goalChanged),
        EventKind("safetyMapEntry", EventPayload.safetyMapEntry),
        EventKind("optionAdded", EventPayload.optionAdded),
        EventKind("preferenceRecorded", EventPayload.preferenceRecorded),
        EventKind("decisionRecorded", EventPayload.decisionRecorded),
        EventKind("agreementMade", EventPayload.agreementMade),
        EventKind("timelineEventAdded", EventPayload.timelineEventAdded),
        EventKind("instrumentScored", EventPayload.instrumentScored),
        EventKind("evaluationRecorded", EventPayload.evaluationRecorded),
        EventKind("summaryChecked", EventPayload.summaryChecked),
        EventKind("appointmentSet", EventPayload.appointmentSet),
        // The genogram
        EventKind("genogramPersonSet", EventPayload.genogramPersonSet),
        EventKind("genogramCoupleSet", EventPayload.genogramCoupleSet),
        EventKind("genogramChildLinked", EventPayload.genogramChildLinked),
        EventKind("genogramBondSet", EventPayload.genogramBondSet),
        EventKind("genogramRemoved", EventPayload.genogramRemoved),
        // The network map
        EventKind("networkContactSet", EventPayload.networkContactSet),
        EventKind("networkContactRemoved", EventPayload.networkContactRemoved),
        EventKind("networkSectorsSet", EventPayload.networkSectorsSet),
        // Untyped early forms, still read
        EventKind("personAdded", EventPayload.personAdded),
        EventKind("relationAdded", EventPayload.relationAdded),
        EventKind("networkContactAdded", EventPayload.networkContactAdded),
        // Supervision and practice
        EventKind("annotationAdded", EventPayload.annotationAdded),
        EventKind("observerScored", EventPayload.observerScored),
    ]

    /// The table by stored name, built once (the first of a duplicated name wins; a test
    /// refuses duplicates).
    static let kindsByName: [String: EventKind] = Dictionary(kinds.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
}
