import Foundation

/// What an event says. Each case carries a small record; the store keeps the case name
/// in its `type` column and the record as JSON. To add a kind, see `EventPayload.kinds`.
public enum EventPayload: Equatable, Sendable {
    // The case file
    case familyCreated(FamilyCreated)
    case familyRenamed(FamilyRenamed)
    case memberAdded(MemberAdded)
    case memberChanged(MemberChanged)
    // Sessions
    case sessionStarted(SessionStarted)
    case presenceChanged(PresenceChanged)
    case phaseChanged(PhaseChanged)
    case sessionEnded(SessionEnded)
    /// The question card on the worker's screen changed (and stayed): review shows it beside the answers.
    case promptShown(PromptShown)
    // Words: the family's (utterances) and the worker's own (notes), and corrections
    case utteranceRecorded(UtteranceRecorded)
    case noteRecorded(NoteRecorded)
    case workerSaid(WorkerSaid)
    case entryAmended(EntryAmended)
    case entryRetracted(EntryRetracted)
    case entryTagged(EntryTagged)
    case answerLinked(AnswerLinked)
    // Techniques
    case scaleDefined(ScaleDefined)
    case scaleValueSet(ScaleValueSet)
    case goalSet(GoalSet)
    case goalChanged(GoalChanged)
    case safetyMapEntry(SafetyMapEntry)
    case optionAdded(OptionAdded)
    case preferenceRecorded(PreferenceRecorded)
    case decisionRecorded(DecisionRecorded)
    case agreementMade(AgreementMade)
    case timelineEventAdded(TimelineEventAdded)
    case instrumentScored(InstrumentScored)
    case evaluationRecorded(EvaluationRecorded)
    case summaryChecked(SummaryChecked)
    case appointmentSet(AppointmentSet)
    // The genogram, typed (persons, couples, children); later corrections replace by id
    case genogramPersonSet(GenogramPerson)
    case genogramCoupleSet(GenogramCouple)
    case genogramChildLinked(GenogramChildLink)
    case genogramBondSet(GenogramBond)
    case genogramRemoved(GenogramRemoval)
    // The network map, typed; a contact set again with the same id is a correction
    case networkContactSet(NetworkContact)
    case networkContactRemoved(NetworkContactRemoved)
    case networkSectorsSet(NetworkSectors)
    // Untyped early forms, still read: free persons and relations, and contacts with
    // attributes (folded into `NetworkContact`)
    case personAdded(PersonAdded)
    case relationAdded(RelationAdded)
    case networkContactAdded(NetworkContactAdded)
    // Supervision and practice
    case annotationAdded(AnnotationAdded)
    /// An observer's scores of a practice round on the observer checklist.
    case observerScored(ObserverScored)

