import Foundation

/// What a family's events name by id, checked against what they define. A record is a
/// fold that skips what it cannot find, but a file that names a person, member or session
/// it never defines is not a whole record: an import refuses it rather than carry the gap
/// into exports and drawings.
public enum RecordReferences {
    /// What an id should name.
    public enum Kind: String, Sendable {
        case member, session, entry, scale, goal, option
        case person = "genogram person"
        case couple = "genogram couple"
        case bond = "genogram relation"
        case contact = "network contact"
        case event

        /// With its article, for a message ("a genogram person", "an entry").
        public var named: String {
            switch self {
            case .entry, .option, .event: "an \(rawValue)"
            default: "a \(rawValue)"
            }
        }
    }

    /// A reference to something no event defines.
    public struct Missing: Equatable, Sendable {
        /// The event's position in the list.
        public var index: Int
        /// The field: the event's own `sessionID`, or one in its payload (`payload.partners[1]`).
        public var field: String
        public var kind: Kind
        public var id: UUID

        public init(index: Int, field: String, kind: Kind, id: UUID) {
            self.index = index
            self.field = field
            self.kind = kind
            self.id = id
        }
    }

    /// The first reference in `events` to something none of them defines, or nil when every
    /// one is there. Order does not matter (a correction may come before what it corrects in
    /// a hand-made file); removals still count as defined, so a later correction may name them.
    /// `relationAdded` is not checked: that early untyped form never said what it joined.
    public static func firstMissing(in events: [Event]) -> Missing? {
        var defined: [Kind: Set<UUID>] = [:]
        for event in events {
            if let (kind, id) = definition(event) { defined[kind, default: []].insert(id) }
        }
        // The events' own ids only once an event names one (an annotation): few do, and
        // hashing every id was a tenth of reading a file.
        var eventIDs: Set<UUID>?
        for (index, event) in events.enumerated() {
            if let session = event.sessionID, !isSessionStart(event), defined[.session]?.contains(session) != true {
                return Missing(index: index, field: "sessionID", kind: .session, id: session)
            }
            for (field, kind, id) in references(event.payload) {
                if kind == .event, eventIDs == nil { eventIDs = Set(events.lazy.map(\.id)) }
                let known = kind == .event ? eventIDs?.contains(id) == true : defined[kind]?.contains(id) == true
                if !known { return Missing(index: index, field: "payload." + field, kind: kind, id: id) }
            }
        }
        return nil
    }

    private static func isSessionStart(_ event: Event) -> Bool {
        if case .sessionStarted = event.payload { return true }
        return false
    }

    /// What an event brings into the record under its own id.
    static func definition(_ event: Event) -> (Kind, UUID)? {
        switch event.payload {
        case .memberAdded(let p): (.member, p.memberID)
        case .sessionStarted: event.sessionID.map { (.session, $0) }
        case .utteranceRecorded(let p): (.entry, p.entryID)
        case .noteRecorded(let p): (.entry, p.entryID)
        case .workerSaid(let p): (.entry, p.entryID)
        case .scaleDefined(let p): (.scale, p.scaleID)
        case .goalSet(let p): (.goal, p.goalID)
        case .optionAdded(let p): (.option, p.optionID)
        case .genogramPersonSet(let p): (.person, p.personID)
        case .genogramCoupleSet(let c): (.couple, c.coupleID)
        case .genogramBondSet(let b): (.bond, b.bondID)
        case .networkContactSet(let c): (.contact, c.contactID)
        case .networkContactAdded(let c): (.contact, c.contactID)
        default: nil
        }
    }

    /// Every id a payload names, with its field and what it should name. Each case is
    /// listed, so a new kind of event has to say what it refers to.
    static func references(_ payload: EventPayload) -> [(field: String, kind: Kind, id: UUID)] {
        func one(_ field: String, _ kind: Kind, _ id: UUID?) -> [(field: String, kind: Kind, id: UUID)] {
            id.map { [(field, kind, $0)] } ?? []
        }
        func list(_ field: String, _ kind: Kind, _ ids: [UUID]?) -> [(field: String, kind: Kind, id: UUID)] {
            (ids ?? []).enumerated().map { ("\(field)[\($0.offset)]", kind, $0.element) }
        }
        switch payload {
        case .familyCreated, .familyRenamed, .memberAdded, .phaseChanged, .sessionEnded, .promptShown, .noteRecorded, .workerSaid,
            .scaleDefined, .optionAdded, .agreementMade, .instrumentScored, .appointmentSet, .networkSectorsSet, .personAdded,
            .relationAdded, .networkContactAdded, .observerScored:
            return []
        case .memberChanged(let p): return one("memberID", .member, p.memberID)
        case .sessionStarted(let p): return list("present", .member, p.present)
        case .presenceChanged(let p): return list("present", .member, p.present)
        case .utteranceRecorded(let p): return one("speaker", .member, p.speaker)
        case .entryAmended(let p): return one("entryID", .entry, p.entryID)
        case .entryRetracted(let p): return one("entryID", .entry, p.entryID)
        case .entryTagged(let p): return one("entryID", .entry, p.entryID)
        case .answerLinked(let p):
            switch p.target {
            case .scale(let id): return one("entryID", .entry, p.entryID) + one("target.scale", .scale, id)
            case .goal(let id): return one("entryID", .entry, p.entryID) + one("target.goal", .goal, id)
            case .prompt: return one("entryID", .entry, p.entryID)
            }
        case .scaleValueSet(let p): return one("scaleID", .scale, p.scaleID) + one("memberID", .member, p.memberID)
        case .goalSet(let p): return list("sourceEntries", .entry, p.sourceEntries) + list("owners", .member, p.owners)
        case .goalChanged(let p): return one("goalID", .goal, p.goalID)
        case .safetyMapEntry(let p): return one("entryID", .entry, p.entryID)
        case .preferenceRecorded(let p):
            return one("optionID", .option, p.optionID) + one("memberID", .member, p.memberID) + one("entryID", .entry, p.entryID)
        case .decisionRecorded(let p):
            return one("optionID", .option, p.optionID) + list("deciders", .member, p.deciders)
                + list("consideredOptions", .option, p.consideredOptions)
        case .timelineEventAdded(let p): return list("memberIDs", .member, p.memberIDs)
        case .evaluationRecorded(let p): return one("memberID", .member, p.memberID)
        case .summaryChecked(let p): return one("entryID", .entry, p.entryID)
        case .genogramPersonSet(let p): return one("memberID", .member, p.memberID)
        case .genogramCoupleSet(let c): return list("partners", .person, c.partners)
        case .genogramChildLinked(let l): return one("coupleID", .couple, l.coupleID) + one("childID", .person, l.childID)
        case .genogramBondSet(let b): return one("from", .person, b.from) + one("to", .person, b.to)
        case .genogramRemoved(let r):
            switch r.kind {
            case .person: return one("id", .person, r.id)
            case .couple: return one("id", .couple, r.id)
            case .childLink: return one("id", .couple, r.id) + one("childID", .person, r.childID)
            case .bond: return one("id", .bond, r.id)
            }
        case .networkContactSet(let c): return list("goalIDs", .goal, c.goalIDs)
        case .networkContactRemoved(let r): return one("contactID", .contact, r.contactID)
        case .annotationAdded(let a): return one("targetEventID", .event, a.targetEventID)
        }
    }
}
