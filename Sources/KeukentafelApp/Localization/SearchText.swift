import KeukentafelDomain

/// Fixed texts for the search through every recorded text.
public enum SearchText: Hashable, Sendable, CaseIterable {
    case searchTitle, searchLabel, searchPlaceholder
    case typeToSearch, noHits
    case hintOpenFamily
    case helpOpenSearch, helpOpenSearchLive, helpSearchType, helpHitMove, helpOpenHit, helpSearchBack

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .searchTitle: return ("Zoeken in gesprekken", "Search the records")
        case .searchLabel: return ("Zoek", "Search")
        case .searchPlaceholder: return ("typ woorden, bijv. boterhammen of Zoë", "type words, e.g. sandwiches or Zoë")
        case .typeToSearch:
            return (
                "Typ een woord: alles wat is vastgelegd wordt doorzocht (woorden, notities, doelen, afspraken, namen …).",
                "Type a word: everything recorded is searched (words, notes, goals, agreements, names …)."
            )
        case .noHits: return ("Niets gevonden. Probeer andere woorden.", "Nothing found. Try other words.")
        case .hintOpenFamily: return ("openen", "open")
        case .helpOpenSearch: return ("Zoek in alles wat is vastgelegd", "Search everything recorded")
        case .helpOpenSearchLive:
            return ("Zoek in alles wat is vastgelegd (op een lege regel)", "Search everything recorded (on an empty line)")
        case .helpSearchType:
            return ("Typ om te zoeken (hoofdletters en accenten tellen niet)", "Type to search (case and accents do not matter)")
        case .helpHitMove: return ("Kies een vondst", "Choose a hit")
        case .helpOpenHit:
            return (
                "Open de vondst: het gesprek bij die stap (terugkijken), of het gezin",
                "Open the hit: its session at that step (review), or the family"
            )
        case .helpSearchBack: return ("Wis de zoekwoorden; daarna terug", "Clear the search; then go back")
        }
    }
}

/// Texts built from values, for the search screen.
public enum SearchFormat: Hashable, Sendable {
    // One case a line: the localisation test reads these declarations to find cases without a sample.
    case hitCount(Int)
    case session(Int)
    case kind(SearchResultKind)

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .hitCount(let n): return (n == 1 ? "1 vondst" : "\(n) vondsten", n == 1 ? "1 hit" : "\(n) hits")
        case .session(let n): return ("gesprek \(n)", "session \(n)")
        case .kind(let kind):
            switch kind {
            case .words: return ("[woorden]", "[words]")
            case .note: return ("[notitie]", "[note]")
            case .worker: return ("[werker zegt]", "[worker says]")
            case .agreement: return ("[afspraak]", "[agreement]")
            case .goal: return ("[doel]", "[goal]")
            case .scale: return ("[schaal]", "[scale]")
            case .option: return ("[mogelijkheid]", "[option]")
            case .decision: return ("[besluit]", "[decision]")
            case .timeline: return ("[tijdlijn]", "[timeline]")
            case .instrument: return ("[instrument]", "[instrument score]")
            case .summary: return ("[correctie]", "[correction]")
            case .family: return ("[gezin]", "[family]")
            case .member: return ("[gezinslid]", "[member]")
            case .person: return ("[genogram]", "[genogram person]")
            case .contact: return ("[netwerk]", "[network]")
            }
        }
    }
}
