import KeukentafelDomain
import Foundation
import PromptLibrary
import TerminalUI

/// The four ways into Keukentafel from the home screen.
public enum HomeEntry: Int, CaseIterable, Sendable {
    case newFamily, openFamily, prompts, practice, review

    var label: UIText {
        switch self {
        case .newFamily: return .entryNewFamily
        case .openFamily: return .entryOpenFamily
        case .prompts: return .entryPrompts
        case .practice: return .entryPractice
        case .review: return .entryReview
        }
    }

    var detail: UIText {
        switch self {
        case .newFamily: return .entryNewFamilyDetail
        case .openFamily: return .entryOpenFamilyDetail
        case .prompts: return .entryPromptsDetail
        case .practice: return .entryPracticeDetail
        case .review: return .entryReviewDetail
        }
    }

    /// The shortcut key shown beside the entry.
    var shortcut: Character {
        switch self {
        case .newFamily: return "n"
        case .openFamily: return "o"
        case .prompts: return "b"
        case .practice: return "p"
        case .review: return "r"
        }
    }
}

/// The home screen's own state.
public struct HomeState: Equatable, Sendable {
    public var menu = ScrollList(count: HomeEntry.allCases.count)
    public init() {}
    public var selectedEntry: HomeEntry { HomeEntry(rawValue: menu.selected) ?? .newFamily }
}

/// The new-family form's state.
public struct NewFamilyState: Equatable, Sendable {
    public var form: Form
    public init(language: Language) {
        form = Form([
            Form.Field(label: UIText.fieldFamilyName.text(language),
                       placeholder: UIText.fieldFamilyNamePlaceholder.text(language)),
            Form.Field(label: UIText.fieldMembers.text(language),
                       placeholder: UIText.fieldMembersPlaceholder.text(language)),
        ])
    }
    public var isBlank: Bool { form.fields.allSatisfy { $0.editor.isEmpty } }
}

/// Choosing a family to open.
public struct FamilyListState: Equatable, Sendable {
    public var list: ScrollList
    public init(count: Int) { list = ScrollList(count: count) }
}

/// Choosing who is present before a session starts.
public struct PresenceState: Equatable, Sendable {
    public var record: FamilyRecord
    public var list: ScrollList
    public var present: Set<UUID>
    public init(record: FamilyRecord) {
        self.record = record
        list = ScrollList(count: record.members.count)
        present = Set(record.members.map(\.id))
    }
}

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

/// What a dialog is asking, so its answer can be acted on.
public enum DialogPurpose: Equatable, Sendable {
    case notice
    case discardNewFamily
    case retract(UUID)
    case leaveSession
}

/// The whole application state: one value, changed only by `AppCore.update`.
public struct AppState: Equatable, Sendable {
    public enum Screen: Equatable, Sendable {
        case home(HomeState)
        case newFamily(NewFamilyState)
        case promptBrowser(PromptBrowserState)
        case familyList(FamilyListState)
        case presence(PresenceState)
        case session(SessionState)
    }
    public enum Overlay: Equatable, Sendable {
        case help(HelpOverlay)
        case dialog(Dialog, DialogPurpose)
    }

    public var language: Language
    public var now: LocalTime
    /// The store location as shown to the user (home abbreviated to `~`).
    public var storeDisplay: String
    public var terminalSize: Size
    /// The question library (shipped prompts with the organisation's laid over them).
    public var prompts: PromptCatalog
    /// The families in the store, most recently active first.
    public var families: [FamilyListItem] = []
    public var screen: Screen = .home(HomeState())
    public var overlay: Overlay?
    public var isFinished = false

    public init(language: Language, now: LocalTime, storeDisplay: String, terminalSize: Size,
                prompts: PromptCatalog, families: [FamilyListItem] = [], startupNotice: UIText? = nil) {
        self.families = families
        self.language = language
        self.now = now
        self.storeDisplay = storeDisplay
        self.terminalSize = terminalSize
        self.prompts = prompts
        if let startupNotice {
            overlay = .dialog(Dialog(title: startupNotice.title.text(language), message: startupNotice.text(language),
                                     buttons: [UIText.ok.text(language)]), .notice)
        }
    }

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
}

/// Effects the app asks the edge to carry out.
public enum AppCommand: Equatable, Sendable {
    case createFamily(name: String, members: [String])
    /// Read a family's record and log the opening.
    case openFamily(UUID)
    /// Start session number `number` with these members present.
    case startSession(family: UUID, present: [UUID])
    /// Append these facts to the family's record, durably, in one transaction.
    case append(family: UUID, session: UUID?, payloads: [EventPayload])
}
