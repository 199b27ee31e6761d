import KeukentafelDomain
import Foundation
import KeukentafelApp
import PromptLibrary
import Testing

@Suite("Localisation")
struct LocalizationTests {
    /// One of every entry of the table (with sample values for parameters).
    static let all: [UIText] = [
        .appName, .tagline, .emptyState, .storeLocation("~/x"),
        .entryNewFamily, .entryOpenFamily, .entryPractice, .entryReview,
        .entryNewFamilyDetail, .entryOpenFamilyDetail, .entryPracticeDetail, .entryReviewDetail,
        .aboutTitle, .aboutBody,
        .hintChoose, .hintOpen, .hintHelp, .hintQuit, .hintLanguage, .hintNext, .hintSave, .hintCancel, .hintPaste,
        .helpTitle, .helpFooter, .helpMove, .helpOpen, .helpNewFamily, .helpOpenFamily, .helpPractice, .helpReview,
        .helpLanguage, .helpHelp, .helpQuit, .helpInterrupt,
        .helpNextField, .helpPreviousField, .helpSubmit, .helpCancelForm,
        .helpLineStartEnd, .helpWordMove, .helpKill, .helpDeleteWord, .helpPasteKeepsLines,
        .tooSmallTitle, .tooSmall(width: 20, height: 5),
        .newFamilyTitle, .newFamilyIntro, .fieldFamilyName, .fieldFamilyNamePlaceholder,
        .fieldMembers, .fieldMembersPlaceholder, .errorNameRequired,
        .notYetTitle, .notYet("X"), .notSaved("Disk full."), .notSavedTitle, .familySavedTitle,
        .familiesInStore(count: 1, latest: "G"), .familiesInStore(count: 3, latest: "G"), .familiesHeading,
        .sessionsCount(1), .sessionsCount(2),
        .discardTitle, .discardMessage, .discardKeep, .discardConfirm, .ok,
        .entryPrompts, .entryPromptsDetail, .helpPrompts, .browserTitle, .searchLabel, .searchPlaceholder,
        .phaseLabel, .audienceLabel, .allPhases, .promptCount(1), .promptCount(3), .noPromptsMatch, .followUps, .tipLabel,
        .hintPhase, .hintAudience, .hintBack, .hintFull, .hintScroll,
        .helpSearch, .helpPhaseFilter, .helpAudienceFilter, .helpListMove, .helpFullView, .helpBrowserBack, .helpDetailScroll,
        .organisationPromptsTitle, .organisationPromptsBroken(directory: "/d", errors: 2, first: "x"),
        .organisationPromptsUnreadable("x"), .earlierSessions, .sessionLine(number: 2, daysAgo: 0, minutes: 45, words: 3),
        .sessionLine(number: 2, daysAgo: 1, minutes: 45, words: 3), .sessionLine(number: 2, daysAgo: 9, minutes: 45, words: 3),
        .quickEntryLabel, .quickEntryPlaceholder, .quickEntryProblem(.noName), .quickEntryProblem(.ambiguousGrandparent("Milan")),
        .quickEntryProblem(.unknownName("X")), .quickEntryProblem(.unknownGoal("x")), .quickEntryProblem(.notRelated("A", "B")),
        .quickEntryProblem(.coupleHasChildren("A", "B")),
        .quickEntryProblem(.samePerson("A")), .quickEntryProblem(.ambiguousGrandchild("A")), .quickEntryProblem(.unknownRelation("oom")), .quickEntryProblem(.shareParents("A", "B")), .tieStressful, .tieOneWay, .helpsWithGoal(2), .helpQuickEntryKey,
        .networkLegend(ascii: true), .networkLegend(ascii: false), .helpFullPanelKey, .sectorShort("family"), .sectorShort("leisure"), .genogramEmpty, .networkEmpty, .ring("close"), .ring("middle"), .ring("far"),
        .sector("family"), .sector("friends"), .sector("school"), .sector("professionals"), .sector("leisure"),
        .support("practical"), .support("company"), .support("advice"), .support("emotional"),
    ] + NetworkAssessment.allCases.map { UIText.assessment($0) } + EmotionalBond.allCases.map { UIText.bond($0) }
      + CoupleStatus.allCases.map { UIText.coupleStatus($0) } + Phase.allCases.map { UIText.phase($0) } + Audience.allCases.map { UIText.audience($0) }
      + Technique.allCases.map { UIText.technique($0) } + (1...7).map { UIText.weekday($0) } + (1...12).map { UIText.month($0) }

    @Test("every text exists in Dutch and English, without stray whitespace")
    func complete() {
        for text in Self.all {
            for language in Language.allCases {
                let s = text.text(language)
                #expect(!s.isEmpty, "\(text) in \(language)")
                #expect(s.trimmingCharacters(in: .whitespacesAndNewlines) == s, "\(text) in \(language)")
            }
        }
    }

    @Test("key hint texts are short enough for an 80-column hint line")
    func hintsShort() {
        for text in [UIText.hintChoose, .hintOpen, .hintHelp, .hintQuit, .hintLanguage, .hintNext, .hintSave, .hintCancel] {
            for language in Language.allCases { #expect(text.text(language).count <= 14) }
        }
    }
}
