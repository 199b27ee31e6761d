import Foundation
import KeukentafelApp
import KeukentafelDomain
import PromptLibrary
import ShippedPrompts
import TerminalUI

/// Fixed inputs for app tests and golden screens: a known time and store path.
public enum AppFixtures {
    public static let now = LocalTime(year: 2026, month: 11, day: 23, weekday: 2, hour: 14, minute: 5)

    /// The shipped catalogue, loaded once.
    public static let catalog = PromptCatalog(shipped: ShippedPrompts.files)

    /// The shipped prompts with an organisation's files laid over them.
    public static func catalog(organisation: [PromptFile]) -> PromptCatalog {
        PromptCatalog(shipped: ShippedPrompts.files, organisation: organisation)
    }

    /// The app on the home screen, for a fictional worker, with dates in Dutch time.
    public static func state(_ language: Language = .nl, size: Size = Size(width: 80, height: 24)) -> AppState {
        var s = AppState(
            language: language, now: now, storeDisplay: "~/.local/share/keukentafel", terminalSize: size, prompts: catalog,
            worker: WorkerIdentity(name: "Marieke", role: .worker))
        s.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        return s
    }

    /// A repeatable environment: ids from `seed` (a fresh seed by default, so ids never
    /// repeat across calls in one test), the clock standing 12½ minutes into the fixture's
    /// open session.
    public static func environment(seed: UInt64 = .random(in: 1...UInt64.max)) -> AppEnvironment {
        .fixed(seed: seed, now: SessionFixtures.sessionNow, worker: "test")
    }

    /// One action through `update`.
    @discardableResult
    public static func update(_ state: inout AppState, _ action: AppAction) -> [AppCommand] {
        AppCore.update(&state, action, environment())
    }

    /// Runs keys and other events through `update`, collecting the commands.
    @discardableResult
    public static func send(_ events: [InputEvent], to state: inout AppState) -> [AppCommand] {
        events.flatMap { update(&state, .input($0)) }
    }

    public static func keys(_ s: String) -> [InputEvent] { s.map { .key(.char($0)) } }

    /// Renders the state at its own terminal size.
    public static func render(_ state: AppState, glyphs: Glyphs = .unicode, size: Size? = nil) -> Canvas {
        var state = state
        if let size { state.terminalSize = size }
        var canvas = Canvas(size: state.terminalSize, glyphs: glyphs)
        AppView.render(state, &canvas)
        return canvas
    }
}
