import ArgumentParser
import Foundation
import KeukentafelApp
import KeukentafelDomain
import KeukentafelStore

// What the option groups hold, as plain values: the option groups read their values
// through ArgumentParser's property wrappers, which exist only once it has parsed a
// command line; these can also be made by `QuickCommandLine`.

/// `--lang` and `--prompts`.
struct CommonChoices: Equatable {
    var lang: String?
    var prompts: String?

    func language(_ environment: [String: String]) -> Language {
        Language.resolve(option: lang, environment: environment) ?? .en
    }

    func promptsDirectory(_ environment: [String: String]) -> String? {
        if let prompts, !prompts.isEmpty { return prompts }
        if let env = environment["KEUKENTAFEL_PROMPTS"], !env.isEmpty { return env }
        return nil
    }
}

/// `--store` and `--practice`.
struct StoreChoices: Equatable {
    var store: String?
    var practice = false

    func location(_ environment: [String: String]) throws -> StoreLocation {
        guard let location = StoreLocation.resolve(option: store, environment: environment) else {
            throw ValidationError("No store location: set HOME, KEUKENTAFEL_STORE or --store.")
        }
        return practice ? location.practice : location
    }

    /// The home list read without opening the store, when opening would only read
    /// (`EventStore.quickFamilies`); nil when the store must be opened as usual.
    func quickFamilies() -> [FamilySummary]? {
        guard let location = try? location(ProcessInfo.processInfo.environment) else { return nil }
        return EventStore.quickFamilies(directory: location.path)
    }

    /// Opens the store to read only when Keukentafel is already open on it (for commands
    /// that only look); otherwise as `open()`.
    func openForReading() throws -> EventStore {
        try open(readingWhenLocked: true)
    }

    /// Opens the store, or exits with its clear message (status 3).
    func open(readingWhenLocked: Bool = false) throws -> EventStore {
        let location = try location(ProcessInfo.processInfo.environment)
        do {
            do {
                return try EventStore(
                    directory: location.path, folderTightened: Self.tellTightened(location.path),
                    upgrading: Self.tellUpgrading(location.path))
            } catch .locked where readingWhenLocked {
                return try EventStore(readingOnly: location.path)
            }
        } catch {
            complain(error.description)
            throw ExitCode(3)
        }
    }
}

/// `--worker` and `--role`.
struct WorkerChoices: Equatable {
    var worker: String?
    var role: String?

    func identity(_ environment: [String: String]) -> WorkerIdentity {
        WorkerOptions.resolve(option: worker, role: role.flatMap { WorkerRole(rawValue: $0.lowercased()) }, environment)
    }
}

/// `--ascii`, `--no-color` and `--mouse`.
struct DisplayChoices: Equatable {
    var ascii = false
    var noColor = false
    var mouse = false
}