    public struct FamilyCreated: Codable, Equatable, Sendable {
        public var name: String
        public init(name: String) { self.name = name }
    }
    public struct FamilyRenamed: Codable, Equatable, Sendable {
        public var name: String
        public init(name: String) { self.name = name }
    }
    public struct MemberAdded: Codable, Equatable, Sendable {
        public var memberID: UUID
        public var name: String
        public var role: FamilyRole
        public var birthYear: Int?
        public init(memberID: UUID, name: String, role: FamilyRole, birthYear: Int? = nil) {
            self.memberID = memberID
            self.name = name
            self.role = role
            self.birthYear = birthYear
        }
    }
    public struct MemberChanged: Codable, Equatable, Sendable {
        public var memberID: UUID
        public var name: String?
        public var role: FamilyRole?
        public var birthYear: Int?
        /// Lives somewhere else than the family's home (absent: unchanged).
        public var livesElsewhere: Bool?
        public init(memberID: UUID, name: String? = nil, role: FamilyRole? = nil, birthYear: Int? = nil, livesElsewhere: Bool? = nil) {
            self.memberID = memberID
            self.name = name
            self.role = role
            self.birthYear = birthYear
            self.livesElsewhere = livesElsewhere
        }
    }
    public struct SessionStarted: Codable, Equatable, Sendable {
        public var number: Int
        public var kind: SessionKind
        public var worker: String
        public var present: [UUID]
        /// For a practice round: the minutes it should take (absent: no time box).
        public var timeBoxMinutes: Int?
        public init(number: Int, kind: SessionKind, worker: String, present: [UUID], timeBoxMinutes: Int? = nil) {
            self.number = number
            self.kind = kind
            self.worker = worker
            self.present = present
            self.timeBoxMinutes = timeBoxMinutes
        }
    }
    public struct PresenceChanged: Codable, Equatable, Sendable {
        public var present: [UUID]
        public init(present: [UUID]) { self.present = present }
    }
    public struct PhaseChanged: Codable, Equatable, Sendable {
        public var phase: Phase
        public init(phase: Phase) { self.phase = phase }
    }
    public struct SessionEnded: Codable, Equatable, Sendable { public init() {} }
    public struct PromptShown: Codable, Equatable, Sendable {
        /// The prompt's id in the library (the same in both languages).
        public var promptID: String
        public init(promptID: String) { self.promptID = promptID }
    }
    public struct UtteranceRecorded: Codable, Equatable, Sendable {
        public var entryID: UUID
        public var speaker: UUID
        public var text: String
        public var tags: [Tag]
        public init(entryID: UUID, speaker: UUID, text: String, tags: [Tag] = []) {
            self.entryID = entryID
            self.speaker = speaker
            self.text = text
            self.tags = tags
        }
    }
    public struct NoteRecorded: Codable, Equatable, Sendable {
        public var entryID: UUID
        public var text: String
        public var tags: [Tag]
        public init(entryID: UUID, text: String, tags: [Tag] = []) {
            self.entryID = entryID
            self.text = text
            self.tags = tags
        }
    }
    /// What the worker said aloud to the family (a compliment, a summary, a question):
    /// the worker's words, never the family's, and not a private note either.
    public struct WorkerSaid: Codable, Equatable, Sendable {
        public var entryID: UUID
        public var text: String
        public var tags: [Tag]
        public init(entryID: UUID, text: String, tags: [Tag] = []) {
            self.entryID = entryID
            self.text = text
            self.tags = tags
        }
    }
    public struct EntryAmended: Codable, Equatable, Sendable {
        public var entryID: UUID
        public var text: String
        public init(entryID: UUID, text: String) {
            self.entryID = entryID
            self.text = text
        }
    }
    public struct EntryRetracted: Codable, Equatable, Sendable {
        public var entryID: UUID
        public var reason: String?
        public init(entryID: UUID, reason: String? = nil) {
            self.entryID = entryID
            self.reason = reason
        }
    }
    public struct EntryTagged: Codable, Equatable, Sendable {
        public var entryID: UUID
        public var tags: [Tag]
        public init(entryID: UUID, tags: [Tag]) {
            self.entryID = entryID
            self.tags = tags
        }
    }
    public struct AnswerLinked: Codable, Equatable, Sendable {
        public var entryID: UUID
        public var target: AnswerTarget
        public init(entryID: UUID, target: AnswerTarget) {
            self.entryID = entryID
            self.target = target
        }
    }
    public struct ScaleDefined: Codable, Equatable, Sendable {
        public var scaleID: UUID
        public var topic: String
        public var kind: ScaleKind
        public init(scaleID: UUID, topic: String, kind: ScaleKind) {
            self.scaleID = scaleID
            self.topic = topic
            self.kind = kind
        }
    }
    public struct ScaleValueSet: Codable, Equatable, Sendable {
        public var scaleID: UUID
        public var memberID: UUID
        public var value: Int
        public init(scaleID: UUID, memberID: UUID, value: Int) {
            self.scaleID = scaleID
            self.memberID = memberID
            self.value = value
        }
    }
    public struct GoalSet: Codable, Equatable, Sendable {
        public var goalID: UUID
        public var text: String
        public var sourceEntries: [UUID]
        /// Whose goal it is (absent in older records: the family's).
        public var owners: [UUID]?
        public init(goalID: UUID, text: String, sourceEntries: [UUID], owners: [UUID]? = nil) {
            self.goalID = goalID
            self.text = text
            self.sourceEntries = sourceEntries
            self.owners = owners
        }
    }
    public struct GoalChanged: Codable, Equatable, Sendable {
        public var goalID: UUID
        public var status: GoalStatus
        public var text: String?
        public init(goalID: UUID, status: GoalStatus, text: String? = nil) {
            self.goalID = goalID
            self.status = status
            self.text = text
        }
    }
    public struct SafetyMapEntry: Codable, Equatable, Sendable {
        public var entryID: UUID
        public var column: SafetyColumn
        public var perspective: SafetyPerspective
        public init(entryID: UUID, column: SafetyColumn, perspective: SafetyPerspective) {
            self.entryID = entryID
            self.column = column
            self.perspective = perspective
        }
    }
    public struct OptionAdded: Codable, Equatable, Sendable {
        public var optionID: UUID
        public var text: String
        public var pros: [String]
        public var cons: [String]
        public init(optionID: UUID, text: String, pros: [String] = [], cons: [String] = []) {
            self.optionID = optionID
            self.text = text
            self.pros = pros
            self.cons = cons
        }
    }
    public struct PreferenceRecorded: Codable, Equatable, Sendable {
        public var optionID: UUID
        public var memberID: UUID
        public var entryID: UUID?
        public init(optionID: UUID, memberID: UUID, entryID: UUID? = nil) {
            self.optionID = optionID
            self.memberID = memberID
            self.entryID = entryID
        }
    }
    public struct DecisionRecorded: Codable, Equatable, Sendable {
        public var decisionID: UUID
        public var text: String
        /// The option chosen, if the decision chose one.
        public var optionID: UUID?
        /// Who decided, by name as they stood then (members, or the worker).
        public var decidedBy: [String]
        public var ladderLevel: Int
        public var disagreement: String?
        /// The members who decided (absent in records from before it was kept).
        public var deciders: [UUID]?
        /// The options on the table when it was decided (absent in older records).
        public var consideredOptions: [UUID]?
        public init(
            decisionID: UUID, text: String, optionID: UUID? = nil, decidedBy: [String], ladderLevel: Int, disagreement: String? = nil,
            deciders: [UUID]? = nil, consideredOptions: [UUID]? = nil
        ) {
            self.decisionID = decisionID
            self.text = text
            self.optionID = optionID
            self.decidedBy = decidedBy
            self.ladderLevel = ladderLevel
            self.disagreement = disagreement
            self.deciders = deciders
            self.consideredOptions = consideredOptions
        }
    }
    public struct AgreementMade: Codable, Equatable, Sendable {
        public var agreementID: UUID
        public var who: String
        public var what: String
        public var byWhen: String?
        public init(agreementID: UUID, who: String, what: String, byWhen: String? = nil) {
            self.agreementID = agreementID
            self.who = who
            self.what = what
            self.byWhen = byWhen
        }
    }
    public struct TimelineEventAdded: Codable, Equatable, Sendable {
        public var itemID: UUID
        public var when: String
        public var text: String
        public var memberIDs: [UUID]
        /// True for help the family had before (absent in older records: a life event).
        public var earlierHelp: Bool?
        public init(itemID: UUID, when: String, text: String, memberIDs: [UUID] = [], earlierHelp: Bool? = nil) {
            self.itemID = itemID
            self.when = when
            self.text = text
            self.memberIDs = memberIDs
            self.earlierHelp = earlierHelp
        }
    }
    public struct InstrumentScored: Codable, Equatable, Sendable {
        public var instrument: String
        public var date: String
        public var scores: [String: String]
        public init(instrument: String, date: String, scores: [String: String]) {
            self.instrument = instrument
            self.date = date
            self.scores = scores
        }
    }
    public struct EvaluationRecorded: Codable, Equatable, Sendable {
        public var ratings: [String: Int]
        public var comment: String?
        /// Whose ratings these are; absent in older records, which rated as the whole family.
        public var memberID: UUID?
        public init(ratings: [String: Int], comment: String? = nil, memberID: UUID? = nil) {
            self.ratings = ratings
            self.comment = comment
            self.memberID = memberID
        }
    }
    public struct SummaryChecked: Codable, Equatable, Sendable {
        public var confirmed: Bool
        public var corrections: String?
        /// The corrections as recorded words of whoever gave them (absent in older records).
        public var entryID: UUID?
        public init(confirmed: Bool, corrections: String? = nil, entryID: UUID? = nil) {
            self.confirmed = confirmed
            self.corrections = corrections
            self.entryID = entryID
        }
    }
    public struct AppointmentSet: Codable, Equatable, Sendable {
        public var when: String
        public var place: String?
        public init(when: String, place: String? = nil) {
            self.when = when
            self.place = place
        }
    }
    public struct PersonAdded: Codable, Equatable, Sendable {
        public var personID: UUID
        public var name: String
        public var attributes: [String: String]
        public init(personID: UUID, name: String, attributes: [String: String] = [:]) {
            self.personID = personID
            self.name = name
            self.attributes = attributes
        }
    }
    public struct RelationAdded: Codable, Equatable, Sendable {
        public var relationID: UUID
        public var from: UUID
        public var to: UUID
        public var kind: String
        public var attributes: [String: String]
        public init(relationID: UUID, from: UUID, to: UUID, kind: String, attributes: [String: String] = [:]) {
            self.relationID = relationID
            self.from = from
            self.to = to
            self.kind = kind
            self.attributes = attributes
        }
    }
    public struct NetworkContactAdded: Codable, Equatable, Sendable {
        public var contactID: UUID
        public var name: String
        public var sector: String
        public var ring: String
        public var attributes: [String: String]
        public init(contactID: UUID, name: String, sector: String, ring: String, attributes: [String: String] = [:]) {
            self.contactID = contactID
            self.name = name
            self.sector = sector
            self.ring = ring
            self.attributes = attributes
        }
    }
    public struct ObserverScored: Codable, Equatable, Sendable {
        /// Who observed, as they gave their name (a trainer, a fellow trainee).
        public var observer: String
        /// Each checklist item's score, 0 to 2, by the item's id.
        public var scores: [String: Int]
        public init(observer: String, scores: [String: Int]) {
            self.observer = observer
            self.scores = scores
        }
    }
    public struct AnnotationAdded: Codable, Equatable, Sendable {
        public var annotationID: UUID
        public var targetEventID: UUID
        public var text: String
        /// A code from the review checklist (`Prompts/review-checklist.md`), if one was chosen.
        public var code: String?
        /// The author's role when they wrote it (absent in older records).
        public var role: WorkerRole?
        public init(annotationID: UUID, targetEventID: UUID, text: String, code: String? = nil, role: WorkerRole? = nil) {
            self.annotationID = annotationID
            self.targetEventID = targetEventID
            self.text = text
            self.code = code
            self.role = role
        }
    }
}

