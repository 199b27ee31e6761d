import Foundation

/// Why the store could not do what was asked, in words a worker can act on.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// Another Keukentafel has the store open.
    case locked(path: String)
    /// Another connection holds the store's lock: a large import keeps readers out until it ends.
    case busy(path: String)
    /// The file is not a Keukentafel store (another program's file, or not SQLite at all).
    case foreign(path: String)
    /// The file is damaged.
    case corrupt(path: String, detail: String)
    /// The directory or file cannot be created, read or written.
    case inaccessible(path: String, detail: String)
    /// The disk is full or the store may not grow; nothing was written.
    case full(detail: String)
    /// Another failure of the database, with SQLite's own words.
    case database(String)
    case familyNotFound(String)
    case familyAmbiguous(String, matches: [String])
    /// No family has this whole name or id (an irreversible action takes no part of one).
    case familyNotExact(String)
    /// Several families have this whole name; the id tells them apart.
    case familyNameShared(String, ids: [String])
    case familyExists(UUID)
    /// A malformed import file; `place` says where in the file.
    case malformedImport(place: String, detail: String)
    case unreadableEvent(seq: Int64, detail: String)

    /// The message when an import failed: nothing of the file is in the store.
    public var importDescription: String {
        guard case .full(let d) = self else { return description }
        return "The disk is full or the store may not grow (\(d)). Nothing was imported; make room and import the file again."
    }

    public var description: String {
        switch self {
        case .locked(let p):
            return "The store \(p) is in use by another Keukentafel. Close that one first (or use --store for another store)."
        case .busy(let p):
            return "The store \(p) is busy: another Keukentafel is writing to it, most likely importing. Try again when it has finished."
        case .foreign(let p):
            return "\(p) is not a Keukentafel store. It was left untouched. Choose another folder with --store, or move the file away."
        case .corrupt(let p, let d):
            return
                "The store \(p) is damaged (\(d)). It was left untouched. Keep a copy of it and restore the latest backup; do not delete it."
        case .inaccessible(let p, let d):
            return "Cannot use \(p): \(d)."
        case .full(let d):
            return
                "The disk is full or the store may not grow (\(d)). Nothing was lost: the entry is kept and saved as soon as there is room."
        case .database(let d):
            return "The store reported an error: \(d)."
        case .familyNotFound(let f):
            return "No family matches '\(f)'. `keukentafel families` lists them."
        case .familyAmbiguous(let f, let m):
            return "'\(f)' matches several families (\(m.joined(separator: ", "))); use more of the name or the id."
        case .familyNotExact(let f):
            return
                "No family has '\(f)' as its whole name or id. This needs the family's whole name or id, never a part of it; `keukentafel families --json` lists both."
        case .familyNameShared(let f, let ids):
            return "Several families are named '\(f)'; give the id of the one you mean: \(ids.joined(separator: ", "))."
        case .familyExists(let id):
            return "Family \(id.uuidString) is already in this store; nothing was imported."
        case .malformedImport(let place, let d):
            return "The import file is malformed at \(place): \(d). Nothing was imported."
        case .unreadableEvent(let seq, let d):
            return "Event \(seq) in the store cannot be read (\(d))."
        }
    }
}
