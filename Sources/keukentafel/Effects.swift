import Foundation
import KeukentafelApp
import KeukentafelDomain
import KeukentafelStore

/// Carries out the app's commands against the store. Writes go through a
/// `DurableWriter`: the screen hears "appended" only after the commit returned; a
/// failed write reaches the screen as `appendFailed`, which keeps the words on the
/// input line to try again.
final class Effects {
    let writer: DurableWriter
    let worker: String
    /// The open family's record, kept in step with every committed append so a save
    /// does not re-read the whole log.
    private var open: FamilyRecord?

    init(store: EventStore, worker: String) {
        writer = DurableWriter(store: store)
        self.worker = worker
    }

    var store: EventStore { writer.store }

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
            guard write(events) else {
                return [.familyNotSaved(detail: writer.lastError?.description ?? "unknown error")]
            }
            // Straight on to who is present: a new family is created to talk with it.
            return [.familiesChanged(familyList()), .familyOpened(FamilyRecord.replay(family, events))]
        case .openFamily(let id):
            do {
                let record = try store.openFamily(id, user: worker)
                open = record
                return [.familyOpened(record)]
            } catch {
                return [.storeFailed(detail: error.description)]
            }
        case .startSession(let family, let present):
            guard var record = current(family) else { return [.storeFailed(detail: StoreError.familyNotFound(family.uuidString).description)] }
            let session = UUID()
            let number = (record.sessions.map(\.number).max() ?? 0) + 1
            let now = Date()
            let events = [
                Event(familyID: family, sessionID: session, time: now, author: worker,
                      payload: .sessionStarted(.init(number: number, kind: .live, worker: worker, present: present))),
                Event(familyID: family, sessionID: session, time: now, author: worker, payload: .phaseChanged(.init(phase: .welcome))),
            ]
            guard write(events) else { return [.appendFailed(detail: writer.lastError?.description ?? "")] }
            for e in events { record.apply(e) }
            open = record
            return [.sessionReady(record, sessionID: session, resumed: false), .familiesChanged(familyList())]
        case .append(let family, let session, let payloads):
            guard var record = current(family) else { return [.appendFailed(detail: StoreError.familyNotFound(family.uuidString).description)] }
            let now = Date()
            let events = payloads.map { Event(familyID: family, sessionID: session, time: now, author: worker, payload: $0) }
            guard write(events) else { return [.appendFailed(detail: writer.lastError?.description ?? "")] }
            for e in events { record.apply(e) }
            open = record
            var actions: [AppAction] = [.appended(record)]
            if payloads.contains(where: { if case .sessionEnded = $0 { return true }; return false }) {
                actions.append(.familiesChanged(familyList()))
            }
            return actions
        }
    }

    /// Writes durably; a failed batch is not kept here, because the screen keeps the
    /// words and the worker sends them again.
    private func write(_ events: [Event]) -> Bool {
        if writer.submit(events) { return true }
        writer.discardPending()
        return false
    }

    private func current(_ family: UUID) -> FamilyRecord? {
        if let open, open.familyID == family { return open }
        guard let record = try? store.record(family: family), record.eventCount > 0 else { return nil }
        open = record
        return record
    }

    /// The families as the home screen lists them.
    func familyList() -> [FamilyListItem] {
        ((try? store.families()) ?? []).map { FamilyListItem(id: $0.id, name: $0.name, sessions: $0.sessionCount) }
    }
}
