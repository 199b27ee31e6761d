import TerminalUI

/// What a screen's reduce gives back: effects for the edge and, maybe, something for
/// the shell to act on (leave, open another screen, ask in a dialog).
struct Step<Outcome> {
    var commands: [AppCommand] = []
    var outcome: Outcome?
    /// A paste the focused field could not take whole; the shell says so (nothing was inserted).
    var refusedPaste: PasteRefusal?

    static var none: Step { Step() }
    static func report(_ outcome: Outcome) -> Step { Step(outcome: outcome) }
    static func run(_ commands: [AppCommand]) -> Step { Step(commands: commands) }
    /// The paste did not fit in `editor`, which is as it was.
    static func refused(_ editor: LineEditor) -> Step { Step(refusedPaste: PasteRefusal(editor)) }
    /// `.none`, or the refusal when the paste did not fit.
    static func pasted(_ inserted: Bool, into editor: LineEditor) -> Step { inserted ? .none : .refused(editor) }
}

/// How much the field that refused a paste holds, and how much room it had left.
struct PasteRefusal: Equatable, Sendable {
    var limit: Int
    var room: Int
    init(_ editor: LineEditor) {
        limit = editor.limit
        room = editor.room
    }
}

/// A screen as a feature: its own state, intents and outcomes, a pure reduce, and one
/// key table that drives its keys, its F1 help and its hint line.
protocol ScreenFeature {
    associatedtype State
    associatedtype Intent: Sendable
    associatedtype Outcome

    /// The screen's keys, in help order.
    static var keys: KeyTable<Intent> { get }
    /// The intent for an input event, or nil to ignore it.
    static func intent(for event: InputEvent, _ state: State, _ context: ScreenContext) -> Intent?
    static func reduce(_ state: inout State, _ intent: Intent, _ context: ScreenContext) -> Step<Outcome>
}

extension ScreenFeature {
    /// Screens that take only keys: the key table says what each one means.
    static func intent(for event: InputEvent, _ state: State, _ context: ScreenContext) -> Intent? {
        guard case .key(let press) = event else { return nil }
        return keys.intent(for: press)
    }

    /// Input → intent → reduce.
    static func handle(_ event: InputEvent, _ state: inout State, _ context: ScreenContext) -> Step<Outcome> {
        guard let intent = intent(for: event, state, context) else { return .none }
        return reduce(&state, intent, context)
    }
}

/// One case of `AppState.Screen`: how to take its state out and put it back.
struct ScreenCase<Sub>: Sendable {
    let extract: @Sendable (AppState.Screen) -> Sub?
    let embed: @Sendable (Sub) -> AppState.Screen
}

extension ScreenCase where Sub == HomeState {
    static let home = ScreenCase(extract: { if case .home(let s) = $0 { s } else { nil } }, embed: AppState.Screen.home)
}
extension ScreenCase where Sub == NewFamilyState {
    static let newFamily = ScreenCase(extract: { if case .newFamily(let s) = $0 { s } else { nil } }, embed: AppState.Screen.newFamily)
}
extension ScreenCase where Sub == PromptBrowserState {
    static let promptBrowser = ScreenCase(
        extract: { if case .promptBrowser(let s) = $0 { s } else { nil } },
        embed: AppState.Screen.promptBrowser)
}
extension ScreenCase where Sub == FamilyListState {
    static let familyList = ScreenCase(extract: { if case .familyList(let s) = $0 { s } else { nil } }, embed: AppState.Screen.familyList)
}
extension ScreenCase where Sub == PresenceState {
    static let presence = ScreenCase(extract: { if case .presence(let s) = $0 { s } else { nil } }, embed: AppState.Screen.presence)
}
extension ScreenCase where Sub == SessionState {
    static let session = ScreenCase(extract: { if case .session(let s) = $0 { s } else { nil } }, embed: AppState.Screen.session)
}

extension ScreenCase where Sub == SearchState {
    static let search = ScreenCase(extract: { if case .search(let s) = $0 { s } else { nil } }, embed: AppState.Screen.search)
}

extension ScreenCase where Sub == ReviewState {
    static let review = ScreenCase(extract: { if case .review(let s) = $0 { s } else { nil } }, embed: AppState.Screen.review)
}

extension ScreenCase where Sub == ProgressState {
    static let progress = ScreenCase(extract: { if case .progress(let s) = $0 { s } else { nil } }, embed: AppState.Screen.progress)
}

extension ScreenCase where Sub == CaseloadState {
    static let caseload = ScreenCase(extract: { if case .caseload(let s) = $0 { s } else { nil } }, embed: AppState.Screen.caseload)
}

extension ScreenCase where Sub == PracticeState {
    static let practice = ScreenCase(extract: { if case .practice(let s) = $0 { s } else { nil } }, embed: AppState.Screen.practice)
}

extension ScreenCase where Sub == PracticeRoundState {
    static let practiceRound = ScreenCase(
        extract: { if case .practiceRound(let s) = $0 { s } else { nil } }, embed: AppState.Screen.practiceRound)
}

extension AppState {
    /// Runs `body` on the current screen's state when the screen is `screenCase`, and
    /// writes that state back at once, so the outcome the shell applies afterwards
    /// (another screen, a dialog) always acts on the screen's latest state.
    mutating func scoped<Sub, Result>(_ screenCase: ScreenCase<Sub>, _ body: (inout Sub) -> Result) -> Result? {
        guard var sub = screenCase.extract(screen) else { return nil }
        let result = body(&sub)
        screen = screenCase.embed(sub)
        return result
    }
}
