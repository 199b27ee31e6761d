import ArgumentParser
import Foundation
import KeukentafelApp
import KeukentafelDomain
import KeukentafelStore
import PromptLibrary
import TerminalNcurses
import TerminalUI

/// The `keukentafel` command: opens the home screen on the default store.
struct Keukentafel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keukentafel",
        abstract: "A conversation assistant for youth and family workers, at the kitchen table.",
        discussion: """
            Opens the home screen on the store at $XDG_DATA_HOME/keukentafel (else \
            ~/.local/share/keukentafel); --store or KEUKENTAFEL_STORE choose another. \
            The language follows LANG (nl* gives Dutch) unless --lang is given. \
            NO_COLOR=1 gives a monochrome screen.
            """,
        version: KeukentafelVersion.current,
        subcommands: [
            FamiliesCommand.self, SearchCommand.self, ExportCommand.self, ImportCommand.self,
            DestroyCommand.self, DemoCommand.self, PromptsCommand.self, CasesCommand.self, PlanCommand.self, ReviewCommand.self,
            PracticeCommand.self, ShareCommand.self, LogCommand.self, RetentionCommand.self, SyncCommand.self, ShareWithCommand.self,
            ServerCommand.self,
        ]
    )

    @OptionGroup var common: CommonOptions

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var workerOptions: WorkerOptions

    @OptionGroup var display: DisplayOptions

    func run() throws {
        try InteractiveApp(
            common: common.choices, storeOptions: storeOptions.choices, workerOptions: workerOptions.choices, display: display.choices
        ).run()
    }
}

/// How the screen is drawn: ASCII, colour, mouse.
struct DisplayOptions: ParsableArguments {
    @Flag(name: .long, help: "Draw lines and symbols in plain ASCII.")
    var ascii = false

    @Flag(name: .customLong("no-color"), help: "Monochrome: no colours (as NO_COLOR).")
    var noColor = false

    @Flag(name: .long, help: "Use the mouse (off by default so text can be selected).")
    var mouse = false

    var choices: DisplayChoices { DisplayChoices(ascii: ascii, noColor: noColor, mouse: mouse) }
}

/// The full-screen app on a store: the home screen, or the screen `first` opens.
struct InteractiveApp {
    var common: CommonChoices
    var storeOptions: StoreChoices
    var workerOptions: WorkerChoices
    var display: DisplayChoices

    /// Runs until the user quits; `first` names what to open before the first frame
    /// (given the open store, so it can look a family up), else the home screen shows.
    func run(first: ((EventStore) throws -> AppCommand)? = nil, screen: ((inout AppState) throws -> Void)? = nil) throws {
        let environment = ProcessInfo.processInfo.environment
        Keukentafel.setLocale(environment)
        let language = common.language(environment)
        let location = try storeOptions.location(environment)
        let noColorEnv = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let useASCII = display.ascii || !Locale.isUTF8
        let clock = SystemClock(fixed: environment["KEUKENTAFEL_CLOCK"])
        // Loaded before the screen opens; a broken organisation file becomes one calm notice.
        let prompts = PromptLoading.load(organisationDirectory: common.promptsDirectory(environment))

        let identity = workerOptions.identity(environment)
        let server = try? ServerOptions.resolve(server: nil, passwordFile: nil, environment)
        // The plain start (the home screen, no team server): when opening the store would only
        // read (`EventStore.quickFamilies`), the home screen is drawn from that reading and the
        // store opened behind it; opening it was a third of the start-up. Otherwise the store
        // opens before the screen, so a locked, foreign or damaged store gets its message on a
        // normal terminal (and the file is left untouched).
        let quickList = first == nil && screen == nil && server == nil ? EventStore.quickFamilies(directory: location.path) : nil
        func openStore() throws(StoreError) -> EventStore {
            try EventStore(
                directory: location.path, folderTightened: StoreChoices.tellTightened(location.path),
                upgrading: StoreChoices.tellUpgrading(location.path))
        }
        func failed(_ error: StoreError) -> ExitCode {
            FileHandle.standardError.write(Data("keukentafel: \(error.description)\n".utf8))
            return ExitCode(3)
        }
        var store: EventStore?
        if quickList == nil {
            do { store = try openStore() } catch { throw failed(error) }
        }
        // Under --practice the store on screen is the practice store itself: rounds go there.
        func makeEffects(_ store: EventStore) -> Effects {
            Effects(store: store, worker: identity.name, practiceDirectory: storeOptions.practice ? nil : location.practice.path)
        }
        var effects = store.map(makeEffects)
        // What to open is found before the terminal changes, so a wrong name is a plain message.
        let firstCommand = try store.flatMap { store in try first?(store) }
        // With a team server configured, each session's end syncs in the background.
        if let store, let effects, let address = server {
            effects.backgroundSync = try? BackgroundSync(
                store: store, practice: storeOptions.practice, user: identity.name, address: address)
        }

        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(options: TerminalOptions(color: !(display.noColor || noColorEnv), mouse: display.mouse))
        } catch {
            FileHandle.standardError.write(Data("keukentafel: \(error.description). Run it in a terminal window.\n".utf8))
            throw ExitCode(2)
        }
        defer { terminal.close() }

