import ArgumentParser
import Foundation
import KeukentafelDomain
import KeukentafelStore

/// `keukentafel log [--family F] [--since DATE] [--json]`: the access log, oldest first.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Who opened, exported, shared, imported, searched or destroyed which family, and when (the access log).")
    @OptionGroup var storeOptions: StoreOptions
    @Option(
        name: .long, help: ArgumentHelp("Only this family: its name, part of it, or (also once destroyed) its id.", valueName: "family"))
    var family: String?
    @Option(name: .long, help: ArgumentHelp("Only from this day (YYYY-MM-DD, local time) or moment (ISO 8601).", valueName: "date"))
    var since: String?
    @Flag(name: .long, help: "Machine-readable output.") var json = false
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if let since, Self.date(since) == nil {
            throw ValidationError("--since takes a date such as 2026-11-23 (or 2026-11-23T14:05:00Z).")
        }
    }

    /// A day (from its local midnight) or a full ISO 8601 moment.
    static func date(_ text: String) -> Date? {
        if let moment = ISO8601DateFormatter().date(from: text) { return moment }
        let day = DateFormatter()
        day.locale = Locale(identifier: "en_US_POSIX")
        day.dateFormat = "yyyy-MM-dd"
        day.isLenient = false
        return day.date(from: text)
    }

    func run() throws {
        let language = common.language(ProcessInfo.processInfo.environment)
        let store = try storeOptions.openForReading()
        let lines = try storeAction { () throws(StoreError) -> [AccessLogLine] in
            var id: UUID?
            if let family {
                // A destroyed family is no longer in the store; the log still knows its id.
                let logged = try store.loggedFamilies(matching: family)
                if logged.count == 1, (try? store.findFamily(family)) == nil {
                    id = logged[0]
                } else {
                    id = try store.findFamily(family).id
                }
            }
            return try store.accessLogLines(family: id, since: since.flatMap(Self.date))
        }
        if json {
            let rows = lines.map { line -> [String: Any] in
                [
                    "time": line.entry.time.ISO8601Format(), "user": line.entry.user, "family": line.entry.familyID.uuidString,
                    "familyName": line.familyName ?? NSNull(), "action": line.entry.action,
                ]
            }
            let data = (try? JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])) ?? Data()
            print(String(decoding: data, as: UTF8.self))
            return
        }
        if lines.isEmpty {
            print(tr(language, nl: "Het toegangslogboek is leeg (voor deze keuze).", en: "The access log is empty (for this choice)."))
            return
        }
        let time = DateFormatter()
        time.locale = Locale(identifier: "en_US_POSIX")
        time.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let userWidth = TextColumns.width(of: lines.lazy.map(\.entry.user))
        let actionWidth = TextColumns.width(of: lines.lazy.map(\.entry.action))
        let destroyed = tr(language, nl: "(vernietigd)", en: "(destroyed)")
        for line in lines {
            let who = TextColumns.padded(line.entry.user, to: userWidth)
            let what = TextColumns.padded(line.entry.action, to: actionWidth)
            let id = line.entry.familyID.uuidString.prefix(8)
            print("\(time.string(from: line.entry.time))  \(who)  \(what)  \(id)  \(line.familyName ?? destroyed)")
        }
    }
}

/// `keukentafel retention [--years N]`: families past the retention term, with the next step.
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Families whose last activity is older than the retention term (20 years under the Jeugdwet), with the next step.")
    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .long, help: "The retention term in years.") var years: Int = 20
    @Flag(name: .long, help: "Machine-readable output.") var json = false
    @OptionGroup var common: CommonOptions

    func validate() throws {
        if years < 1 { throw ValidationError("--years is a whole number of years, 1 or more.") }
    }

    func run() throws {
        let language = common.language(ProcessInfo.processInfo.environment)
        let store = try storeOptions.openForReading()
        let now = Date()
        guard let limit = Calendar(identifier: .gregorian).date(byAdding: .year, value: -years, to: now) else { return }
        let families = try storeAction { () throws(StoreError) in try store.families() }
        // A family without any recorded time counts from its creation, else as overdue.
        let due = families.filter { ($0.lastActivity ?? $0.created ?? .distantPast) < limit }
            .sorted { ($0.lastActivity ?? .distantPast) < ($1.lastActivity ?? .distantPast) }
        if json {
            let rows = due.map { f -> [String: Any] in
                ["id": f.id.uuidString, "name": f.name, "lastActivity": f.lastActivity.map { $0.ISO8601Format() } ?? NSNull()]
            }
            let data = (try? JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])) ?? Data()
            print(String(decoding: data, as: UTF8.self))
            return
        }
        guard !due.isEmpty else {
            print(
                tr(
                    language, nl: "Geen gezinnen met een laatste activiteit van meer dan \(years) jaar geleden.",
                    en: "No families whose last activity is more than \(years) years ago."))
            return
        }
        print(
            tr(
                language, nl: "\(due.count) \(due.count == 1 ? "gezin" : "gezinnen") over de bewaartermijn van \(years) jaar:",
                en: "\(due.count) \(due.count == 1 ? "family" : "families") past the retention term of \(years) years:"))
        for f in due {
            let last = f.lastActivity.map { String($0.ISO8601Format().prefix(10)) } ?? "-"
            let id = f.id.uuidString
            print("")
            print("  \(f.name)  (\(id.prefix(8)))  " + tr(language, nl: "laatste activiteit \(last)", en: "last activity \(last)"))
            print(
                "    1. "
                    + tr(
                        language, nl: "exporteer voor het archief: keukentafel export \(id) -o \(id.prefix(8)).json",
                        en: "export for the archive: keukentafel export \(id) -o \(id.prefix(8)).json")
                    + tr(language, nl: " (versleuteld: ", en: " (encrypted: ") + "keukentafel share \(id) -o \(id.prefix(8)).ktb)")
            print("    2. " + tr(language, nl: "dan vernietigen: keukentafel destroy \(id)", en: "then destroy: keukentafel destroy \(id)"))
        }
    }
}
