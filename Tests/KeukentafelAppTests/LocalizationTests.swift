import KeukentafelDomain
import Foundation
import KeukentafelApp
import PromptLibrary
import Testing

@Suite("Localisation")
struct LocalizationTests {
    /// One of every entry of the table (with sample values for parameters).
    static let all: [UIText] = [
        .common(.appName), .home(.tagline), .home(.emptyState), .homeFormat(.storeLocation("~/x")),
        .home(.entryNewFamily), .home(.entryOpenFamily), .home(.entryPractice), .home(.entryReview),
        .home(.entryNewFamilyDetail), .home(.entryOpenFamilyDetail), .home(.entryPracticeDetail), .home(.entryReviewDetail),
        .home(.aboutTitle), .home(.aboutBody),
        .common(.hintChoose), .common(.hintOpen), .common(.hintHelp), .home(.hintQuit), .home(.hintLanguage), .newFamily(.hintNext), .newFamily(.hintSave), .newFamily(.hintCancel), .common(.hintPaste),
        .common(.helpTitle), .common(.helpFooter), .common(.helpMove), .common(.helpOpen), .home(.helpNewFamily), .home(.helpOpenFamily), .home(.helpPractice), .home(.helpReview),
        .home(.helpLanguage), .common(.helpHelp), .home(.helpQuit), .common(.helpInterrupt),
        .newFamily(.helpNextField), .newFamily(.helpPreviousField), .newFamily(.helpSubmit), .newFamily(.helpCancelForm),
        .newFamily(.helpLineStartEnd), .newFamily(.helpWordMove), .newFamily(.helpKill), .newFamily(.helpDeleteWord), .common(.helpPasteKeepsLines),
        .common(.tooSmallTitle), .commonFormat(.tooSmall(width: 20, height: 5)),
        .newFamily(.newFamilyTitle), .newFamily(.newFamilyIntro), .newFamily(.fieldFamilyName), .newFamily(.fieldFamilyNamePlaceholder),
        .newFamily(.fieldMembers), .newFamily(.fieldMembersPlaceholder), .newFamily(.errorNameRequired),
        .common(.notYetTitle), .commonFormat(.notYet("X")), .commonFormat(.notSaved("Disk full.")), .common(.notSavedTitle), .common(.familySavedTitle),
        .homeFormat(.familiesInStore(count: 1, latest: "G")), .homeFormat(.familiesInStore(count: 3, latest: "G")), .home(.familiesHeading),
        .familyListFormat(.sessionsCount(1)), .familyListFormat(.sessionsCount(2)),
        .newFamily(.discardTitle), .newFamily(.discardMessage), .newFamily(.discardKeep), .newFamily(.discardConfirm), .common(.ok),
        .home(.entryPrompts), .home(.entryPromptsDetail), .home(.helpPrompts), .promptBrowser(.browserTitle), .promptBrowser(.searchLabel), .promptBrowser(.searchPlaceholder),
        .promptBrowser(.phaseLabel), .promptBrowser(.audienceLabel), .promptBrowser(.allPhases), .promptBrowserFormat(.promptCount(1)), .promptBrowserFormat(.promptCount(3)), .promptBrowser(.noPromptsMatch), .promptBrowser(.followUps), .promptBrowser(.tipLabel),
        .promptBrowser(.hintPhase), .promptBrowser(.hintAudience), .common(.hintBack), .promptBrowser(.hintFull), .promptBrowser(.hintScroll),
        .promptBrowser(.helpSearch), .promptBrowser(.helpPhaseFilter), .promptBrowser(.helpAudienceFilter), .promptBrowser(.helpListMove), .promptBrowser(.helpFullView), .promptBrowser(.helpBrowserBack), .promptBrowser(.helpDetailScroll),
        .promptBrowser(.organisationPromptsTitle), .promptBrowserFormat(.organisationPromptsBroken(directory: "/d", errors: 2, first: "x")),
        .promptBrowserFormat(.organisationPromptsUnreadable("x")), .familyList(.earlierSessions), .familyListFormat(.sessionLine(number: 2, daysAgo: 0, minutes: 45, words: 3)),
        .familyListFormat(.sessionLine(number: 2, daysAgo: 1, minutes: 45, words: 3)), .familyListFormat(.sessionLine(number: 2, daysAgo: 9, minutes: 45, words: 3)),
        .genogram(.quickEntryLabel), .genogram(.quickEntryPlaceholder), .genogramFormat(.quickEntryProblem(.noName)), .genogramFormat(.quickEntryProblem(.ambiguousGrandparent("Milan"))),
        .genogramFormat(.quickEntryProblem(.unknownName("X"))), .genogramFormat(.quickEntryProblem(.unknownGoal("x"))), .genogramFormat(.quickEntryProblem(.notRelated("A", "B"))),
        .genogramFormat(.quickEntryProblem(.coupleHasChildren("A", "B"))),
        .genogramFormat(.quickEntryProblem(.samePerson("A"))), .genogramFormat(.quickEntryProblem(.ambiguousGrandchild("A"))), .genogramFormat(.quickEntryProblem(.unknownRelation("oom"))), .genogramFormat(.quickEntryProblem(.shareParents("A", "B"))), .genogram(.tieStressful), .genogram(.tieOneWay), .genogramFormat(.helpsWithGoal(2)), .genogram(.helpQuickEntryKey),
        .genogramFormat(.networkLegend(ascii: true)), .genogramFormat(.networkLegend(ascii: false)), .genogram(.helpFullPanelKey), .genogramFormat(.sectorShort("family")), .genogramFormat(.sectorShort("leisure")), .genogram(.genogramEmpty), .genogram(.networkEmpty), .genogramFormat(.ring("close")), .genogramFormat(.ring("middle")), .genogramFormat(.ring("far")),
        .genogramFormat(.sector("family")), .genogramFormat(.sector("friends")), .genogramFormat(.sector("school")), .genogramFormat(.sector("professionals")), .genogramFormat(.sector("leisure")),
        .genogramFormat(.support("practical")), .genogramFormat(.support("company")), .genogramFormat(.support("advice")), .genogramFormat(.support("emotional")),
    ] + NetworkAssessment.allCases.map { UIText.genogramFormat(.assessment($0)) } + EmotionalBond.allCases.map { UIText.genogramFormat(.bond($0)) }
      + CoupleStatus.allCases.map { UIText.genogramFormat(.coupleStatus($0)) } + Phase.allCases.map { UIText.promptBrowserFormat(.phase($0)) } + Audience.allCases.map { UIText.promptBrowserFormat(.audience($0)) }
      + Technique.allCases.map { UIText.promptBrowserFormat(.technique($0)) } + (1...7).map { UIText.commonFormat(.weekday($0)) } + (1...12).map { UIText.commonFormat(.month($0)) }

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
        for text in [UIText.common(.hintChoose), .common(.hintOpen), .common(.hintHelp), .home(.hintQuit), .home(.hintLanguage), .newFamily(.hintNext), .newFamily(.hintSave), .newFamily(.hintCancel)] {
            for language in Language.allCases { #expect(text.text(language).count <= 14) }
        }
    }
}
