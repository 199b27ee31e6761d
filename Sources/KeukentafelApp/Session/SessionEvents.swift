import Foundation
import KeukentafelDomain

/// The events that open a session, built in the pure core so numbering is tested.
enum SessionEvents {
    /// Session number n + 1 after the family's highest, with these members present,
    /// starting in the welcome phase.
    static func start(_ record: FamilyRecord, present: [UUID], kind: SessionKind = .live, _ env: AppEnvironment) -> [Event] {
        let number = (record.sessions.map(\.number).max() ?? 0) + 1
        return env.events(
            family: record.familyID, session: env.newID(),
            [
                .sessionStarted(.init(number: number, kind: kind, worker: env.worker, present: present)),
                .phaseChanged(.init(phase: .welcome)),
            ])
    }
}
