import Foundation
import KeukentafelDomain
import PromptLibrary

/// The words of practice feedback in Dutch and English: one table here rather than in the
/// app, so the report, the screen and the tests say the same thing.
public enum PracticeFeedbackText {
    /// A heading of the feedback.
    public enum Heading: Sendable {
        case strengths, toPractise, nothingYet, observer
    }

    public static func heading(_ heading: Heading, _ language: Language) -> String {
        switch (heading, language) {
        case (.strengths, .nl): return "Sterke punten"
        case (.strengths, .en): return "Strengths"
        case (.toPractise, .nl): return "Om te oefenen"
        case (.toPractise, .en): return "To practise"
        case (.nothingYet, .nl): return "In deze ronde is hier nog te weinig over te zeggen."
        case (.nothingYet, .en): return "This round gives too little to say anything here yet."
        case (.observer, .nl): return "observator"
        case (.observer, .en): return "observer"
        }
    }

    /// A figure's name, short enough for a table row or a chart's legend.
    public static func label(_ figure: PracticeFigure, _ language: Language) -> String {
        switch (figure, language) {
        case (.openQuestions, .nl): return "Open vragen"
        case (.openQuestions, .en): return "Open questions"
        case (.buildsOnWords, .nl): return "Voortbouwen op hun woorden"
        case (.buildsOnWords, .en): return "Building on their words"
        case (.competenceAfterScale, .nl): return "Competentievragen na een schaal"
        case (.competenceAfterScale, .en): return "Competence questions after a scale"
        case (.exceptionDetail, .nl): return "Doorvragen op uitzonderingen"
        case (.exceptionDetail, .en): return "Detail on exceptions"
        case (.solutionTalkShare, .nl): return "Praten over wat werkt"
        case (.solutionTalkShare, .en): return "Talk about what works"
        case (.goalsOwnWords, .nl): return "Doelen in hun woorden"
        case (.goalsOwnWords, .en): return "Goals in their words"
        case (.childrenVoice, .nl): return "Stem van de kinderen"
        case (.childrenVoice, .en): return "The children's voice"
        case (.compliments, .nl): return "Complimenten"
        case (.compliments, .en): return "Compliments"
        }
    }

    /// One thing to try next time, for a figure to practise.
    public static func tip(_ figure: PracticeFigure, _ language: Language) -> String {
        switch (figure, language) {
        case (.openQuestions, .nl): return "Begin je vraag met wat, hoe, wanneer of wie."
        case (.openQuestions, .en): return "Start your questions with what, how, when or who."
        case (.buildsOnWords, .nl): return "Neem in je volgende vraag een woord van het gezin letterlijk over."
        case (.buildsOnWords, .en): return "Carry one of the family's own words into your next question."
        case (.competenceAfterScale, .nl): return "Vraag na een cijfer hoe het komt dat het niet lager is, en hoe een punt hoger eruitziet."
        case (.competenceAfterScale, .en): return "After a number, ask how come it is not lower, and what one point higher would look like."
        case (.exceptionDetail, .nl): return "Vraag bij een uitzondering wanneer het was, wat er anders ging en wie het merkte."
        case (.exceptionDetail, .en): return "When you hear an exception, ask when it was, what went differently and who noticed."
        case (.solutionTalkShare, .nl): return "Vraag naar de momenten waarop het wel lukt, en naar wat het gezin al kan."
        case (.solutionTalkShare, .en): return "Ask about the times it does work, and about what the family can already do."
        case (.goalsOwnWords, .nl): return "Schrijf een doel op met de woorden die het gezin zelf gebruikte, en lees het voor."
        case (.goalsOwnWords, .en): return "Write a goal down in the words the family used, and read it back to them."
        case (.childrenVoice, .nl): return "Vraag het kind zelf, in kindertaal, en wacht op het antwoord."
        case (.childrenVoice, .en): return "Ask the child directly, in a child's words, and wait for the answer."
        case (.compliments, .nl): return "Geef een compliment over iets wat iemand echt deed, en zeg wat het was."
        case (.compliments, .en): return "Compliment something someone actually did, and say what it was."
        }
    }

    /// A measure's name: a figure's label, or an observer item's wording from the checklist.
    public static func label(_ measure: PracticeMeasure, _ language: Language, checklist: [ObserverChecklistItem]) -> String {
        switch measure {
        case .figure(let f): return label(f, language)
        case .observer(let id): return checklist.first { $0.id == id }?.wording(language) ?? id
        }
    }

    /// A value as shown: `75%`, `2`, or an observer's `1 van 2` / `1 of 2`.
    public static func value(_ value: Double, _ measure: PracticeMeasure, _ language: Language) -> String {
        switch measure {
        case .figure(let f) where f.unit == .percent: return "\(Int(value.rounded()))%"
        case .figure: return "\(Int(value.rounded()))"
        case .observer: return "\(Int(value.rounded())) \(language == .nl ? "van" : "of") \(ObserverChecklistItem.scores.upperBound)"
        }
    }

    /// The point as one or two sentences: the measure and its value, the level it is held
    /// against, then for a point to practise a tip (an observer item: what a 2 looks like).
    ///
    /// `Open vragen: 30% (3 van 10); voldoende vanaf 50%. Begin je vraag met wat, hoe, wanneer of wie.`
    public static func text(_ point: PracticeFeedback.Point, _ language: Language, checklist: [ObserverChecklistItem]) -> String {
        let nl = language == .nl
        let name = label(point.measure, language, checklist: checklist)
        var out: String
        switch point.measure {
        case .figure:
            out = "\(name): \(value(point.value, point.measure, language))"
            if let part = point.part, let whole = point.whole { out += " (\(part) \(nl ? "van" : "of") \(whole))" }
            let level = value(point.level, point.measure, language)
            switch (point.standing, nl) {
            case (.belowFair, true): out += "; voldoende vanaf \(level)."
            case (.belowFair, false): out += "; fair from \(level)."
            case (_, true): out += "; goed vanaf \(level)."
            case (_, false): out += "; good from \(level)."
            }
            if let score = point.observerScore {
                let given = value(Double(score), .observer(""), language)
                out += nl ? " De observator gaf \(given)." : " The observer gave \(given)."
            }
        case .observer(let id):
            out = "\(name) (\(heading(.observer, language))): \(value(point.value, point.measure, language))."
            if point.standing != .good, let good = checklist.first(where: { $0.id == id })?.level(2, language), !good.isEmpty {
                out += (nl ? " Een 2 is: " : " A 2 is: ") + good
            }
            return out
        }
        if point.standing != .good, case .figure(let f) = point.measure { out += " " + tip(f, language) }
        return out
    }
}
