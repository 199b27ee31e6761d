import ArgumentParser
import KeukentafelDomain
import KeukentafelStore

/// The two command lines nearly every run is, `keukentafel [options]` (the screen) and
/// `keukentafel families [options]`, read without ArgumentParser: building its picture
/// of every command's options looks each option's type up in the program's 9,500
/// protocol conformances, a third of the time to the first frame.
///
/// Only exact forms are taken: each option once, its value a separate word that does not
/// start with "-", `--lang` and `--role` valid. Anything else (help, the version, other
/// commands, `--store=…`, a repeat, a mistake) is nil and goes to ArgumentParser, which
/// reads it and words its errors as always. A test holds both readings equal.
enum QuickCommandLine: Equatable {
    case interactive(CommonChoices, StoreChoices, WorkerChoices, DisplayChoices)
    case families(StoreChoices, json: Bool)

    init?(_ arguments: [String]) {
        var words = arguments[...]
        let families = words.first == "families"
        if families { words = words.dropFirst() }
        var common = CommonChoices()
        var store = StoreChoices()
        var worker = WorkerChoices()
        var display = DisplayChoices()
        var json = false
        var seen: Set<String> = []
        while let word = words.popFirst() {
            guard seen.insert(word).inserted else { return nil }
            func value() -> String? {
                guard let value = words.popFirst(), !value.hasPrefix("-") else { return nil }
                return value
            }
            switch (word, families) {
            case ("--store", _):
                guard let value = value() else { return nil }
                store.store = value
            case ("--practice", _): store.practice = true
            case ("--json", true): json = true
            case ("--lang", false):
                guard let value = value(), Language(rawValue: value.lowercased()) != nil else { return nil }
                common.lang = value
            case ("--prompts", false):
                guard let value = value() else { return nil }
                common.prompts = value
            case ("--worker", false):
                guard let value = value() else { return nil }
                worker.worker = value
            case ("--role", false):
                guard let value = value(), WorkerRole(rawValue: value.lowercased()) != nil else { return nil }
                worker.role = value
            case ("--ascii", false): display.ascii = true
            case ("--no-color", false): display.noColor = true
            case ("--mouse", false): display.mouse = true
            default: return nil
            }
        }
        self = families ? .families(store, json: json) : .interactive(common, store, worker, display)
    }

    func run() throws {
        switch self {
        case .interactive(let common, let store, let worker, let display):
            try InteractiveApp(common: common, storeOptions: store, workerOptions: worker, display: display).run()
        case .families(let store, let json):
            try FamiliesCommand.list(store, json: json)
        }
    }
}

/// The program: the common command lines read quickly, the rest by ArgumentParser.
@main
enum EntryPoint {
    static func main() {
        SQLiteSetup.setUp()
        guard let quick = QuickCommandLine(Array(CommandLine.arguments.dropFirst())) else { return Keukentafel.main() }
        do {
            try quick.run()
        } catch {
            // As ArgumentParser ends a command that failed: its message, its exit status.
            Keukentafel.exit(withError: error)
        }
    }
}
