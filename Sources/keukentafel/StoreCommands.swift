import ArgumentParser
import Diagrams
import Foundation
import Genealogy
import KeukentafelDomain
import KeukentafelStore
import TeamServer

/// Writes `text` to standard error with the program's name.
func complain(_ text: String) {
    FileHandle.standardError.write(Data("keukentafel: \(text)\n".utf8))
}

/// Runs a store action, turning store errors into their message and exit status 3.
func storeAction<T>(_ body: () throws(StoreError) -> T) throws -> T {
    do { return try body() } catch {
        complain(error.description)
        throw ExitCode(3)
    }
}

/// As `storeAction`, for an import: the message says that nothing of the file was imported.
func importAction<T>(_ body: () throws(StoreError) -> T) throws -> T {
    do { return try body() } catch {
        complain(error.importDescription)
        throw ExitCode(3)
    }
}

private func iso(_ d: Date) -> String { ISOTime.text(d) }

private func jsonLine(_ object: Any) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
}

/// `keukentafel families [--json]`.
struct FamiliesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "families", abstract: "List the families in the store.")
    @OptionGroup var storeOptions: StoreOptions
    @Flag(name: .long, help: "Machine-readable output.") var json = false

    func run() throws { try Self.list(storeOptions.choices, json: json) }

    /// Prints the families of the store `choices` names.
    static func list(_ choices: StoreChoices, json: Bool) throws {
        let families: [FamilySummary]
        if let quick = choices.quickFamilies() {
            families = quick
        } else {
            let store = try choices.openForReading()
            families = try storeAction { () throws(StoreError) in try store.families() }
        }
        if json {
            print(
                jsonLine(
                    families.map { f -> [String: Any] in
                        [
                            "id": f.id.uuidString, "name": f.name, "sessions": f.sessionCount, "events": f.eventCount,
                            "lastActivity": f.lastActivity.map(iso) ?? NSNull(),
                        ]
                    }))
            return
        }
        if families.isEmpty {
            print("No families yet. `keukentafel demo` creates a fictional one to look at.")
            return
        }
        let width = TextColumns.width(of: families.lazy.map(\.name))
        for f in families {
            let last = f.lastActivity.map(iso) ?? "-"
            let sessions = f.sessionCount == 1 ? "1 session " : "\(f.sessionCount) sessions"
            let events = f.eventCount == 1 ? "1 event" : "\(f.eventCount) events"
            let name = TextColumns.padded(f.name, to: width)
            print("\(f.id.uuidString.prefix(8))  \(name)  \(sessions)  \(events)  last \(last)")
        }
    }
}

/// `keukentafel search TEXT [--json]`.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract:
            "Search every recorded text: words, notes, goals, agreements, scales, names (case and accents do not matter: zoe finds Zoë).")
    @OptionGroup var storeOptions: StoreOptions
    /// Everything that is not one of the command's options, `--` included, so a word such as
    /// `-zoe` is a word to find, not an unknown option.
    @Argument(parsing: .allUnrecognized, help: "Words to find (all must occur); a word may start with -, and after -- even with --.")
    var text: [String]
    @Flag(name: .long, help: "Machine-readable output.") var json = false

    func validate() throws {
        if let option = SearchCommand.misspelledOption(text) {
            throw ValidationError(
                "'\(option)' is not an option of search. To find it as a word, put -- before the words: keukentafel search -- \(option)")
        }
        if SearchCommand.words(text).isEmpty { throw ValidationError("Give the words to find: keukentafel search WORDS…") }
    }

    /// The words to find: the first `--` only separates, what follows it is all words.
    static func words(_ text: [String]) -> [String] {
        guard let end = text.firstIndex(of: "--") else { return text }
        return Array(text[..<end]) + text[(end + 1)...]
    }

    /// A `--word` before any `--` is more likely a mistyped option (`--jsno`) than a word.
    static func misspelledOption(_ text: [String]) -> String? {
        text.prefix { $0 != "--" }.first { $0.hasPrefix("--") }
    }

    func run() throws {
        let store = try storeOptions.openForReading()
        let hits = try storeAction { () throws(StoreError) in
            let hits = try store.search(SearchCommand.words(text).joined(separator: " "))
            // Whose words a search shows is logged (never the words searched for), once per family.
            var families: [UUID] = []
            for hit in hits where !families.contains(hit.familyID) { families.append(hit.familyID) }
            try store.logAccess(families: families, action: "search", user: currentUser())
            return hits
        }
        if json {
            print(
                jsonLine(
                    hits.map { h -> [String: Any] in
                        [
                            "family": h.familyID.uuidString, "familyName": h.familyName, "session": h.sessionNumber ?? NSNull(),
                            "kind": h.kind.rawValue, "speaker": h.speaker ?? NSNull(), "workerNote": h.isWorkerNote, "time": iso(h.time),
                            "text": h.text,
                        ]
                    }))
            return
        }
        for h in hits {
            // The family's words carry their speaker; everything else says what it is.
            let who = h.kind == .words ? (h.speaker ?? "?") : "[\(h.kind.rawValue)]"
            print("\(h.familyName) · session \(h.sessionNumber.map(String.init) ?? "-") · \(iso(h.time)) · \(who): \(h.text)")
        }
        print("\(hits.count) found")
    }
}

