import Foundation
import KeukentafelDomain
import MethodAnalysis

/// What a label in the review list says an event was.
public enum ReviewItem: String, Equatable, Sendable, CaseIterable {
    case started, ended, presence, phase, card
    case words, note, workerSaid, amended, retracted, tagged, linked
    case scale, scaleValue, goal, goalChanged, safety, option, preference, decision, agreement
    case timeline, instrument, evaluation, summary, appointment
    case member, memberChanged, family, genogram, genogramRemoved, network, networkRemoved, sectors
    case annotation, observation, other
}

/// One event of a session as review shows it: described once, when the session opens,
/// with the names and texts as they stood at that moment (a correction shows before and after).
public struct ReviewStep: Equatable, Sendable {
    /// Where the event is in the family's log.
    public var position: Int
    public var eventID: UUID
    public var time: Date
    /// The phase the session was in.
    public var phase: Phase
    /// The question card on the worker's screen (prompt id), if one was recorded.
    public var card: String?
    public var item: ReviewItem
    /// Who spoke, for the family's words and scale values.
    public var who: String?
    /// The words or the thing recorded, in the family's and worker's own words.
    public var text: String
    /// The earlier text, for a correction.
    public var before: String?
    public var tags: [Tag] = []
    /// A scale value's kind and number.
    public var scaleKind: ScaleKind?
    public var value: Int?
    public var phaseTo: Phase?
    public var ladderLevel: Int?
    public var goalStatus: GoalStatus?

    /// True for the family's own words.
    public var isFamilyWords: Bool { item == .words }
}

/// Builds the steps of a session, replaying the log once.
public enum ReviewSteps {
    public static func build(_ log: SessionLog) -> [ReviewStep] {
        var record = FamilyRecord(familyID: log.familyID)
        var steps: [ReviewStep] = []
        steps.reserveCapacity(log.positions.count)
        var next = 0
        var phase = Phase.welcome
        var card: String?
        for position in log.positions {
            // Everything before this event (earlier sessions included) is in the record.
            while next < position {
                record.apply(log.events[next])
                next += 1
            }
            let event = log.events[position]
            if case .phaseChanged(let p) = event.payload { phase = p.phase }
            if case .promptShown(let p) = event.payload { card = p.promptID }
            steps.append(describe(event, position: position, in: record, phase: phase, card: card))
            record.apply(event)
            next = position + 1
        }
        return steps
    }

