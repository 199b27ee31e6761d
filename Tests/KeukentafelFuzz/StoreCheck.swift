import Foundation
import KeukentafelDomain
import KeukentafelStore

/// Looks at the stores a run left behind, as the next start of the program would.
enum StoreCheck {
    /// Every store folder under `home` (the store, and the practice store inside it).
    static func storeDirectories(under home: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: home) else { return [] }
        var found: [String] = []
        while let path = walker.nextObject() as? String {
            if (path as NSString).lastPathComponent == EventStore.databaseName {
                found.append((home as NSString).appendingPathComponent((path as NSString).deletingLastPathComponent))
            }
        }
        return found.sorted()
    }

    /// Each store opens (with its own checks) and `PRAGMA integrity_check` says `ok`; the
    /// problems, one per store, or none.
    static func problems(under home: String) -> [String] {
        storeDirectories(under: home).compactMap { directory in
            do {
                let store = try EventStore(directory: directory)
                defer { store.closeStore() }
                let result = try store.integrityCheck()
                return result == "ok" ? nil : "\(directory): integrity_check says \(result)"
            } catch {
                return "\(directory): \(error)"
            }
        }
    }

    /// What the store holds, as text to look for words in: family names and every event's
    /// payload (quotes, notes, genogram people), per store.
    static func contents(of directory: String) throws -> String {
        let store = try EventStore(directory: directory)
        defer { store.closeStore() }
        var text = ""
        for family in try store.families() {
            text += family.name + "\n"
            for event in try store.events(family: family.id) {
                // The payload's description quotes each of its strings whole, tokens included.
                text += "\(event.payload)\n"
            }
        }
        return text
    }
}
