import Foundation

/// The picture of one family at a moment: a fold over its events. Replaying any prefix
/// of the log gives the picture at that moment (supervisors replay sessions this way).
public struct FamilyRecord: Equatable, Sendable {
    /// A family member named in the case file.
    public struct Member: Codable, Equatable, Sendable {
        public var id: UUID
        public var name: String
        public var role: FamilyRole
        public var birthYear: Int?
        /// Not living at the family's home (a parent who moved out, a child in care).
        public var livesElsewhere = false

        public init(id: UUID, name: String, role: FamilyRole, birthYear: Int? = nil) {
            self.id = id
            self.name = name
            self.role = role
            self.birthYear = birthYear
        }
    }

    /// One session and what happened to its structure.
    public struct Session: Codable, Equatable, Sendable {
        public var id: UUID
        public var number: Int
        public var kind: SessionKind
        public var worker: String
        public var started: Date
        public var present: [UUID]
        public var phases: [PhaseChange]
        public var ended: Date?
        /// The question cards that were on the worker's screen, in order.
        public var cards: [CardShown] = []
        /// A practice round's time box in minutes.
        public var timeBoxMinutes: Int?
    }

    /// A question card on the worker's screen from `time` until the next one.
    public struct CardShown: Codable, Equatable, Sendable {
        public var promptID: String
        public var time: Date

        public init(promptID: String, time: Date) {
            self.promptID = promptID
            self.time = time
        }
    }

    /// A session moving to a phase, and when.
    public struct PhaseChange: Codable, Equatable, Sendable {
        public var phase: Phase
        public var time: Date

        public init(phase: Phase, time: Date) {
            self.phase = phase
            self.time = time
        }
    }

    /// An observer's scores of one practice round.
    public struct Observation: Codable, Equatable, Sendable {
        public var sessionID: UUID?
        public var scored: EventPayload.ObserverScored

        public init(sessionID: UUID?, scored: EventPayload.ObserverScored) {
            self.sessionID = sessionID
            self.scored = scored
        }
    }

    /// A supervisor's note with its author.
    public struct Annotation: Codable, Equatable, Sendable {
        public var author: String
        public var note: EventPayload.AnnotationAdded

        public init(author: String, note: EventPayload.AnnotationAdded) {
            self.author = author
            self.note = note
        }
    }

    /// Recorded words: the family's (with a speaker), the worker's own note, or what the
    /// worker said aloud (speaker nil for both, `aloud` tells them apart).
    /// Corrections keep the history: `versions` holds every text, oldest first.
    public struct Entry: Equatable, Sendable {
        public var id: UUID
        public var sessionID: UUID?
        public var speaker: UUID?
        public var time: Date
        public var versions: [String]
        public var tags: [Tag]
        public var retracted: Bool
        public var links: [AnswerTarget]
        /// The worker's words said aloud to the family (not a private note).
        public var aloud: Bool = false

        /// The worker's private note: never a quote, never on the family's screen.
        public var isWorkerNote: Bool { speaker == nil && !aloud }
        /// The worker's words, aloud or in a note: never the family's.
        public var isWorkers: Bool { speaker == nil }
        public var text: String { versions.last ?? "" }
    }

    /// A scale: the topic in the family's words and each person's values over time.
    public struct Scale: Codable, Equatable, Sendable {
        public var id: UUID
        public var topic: String
        public var kind: ScaleKind
        public var values: [ScaleReading]
    }
    public struct ScaleReading: Codable, Equatable, Sendable {
        public var memberID: UUID
        public var value: Int
        public var time: Date
        public var sessionID: UUID?
    }

    public struct Goal: Codable, Equatable, Sendable {
        public var id: UUID
        public var text: String
        public var sourceEntries: [UUID]
        public var status: GoalStatus
        /// Whose goal it is; empty when the whole family's.
        public var owners: [UUID] = []
    }

    /// An evaluation with the session it closed and when: the payload carries neither,
    /// and a trend over sessions needs both.
    public struct SessionEvaluation: Codable, Equatable, Sendable {
        public var sessionID: UUID?
        public var time: Date
        public var evaluation: EventPayload.EvaluationRecorded

        public init(sessionID: UUID?, time: Date, evaluation: EventPayload.EvaluationRecorded) {
            self.sessionID = sessionID
            self.time = time
            self.evaluation = evaluation
        }
    }