extension EventPayload {
    /// The stored type name (stable; part of the file format): the case label, which
    /// `kinds` lists with the same spelling.
    public var typeName: String {
        // Written out: asking a Mirror for the case's label was a fifth of writing an import.
        switch self {
        case .familyCreated: "familyCreated"
        case .familyRenamed: "familyRenamed"
        case .memberAdded: "memberAdded"
        case .memberChanged: "memberChanged"
        case .sessionStarted: "sessionStarted"
        case .presenceChanged: "presenceChanged"
        case .phaseChanged: "phaseChanged"
        case .sessionEnded: "sessionEnded"
        case .promptShown: "promptShown"
        case .utteranceRecorded: "utteranceRecorded"
        case .noteRecorded: "noteRecorded"
        case .workerSaid: "workerSaid"
        case .entryAmended: "entryAmended"
        case .entryRetracted: "entryRetracted"
        case .entryTagged: "entryTagged"
        case .answerLinked: "answerLinked"
        case .scaleDefined: "scaleDefined"
        case .scaleValueSet: "scaleValueSet"
        case .goalSet: "goalSet"
        case .goalChanged: "goalChanged"
        case .safetyMapEntry: "safetyMapEntry"
        case .optionAdded: "optionAdded"
        case .preferenceRecorded: "preferenceRecorded"
        case .decisionRecorded: "decisionRecorded"
        case .agreementMade: "agreementMade"
        case .timelineEventAdded: "timelineEventAdded"
        case .instrumentScored: "instrumentScored"
        case .evaluationRecorded: "evaluationRecorded"
        case .summaryChecked: "summaryChecked"
        case .appointmentSet: "appointmentSet"
        case .genogramPersonSet: "genogramPersonSet"
        case .genogramCoupleSet: "genogramCoupleSet"
        case .genogramChildLinked: "genogramChildLinked"
        case .genogramBondSet: "genogramBondSet"
        case .genogramRemoved: "genogramRemoved"
        case .networkContactSet: "networkContactSet"
        case .networkContactRemoved: "networkContactRemoved"
        case .networkSectorsSet: "networkSectorsSet"
        case .personAdded: "personAdded"
        case .relationAdded: "relationAdded"
        case .networkContactAdded: "networkContactAdded"
        case .annotationAdded: "annotationAdded"
        case .observerScored: "observerScored"
        }
    }

