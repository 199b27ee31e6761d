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
}
