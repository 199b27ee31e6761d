import Genealogy
import KeukentafelDomain

/// Fixed texts for the genogram and network panels and their quick entry.
public enum GenogramText: Hashable, Sendable, CaseIterable {
    case quickEntryLabel, quickEntryPlaceholder, helpQuickEntryKey
    case helpFullPanelKey, helpCompleteName
    case tieStressful, tieOneWay
    case genogramEmpty, networkEmpty
    case quickEntryQuestionTitle, quickEntryQuestionBack

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .quickEntryLabel: return ("genogram", "genogram")
        case .quickEntryPlaceholder:
            return (
                "Riet, 71, moeder van Sandra, woont om de hoek   ·   netwerk: juf Marieke, school, dichtbij",
                "Riet, 71, mother of Sandra, lives nearby   ·   network: Ms Marieke, school, close"
            )
        case .helpQuickEntryKey:
            return (
                "Snel invoeren: personen, relaties en correcties voor het genogram; 'netwerk:' voor de netwerkkaart; 'weg:' haalt iemand weg (Tab vult namen aan)",
                "Quick entry: people, relations and corrections for the genogram; 'network:' for the network map; 'remove:' takes someone off (Tab completes names)"
            )
        case .helpFullPanelKey:
            return (
                "Zijpaneel over het hele scherm (genogram, netwerkkaart) en terug",
                "Side panel over the whole screen (genogram, network map) and back"
            )
        case .helpCompleteName: return ("Bij snel invoeren: vul de naam aan die u typt", "In quick entry: complete the name being typed")
        case .tieStressful: return ("belastend", "stressful")
        case .tieOneWay: return ("eenzijdig", "one-way")
        case .genogramEmpty:
            return (
                "Nog niemand in het genogram. F12 en dan bijv.: Riet, 71, moeder van Sandra",
                "Nobody in the genogram yet. F12, then e.g.: Riet, 71, mother of Sandra"
            )
        case .networkEmpty:
            return (
                "Nog niemand op de netwerkkaart. F12 en dan: netwerk: juf Marieke, school, dichtbij",
                "Nobody on the network map yet. F12, then: network: Ms Marieke, school, close"
            )
        case .quickEntryQuestionTitle: return ("Wat bedoelt u?", "Which do you mean?")
        case .quickEntryQuestionBack: return ("Terug naar de regel", "Back to the line")
        }
    }
}