        var state = AppState(
            language: language, now: clock.now(),
            storeDisplay: location.display(home: environment["HOME"]),
            terminalSize: terminal.size, prompts: prompts.catalog,
            families: quickList.map(Effects.familyList) ?? effects?.familyList() ?? [],
            startupNotice: prompts.notice, worker: identity)
        state.sync = effects?.backgroundSync?.initialStatus(.current)
        let appEnvironment = AppEnvironment.live(identity)
        try screen?(&state)
        if let firstCommand, let effects {
            for action in effects.perform(firstCommand) { _ = AppCore.update(&state, action, appEnvironment) }
        }
        // Nothing is performed before the loop runs, and by then the store is open.
        let program = AppCore.program(environment: appEnvironment, perform: { effects!.perform($0) }, clock: clock.now)
        let loop = AppLoop(
            program: program, state: state, glyphs: useASCII ? .ascii : .unicode,
            theme: .standard)
        if store == nil {
            loop.redrawIfNeeded(on: terminal)
            do {
                store = try openStore()
            } catch {
                // The message belongs on the normal terminal, after the screen.
                terminal.close()
                throw failed(error)
            }
            effects = store.map(makeEffects)
        }
        // The store's full check, when opening skipped it and one is due, runs beside the
        // first frame; the first write waits for it.
        store?.checkInBackground()
        loop.run(on: terminal, tickMilliseconds: 1000)
    }
}

/// Where the store is: `--store`, `KEUKENTAFEL_STORE`, XDG or HOME.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Store directory.", valueName: "path"))
    var store: String?

    @Flag(name: .long, help: "Use the practice store: role-play families, kept apart from real ones.")
    var practice = false

    var choices: StoreChoices { StoreChoices(store: store, practice: practice) }

    func location(_ environment: [String: String]) throws -> StoreLocation { try choices.location(environment) }

    /// Opens the store to read only when Keukentafel is already open on it (for commands
    /// that only look); otherwise as `open()`.
    func openForReading() throws -> EventStore { try choices.openForReading() }

    /// Opens the store, or exits with its clear message (status 3).
    func open(readingWhenLocked: Bool = false) throws -> EventStore { try choices.open(readingWhenLocked: readingWhenLocked) }
}

extension StoreChoices {
    /// Says on standard error that the store's folder was open to others and no longer is:
    /// once, as the next opening finds it 0700 and says nothing.
    static func tellTightened(_ folder: String) -> (Int) -> Void {
        return { mode in
            complain("the store folder \(folder) was open to others (mode \(String(mode, radix: 8))); it is now 700, for you alone.")
        }
    }

    /// Says why this start takes longer, once: an older store is being brought up to date.
    static func tellUpgrading(_ folder: String) -> () -> Void {
        return { complain("bringing the store in \(folder) up to this version of Keukentafel (once; a large store takes a few seconds)…") }
    }
}

/// The user named in the access log: the worker as `--worker`, the config file or the login name give it.
func currentUser() -> String {
    WorkerOptions.resolve(option: nil, role: nil, ProcessInfo.processInfo.environment).name
}

/// Who is working: `--worker` and `--role`, else `$XDG_CONFIG_HOME/keukentafel/config`
/// (`name:` and `role:` lines), else the login name.
struct WorkerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Your name, recorded as the author of what you record.", valueName: "name"))
    var worker: String?

    @Option(name: .long, help: ArgumentHelp("Your role: worker, supervisor or trainee.", valueName: "role"))
    var role: String?

    func validate() throws {
        if let role, WorkerRole(rawValue: role.lowercased()) == nil {
            throw ValidationError("--role must be worker, supervisor or trainee, not '\(role)'.")
        }
    }

    var choices: WorkerChoices { WorkerChoices(worker: worker, role: role) }

    func identity(_ environment: [String: String]) -> WorkerIdentity { choices.identity(environment) }

    static func resolve(option: String?, role: WorkerRole?, _ environment: [String: String]) -> WorkerIdentity {
        let config = configPath(environment).flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
        return WorkerIdentity.resolve(option: option, roleOption: role, config: config, loginName: loginName(environment))
    }

    /// `$XDG_CONFIG_HOME/keukentafel/config`, else `~/.config/keukentafel/config`.
    static func configPath(_ environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/keukentafel/config" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/keukentafel/config"
    }

    /// `$USER`, `$LOGNAME`, else the account's name from the password database (set even
    /// when the environment is bare, as under cron or a service).
    static func loginName(_ environment: [String: String]) -> String? {
        if let user = environment["USER"], !user.isEmpty { return user }
        if let user = environment["LOGNAME"], !user.isEmpty { return user }
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }
}

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Language: nl or en (default from LANG).", valueName: "nl|en"))
    var lang: String?

    @Option(
        name: .long,
        help: ArgumentHelp("An organisation's prompt folder laid over the shipped prompts (also KEUKENTAFEL_PROMPTS).", valueName: "dir"))
    var prompts: String?

    func validate() throws {
        if let lang, Language(rawValue: lang.lowercased()) == nil {
            throw ValidationError("--lang must be nl or en, not '\(lang)'.")
        }
    }

    var choices: CommonChoices { CommonChoices(lang: lang, prompts: prompts) }

    func language(_ environment: [String: String]) -> Language { choices.language(environment) }

    func promptsDirectory(_ environment: [String: String]) -> String? { choices.promptsDirectory(environment) }
}

extension Keukentafel {
    /// Takes the user's locale; when it names UTF-8 but is not installed (a common case
    /// with `nl_NL.UTF-8` on minimal systems), falls back to `C.UTF-8` rather than ASCII.
    static func setLocale(_ environment: [String: String]) {
        if setlocale(LC_ALL, "") != nil { return }
        let wanted = ["LC_ALL", "LC_CTYPE", "LANG"].compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        if wanted.lowercased().contains("utf-8") || wanted.lowercased().contains("utf8") {
            if setlocale(LC_ALL, "C.UTF-8") != nil { return }
        }
        setlocale(LC_ALL, "C")
    }
}

/// The program's version, shown by `--version`.
enum KeukentafelVersion {
    static let current = "0.2.0"
}

extension Locale {
    /// True when the C library's current locale uses UTF-8 (checked after `setlocale`).
    static var isUTF8: Bool {
        guard let cs = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: cs).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
