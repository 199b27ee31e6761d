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
            try writeImport { writer in
                for one in decoded { try Self.insertImported(one, user: user, writer) }
            }
        } catch {
            throw Self.map(error, path: databasePath)
        }
        return decoded.map(\.family)
    }

    /// Imports several exports given together (a caseload's files), each on its own terms
    /// as if imported alone: every file all or nothing, refused alone when it is malformed or
    /// its family is already here (or earlier in the list), while the others go in. All are
    /// written in one transaction, so the disk is waited for once instead of once per file.
    /// A file's only refusal that depends on the store ("already here") comes before anything
    /// of it is written, so no file is ever half written; when the transaction itself fails
    /// (a full disk) nothing of any file is written and each says so. The files are read and
    /// checked on a second thread while the ones before them are written (`ImportReadAhead`).
    /// Returns, per file in order, its family or why it was not imported, only after the commit.
    public func importFamilies(separately exports: [Data], user: String) -> [Result<UUID, StoreError>] {
        importFamilies(separately: exports.count, user: user) { .success(exports[$0]) }
    }

    /// As `importFamilies(separately:)`, for `count` files that `file` reads when the import
    /// comes to them (on the reading thread), so memory holds a few files, not the caseload.
    /// A file it cannot give is refused alone, with its error.
    public func importFamilies(
        separately count: Int, user: String, file: @escaping @Sendable (Int) -> Result<Data, StoreError>
    ) -> [Result<UUID, StoreError>] {
        guard count > 0 else { return [] }
        let reads = ImportReadAhead(count: count) { index in
            Result { () throws(StoreError) in
                let read = try FamilyExport.decodeKeepingPayloads(try file(index).get())
                guard !read.events.isEmpty else { throw .malformedImport(place: "\"events\"", detail: "no events") }
                return read
            }
        }
        defer { reads.finish() }
        // Nil until the file is decided; a file written but not yet committed is a success.
        var results: [Result<UUID, StoreError>?] = Array(repeating: nil, count: count)
        var families: Set<UUID> = []
        var next = 0
        do {
            try writeImport { writer in
                while next < count {
                    let index = next
                    next += 1
                    let read: FamilyExport.Read
                    switch reads.take(index) {
                    case .failure(let refused):
                        results[index] = .failure(refused)
                        continue
                    case .success(let one): read = one
                    }
                    guard families.insert(read.family).inserted else {
                        results[index] = .failure(.familyExists(read.family))
                        continue
                    }
                    do {
                        try Self.insertImported(read, user: user, writer)
                        results[index] = .success(read.family)
                        reads.discard(read)
                    } catch let refused as StoreError {
                        // Only "already here" is this file's own; any other error ends the transaction.
                        guard case .familyExists = refused else { throw refused }
                        results[index] = .failure(refused)
                    }
                }
            }
        } catch {
            let failure = Self.map(error, path: databasePath)
            // The files not reached still get their own refusal (malformed, a repeat); the rest the failure.
            while next < count {
                let index = next
                next += 1
                switch reads.take(index) {
                case .failure(let refused): results[index] = .failure(refused)
                case .success(let read):
                    results[index] = .failure(families.insert(read.family).inserted ? failure : .familyExists(read.family))
                }
            }
            for index in results.indices where results[index].map({ (try? $0.get()) != nil }) ?? true {
                results[index] = .failure(failure)
            }
        }
        return results.map { $0 ?? .failure(.database("not imported")) }
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