/// Texts built from values, for the genogram and network panels and their quick entry.
public enum GenogramFormat: Hashable, Sendable {
    // One case a line: the localisation test reads these declarations to find cases without a sample.
    case quickEntryProblem(QuickEntry.Problem.Kind)
    case quickEntryQuestion(QuickEntryQuestion)
    case quickEntryOption(QuickEntryQuestion.Option)
    case networkLegend(ascii: Bool)
    case sectorShort(String)
    case assessment(NetworkAssessment)
    case helpsWithGoal(Int)
    case bond(EmotionalBond)
    case coupleStatus(CoupleStatus)
    case ring(String)
    case sector(String)
    case support(String)

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .quickEntryProblem(let kind):
            switch kind {
            case .noName: return ("Begin met een naam.", "Start with a name.")
            case .ambiguousGrandparent(let child):
                return (
                    "Van wie is dit de ouder? Schrijf bijv. 'moeder van …' met de vader of moeder van \(child).",
                    "Whose parent is this? Write e.g. 'mother of …' with \(child)'s father or mother."
                )
            case .unknownName(let name):
                return (
                    "'\(name)' staat niet in het genogram of op de netwerkkaart.", "'\(name)' is not in the genogram or on the network map."
                )
            case .unknownGoal(let text):
                return (
                    "Geen doel gevonden bij '\(text)'. Gebruik het nummer of woorden uit het doel.",
                    "No goal matches '\(text)'. Use its number or words from the goal."
                )
            case .notRelated(let a, let b):
                return ("Die relatie tussen \(a) en \(b) staat er niet in.", "That relation between \(a) and \(b) is not there.")
            case .samePerson(let name):
                return (
                    "Een relatie van \(name) met \(name) zelf kan niet; kijk de namen na.",
                    "\(name) cannot be related to themself; check the names."
                )
            case .shareParents(let a, let b):
                return (
                    "\(a) en \(b) hebben dezelfde ouders: corrigeer met 'niet dochter van …' of 'niet zoon van …'.",
                    "\(a) and \(b) share their parents: correct with 'not daughter of …' or 'not son of …'."
                )
            case .ambiguousGrandchild(let grandparent):
                return (
                    "Van wie is dit het kind? Schrijf bijv. 'dochter van …' met het kind van \(grandparent).",
                    "Whose child is this? Write e.g. 'daughter of …' with \(grandparent)'s child."
                )
            case .unknownRelation(let word):
                return (
                    "'\(word)' ken ik niet als relatie. Gebruik bijv. moeder, broer, oom, tante, neef, nicht of halfzus.",
                    "'\(word)' is not a relation I know. Use e.g. mother, brother, uncle, aunt, cousin, niece or half-sister."
                )
            case .question(let question):
                return question.topicSentence
            case .enterFirst(let needed, let name):
                switch needed {
                case .parent:
                    return (
                        "Voer eerst een ouder van \(name) in (bijv. 'Sandra, moeder van \(name)'): via die ouder komt deze persoon erbij.",
                        "Enter a parent of \(name) first (e.g. 'Sandra, mother of \(name)'): this person is placed through them."
                    )
                case .auntOrUncle:
                    return (
                        "Voer eerst een oom of tante van \(name) in: een neef of nicht is hun kind.",
                        "Enter an uncle or aunt of \(name) first: a cousin is their child."
                    )
                case .sibling:
                    return (
                        "Voer eerst een broer of zus van \(name) in: een neef of nicht is hun kind.",
                        "Enter a brother or sister of \(name) first: a nephew or niece is their child."
                    )
                case .auntUncleOrSibling:
                    return (
                        "Voer eerst een oom, tante, broer of zus van \(name) in: een neef of nicht is hun kind.",
                        "Enter an uncle, aunt, brother or sister of \(name) first: a cousin, nephew or niece is their child."
                    )
                }
            case .coupleHasChildren(let a, let b):
                return (
                    "\(a) en \(b) hebben kinderen: corrigeer per kind ('niet vader van …') of haal iemand weg ('weg: …').",
                    "\(a) and \(b) have children: correct per child ('not father of …') or take someone off ('remove: …')."
                )
            }
        case .quickEntryQuestion(let question):
            // The question, then each option with the number of its button.
            let sentence = question.topicSentence
            let options = question.options.enumerated().map { i, o in (i + 1, GenogramFormat.quickEntryOption(o).translations) }
            return (
                ([sentence.nl] + options.map { "\($0.0): \($0.1.nl)" }).joined(separator: "\n"),
                ([sentence.en] + options.map { "\($0.0): \($0.1.en)" }).joined(separator: "\n")
            )
        case .quickEntryOption(let option):
            return Self.translations(of: option)
        case .networkLegend(let ascii):
            let arrow = ascii ? ">" : "→"
            return (
                "p praktisch  g gezelschap  a advies  e emotioneel  ! belastend  \(arrow) eenzijdig · binnen: dichtbij",
                "p practical  g company  a advice  e emotional  ! stressful  \(arrow) one-way · inside: close"
            )
        case .sectorShort(let s):
            let nl = [
                "family": "familie", "friends": "vrienden", "school": "school/werk", "professionals": "hulpverlening",
                "leisure": "vrije tijd",
            ]
            let en = [
                "family": "family", "friends": "friends", "school": "school/work", "professionals": "professionals", "leisure": "leisure",
            ]
            return (nl[s] ?? s, en[s] ?? s)
        case .assessment(let q):
            switch q {
            case .responds: return ("reageert", "responds")
            case .realHelp: return ("helpt echt", "real help")
            case .accessible: return ("bereikbaar", "accessible")
            case .reliable: return ("betrouwbaar", "reliable")
            }
        case .helpsWithGoal(let n): return ("helpt bij doel \(n)", "helps with goal \(n)")
        case .bond(let b):
            switch b {
            case .close: return ("hecht", "close")
            case .fused: return ("zeer hecht", "fused")
            case .distant: return ("afstand", "distant")
            case .conflict: return ("ruzie", "conflict")
            case .hostile: return ("vijandig", "hostile")
            case .cutOff: return ("contact verbroken", "cut off")
            case .repaired: return ("contact hersteld", "repaired")
            case .abuseConcern: return ("zorg: mishandeling", "concern: abuse")
            case .neglectConcern: return ("zorg: verwaarlozing", "concern: neglect")
            }
        case .coupleStatus(let c):
            switch c {
            case .married: return ("getrouwd", "married")
            case .cohabiting: return ("samenwonend", "cohabiting")
            case .separated: return ("uit elkaar", "separated")
            case .divorced: return ("gescheiden", "divorced")
            case .endedCohabitation: return ("samenwonen gestopt", "cohabitation ended")
            case .unknown: return ("ouders", "parents")
            }
        case .ring(let r):
            return (
                ["close": "dichtbij", "middle": "midden", "far": "verder weg"][r] ?? r,
                ["close": "close", "middle": "middle", "far": "further away"][r] ?? r
            )
        case .sector(let s):
            let nl = [
                "family": "familie", "friends": "vrienden en buren", "school": "school of werk", "professionals": "hulpverlening",
                "leisure": "vrije tijd",
            ]
            let en = [
                "family": "family", "friends": "friends and neighbours", "school": "school or work", "professionals": "professionals",
                "leisure": "leisure",
            ]
            return (nl[s] ?? s, en[s] ?? s)
        case .support(let s):
            let nl = ["practical": "praktisch", "company": "gezelschap", "advice": "advies", "emotional": "emotioneel"]
            let en = ["practical": "practical", "company": "company", "advice": "advice", "emotional": "emotional"]
            return (nl[s] ?? s, en[s] ?? s)
        }
    }
}

