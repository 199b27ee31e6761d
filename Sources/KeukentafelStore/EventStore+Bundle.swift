import Foundation
import GRDB
import KeukentafelDomain

extension EventStore {
    /// The JSON exports of `families` for a hand-over bundle, each byte for byte what
    /// `export` writes; logged as `share` (not `export`) for each family.
    public func exportsForSharing(_ families: [UUID], user: String) throws(StoreError) -> [Data] {
        var out: [Data] = []
        for family in families {
            let events = try events(family: family)
            guard !events.isEmpty else { throw .familyNotFound(family.uuidString) }
            do { out.append(try FamilyExport.encode(family: family, events: events)) } catch { throw .database("\(error)") }
        }
        try logAccess(families: families, action: "share", user: user)
        return out
    }

    /// Imports several exports (a bundle's) in one transaction: every family, or on any
    /// problem none. Each is checked whole before anything is written.
    @discardableResult
    public func importFamilies(_ exports: [Data], user: String) throws(StoreError) -> [UUID] {
        var decoded: [(family: UUID, events: [Event], payloads: [Data])] = []
        for (i, data) in exports.enumerated() {
            let one: (family: UUID, events: [Event], payloads: [Data])
            do {
                one = try FamilyExport.decodeKeepingPayloads(data)
            } catch .malformedImport(let place, let detail) {
                throw .malformedImport(place: "family \(i + 1) of the bundle, \(place)", detail: detail)
            }
            guard !one.events.isEmpty else { throw .malformedImport(place: "family \(i + 1) of the bundle", detail: "no events") }
            guard !decoded.contains(where: { $0.family == one.family }) else { throw .familyExists(one.family) }
            decoded.append(one)
        }
        do {
            try pool.write { db in
                for one in decoded { try Self.insertImported(one.family, one.events, payloads: one.payloads, user: user, db) }
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
        return decoded.map(\.family)
    }

    /// Imports several exports given together (a caseload's files), each on its own terms
    /// as if imported alone: every file all or nothing, refused alone when it is malformed or
    /// its family is already here (or earlier in the list), while the others go in. All are
    /// written in one transaction, so the disk is waited for once instead of once per file;
    /// a refused file's part is undone alone (a savepoint), and when the transaction itself
    /// fails (a full disk) nothing of any file is written and each says so. Returns, per
    /// file in order, its family or why it was not imported, only after the commit.
    public func importFamilies(separately exports: [Data], user: String) -> [Result<UUID, StoreError>] {
        var results: [Result<UUID, StoreError>] = []
        var checked: [(index: Int, read: FamilyExport.Read)] = []
        var families: Set<UUID> = []
        for data in exports {
            do throws(StoreError) {
                let read = try FamilyExport.decodeKeepingPayloads(data)
                guard !read.events.isEmpty else { throw .malformedImport(place: "\"events\"", detail: "no events") }
                guard families.insert(read.family).inserted else { throw .familyExists(read.family) }
                checked.append((results.count, read))
                results.append(.success(read.family))
            } catch {
                results.append(.failure(error))
            }
        }
        guard !checked.isEmpty else { return results }
        do {
            try pool.write { db in
                try Self.withImportCache(db) {
                    for (index, read) in checked {
                        do {
                            try db.inSavepoint {
                                try Self.insertImported(read.family, read.events, payloads: read.payloads, user: user, db)
                                return .commit
                            }
                        } catch let refused as StoreError {
                            // Only "already here" is this file's own; any other error ends the transaction.
                            guard case .familyExists = refused else { throw refused }
                            results[index] = .failure(refused)
                        }
                    }
                }
            }
        } catch {
            let failure = Self.map(error, path: databasePath)
            for (index, _) in checked where (try? results[index].get()) != nil { results[index] = .failure(failure) }
        }
        return results
    }

    /// Runs an import's writes with a larger page cache on the writer (64 MB), then restores
    /// it. An import touches index pages all over a growing store (ids are random); with
    /// SQLite's default 2 MB, writing 30 large families took a third longer.
    static func withImportCache(_ db: Database, _ body: () throws -> Void) throws {
        let old = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = -65536")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(old)") }
        try body()
    }
}
