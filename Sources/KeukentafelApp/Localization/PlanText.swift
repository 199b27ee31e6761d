import KeukentafelDomain

/// Fixed texts for the family plan: the paper the family takes home, and the sections the
/// family view and the closing summary share with it. Plain words, no technique names.
public enum PlanText: Hashable, Sendable, CaseIterable {
    case intro
    case goals, goingWell, scales, options, preferences, decisions, safety, agreements, helpers, nextAppointment
    case goalReached
    case worries, wellInSafety, needsToHappen
    case parents, children, network, professionals

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .intro: return ("Dit is jullie plan, in jullie eigen woorden.", "This is your plan, in your own words.")
        case .goals: return ("Waar jullie naartoe willen", "Where you want to get to")
        case .goingWell: return ("Wat al goed gaat", "What already goes well")
        case .scales: return ("Jullie cijfers", "Your numbers")
        case .options: return ("Wat jullie zouden kunnen doen", "What you could do")
        case .preferences: return ("Wat ieder het liefst wil", "What each of you would like best")
        case .decisions: return ("Wat er besloten is", "What was decided")
        case .safety: return ("Veilig thuis", "Safe at home")
        case .agreements: return ("Afspraken", "Agreements")
        case .helpers: return ("Wie kan helpen", "Who can help")
        case .nextAppointment: return ("Volgende afspraak", "Next appointment")
        case .goalReached: return ("Dit is gelukt!", "You have done this!")
        case .worries: return ("Waar we ons zorgen over maken", "What we worry about")
        case .wellInSafety: return ("Wat goed gaat", "What goes well")
        case .needsToHappen: return ("Wat er moet gebeuren", "What needs to happen")
        case .parents: return ("Ouders", "Parents")
        case .children: return ("Kinderen", "Children")
        case .network: return ("Mensen om jullie heen", "People around you")
        case .professionals: return ("Hulpverleners", "Professionals")
        }
    }
}

/// Texts built from values, for the family plan.
public enum PlanFormat: Hashable, Sendable {
    // One case a line: the localisation test reads these declarations to find cases without a sample.
    case title(String)
    case latestSession(date: String, people: [String])
    case scaleMeaning(ScaleKind)
    case pros([String])
    case cons([String])
    case preference(who: String, option: String)
    case ladder(Int)
    case decidedBy([String])
    case disagreement(String)
    case helpsWith(String)
    case names([String])

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .title(let name): return ("\(name): jullie plan", "\(name): your plan")
        case .latestSession(let date, let people):
            if people.isEmpty { return ("Laatste gesprek: \(date)", "Last conversation: \(date)") }
            let (nl, en) = PlanFormat.names(people).translations
            return ("Laatste gesprek: \(date), met \(nl)", "Last conversation: \(date), with \(en)")
        case .scaleMeaning(let kind):
            switch kind {
            case .burden:
                return ("0 = geen last, 10 = de meeste last die er kan zijn", "0 = no trouble at all, 10 = the most trouble there can be")
            case .goal: return ("0 = het moeilijkste moment, 10 = het doel is bereikt", "0 = the hardest moment, 10 = the goal is reached")
            case .safety: return ("0 = helemaal niet veilig, 10 = veilig genoeg", "0 = not safe at all, 10 = safe enough")
            case .confidence:
                return ("0 = geen vertrouwen dat het lukt, 10 = alle vertrouwen", "0 = no confidence it will work, 10 = full confidence")
            case .motivation:
                return (
                    "0 = ik wil er niets voor doen, 10 = ik wil er alles voor doen",
                    "0 = I want to do nothing for it, 10 = I want to do everything"
                )
            case .other: return ("een cijfer van 0 tot 10", "a number from 0 to 10")
            }
        case .pros(let items):
            return ("Goed eraan: " + items.joined(separator: ", "), "Good about it: " + items.joined(separator: ", "))
        case .cons(let items):
            return ("Minder goed eraan: " + items.joined(separator: ", "), "Not so good about it: " + items.joined(separator: ", "))
        case .preference(let who, let option): return ("\(who) kiest het liefst: \(option)", "\(who) would like best: \(option)")
        case .ladder(let level):
            switch level {
            case 1: return ("De hulpverlener heeft dit besloten en het jullie verteld.", "The professional decided this and told you.")
            case 2:
                return (
                    "De hulpverlener heeft dit besloten, na jullie mening te vragen.",
                    "The professional decided this after asking what you think."
                )
            case 3: return ("Jullie gaven advies, de hulpverlener heeft besloten.", "You gave your advice, and the professional decided.")
            case 4: return ("Jullie hebben dit samen met de hulpverlener besloten.", "You decided this together with the professional.")
            default: return ("Jullie hebben dit zelf besloten.", "You decided this yourselves.")
            }
        case .decidedBy(let people):
            let (nl, en) = PlanFormat.names(people).translations
            return ("Besloten door \(nl)", "Decided by \(en)")
        case .disagreement(let text): return ("Niet iedereen was het eens: \(text)", "Not everyone agreed: \(text)")
        case .helpsWith(let goal): return ("Kan helpen bij: \(goal)", "Can help with: \(goal)")
        case .names(let people):
            guard let last = people.last, people.count > 1 else { return (people.first ?? "", people.first ?? "") }
            let rest = people.dropLast().joined(separator: ", ")
            return ("\(rest) en \(last)", "\(rest) and \(last)")
        }
    }
}
