import Foundation
import KeukentafelDomain
import PromptLibrary
import TerminalUI

/// A family as the home screen lists it.
public struct FamilyListItem: Equatable, Sendable {
    public var id: UUID
    public var name: String
    public var sessions: Int
    public init(id: UUID, name: String, sessions: Int) {
        self.id = id
        self.name = name
        self.sessions = sessions
    }
}

/// What a dialog is asking, so the shell can route its answer.
public enum DialogPurpose: Equatable, Sendable {
    case notice
    case discardNewFamily
    case retract(UUID)
    case leaveSession
    /// A capture line that looks like quick entry: back, quick entry, or their words.
    case quickEntryLine
    /// A question about a quick-entry line: back, or one button per option; `answers` are
    /// the options chosen before this question.
    case quickEntryQuestion(line: String, answers: [Int])
}

/// The whole application state: one value, changed only by `AppCore.update`.
public struct AppState: Equatable, Sendable {
    /// The screen on show, each with its own state.
    public enum Screen: Equatable, Sendable {
        case home(HomeState)
        case newFamily(NewFamilyState)
        case promptBrowser(PromptBrowserState)
        case familyList(FamilyListState)
        case presence(PresenceState)
        case session(SessionState)
        case search(SearchState)
        case review(ReviewState)
        case progress(ProgressState)
        case caseload(CaseloadState)
        case practice(PracticeState)
        case practiceRound(PracticeRoundState)
    }
    /// What lies over the screen, taking the keys.
    public enum Overlay: Equatable, Sendable {
        case help(HelpOverlay)
        case dialog(Dialog, DialogPurpose)
    }

    public var language: Language
    public var now: LocalTime
    /// Where the worker is, for the dates of past sessions.
    public var timeZone: TimeZone = .current
    /// Who is working, shown on the home screen.
    public var worker = WorkerIdentity(name: "")
    /// The store location as shown to the user (home abbreviated to `~`).
    public var storeDisplay: String
    public var terminalSize: Size
    /// The question library (shipped prompts with the organisation's laid over them).
    public var prompts: PromptCatalog
    /// The families in the store, most recently active first.
    public var families: [FamilyListItem] = []
    public var screen: Screen = .home(HomeState())
    public var overlay: Overlay?
    /// The live session waiting while the question library (F2), who is present (Alt-H)
    /// or the search (/) is open over it.
    public var parkedSession: SessionState?
    /// Review waiting while the family over time is open over it.
    public var parkedReview: ReviewState?
    /// The caseload waiting while a family chosen on it is in review.
    public var parkedCaseload: CaseloadState?
    public var isFinished = false
    /// Where this laptop stands with the team server; nil when none is configured.
    public var sync: SyncStatus?

    public init(
        language: Language, now: LocalTime, storeDisplay: String, terminalSize: Size,
        prompts: PromptCatalog, families: [FamilyListItem] = [], startupNotice: UIText? = nil,
        worker: WorkerIdentity = WorkerIdentity(name: "")
    ) {
        self.families = families
        self.worker = worker
        self.language = language
        self.now = now
        self.storeDisplay = storeDisplay
        self.terminalSize = terminalSize
        self.prompts = prompts
        if let startupNotice {
            overlay = .dialog(
                Dialog(
                    title: startupNotice.title.text(language), message: startupNotice.text(language),
                    buttons: [UIText.common(.ok).text(language)]), .notice)
        }
    }

    func t(_ text: UIText) -> String { text.text(language) }

    /// What the screens may read of the app, with the environment for ids and time.
    func context(_ env: AppEnvironment) -> ScreenContext {
        ScreenContext(language: language, terminalSize: terminalSize, prompts: prompts, families: families, now: now, env: env)
    }
}

/// What every screen may read: the app-wide facts and the environment. Screens never
/// change the app state themselves; they report outcomes to the shell.
struct ScreenContext {
    var language: Language
    var terminalSize: Size
    var prompts: PromptCatalog
    var families: [FamilyListItem]
    var now: LocalTime
    var env: AppEnvironment

    func t(_ text: UIText) -> String { text.text(language) }
}

/// Everything that can happen to the app.
public enum AppAction: Equatable, Sendable {
    case input(InputEvent)
    case tick(LocalTime)
    /// The edge could not store the family; the form stays filled. The detail says why.
    case familyNotSaved(detail: String)
    /// The store's list of families changed.
    case familiesChanged([FamilyListItem])
    /// A family's record, read from the store (and the opening logged).
    case familyOpened(FamilyRecord)
    /// A session is ready: newly started, or an interrupted one resumed.
    case sessionReady(FamilyRecord, sessionID: UUID, resumed: Bool)
    /// Events were committed; this is the family's record with them.
    case appended(FamilyRecord)
    /// Events could not be written; nothing of them was stored.
    case appendFailed(detail: String)
    /// Reading from the store failed.
    case storeFailed(detail: String)
    /// The store's answer to `AppCommand.search(query)`, newest first.
    case searchResults(query: String, hits: [SearchResult])
    /// A family's whole log for review, to open at `session` (and the step about `subject`) if given.
    case reviewOpened(events: [Event], family: UUID, session: UUID?, subject: UUID?)
    /// Every practice family's whole log (for the trainee's rounds), to show the feedback on `session`.
    case practiceRoundOpened(logs: [[Event]], family: UUID, session: UUID)
    /// Every family's record, for the caseload overview.
    case caseloadLoaded([FamilyRecord])
    /// The team server sync started, finished or failed (the header shows it).
    case syncChanged(SyncStatus)
}

/// Where this laptop stands with the team server, as the header shows it.
public struct SyncStatus: Hashable, Sendable {
    /// The last sync that completed, in the worker's time; nil when none has yet.
    public var last: LocalTime?
    /// A sync runs in the background now.
    public var running: Bool
    /// The last sync failed (the server down, say): the record is safe here, the next sync sends it.
    public var failed: Bool

    public init(last: LocalTime?, running: Bool = false, failed: Bool = false) {
        self.last = last
        self.running = running
        self.failed = failed
    }
}

/// Effects the app asks the edge to carry out. Events are built in the pure core
/// (ids, time, author from the environment); the edge only stores them.
public enum AppCommand: Equatable, Sendable {
    /// Store a new family's first events, then open it.
    case createFamily([Event])
    /// Read a family's record and log the opening.
    case openFamily(UUID)
    /// Store a session's opening events, then answer `sessionReady`.
    case startSession([Event])
    /// Append these events to one family's record, durably, in one transaction.
    case append([Event])
    /// Search every recorded text; answer `searchResults` for this query.
    case search(String)
    /// Read a family's whole log for review (and log the look); answer `reviewOpened`.
    case openReview(family: UUID, session: UUID?, subject: UUID?)
    /// Read every family's record; answer `caseloadLoaded`.
    case loadCaseload
    /// Store a practice family (apart from real families) with its session start; answer `sessionReady`.
    case startPractice([Event])
    /// Read every practice family's log for a round's feedback; answer `practiceRoundOpened`.
    case openPracticeRound(family: UUID, session: UUID)
    /// Ask whether the background sync has finished; answer `syncChanged` when it has.
    case pollSync
}
