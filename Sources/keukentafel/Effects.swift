import Foundation
import KeukentafelApp
import KeukentafelDomain
import KeukentafelStore

/// Carries out the app's commands against the store. Writes go through a
/// `DurableWriter`: the screen hears "saved" only after the commit returned, and a
/// batch that failed (full disk) is kept and retried, never dropped.
final class Effects {
    let writer: DurableWriter
    let worker: String

    init(store: EventStore, worker: String) {
        writer = DurableWriter(store: store)
        self.worker = worker
    }

    func perform(_ command: AppCommand) -> [AppAction] {
        switch command {
        case .createFamily(let name, let members):
            let family = UUID()
            let now = Date()
            var events = [Event(familyID: family, time: now, author: worker, payload: .familyCreated(.init(name: name)))]
            for m in members {
                events.append(Event(familyID: family, time: now, author: worker,
                                    payload: .memberAdded(.init(memberID: UUID(), name: m, role: .other))))
            }
            guard writer.submit(events) else {
                // Not kept for retry here: the form still holds it and the worker saves again.
                writer.discardPending()
                return [.familyNotSaved(detail: writer.lastError?.description ?? "unknown error")]
            }
            return [.familyCreated(name: name, families: familyList())]
        }
    }

    /// The families as the home screen lists them.
    func familyList() -> [FamilyListItem] {
        ((try? writer.store.families()) ?? []).map { FamilyListItem(id: $0.id, name: $0.name, sessions: $0.sessionCount) }
    }
}