    public var familyID: UUID
    public var name: String = ""
    public var created: Date?
    public var members: [Member] = []
    public var sessions: [Session] = []
    public var entries: [Entry] = []
    public var scales: [Scale] = []
    public var goals: [Goal] = []
    public var safetyMap: [EventPayload.SafetyMapEntry] = []
    public var options: [EventPayload.OptionAdded] = []
    public var preferences: [EventPayload.PreferenceRecorded] = []
    public var decisions: [EventPayload.DecisionRecorded] = []
    public var agreements: [EventPayload.AgreementMade] = []
    public var timeline: [EventPayload.TimelineEventAdded] = []
    public var instruments: [EventPayload.InstrumentScored] = []
    public var evaluations: [EventPayload.EvaluationRecorded] = []
    /// The same evaluations, each with its session and time.
    public var sessionEvaluations: [SessionEvaluation] = []
    public var summaries: [EventPayload.SummaryChecked] = []
    /// The next appointment as last agreed.
    public var nextAppointment: EventPayload.AppointmentSet?
    public var persons: [EventPayload.PersonAdded] = []
    /// The genogram: typed persons, couples and child links.
    public var genogram = Genogram()
    public var relations: [EventPayload.RelationAdded] = []
    public var networkContacts: [NetworkContact] = []
    /// The sectors of the network map, in drawing order.
    public var networkSectors = NetworkContact.defaultSectors
    /// Supervisor notes with their author; they never change the record itself.
    public var annotations: [Annotation] = []
    /// Observers' scores of practice rounds, with the round they score.
    public var observations: [Observation] = []
    /// Where each entry is in `entries` (derived; keeps replay linear in the number of events).
    var entryIndex: [UUID: Int] = [:]
    /// How many events have been applied.
    public var eventCount = 0
    public var lastEventTime: Date?

    public init(familyID: UUID) { self.familyID = familyID }

    /// The session still open (started, not ended), if any: the one to resume.
    public var openSession: Session? { sessions.last { $0.ended == nil } }

    /// The words of this family still standing (not retracted), in order.
    public var standingEntries: [Entry] { entries.filter { !$0.retracted } }

    public func member(_ id: UUID) -> Member? { members.first { $0.id == id } }

    /// The entry with this id, found through the index the fold keeps.
    public func entry(_ id: UUID) -> Entry? { entryIndex[id].map { entries[$0] } }

    // MARK: Folding

