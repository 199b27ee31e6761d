import KeukentafelDomain
import PromptLibrary
import TerminalUI

/// The prompt browser: search by words, filter by phase and audience, read a prompt.
/// The live conversation opens it (F2) to pick the next question.
public struct PromptBrowserState: Equatable, Sendable {
    public var search = LineEditor(limit: LineEditor.searchLimit)
    public var phase: Phase?
    public var audience: Audience = .everyone
    public var list = ScrollList(count: 0)
    /// Ids of the prompts that match, in display order.
    public private(set) var results: [String] = []
    /// The chosen prompt across the whole width (also the only way to read it when narrow).
    public var fullView = false
    public var detailScroll = 0
    /// Opened from a live session (F2): Enter picks the question for its card.
    public var picking = false

    public init(catalog: PromptCatalog, language: Language, phase: Phase? = nil, picking: Bool = false) {
        self.phase = phase
        self.picking = picking
        refresh(catalog, language)
    }

    /// Recomputes the matches after the search or a filter changed.
    public mutating func refresh(_ catalog: PromptCatalog, _ language: Language) {
        let previous = selectedID
        results = catalog.filter(language, phase: phase, audience: audience, words: search.text).map(\.id)
        list.setCount(results.count)
        if let previous, let i = results.firstIndex(of: previous) { list.select(i) } else { list.select(0) }
        detailScroll = 0
    }

    public var selectedID: String? { results.indices.contains(list.selected) ? results[list.selected] : nil }

    public func selected(_ catalog: PromptCatalog, _ language: Language) -> Prompt? {
        selectedID.flatMap { catalog.prompt($0, language) }
    }

    /// The next phase filter: all → welcome → … → closing → all (or backwards).
    mutating func cyclePhase(forward: Bool) {
        let all: [Phase?] = [nil] + Phase.allCases.map { Optional($0) }
        let i = all.firstIndex(of: phase) ?? 0
        phase = all[(i + (forward ? 1 : all.count - 1)) % all.count]
    }

    mutating func cycleAudience() {
        let all = Audience.allCases
        audience = all[((all.firstIndex(of: audience) ?? 0) + 1) % all.count]
    }
}

/// The question library: type to search, filter by phase and audience, read in full.
enum PromptBrowserFeature: ScreenFeature {
    enum Intent: Sendable {
        case type(KeyPress)
        case paste(String)
        case move(KeyPress)
        case cyclePhase(forward: Bool)
        case cycleAudience
        case choose
        case back
        case scrollDetail(KeyPress)
        case closeDetail
        case mouse(MouseEvent)
    }

    enum Outcome: Equatable {
        case back
        /// A question chosen for the live session's card (only when `picking`).
        case picked(promptID: String)
    }

    static let keys = KeyTable<Intent>([
        .documented("a-z …", .promptBrowser(.helpSearch)),
        KeyBinding(
            "↑ ↓  PgUp PgDn", .promptBrowser(.helpListMove), match: { [.up, .down, .pageUp, .pageDown].contains($0.key) ? .move($0) : nil }),
        KeyBinding(
            "Tab  Shift-Tab", .promptBrowser(.helpPhaseFilter), hints: [KeyHint(.promptBrowser(.hintPhase), order: 0, key: "Tab")],
            match: { press in
                press.key == .tab ? .cyclePhase(forward: true) : press.key == .backTab ? .cyclePhase(forward: false) : nil
            }),
        KeyBinding(
            "F2", .promptBrowser(.helpAudienceFilter), hints: [KeyHint(.promptBrowser(.hintAudience), order: 1)], on: [Keys.function(2)],
            .cycleAudience),
        KeyBinding(
            "Enter", .promptBrowser(.helpFullView),
            hints: [KeyHint(.promptBrowser(.hintFull), order: 2), KeyHint(.common(.hintBack), order: 0, line: .alternate)],
            on: [Keys.enter], .choose),
        .documented(
            "PgUp PgDn", .promptBrowser(.helpDetailScroll), hints: [KeyHint(.promptBrowser(.hintScroll), order: 1, line: .alternate)]),
        KeyBinding("Esc", .promptBrowser(.helpBrowserBack), hints: [KeyHint(.common(.hintBack), order: 3)], on: [Keys.escape], .back),
        .documented(
            "F1", .common(.helpHelp),
            hints: [KeyHint(.common(.hintHelp), order: 4), KeyHint(.common(.hintHelp), order: 2, line: .alternate)]),
        .interrupt,
    ])

    static func intent(for event: InputEvent, _ b: PromptBrowserState, _ context: ScreenContext) -> Intent? {
        switch event {
        case .paste(let text):
            return .paste(text)
        case .key(let press) where b.fullView:
            switch press.key {
            case .enter, .escape: return .closeDetail
            case .pageDown, .down, .pageUp, .up: return .scrollDetail(press)
            default: return nil
            }
        case .key(let press):
            return keys.intent(for: press) ?? .type(press)
        case .mouse(let m):
            return .mouse(m)
        default:
            return nil
        }
    }

    static func reduce(_ b: inout PromptBrowserState, _ intent: Intent, _ context: ScreenContext) -> Step<Outcome> {
        let catalog = context.prompts
        let language = context.language
        let page = max(1, context.terminalSize.height - 9)
        switch intent {
        case .paste(let text):
            guard b.search.insert(text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")) else { return .refused(b.search) }
            b.fullView = false
            b.refresh(catalog, language)
        case .closeDetail:
            b.fullView = false
        case .scrollDetail(let press):
            switch press.key {
            case .pageDown, .down: b.detailScroll += press.key == .down ? 1 : page
            default: b.detailScroll = max(0, b.detailScroll - (press.key == .up ? 1 : page))
            }
        case .back:
            if !b.search.isEmpty {
                b.search.setText("")
                b.refresh(catalog, language)
            } else {
                return .report(.back)
            }
        case .cyclePhase(let forward):
            b.cyclePhase(forward: forward)
            b.refresh(catalog, language)
        case .cycleAudience:
            b.cycleAudience()
            b.refresh(catalog, language)
        case .choose:
            if b.picking, let id = b.selectedID { return .report(.picked(promptID: id)) }
            if b.selectedID != nil {
                b.fullView = true
                b.detailScroll = 0
            }
        case .move(let press):
            _ = b.list.handle(press, pageSize: page)
            b.detailScroll = 0
        case .type(let press):
            let before = b.search.text
            _ = b.search.handle(press)
            if b.search.text != before { b.refresh(catalog, language) }
        case .mouse(let m):
            guard !b.list.handleWheel(m.kind) else { break }
            let layout = PromptBrowserView.Layout(size: context.terminalSize)
            let window = b.list.window(height: layout.list.height)
            if layout.list.contains(m.position) {
                let i = window.lowerBound + m.position.y - layout.list.y
                if window.contains(i) { b.list.select(i) }
            }
        }
        return .none
    }
}