/// `keukentafel export FAMILY --format json [-o FILE]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export a family's complete record.")
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The family: its name, part of it, or its id.") var family: String
    @Option(name: .long, help: "Export format: json (the complete record); gedcom, dot or svg (the genogram).") var format: String = "json"
    @OptionGroup var output: OutputOptions
    /// The same group (and name) as the root command's: a `--lang` of its own was taken by the root and never reached here.
    @OptionGroup var common: CommonOptions
    @Flag(name: .long, help: "Replace every name, shift every date and replace every id (for supervision and training).")
    var pseudonymise = false

    func validate() throws {
        guard ["json", "gedcom", "dot", "svg"].contains(format) else { throw ValidationError("--format must be json, gedcom, dot or svg.") }
    }

    func run() throws {
        let store = try storeOptions.open()
        let (id, json) = try storeAction { () throws(StoreError) in
            let id = try store.findFamily(family).id
            return (id, try store.export(family: id, user: currentUser()))
        }
        let data: Data
        if pseudonymise {
            let language = common.language(ProcessInfo.processInfo.environment)
            let events = try Pseudonymising.events(
                try storeAction { () throws(StoreError) in try store.events(family: id) }, language: language)
            let family = events.first?.familyID ?? id
            data =
                format == "json" ? try FamilyExport.encode(family: family, events: events) : rendered(FamilyRecord.replay(family, events))
        } else if format == "json" {
            data = json
        } else {
            data = rendered(try storeAction { () throws(StoreError) in try store.record(family: id) })
        }
        try output.write(data, newlineOnTerminal: true)
    }

    /// The genogram formats, from a record (the stored one, or its pseudonymised copy).
    private func rendered(_ record: FamilyRecord) -> Data {
        switch format {
        case "dot": return Data(GenogramExport.dot(name: record.name, record.genogram).utf8)
        case "svg":
            let year = Calendar(identifier: .gregorian).component(.year, from: Date())
            let language = common.language(ProcessInfo.processInfo.environment)
            return Data(GenogramExport.svg(name: record.name, record.genogram, year: year, language: language).utf8)
        default: return Data(GedcomExport.text(name: record.name, genogram: record.genogram).utf8)
        }
    }
}

/// `keukentafel import FILE.json`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Import a family: an export of Keukentafel (.json), a bundle of families (.ktb) or a genealogy file (.ged GEDCOM 5.5 or 7, .gramps Gramps XML)."
    )
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The file, or several Keukentafel exports (.json) to import together.") var files: [String] = []
    @Option(name: .long, help: "For GEDCOM and Gramps: the family's name in Keukentafel (default: the file's name).") var name: String?
    @Option(
        name: .customLong("passphrase-file"),
        help: ArgumentHelp("For a bundle (.ktb): read its passphrase from this file.", valueName: "file"))
    var passphraseFile: String?

    /// The one file, when only one is given.
    private var file: String { files[0] }

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give the file to import.") }
    }

    func run() throws {
        if files.count > 1 { return try importTogether() }
        if BundleImport.isBundle(file) { return try BundleImport.run(file, passphraseFile: passphraseFile, store: storeOptions) }
        // What the file is, judged from its first bytes and size before it is read whole.
        let input = try ImportFile.read(file)
        let data = input.data
        let store = try storeOptions.open()
        if input.format == .gedcom {
            try importGedcom(data, into: store)
            return
        }
        if input.format == .gramps {
            try importGramps(data, into: store)
            return
        }
        let id = try importAction { () throws(StoreError) in try store.importFamily(data, user: currentUser()) }
        print("Imported family \(id.uuidString).")
    }

    /// Several exports at once (a caseload moving to a new laptop): each file all or
    /// nothing and answered on its own, written in one transaction (a disk sync per file
    /// was most of importing them one by one). Every file's first bytes and size are
    /// checked before anything is imported; each is read whole only when the import comes
    /// to it, so memory holds a few files, not the caseload.
    private func importTogether() throws {
        for path in files {
            let input = BundleImport.isBundle(path) ? nil : try ImportFile.read(path, whole: false)
            guard let input, input.format == .json else {
                complain(
                    "\(path): only Keukentafel exports (.json) are imported together; import a bundle or a genealogy file on its own. Nothing was imported."
                )
                throw ExitCode(3)
            }
        }
        let store = try storeOptions.open()
        let paths = files
        let results = store.importFamilies(separately: paths.count, user: currentUser()) { index in
            // A file changed since its check: it is refused alone, saying why.
            switch ImportFile.load(paths[index]) {
            case .success(let file) where file.format == .json: .success(file.data)
            case .success: .failure(.inaccessible(path: paths[index], detail: "it is no longer a Keukentafel export"))
            case .failure(let problem): .failure(.inaccessible(path: paths[index], detail: problem.message))
            }
        }
        var refused = 0
        for (path, result) in zip(files, results) {
            switch result {
            case .success(let id): print("Imported family \(id.uuidString) from \(path).")
            case .failure(let error):
                complain("\(path): \(error.importDescription)")
                refused += 1
            }
        }
        if refused > 0 { throw ExitCode(3) }
    }

    /// A Gramps database (its XML, unpacked by `ImportFile` when it was compressed).
    private func importGramps(_ xml: Data, into store: EventStore) throws {
        guard let g = GrampsXML.genogram(xml) else {
            complain("\(file): not a readable Gramps XML file. Nothing was imported.")
            throw ExitCode(3)
        }
        try save((g.persons, g.couples, g.childLinks), into: store)
    }

    /// A genealogy file becomes a new family whose genogram holds its persons and families.
    private func importGedcom(_ data: Data, into store: EventStore) throws {
        var ids = SystemIDs()
        let genogram: (persons: [GenogramPerson], couples: [GenogramCouple], links: [GenogramChildLink])
        do {
            genogram = try GedcomImport.genogram(data, ids: &ids)
        } catch {
            complain("\(file): \(error.description). Nothing was imported.")
            throw ExitCode(3)
        }
        try save(genogram, into: store)
    }

    private func save(
        _ genogram: (persons: [GenogramPerson], couples: [GenogramCouple], links: [GenogramChildLink]), into store: EventStore
    ) throws {
        let family = UUID()
        let now = Date()
        let user = currentUser()
        let title = name ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        var events = [Event(familyID: family, time: now, author: user, payload: .familyCreated(.init(name: title)))]
        events += genogram.persons.map { Event(familyID: family, time: now, author: user, payload: .genogramPersonSet($0)) }
        events += genogram.couples.map { Event(familyID: family, time: now, author: user, payload: .genogramCoupleSet($0)) }
        events += genogram.links.map { Event(familyID: family, time: now, author: user, payload: .genogramChildLinked($0)) }
        try importAction { () throws(StoreError) in
            try store.append(events)
            try store.logAccess(family: family, action: "import", user: user)
        }
        print("Imported \"\(title)\": \(genogram.persons.count) persons, \(genogram.couples.count) families.")
    }
}