    /// Applies one event. Events for another family, or that refer to something unknown,
    /// are counted but change nothing: a record never crashes on odd input.
    public mutating func apply(_ event: Event) {
        eventCount += 1
        lastEventTime = event.time
        guard event.familyID == familyID else { return }
        switch event.payload {
        case .familyCreated(let p):
            name = p.name
            created = event.time
        case .familyRenamed(let p):
            name = p.name
        case .memberAdded(let p):
            if member(p.memberID) == nil {
                members.append(Member(id: p.memberID, name: p.name, role: p.role, birthYear: p.birthYear))
            }
        case .memberChanged(let p):
            if let i = members.firstIndex(where: { $0.id == p.memberID }) {
                if let n = p.name { members[i].name = n }
                if let r = p.role { members[i].role = r }
                if let y = p.birthYear { members[i].birthYear = y }
                if let away = p.livesElsewhere { members[i].livesElsewhere = away }
            }
        case .sessionStarted(let p):
            guard let sid = event.sessionID, !sessions.contains(where: { $0.id == sid }) else { return }
            sessions.append(
                Session(
                    id: sid, number: p.number, kind: p.kind, worker: p.worker, started: event.time,
                    present: p.present, phases: [], ended: nil,
                    // A time box is at most a day; anything else in odd input is no time box.
                    timeBoxMinutes: p.timeBoxMinutes.flatMap { (1...1440).contains($0) ? $0 : nil }))
        case .presenceChanged(let p):
            withSession(event) { $0.present = p.present }
        case .phaseChanged(let p):
            withSession(event) { $0.phases.append(PhaseChange(phase: p.phase, time: event.time)) }
        case .sessionEnded:
            withSession(event) { if $0.ended == nil { $0.ended = event.time } }
        case .promptShown(let p):
            withSession(event) { $0.cards.append(CardShown(promptID: p.promptID, time: event.time)) }
        case .utteranceRecorded(let p):
            addEntry(
                Entry(
                    id: p.entryID, sessionID: event.sessionID, speaker: p.speaker, time: event.time,
                    versions: [p.text], tags: p.tags, retracted: false, links: []))
        case .noteRecorded(let p):
            addEntry(
                Entry(
                    id: p.entryID, sessionID: event.sessionID, speaker: nil, time: event.time,
                    versions: [p.text], tags: p.tags, retracted: false, links: []))
        case .workerSaid(let p):
            addEntry(
                Entry(
                    id: p.entryID, sessionID: event.sessionID, speaker: nil, time: event.time,
                    versions: [p.text], tags: p.tags, retracted: false, links: [], aloud: true))
        case .entryAmended(let p):
            withEntry(p.entryID) { $0.versions.append(p.text) }
        case .entryRetracted(let p):
            withEntry(p.entryID) { $0.retracted = true }
        case .entryTagged(let p):
            withEntry(p.entryID) { $0.tags = p.tags }
        case .answerLinked(let p):
            withEntry(p.entryID) { if !$0.links.contains(p.target) { $0.links.append(p.target) } }
        case .scaleDefined(let p):
            if !scales.contains(where: { $0.id == p.scaleID }) {
                scales.append(Scale(id: p.scaleID, topic: p.topic, kind: p.kind, values: []))
            }
        case .scaleValueSet(let p):
            if let i = scales.firstIndex(where: { $0.id == p.scaleID }), (0...10).contains(p.value) {
                scales[i].values.append(ScaleReading(memberID: p.memberID, value: p.value, time: event.time, sessionID: event.sessionID))
            }
        case .goalSet(let p):
            if !goals.contains(where: { $0.id == p.goalID }) {
                goals.append(Goal(id: p.goalID, text: p.text, sourceEntries: p.sourceEntries, status: .open, owners: p.owners ?? []))
            }
        case .goalChanged(let p):
            if let i = goals.firstIndex(where: { $0.id == p.goalID }) {
                goals[i].status = p.status
                if let t = p.text { goals[i].text = t }
            }
        case .safetyMapEntry(let p): safetyMap.append(p)
        case .optionAdded(let p): options.append(p)
        case .preferenceRecorded(let p): preferences.append(p)
        case .decisionRecorded(let p): decisions.append(p)
        case .agreementMade(let p): agreements.append(p)
        case .timelineEventAdded(let p): timeline.append(p)
        case .instrumentScored(let p): instruments.append(p)
        case .evaluationRecorded(let p):
            evaluations.append(p)
            sessionEvaluations.append(SessionEvaluation(sessionID: event.sessionID, time: event.time, evaluation: p))
        case .summaryChecked(let p): summaries.append(p)
        case .appointmentSet(let p): nextAppointment = p
        case .genogramPersonSet(let p): genogram.add(p)
        case .genogramCoupleSet(let c): genogram.add(c)
        case .genogramChildLinked(let l): genogram.add(l)
        case .genogramBondSet(let b): genogram.add(b)
        case .genogramRemoved(let r): genogram.remove(r)
        case .networkContactSet(let c): setContact(c)
        case .networkContactRemoved(let r): networkContacts.removeAll { $0.contactID == r.contactID }
        case .networkSectorsSet(let s): networkSectors = s.sectors
        case .personAdded(let p): persons.append(p)
        case .relationAdded(let p): relations.append(p)
        case .networkContactAdded(let p):
            let support = (p.attributes["support"] ?? "").split(separator: ",").compactMap { SupportKind(rawValue: String($0)) }
            setContact(
                NetworkContact(
                    contactID: p.contactID, name: p.name, sector: p.sector, ring: NetworkRing(rawValue: p.ring) ?? .middle,
                    support: support, note: p.attributes["note"]))
        case .annotationAdded(let p): annotations.append(Annotation(author: event.author, note: p))
        case .observerScored(let p): observations.append(Observation(sessionID: event.sessionID, scored: p))
        }
    }

    private mutating func setContact(_ c: NetworkContact) {
        if let i = networkContacts.firstIndex(where: { $0.contactID == c.contactID }) {
            networkContacts[i] = c
        } else {
            networkContacts.append(c)
        }
    }

    private mutating func withSession(_ event: Event, _ change: (inout Session) -> Void) {
        guard let sid = event.sessionID, let i = sessions.firstIndex(where: { $0.id == sid }) else { return }
        change(&sessions[i])
    }

    private mutating func withEntry(_ id: UUID, _ change: (inout Entry) -> Void) {
        guard let i = entryIndex[id] else { return }
        change(&entries[i])
    }

    private mutating func addEntry(_ entry: Entry) {
        guard entryIndex[entry.id] == nil else { return }
        entryIndex[entry.id] = entries.count
        entries.append(entry)
    }

    // MARK: Replay

    /// The record after all `events`.
    public static func replay(_ familyID: UUID, _ events: some Sequence<Event>) -> FamilyRecord {
        var r = FamilyRecord(familyID: familyID)
        for e in events { r.apply(e) }
        return r
    }

    /// The record after the first `count` events (a supervisor's "step to here").
    public static func replay(_ familyID: UUID, _ events: [Event], upToIndex count: Int) -> FamilyRecord {
        replay(familyID, events.prefix(max(0, count)))
    }

    /// The record as it stood at `instant` (events at exactly that time included).
    public static func replay(_ familyID: UUID, _ events: [Event], at instant: Date) -> FamilyRecord {
        replay(familyID, events.prefix { $0.time <= instant })
    }
}