    /// The payload's record as JSON (keys sorted, so the same event always gives the same bytes).
    public func encodedData() throws -> Data {
        let child = Mirror(reflecting: self).children.first
        // What could not be read back must not be written: the kind has to be in the table.
        guard let name = child?.label, Self.kindsByName[name] != nil, let record = child?.value as? any Encodable else {
            throw EventDecodingError.unknownType(typeName)
        }
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return try e.encode(record)
    }

    /// Reads a payload of the current schema version: quickly when the quick reader takes
    /// it, else (and for every error) as Foundation's JSONDecoder reads it.
    public static func decode(type: String, data: Data) throws -> EventPayload {
        guard let kind = kindsByName[type] else { throw EventDecodingError.unknownType(type) }
        if let direct = kind.decodeDirectly, let payload = try? direct(data) { return payload }
        if let payload = try? kind.decodeQuickly(data) { return payload }
        return try kind.decodeRecord(sharedDecoder, data)
    }
}

/// One decoder for all payloads: making one per event was a third of the cost of loading.
private let sharedDecoder = JSONDecoder()

/// An event that cannot be read.
public enum EventDecodingError: Error, Equatable, CustomStringConvertible {
    case unknownType(String)
    case newerSchema(Int)

    public var description: String {
        switch self {
        case .unknownType(let t): return "unknown event type '\(t)'"
        case .newerSchema(let v): return "event written by a newer Keukentafel (schema \(v)); please update"
        }
    }
}

/// Brings stored payloads of older schema versions up to the current shape before
/// decoding. Each step takes version n to n + 1; version 1 is the first.
public enum EventUpcaster {
    /// Steps keyed by the version they upgrade from (none yet: version 1 is current).
    static let steps: [Int: @Sendable (_ type: String, _ json: [String: Any]) -> (String, [String: Any])] = [:]

    public static func decode(type: String, version: Int, data: Data) throws -> EventPayload {
        guard version <= Event.currentSchemaVersion else { throw EventDecodingError.newerSchema(version) }
        guard version < Event.currentSchemaVersion else { return try EventPayload.decode(type: type, data: data) }
        var t = type
        guard var json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return try EventPayload.decode(type: type, data: data)
        }
        for v in version..<Event.currentSchemaVersion {
            if let step = steps[v] { (t, json) = step(t, json) }
        }
        return try EventPayload.decode(type: t, data: try JSONSerialization.data(withJSONObject: json))
    }
}
