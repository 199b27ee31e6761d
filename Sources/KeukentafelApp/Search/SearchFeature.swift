import Foundation
import KeukentafelDomain
import TerminalUI

/// What a found text is: the family's words, a worker's note, or another recorded text.
public enum SearchResultKind: String, Sendable, CaseIterable {
    case words, note, worker, agreement, goal, scale, option, decision, timeline, instrument, summary
    case family, member, person, contact
}

/// One recorded text found by a search, as the app shows it (the edge maps the store's hit to it).
public struct SearchResult: Equatable, Sendable {
    public var familyID: UUID
    public var familyName: String
    public var sessionID: UUID?
    public var sessionNumber: Int?
    /// The entry found, or the goal, agreement, person … the text belongs to.
    public var entryID: UUID
    public var kind: SearchResultKind
    /// Who said it, for the family's words only.
    public var speaker: String?
    public var time: Date
    public var text: String

    public init(
        familyID: UUID, familyName: String, sessionID: UUID?, sessionNumber: Int?, entryID: UUID, kind: SearchResultKind,
        speaker: String?, time: Date, text: String
    ) {
        self.familyID = familyID
        self.familyName = familyName
        self.sessionID = sessionID
        self.sessionNumber = sessionNumber
        self.entryID = entryID
        self.kind = kind
        self.speaker = speaker
        self.time = time
        self.text = text
    }
}

/// The search screen's state: the search line and the hits of the query last answered.
public struct SearchState: Equatable, Sendable {
    public var search = LineEditor(limit: LineEditor.searchLimit)
    public var list = ScrollList(count: 0)
    /// Newest first, as the store found them.
    public private(set) var hits: [SearchResult] = []
    /// The query these hits answer; nil while nothing has been searched.
    public private(set) var answered: String?

    public init() {}

    public var selected: SearchResult? { hits.indices.contains(list.selected) ? hits[list.selected] : nil }

    mutating func show(_ hits: [SearchResult], for query: String?) {
        self.hits = hits
        answered = query
        list.setCount(hits.count)
        list.select(0)
    }
}

/// Search every recorded text: type to search, Enter opens the family of a hit.
enum SearchFeature: ScreenFeature {
    typealias State = SearchState

    enum Intent: Sendable {
        case type(KeyPress)
        case paste(String)
        case move(KeyPress)
        case open
        case back
        case mouse(MouseEvent)
        /// The edge's answer to a search.
        case results(query: String, hits: [SearchResult])
    }

    enum Outcome: Equatable {
        case back
        case open(SearchResult)
    }

    static let keys = KeyTable<Intent>([
        .documented("a-z …", .search(.helpSearchType)),
        KeyBinding(
            "↑ ↓  PgUp PgDn", .search(.helpHitMove), hints: [KeyHint(.common(.hintChoose), order: 0, key: "↑↓")],
            match: { [.up, .down, .pageUp, .pageDown].contains($0.key) && $0.modifiers.isEmpty ? .move($0) : nil }),
        KeyBinding("Enter", .search(.helpOpenHit), hints: [KeyHint(.search(.hintOpenFamily), order: 1)], on: [Keys.enter], .open),
        KeyBinding("Esc", .search(.helpSearchBack), hints: [KeyHint(.common(.hintBack), order: 2)], on: [Keys.escape], .back),
        .documented("F1", .common(.helpHelp), hints: [KeyHint(.common(.hintHelp), order: 3)]),
        .interrupt,
    ])

    static func intent(for event: InputEvent, _ state: SearchState, _ context: ScreenContext) -> Intent? {
        switch event {
        case .paste(let text): return .paste(text)
        case .key(let press): return keys.intent(for: press) ?? .type(press)
        case .mouse(let m): return .mouse(m)
        default: return nil
        }
    }

    static func reduce(_ s: inout SearchState, _ intent: Intent, _ context: ScreenContext) -> Step<Outcome> {
        switch intent {
        case .type(let press):
            let before = s.search.text
            _ = s.search.handle(press)
            return s.search.text == before ? .none : searchChanged(&s)
        case .paste(let text):
            guard s.search.insert(text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")) else { return .refused(s.search) }
            return searchChanged(&s)
        case .results(let query, let hits):
            // An answer to what was typed before the last key is stale: a newer one follows.
            guard query == s.search.text else { return .none }
            s.show(hits, for: query)
        case .move(let press):
            _ = s.list.handle(press, pageSize: max(1, SearchView.Layout(size: context.terminalSize).list.height))
        case .open:
            if let hit = s.selected { return .report(.open(hit)) }
        case .back:
            guard !s.search.isEmpty else { return .report(.back) }
            s.search.setText("")
            s.show([], for: nil)
        case .mouse(let m):
            guard !s.list.handleWheel(m.kind) else { break }
            let list = SearchView.Layout(size: context.terminalSize).list
            let window = s.list.window(height: list.height)
            if list.contains(m.position) {
                let i = window.lowerBound + m.position.y - list.y
                if window.contains(i) { s.list.select(i) }
            }
        }
        return .none
    }

    /// The search line changed: ask the store, or show nothing for an empty line.
    private static func searchChanged(_ s: inout SearchState) -> Step<Outcome> {
        let query = s.search.text
        guard !SearchView.terms(query).isEmpty else {
            s.show([], for: nil)
            return .none
        }
        return .run([.search(query)])
    }
}
