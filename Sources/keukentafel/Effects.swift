import Foundation
import KeukentafelApp
import KeukentafelDomain
import KeukentafelStore

/// Carries out the app's commands against the store: the events come built from the
/// pure core (ids, time, author); this only writes them and reads records. Writes go through a
/// `DurableWriter`: the screen hears "appended" only after the commit returned; a
/// failed write reaches the screen as `appendFailed`, which keeps the words on the
/// input line to try again.
final class Effects {
    let writer: DurableWriter
    let worker: String
    /// The open family's record, kept in step with every committed append so a save
    /// does not re-read the whole log.
    private var open: FamilyRecord?
    /// Where practice families are kept, apart from real ones (a store of its own); nil
    /// when the store this runs on is the practice store.
    let practiceDirectory: String?
    private var practiceWriter: DurableWriter?
    /// The families of this run that live in the practice store.
    private var practiceFamilies: Set<UUID> = []
    /// The families an in-app search has shown (and logged) in this run.
    private var searchLogged: Set<UUID> = []
    /// The sync with the team server after each session, when one is configured.
    var backgroundSync: BackgroundSync?

    init(store: EventStore, worker: String, practiceDirectory: String? = nil) {
        writer = DurableWriter(store: store)
        self.worker = worker
        self.practiceDirectory = practiceDirectory
    }

    var store: EventStore { writer.store }

    /// The writer of the store a family lives in.
    private func writer(for family: UUID) -> DurableWriter {
        practiceFamilies.contains(family) ? (practiceWriter ?? writer) : writer
    }

    private func store(for family: UUID) -> EventStore { writer(for: family).store }

    /// The practice store, opened the first time a practice round starts.
    private func openPractice() throws(StoreError) -> DurableWriter {
        if let practiceWriter { return practiceWriter }
        guard let practiceDirectory else { return writer }
        let opened = DurableWriter(store: try EventStore(directory: practiceDirectory))
        practiceWriter = opened
        return opened
    }

    func perform(_ command: AppCommand) -> [AppAction] {
        switch command {
        case .createFamily(let events):
            guard let family = events.first?.familyID, write(events) else {
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
        case .startSession(let events):
            guard let first = events.first, let session = first.sessionID else { return [] }
            guard var record = current(first.familyID) else {
                return [.storeFailed(detail: StoreError.familyNotFound(first.familyID.uuidString).description)]
            }
            guard write(events) else { return [.appendFailed(detail: writer(for: first.familyID).lastError?.description ?? "")] }
            for e in events { record.apply(e) }
            open = record
            return [.sessionReady(record, sessionID: session, resumed: false), .familiesChanged(familyList())]
        case .append(let events):
            guard let family = events.first?.familyID else { return [] }
            guard var record = current(family) else {
                return [.appendFailed(detail: StoreError.familyNotFound(family.uuidString).description)]
            }
            guard write(events) else { return [.appendFailed(detail: writer(for: family).lastError?.description ?? "")] }
            for e in events { record.apply(e) }
            open = record
            var actions: [AppAction] = [.appended(record)]
            if events.contains(where: { if case .sessionEnded = $0.payload { return true } else { return false } }) {
                actions.append(.familiesChanged(familyList()))
                // A session ended: its words go to the team server now, beside the screen.
                if let backgroundSync, !practiceFamilies.contains(family) { actions.append(.syncChanged(backgroundSync.start(.current))) }
            }
            return actions
        case .openReview(let family, let session, let subject):
            do {
                let store = store(for: family)
                let events = try store.events(family: family)
                guard !events.isEmpty else { return [.storeFailed(detail: StoreError.familyNotFound(family.uuidString).description)] }
                try store.logAccess(family: family, action: "review", user: worker)
                return [.reviewOpened(events: events, family: family, session: session, subject: subject)]
            } catch {
                return [.storeFailed(detail: error.description)]
            }
        case .loadCaseload:
            do {
                return [.caseloadLoaded(try store.openCaseload(user: worker))]
            } catch {
                return [.storeFailed(detail: error.description)]
            }
        case .startPractice(let events):
            guard let first = events.first, let session = events.last?.sessionID else { return [] }
            do {
                _ = try openPractice()
            } catch {
                return [.storeFailed(detail: error.description)]
            }
            practiceFamilies.insert(first.familyID)
            guard write(events) else { return [.appendFailed(detail: writer(for: first.familyID).lastError?.description ?? "")] }
            let record = FamilyRecord.replay(first.familyID, events)
            open = record
            return [.sessionReady(record, sessionID: session, resumed: false)]
        case .pollSync:
            return backgroundSync?.poll(.current).map { [.syncChanged($0)] } ?? []
        case .openPracticeRound(let family, let session):
            do {
                let practice = try openPractice().store
                let logs = try practice.families().map { f throws(StoreError) in try practice.events(family: f.id) }
                try practice.logAccess(family: family, action: "feedback", user: worker)
                return [.practiceRoundOpened(logs: logs, family: family, session: session)]
            } catch {
                return [.storeFailed(detail: error.description)]
            }
        case .search(let query):
            do {
                let hits = try store.search(query)
                // The search runs as the worker types: each family it shows is logged once per run, never the words.
                var shown: [UUID] = []
                for hit in hits where !searchLogged.contains(hit.familyID) && !shown.contains(hit.familyID) { shown.append(hit.familyID) }
                try store.logAccess(families: shown, action: "search", user: worker)
                searchLogged.formUnion(shown)
                return [.searchResults(query: query, hits: hits.map(Self.result))]
            } catch {
                return [.storeFailed(detail: error.description)]
            }
        }
    }

    /// The store's hit as the app shows it (the app does not know the store).
    static func result(_ hit: SearchHit) -> SearchResult {
        SearchResult(
            familyID: hit.familyID, familyName: hit.familyName, sessionID: hit.sessionID, sessionNumber: hit.sessionNumber,
            entryID: hit.entryID, kind: kind(hit.kind), speaker: hit.speaker, time: hit.time, text: hit.text)
    }

    /// One case each, so a new kind in the store cannot reach the screen unnamed.
    static func kind(_ kind: SearchKind) -> SearchResultKind {
        switch kind {
        case .words: .words
        case .note: .note
        case .worker: .worker
        case .agreement: .agreement
        case .goal: .goal
        case .scale: .scale
        case .option: .option
        case .decision: .decision
        case .timeline: .timeline
        case .instrument: .instrument
        case .summary: .summary
        case .family: .family
        case .member: .member
        case .person: .person
        case .contact: .contact
        }
    }

    /// Writes durably; a failed batch is not kept here, because the screen keeps the
    /// words and the worker sends them again.
    private func write(_ events: [Event]) -> Bool {
        guard let family = events.first?.familyID else { return true }
        let writer = writer(for: family)
        if writer.submit(events) { return true }
        writer.discardPending()
        return false
    }

    private func current(_ family: UUID) -> FamilyRecord? {
        if let open, open.familyID == family { return open }
        guard let record = try? store(for: family).record(family: family), record.eventCount > 0 else { return nil }
        open = record
        return record
    }

    /// The families as the home screen lists them.
    func familyList() -> [FamilyListItem] { Self.familyList((try? store.families()) ?? []) }

    /// `families` as the home screen lists them.
    static func familyList(_ families: [FamilySummary]) -> [FamilyListItem] {
        families.map { FamilyListItem(id: $0.id, name: $0.name, sessions: $0.sessionCount) }
    }
}
