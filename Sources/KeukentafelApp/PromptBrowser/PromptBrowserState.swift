import KeukentafelDomain
import PromptLibrary
import TerminalUI

/// The prompt browser: search by words, filter by phase and audience, read a prompt.
/// Later screens (the live conversation) reuse it to pick the next question.
public struct PromptBrowserState: Equatable, Sendable {
    public var search = LineEditor()
    public var phase: Phase?
    public var audience: Audience = .everyone
    public var list = ScrollList(count: 0)
    /// Ids of the prompts that match, in display order.
    public private(set) var results: [String] = []
    /// The chosen prompt across the whole width (also the only way to read it when narrow).
    public var fullView = false
    public var detailScroll = 0
    /// The live session to return to (when opened from it with F2); Enter then picks the prompt.
    public var returnTo: SessionState?

    public init(catalog: PromptCatalog, language: Language, phase: Phase? = nil) {
        self.phase = phase
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

/// Keys in the prompt browser.
enum PromptBrowserScreen {
    static func handle(_ event: InputEvent, _ b: inout PromptBrowserState, _ state: inout AppState) -> [AppCommand] {
        let catalog = state.prompts, language = state.language
        switch event {
        case .paste(let text):
            b.search.insert(text.split(whereSeparator: { $0.isNewline }).joined(separator: " "))
            b.fullView = false
            b.refresh(catalog, language)
        case .key(let k):
            let page = max(1, state.terminalSize.height - 9)
            if b.fullView {
                switch k.key {
                case .enter, .escape: b.fullView = false
                case .pageDown, .down: b.detailScroll += k.key == .down ? 1 : page
                case .pageUp, .up: b.detailScroll = max(0, b.detailScroll - (k.key == .up ? 1 : page))
                default: break
                }
                return []
            }
            switch k.key {
            case .escape:
                if !b.search.isEmpty {
                    b.search.setText("")
                    b.refresh(catalog, language)
                } else if let session = b.returnTo {
                    state.screen = .session(session)
                } else {
                    state.screen = .home(HomeState())
                }
            case .tab, .backTab:
                b.cyclePhase(forward: k.key == .tab)
                b.refresh(catalog, language)
            case .function(2):
                b.cycleAudience()
                b.refresh(catalog, language)
            case .enter:
                if var session = b.returnTo, let prompt = b.selected(catalog, language) {
                    // Back to the session with this question on the card (its phase if needed).
                    var commands: [AppCommand] = []
                    if !prompt.phases.contains(session.phase), let phase = prompt.phases.first {
                        session.phase = phase
                        commands.append(.append(family: session.record.familyID, session: session.sessionID,
                                                payloads: [.phaseChanged(.init(phase: phase))]))
                    }
                    session.promptIndex = session.prompts(catalog, language).firstIndex(of: prompt) ?? 0
                    state.screen = .session(session)
                    return commands
                }
                if b.selectedID != nil { b.fullView = true; b.detailScroll = 0 }
            case .up, .down, .pageUp, .pageDown:
                _ = b.list.handle(k, pageSize: page)
                b.detailScroll = 0
            default:
                let before = b.search.text
                _ = b.search.handle(k)
                if b.search.text != before { b.refresh(catalog, language) }
            }
        case .mouse(let m):
            switch m.kind {
            case .scrollUp: b.list.select(b.list.selected - 1)
            case .scrollDown: b.list.select(b.list.selected + 1)
            case .press:
                let layout = PromptBrowserView.Layout(size: state.terminalSize)
                let window = b.list.window(height: layout.list.height)
                if layout.list.contains(m.position) {
                    let i = window.lowerBound + m.position.y - layout.list.y
                    if window.contains(i) { b.list.select(i) }
                }
            }
        default:
            break
        }
        return []
    }
}
