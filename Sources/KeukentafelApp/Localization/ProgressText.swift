import KeukentafelDomain

/// Fixed texts for the family over time.
public enum ProgressText: Hashable, Sendable, CaseIterable {
    case evaluationsHeading, instrumentsHeading, goalsHeading
    case noScales, noScaleValues, noEvaluations, noInstruments, noGoals, chartBelow
    case family, axisExplained
    case hintScroll
    case helpScroll, helpBack

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .evaluationsHeading: return ("Evaluaties per persoon", "Evaluations per person")
        case .instrumentsHeading: return ("Instrumenten, per score op datum", "Instruments, each score by date")
        case .goalsHeading: return ("Doelen", "Goals")
        case .noScales: return ("Nog geen schalen.", "No scales yet.")
        case .noScaleValues: return ("Nog geen cijfers op deze schaal.", "No numbers on this scale yet.")
        case .noEvaluations: return ("Nog geen evaluaties.", "No evaluations yet.")
        case .noInstruments: return ("Nog geen instrumenten.", "No instruments yet.")
        case .noGoals: return ("Nog geen doelen.", "No goals yet.")
        case .chartBelow: return ("De grafiek staat verder naar beneden: ↓ of PgDn.", "The chart is further down: ↓ or PgDn.")
        case .family: return ("gezin", "family")
        case .axisExplained:
            return (
                "Schalen: ieders cijfer (0–10) per gesprek, met nummer en datum.",
                "Scales: each person's number (0–10) per session, with its number and date."
            )
        case .hintScroll: return ("bladeren", "scroll")
        case .helpScroll:
            return (
                "Door de schalen, dan evaluaties, instrumenten en doelen (PgUp/PgDn per scherm, Home/End)",
                "Through the scales, then evaluations, instruments and goals (PgUp/PgDn a screen, Home/End)"
            )
        case .helpBack: return ("Terug naar waar u was", "Back to where you were")
        }
    }
}

/// Texts built from values, for the family over time.
public enum ProgressFormat: Hashable, Sendable {
    // One case a line: the localisation test reads these declarations to find cases without a sample.
    case title(String)
    case summary(sessions: Int, span: String?)
    case scaleTitle(ScaleKind, String)
    case scaleMeaning(ScaleKind)
    case shortDate(day: Int, month: Int)
    case mean(Double)
    case evaluationsExplained(Int)
    case goalStatus(GoalStatus)

    /// Dutch and English; the tuple makes the compiler insist on both.
    var translations: (nl: String, en: String) {
        switch self {
        case .title(let name): return ("Door de tijd: \(name)", "Over time: \(name)")
        case .summary(let n, let span):
            let nl = n == 1 ? "1 gesprek" : "\(n) gesprekken"
            let en = n == 1 ? "1 session" : "\(n) sessions"
            guard let span else { return (nl, en) }
            return ("\(nl), \(span)", "\(en), \(span)")
        case .scaleTitle(let kind, let topic):
            let (nl, en) = SessionFormat.scaleKind(kind).translations
            return ("\(nl.capitalizedFirst): \u{201C}\(topic)\u{201D}", "\(en.capitalizedFirst): \u{201C}\(topic)\u{201D}")
        case .scaleMeaning(let kind):
            let (nl, en) = SessionFormat.scaleMeaningShort(kind).translations
            switch kind {
            case .burden: return ("\(nl) · lager is beter", "\(en) · lower is better")
            case .goal, .safety, .confidence, .motivation: return ("\(nl) · hoger is beter", "\(en) · higher is better")
            case .other: return (nl, en)
            }
        case .shortDate(let day, let month):
            let nl = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
            let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            let i = min(11, max(0, month - 1))
            return ("\(day) \(nl[i])", "\(day) \(en[i])")
        case .mean(let value):
            // One decimal, with the decimal comma in Dutch; whole numbers without one.
            let tenths = Int((value * 10).rounded())
            let whole = "\(tenths / 10)"
            guard tenths % 10 != 0 else { return (whole, whole) }
            return ("\(whole),\(tenths % 10)", "\(whole).\(tenths % 10)")
        case .evaluationsExplained(let low):
            return (
                "Gemiddeld cijfer per gesprek (nummer: cijfer); ! = een cijfer van \(low) of lager.",
                "Mean rating per session (number: rating); ! = a rating of \(low) or lower."
            )
        case .goalStatus(let status):
            switch status {
            case .open: return ("open", "open")
            case .achieved: return ("bereikt", "achieved")
            case .dropped: return ("losgelaten", "dropped")
            }
        }
    }
}
