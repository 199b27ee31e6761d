import Foundation
import KeukentafelDomain
import PromptLibrary
import TerminalUI

/// Choosing a role-play case and passing the laptop round so each player reads their
/// own role card, before the practice session starts on the real live screen.
public struct PracticeState: Equatable, Sendable {
    /// Where the round is before the session starts.
    public enum Stage: Equatable, Sendable {
        /// The list of cases.
        case cases
        /// The case as the trainee (the worker) may know it: the introduction only.
        case intro
        /// "Give the laptop to the player of …": the card is hidden until they are ready.
        case handOver(Int)
        /// One player's card on screen, hidden details included.
        case card(Int)
        /// Every card read: the time box, then start.
        case ready
    }

    public var stage: Stage = .cases
    public var list: ScrollList
    /// The case chosen (an id, the same in both languages).
    public var caseID: String?
    /// Minutes the round should take; the live screen shows the time against it.
    public var timeBox = 20
    /// Lines of a long text scrolled past.
    public var scroll = 0

    public init(count: Int) { list = ScrollList(count: count) }

    /// The case chosen, in `language`.
    func chosen(_ catalog: PromptCatalog, _ language: Language) -> RoleCase? {
        guard let caseID else { return nil }
        return catalog.cases[language]?.first { $0.id == caseID }
    }

    static let timeBoxes = [5, 10, 15, 20, 25, 30, 40, 45, 60]

    /// The case list, or the introduction of the case `caseID` (its id, or a word of its
    /// title); nil when no case matches.
    public static func opening(_ caseID: String?, _ catalog: PromptCatalog, _ language: Language) -> PracticeState? {
        let cases = catalog.cases[language] ?? []
        var s = PracticeState(count: cases.count)
        guard let caseID, !caseID.isEmpty else { return s }
        let wanted = foldedForMatching(caseID)
        guard
            let i = cases.firstIndex(where: { $0.id == caseID })
                ?? cases.firstIndex(where: { foldedForMatching($0.title).contains(wanted) || $0.id.contains(wanted) })
        else { return nil }
        s.list.select(i)
        s.caseID = cases[i].id
        s.stage = .intro
        return s
    }
}

extension RoleCase {
    /// The practice family's events: the family (named after the case; it lives in the
    /// practice store), one member per role card, and a practice session with everyone present.
    func practiceEvents(_ env: AppEnvironment, year: Int, timeBox: Int) -> (events: [Event], session: UUID) {
        let family = env.newID()
        let session = env.newID()
        var payloads: [EventPayload] = [.familyCreated(.init(name: title))]
        var present: [UUID] = []
        for m in members {
            let id = env.newID()
            present.append(id)
            let age = m.age.flatMap { Int($0.prefix { $0.isNumber }) }
            payloads.append(.memberAdded(.init(memberID: id, name: m.name, role: m.role.familyRole, birthYear: age.map { year - $0 })))
        }
        let events = env.events(family: family, session: nil, payloads)
        let start = Event(
            id: env.newID(), familyID: family, sessionID: session, time: env.now(), author: env.worker,
            payload: .sessionStarted(.init(number: 1, kind: .practice, worker: env.worker, present: present, timeBoxMinutes: timeBox)))
        return (events + [start], session)
    }
}

extension MemberRole {
    /// The role in a family's case file.
    var familyRole: FamilyRole {
        switch self {
        case .parent: .parent
        case .child: .child
        case .adolescent: .adolescent
        case .network, .professional: .other
        }
    }
}