    /// One event as a step, with `record` as it stood just before it.
    static func describe(_ event: Event, position: Int, in record: FamilyRecord, phase: Phase, card: String?) -> ReviewStep {
        var step = ReviewStep(
            position: position, eventID: event.id, time: event.time, phase: phase, card: card, item: .other, text: "")
        func name(_ id: UUID) -> String { record.member(id)?.name ?? "?" }
        func entryText(_ id: UUID) -> String { record.entry(id)?.text ?? "" }
        switch event.payload {
        case .familyCreated(let p): (step.item, step.text) = (.family, p.name)
        case .familyRenamed(let p): (step.item, step.text, step.before) = (.family, p.name, record.name)
        case .memberAdded(let p): (step.item, step.text) = (.member, p.name)
        case .memberChanged(let p):
            step.item = .memberChanged
            step.before = name(p.memberID)
            step.text = p.name ?? name(p.memberID)
        case .sessionStarted(let p):
            step.item = .started
            step.value = p.number
            step.text = p.present.map(name).joined(separator: ", ")
        case .presenceChanged(let p): (step.item, step.text) = (.presence, p.present.map(name).joined(separator: ", "))
        case .phaseChanged(let p): (step.item, step.phaseTo) = (.phase, p.phase)
        case .sessionEnded: step.item = .ended
        case .promptShown(let p): (step.item, step.text) = (.card, p.promptID)
        case .utteranceRecorded(let p): (step.item, step.who, step.text, step.tags) = (.words, name(p.speaker), p.text, p.tags)
        case .noteRecorded(let p): (step.item, step.text, step.tags) = (.note, p.text, p.tags)
        case .workerSaid(let p): (step.item, step.text, step.tags) = (.workerSaid, p.text, p.tags)
        case .entryAmended(let p):
            step.item = .amended
            step.before = entryText(p.entryID)
            step.text = p.text
            step.who = record.entry(p.entryID)?.speaker.map(name)
        case .entryRetracted(let p):
            step.item = .retracted
            step.text = entryText(p.entryID)
            step.before = p.reason
            step.who = record.entry(p.entryID)?.speaker.map(name)
        case .entryTagged(let p): (step.item, step.text, step.tags) = (.tagged, entryText(p.entryID), p.tags)
        case .answerLinked(let p):
            step.item = .linked
            step.text = entryText(p.entryID)
            switch p.target {
            case .scale(let id): step.before = record.scales.first { $0.id == id }?.topic
            case .goal(let id): step.before = record.goals.first { $0.id == id }?.text
            case .prompt(let id): step.card = id
            }
        case .scaleDefined(let p): (step.item, step.text, step.scaleKind) = (.scale, p.topic, p.kind)
        case .scaleValueSet(let p):
            let scale = record.scales.first { $0.id == p.scaleID }
            step.item = .scaleValue
            step.text = scale?.topic ?? "?"
            step.scaleKind = scale?.kind
            step.who = name(p.memberID)
            step.value = p.value
            step.before = scale?.values.last { $0.memberID == p.memberID }.map { String($0.value) }
        case .goalSet(let p): (step.item, step.text) = (.goal, p.text)
        case .goalChanged(let p):
            step.item = .goalChanged
            step.before = record.goals.first { $0.id == p.goalID }?.text
            step.text = p.text ?? step.before ?? ""
            step.goalStatus = p.status
        case .safetyMapEntry(let p): (step.item, step.text) = (.safety, entryText(p.entryID))
        case .optionAdded(let p): (step.item, step.text) = (.option, p.text)
        case .preferenceRecorded(let p):
            step.item = .preference
            step.who = name(p.memberID)
            step.text = record.options.first { $0.optionID == p.optionID }?.text ?? "?"
        case .decisionRecorded(let p):
            (step.item, step.text, step.ladderLevel) = (.decision, p.text, p.ladderLevel)
            step.who = p.decidedBy.joined(separator: ", ")
            step.before = p.disagreement
        case .agreementMade(let p):
            step.item = .agreement
            step.who = p.who
            step.text = [p.what, p.byWhen].compactMap { $0 }.joined(separator: " · ")
        case .timelineEventAdded(let p): (step.item, step.text) = (.timeline, p.when + " · " + p.text)
        case .instrumentScored(let p):
            step.item = .instrument
            step.text = p.instrument + ": " + p.scores.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        case .evaluationRecorded(let p):
            step.item = .evaluation
            step.who = p.memberID.map(name)
            step.text = p.ratings.sorted { $0.key < $1.key }.map { "\($0.value)" }.joined(separator: " ")
        case .summaryChecked(let p):
            step.item = .summary
            step.value = p.confirmed ? 1 : 0
            step.text = p.corrections ?? ""
        case .appointmentSet(let p): (step.item, step.text) = (.appointment, [p.when, p.place].compactMap { $0 }.joined(separator: " · "))
        case .genogramPersonSet(let p):
            step.item = .genogram
            step.before = record.genogram.person(p.personID)?.name
            step.text = p.name
        case .genogramCoupleSet(let c):
            step.item = .genogram
            step.text = c.partners.map { record.genogram.person($0)?.name ?? "?" }.joined(separator: " + ")
        case .genogramChildLinked(let l):
            step.item = .genogram
            step.text = "↳ " + (record.genogram.person(l.childID)?.name ?? "?")
        case .genogramBondSet(let b):
            step.item = .genogram
            step.text = (record.genogram.person(b.from)?.name ?? "?") + " – " + (record.genogram.person(b.to)?.name ?? "?")
        case .genogramRemoved(let r):
            step.item = .genogramRemoved
            step.text = record.genogram.person(r.id)?.name ?? "?"
        case .networkContactSet(let c):
            step.item = .network
            step.before = record.networkContacts.first { $0.contactID == c.contactID }?.name
            step.text = c.name
        case .networkContactRemoved(let r):
            step.item = .networkRemoved
            step.text = record.networkContacts.first { $0.contactID == r.contactID }?.name ?? "?"
        case .networkSectorsSet(let s): (step.item, step.text) = (.sectors, s.sectors.joined(separator: ", "))
        case .personAdded(let p): (step.item, step.text) = (.genogram, p.name)
        case .relationAdded(let p): (step.item, step.text) = (.genogram, p.kind)
        case .networkContactAdded(let p): (step.item, step.text) = (.network, p.name)
        case .annotationAdded(let p): (step.item, step.text) = (.annotation, p.text)
        case .observerScored(let p):
            (step.item, step.who) = (.observation, p.observer)
            step.text = p.scores.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        return step
    }
}
