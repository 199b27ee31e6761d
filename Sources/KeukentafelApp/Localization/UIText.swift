import KeukentafelDomain

/// Every user-visible sentence of the app, in Dutch and English, grouped by feature.
///
/// Each feature keeps its own table (`HomeText`, `SessionFormat`, …) next to the others in this
/// folder: fixed texts in a `CaseIterable` enum, texts built from values in a `…Format` enum. Every
/// table's `translations` needs both languages, so the compiler checks that none is missing, and the
/// localisation tests walk every case of every table.
public enum UIText: Hashable, Sendable {
    case common(CommonText)
    case commonFormat(CommonFormat)
    case home(HomeText)
    case homeFormat(HomeFormat)
    case newFamily(NewFamilyText)
    case familyList(FamilyListText)
    case familyListFormat(FamilyListFormat)
    case promptBrowser(PromptBrowserText)
    case promptBrowserFormat(PromptBrowserFormat)
    case session(SessionText)
    case sessionFormat(SessionFormat)
    case record(RecordText)
    case recordFormat(RecordFormat)
    case genogram(GenogramText)
    case genogramFormat(GenogramFormat)
    case plan(PlanText)
    case planFormat(PlanFormat)
    case progress(ProgressText)
    case progressFormat(ProgressFormat)
    case caseload(CaseloadText)
    case caseloadFormat(CaseloadFormat)
    case search(SearchText)
    case searchFormat(SearchFormat)
    case review(ReviewText)
    case reviewFormat(ReviewFormat)
    case practice(PracticeText)
    case practiceFormat(PracticeFormat)
    case practiceRound(PracticeRoundText)
    case practiceRoundFormat(PracticeRoundFormat)
    case report(ReportText)
    case reportFormat(ReportFormat)

    /// The title to show above this text when it is a notice.
    public var title: UIText {
        switch self {
        case .promptBrowserFormat(.organisationPromptsBroken), .promptBrowserFormat(.organisationPromptsUnreadable):
            return .promptBrowser(.organisationPromptsTitle)
        default:
            return .common(.notYetTitle)
        }
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        let (nl, en) = translations
        return language == .nl ? nl : en
    }

    private var translations: (nl: String, en: String) {
        switch self {
        case .common(let text): return text.translations
        case .commonFormat(let text): return text.translations
        case .home(let text): return text.translations
        case .homeFormat(let text): return text.translations
        case .newFamily(let text): return text.translations
        case .familyList(let text): return text.translations
        case .familyListFormat(let text): return text.translations
        case .promptBrowser(let text): return text.translations
        case .promptBrowserFormat(let text): return text.translations
        case .session(let text): return text.translations
        case .sessionFormat(let text): return text.translations
        case .record(let text): return text.translations
        case .recordFormat(let text): return text.translations
        case .genogram(let text): return text.translations
        case .genogramFormat(let text): return text.translations
        case .plan(let text): return text.translations
        case .planFormat(let text): return text.translations
        case .progress(let text): return text.translations
        case .progressFormat(let text): return text.translations
        case .caseload(let text): return text.translations
        case .caseloadFormat(let text): return text.translations
        case .search(let text): return text.translations
        case .searchFormat(let text): return text.translations
        case .review(let text): return text.translations
        case .reviewFormat(let text): return text.translations
        case .practice(let text): return text.translations
        case .practiceFormat(let text): return text.translations
        case .practiceRound(let text): return text.translations
        case .practiceRoundFormat(let text): return text.translations
        case .report(let text): return text.translations
        case .reportFormat(let text): return text.translations
        }
    }
}
