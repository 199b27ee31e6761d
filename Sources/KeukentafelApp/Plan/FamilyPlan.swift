import Foundation
import KeukentafelDomain

/// The family's plan in their own words, built from their record: what goes on paper and
/// what the family view shows. It never holds a worker's note or a retracted entry.
public struct FamilyPlan: Equatable, Sendable {
    /// The family's own words with who said them.
    public struct Quote: Equatable, Sendable {
        public var text: String
        public var speaker: String
        /// Why the words are here (for what goes well: exception or strength).
        public var tag: Tag?
    }

    /// A goal and whether it has been reached.
    public struct Goal: Equatable, Sendable {
        public var text: String
        public var reached: Bool
        /// Whose goal it is, by name; empty when the whole family's.
        public var whose: [String] = []
    }

    /// A scale with each person's latest number, in the order of the family's members.
    public struct Scale: Equatable, Sendable {
        public var topic: String
        public var kind: ScaleKind
        public var latest: [(name: String, value: Int)]

        public static func == (a: Scale, b: Scale) -> Bool {
            a.topic == b.topic && a.kind == b.kind && a.latest.elementsEqual(b.latest) { $0.name == $1.name && $0.value == $1.value }
        }
    }

    /// An option the family weighed.
    public struct Option: Equatable, Sendable {
        public var text: String
        public var pros: [String]
        public var cons: [String]
    }

    /// Which option one person would like best, with their words when they were linked.
    public struct Preference: Equatable, Sendable {
        public var who: String
        public var option: String
        public var words: Quote?
    }

    /// A decision, who made it and how far the family took part (participation ladder, 1–5).
    public struct Decision: Equatable, Sendable {
        public var text: String
        public var decidedBy: [String]
        /// Nil when the record holds a level outside 1–5.
        public var level: Int?
        public var disagreement: String?
    }

    /// One of the family's entries on the safety map.
    public struct SafetyItem: Equatable, Sendable {
        public var column: SafetyColumn
        public var perspective: SafetyPerspective
        public var words: Quote
    }

    /// Who does what, by when.
    public struct Agreement: Equatable, Sendable {
        public var who: String
        public var what: String
        public var byWhen: String?
    }

    /// Someone in the family's network who can help with one or more of their goals.
    public struct Helper: Equatable, Sendable {
        public var name: String
        public var goals: [String]
    }

    /// The latest session: when, and which family members were there.
    public struct Meeting: Equatable, Sendable {
        public var date: LocalTime
        public var present: [String]
    }

    public var language: Language
    public var familyName: String
    public var latestSession: Meeting?
    public var goals: [Goal] = []
    public var goingWell: [Quote] = []
    public var scales: [Scale] = []
    public var options: [Option] = []
    public var preferences: [Preference] = []
    public var decisions: [Decision] = []
    /// Ordered by column, then perspective, then as recorded.
    public var safety: [SafetyItem] = []
    public var agreements: [Agreement] = []
    /// Words the family said that were tagged as an agreement.
    public var agreedInWords: [Quote] = []
    public var helpers: [Helper] = []
    public var nextAppointment: EventPayload.AppointmentSet?

    /// The plan of `record` in `language`; dates are read in `timeZone`.
    public init(_ record: FamilyRecord, language: Language, timeZone: TimeZone = .current) {
        self.language = language
        familyName = record.name
        // Only the family's own standing words: the worker's (a note, or said aloud) and a
        // retracted entry never get here.
        let words = record.standingEntries.filter { !$0.isWorkers }
        let byID = Dictionary(words.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // The safety map also holds what the worker said aloud (the professionals' view),
        // named as the worker's; a private note never.
        let shared = record.standingEntries.filter { !$0.isWorkerNote }
        let sharedByID = Dictionary(shared.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func quote(_ e: FamilyRecord.Entry, tag: Tag? = nil) -> Quote {
            let who = e.aloud ? UIText.session(.worker).text(language) : (e.speaker.flatMap { record.member($0)?.name } ?? "")
            return Quote(text: e.text, speaker: who, tag: tag)
        }

        if let last = record.sessions.last {
            let date = LocalTime.at(last.started, timeZone)
            latestSession = Meeting(date: date, present: record.members.filter { last.present.contains($0.id) }.map(\.name))
        }
        let standingGoals = record.goals.filter { $0.status != .dropped }
        goals = standingGoals.map { g in
            Goal(text: g.text, reached: g.status == .achieved, whose: g.owners.compactMap { record.member($0)?.name })
        }
        goingWell = words.compactMap { e in
            let tag = e.tags.first { $0 == .exception || $0 == .strength }
            return tag.map { quote(e, tag: $0) }
        }
        scales = record.scales.compactMap { scale in
            let latest = record.members.compactMap { m -> (name: String, value: Int)? in
                scale.values.last { $0.memberID == m.id }.map { (m.name, $0.value) }
            }
            return latest.isEmpty ? nil : Scale(topic: scale.topic, kind: scale.kind, latest: latest)
        }
        options = record.options.map { Option(text: $0.text, pros: $0.pros, cons: $0.cons) }
        preferences = record.preferences.compactMap { p in
            guard let option = record.options.first(where: { $0.optionID == p.optionID }), let who = record.member(p.memberID) else {
                return nil
            }
            return Preference(who: who.name, option: option.text, words: p.entryID.flatMap { byID[$0] }.map { quote($0) })
        }
        decisions = record.decisions.map {
            Decision(
                text: $0.text, decidedBy: $0.decidedBy, level: (1...5).contains($0.ladderLevel) ? $0.ladderLevel : nil,
                disagreement: $0.disagreement.flatMap { $0.isEmpty ? nil : $0 })
        }
        let mapped = record.safetyMap.compactMap { m in
            sharedByID[m.entryID].map { SafetyItem(column: m.column, perspective: m.perspective, words: quote($0)) }
        }
        safety = SafetyColumn.allCases.flatMap { column in
            SafetyPerspective.allCases.flatMap { perspective in mapped.filter { $0.column == column && $0.perspective == perspective } }
        }
        agreements = record.agreements.map { Agreement(who: $0.who, what: $0.what, byWhen: $0.byWhen) }
        agreedInWords = words.filter { $0.tags.contains(.agreement) }.map { quote($0) }
        helpers = record.networkContacts.compactMap { contact in
            let helped = standingGoals.filter { contact.goalIDs.contains($0.id) }.map(\.text)
            return helped.isEmpty ? nil : Helper(name: contact.name, goals: helped)
        }
        nextAppointment = record.nextAppointment
    }
}
