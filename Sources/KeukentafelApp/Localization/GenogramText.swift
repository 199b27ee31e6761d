import Genealogy
import KeukentafelDomain

/// Fixed texts for the genogram and network panels and their quick entry.
public enum GenogramText: Hashable, Sendable, CaseIterable {
    case quickEntryLabel, quickEntryPlaceholder, helpQuickEntryKey
    case helpFullPanelKey, helpCompleteName
    case tieStressful, tieOneWay
    case genogramEmpty, networkEmpty

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
        }
    }
}

/// Texts built from values, for the genogram and network panels and their quick entry.
public enum GenogramFormat: Hashable, Sendable {
    // One case a line: the localisation test reads these declarations to find cases without a sample.
    case quickEntryProblem(QuickEntry.Problem.Kind)
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
                    "'\(word)' ken ik niet als relatie. Voer het in via een ouder, bijv. 'Kees, broer van Sandra' voor een oom.",
                    "'\(word)' is not a relation I know. Enter it through a parent, e.g. 'Kees, brother of Sandra' for an uncle."
                )
            case .coupleHasChildren(let a, let b):
                return (
                    "\(a) en \(b) hebben kinderen: corrigeer per kind ('niet vader van …') of haal iemand weg ('weg: …').",
                    "\(a) and \(b) have children: correct per child ('not father of …') or take someone off ('remove: …')."
                )
            }
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