extension GenogramFormat {
    /// One answer to a quick-entry question, with who a parent is to the child.
    static func translations(of option: QuickEntryQuestion.Option) -> (nl: String, en: String) {
        switch option {
        case .viaParent(let name, let gender, let kind):
            let role = parentRole(gender, kind)
            return ("via \(name) (\(role.nl))", "through \(name) (\(role.en))")
        case .partnerOfParent(let name, let gender, let kind):
            let role = parentRole(gender, kind)
            return ("partner van \(name) (\(role.nl))", "partner of \(name) (\(role.en))")
        case .childOfOne(let name): return ("kind van \(name), andere ouder onbekend", "child of \(name), other parent unknown")
        case .childOfBoth(let a, let b): return ("kind van \(a) en \(b)", "child of \(a) and \(b)")
        case .childOfAuntOrUncle(let name, let gender):
            let role: (String, String) =
                switch gender {
                case .male: ("oom", "uncle")
                case .female: ("tante", "aunt")
                default: ("oom of tante", "uncle or aunt")
                }
            return ("kind van \(name) (\(role.0))", "child of \(name) (\(role.1))")
        case .childOfSibling(let name, let gender):
            let role: (String, String) =
                switch gender {
                case .male: ("broer", "brother")
                case .female: ("zus", "sister")
                default: ("broer of zus", "brother or sister")
                }
            return ("kind van \(name) (\(role.0))", "child of \(name) (\(role.1))")
        case .careOfBoth(let a, let b, let kind):
            let child = careChild(kind)
            return ("\(child.nl) van \(a) en \(b)", "\(child.en) of \(a) and \(b)")
        case .careOfOne(let a, let kind):
            let child = careChild(kind)
            return ("\(child.nl) van \(a) alleen", "\(child.en) of \(a) alone")
        case .partner: return ("partner (in het genogram)", "partner (on the genogram)")
        case .friendOnNetwork: return ("vriend(in) op de netwerkkaart", "friend on the network map")
        }
    }

    /// Mother, foster father, step-parent …: who a parent is to the child.
    static func parentRole(_ gender: Gender, _ kind: ChildLinkKind) -> (nl: String, en: String) {
        let base: (nl: String, en: String) =
            switch gender {
            case .female: ("moeder", "mother")
            case .male: ("vader", "father")
            default: ("ouder", "parent")
            }
        switch kind {
        case .biological: return base
        case .foster: return ("pleeg" + base.nl, "foster " + base.en)
        case .adopted: return ("adoptie" + base.nl, "adoptive " + base.en)
        case .step: return ("stief" + base.nl, "step" + base.en)
        }
    }

    /// Foster child or adopted child.
    static func careChild(_ kind: ChildLinkKind) -> (nl: String, en: String) {
        kind == .adopted ? ("adoptiekind", "adopted child") : ("pleegkind", "foster child")
    }
}

extension QuickEntryQuestion {
    /// What is asked, in one sentence.
    var topicSentence: (nl: String, en: String) {
        switch topic {
        case .whichParent(let person, let target):
            return ("Via welke ouder van \(target) is \(person) familie?", "Through which of \(target)'s parents is \(person) family?")
        case .partnerOfParent(let person, let target):
            return ("Van welke ouder van \(target) is \(person) de partner?", "Which of \(target)'s parents is \(person) the partner of?")
        case .halfSibling(let person, let target):
            return (
                "\(person) is halfbroer of halfzus van \(target). Van wie is \(person) een kind?",
                "\(person) is a half-sibling of \(target). Whose child is \(person)?"
            )
        case .whoseChild(let person, let target):
            return (
                "\(person) is neef of nicht van \(target). Van wie is \(person) een kind?",
                "\(person) is a cousin, nephew or niece of \(target). Whose child is \(person)?"
            )
        case .partnerOrFriend(let person, let target):
            return ("Is \(person) de partner van \(target), of een vriend(in)?", "Is \(person) \(target)'s partner, or a friend?")
        case .careParents(let child, let parent, let kind):
            let what = GenogramFormat.careChild(kind)
            return (
                "Is \(child) \(what.nl) van \(parent) en diens partner samen?",
                "Is \(child) a \(what.en) of \(parent) and their partner together?"
            )
        }
    }
}