/// `keukentafel destroy FAMILY [--yes]`.
struct DestroyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "destroy", abstract: "Destroy a family's record for good (right to destruction).")
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The family: its whole name or its id (never a part of either).") var family: String
    @Flag(name: .long, help: "Do not ask for confirmation (for scripts).") var yes = false
    @OptionGroup var serverOptions: ServerOptions

    func run() throws {
        let store = try storeOptions.open()
        let server = try serverOptions.address(ProcessInfo.processInfo.environment)
        let found = try storeAction { () throws(StoreError) in try store.findFamilyExactly(family) }
        if !yes {
            print("This removes every word, session and note of \"\(found.name)\" (\(found.eventCount) events) for good.")
            print("Type the family's name to confirm: ", terminator: "")
            guard let answer = readLine(), answer.trimmingCharacters(in: .whitespaces) == found.name else {
                print("Not confirmed; nothing was destroyed.")
                throw ExitCode(1)
            }
        }
        try storeAction { () throws(StoreError) in try store.destroy(family: found.id, user: currentUser()) }
        print("Destroyed. The access log records that it happened, not what it held.")
        guard let server else { return }
        // The team server forgets it now if it can; else at the next sync (the log line waits for it).
        let engine = SyncEngine(store: store, practice: storeOptions.practice, user: currentUser())
        do {
            let report = try runBlocking { try await engine.sendDestroys(server) }
            if report.destroyedThere.contains(found.id) {
                print("Destroyed on the team server too; other laptops drop it at their next sync.")
            } else if let why = report.destroyRefused[found.id] {
                print("The team server kept it (\(why == "not-owner" ? "only its owner or their supervisor may destroy it there" : why)).")
            } else {
                print("It was not on the team server.")
            }
        } catch {
            print("The team server could not be told now (\(error)); the next `keukentafel sync` destroys it there.")
        }
    }
}

/// `keukentafel demo [--no-open]`.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Create a fictional demo family with three sessions, then open Keukentafel.")
    @OptionGroup var storeOptions: StoreOptions
    @Flag(name: .customLong("no-open"), help: "Only create it.") var noOpen = false

    func run() throws {
        let store = try storeOptions.open()
        let events = DemoFamily.events(now: Date(), worker: currentUser(), seed: UInt64.random(in: 1...UInt64.max))
        try storeAction { () throws(StoreError) in try store.append(events) }
        print("Created \"\(DemoFamily.name)\" (\(events[0].familyID.uuidString.prefix(8))), \(events.count) events.")
        store.closeStore()
        if !noOpen {
            let root = try Keukentafel.parse(["--store", try storeOptions.location(ProcessInfo.processInfo.environment).path])
            try root.run()
        }
    }
}
