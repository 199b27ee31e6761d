import Foundation
import KeukentafelDomain
import MethodAnalysis
import PromptLibrary

/// One figure as a supervisor reads it: what it is, and its value in words.
public struct FigureLine: Equatable, Sendable {
    public var label: String
    public var value: String
    /// Worth a closer look: a rating at or below the low score.
    public var attention: Bool

    public init(label: String, value: String, attention: Bool = false) {
        self.label = label
        self.value = value
        self.attention = attention
    }
}

/// Figure lines under one heading (time, techniques, deciding and closing, voices).
public struct FigureSection: Equatable, Sendable {
    public var title: String
    public var lines: [FigureLine]
}

/// The session figures in plain words, in Dutch or English: the review screen's panel and
/// the report's figures. For professionals, never for the family.
public enum FigureLines {
    /// Every figure line, in the order of `sections`.
    public static func lines(_ figures: SessionFigures, _ record: FamilyRecord, _ language: Language) -> [FigureLine] {
        sections(figures, record, language).flatMap(\.lines)
    }

    /// The figure lines grouped under their headings. `record` gives the names (any record
    /// of the family that knows its members will do).
    public static func sections(_ figures: SessionFigures, _ record: FamilyRecord, _ language: Language) -> [FigureSection] {
        let words = Words(record: record, language: language)
        return [
            FigureSection(title: words.t(.report(.sectionTime)), lines: time(figures, words)),
            FigureSection(title: words.t(.report(.sectionTechniques)), lines: techniques(figures, words)),
            FigureSection(title: words.t(.report(.sectionDeciding)), lines: deciding(figures, words)),
            FigureSection(title: words.t(.report(.sectionVoices)), lines: voices(figures, words)),
        ]
    }

    /// Names and texts in one language.
    struct Words {
        let record: FamilyRecord
        let language: Language

        func t(_ text: UIText) -> String { text.text(language) }
        func line(_ label: UIText, _ value: UIText, attention: Bool = false) -> FigureLine {
            FigureLine(label: t(label), value: t(value), attention: attention)
        }
        func name(_ id: UUID) -> String { record.member(id)?.name ?? t(.report(.unknownPerson)) }
    }

    private static func time(_ f: SessionFigures, _ w: Words) -> [FigureLine] {
        let total = Int(f.span.duration.rounded())
        func share(_ seconds: TimeInterval, visits: Int = 1) -> UIText {
            .reportFormat(.timeShare(seconds: Int(seconds.rounded()), total: total, visits: visits))
        }
        var out = [w.line(.report(.duration), .reportFormat(.length(seconds: total, closed: f.span.endRecorded)))]
        if f.phases.stays.isEmpty {
            out.append(w.line(.report(.phases), .report(.noPhaseChange)))
        } else {
            if f.phases.beforeFirstPhase >= 1 { out.append(w.line(.report(.beforeFirstPhase), share(f.phases.beforeFirstPhase))) }
            out += f.phases.totals.map { w.line(.promptBrowserFormat(.phase($0.phase)), share($0.seconds, visits: $0.stays)) }
        }
        if f.cards.shown.isEmpty {
            out.append(w.line(.report(.questionCards), .report(.noCards)))
        } else {
            out += f.cards.byTechnique.map { t in
                w.line(t.technique.map { .promptBrowserFormat(.technique($0)) } ?? .report(.cardsNotInLibrary), share(t.seconds))
            }
        }
        return out
    }

    private static func techniques(_ f: SessionFigures, _ w: Words) -> [FigureLine] {
        var out = [w.line(.report(.scales), .reportFormat(.scalesAsked(asked: f.scales.askedCount, followedUp: f.scales.withFollowUp)))]
        out += f.scales.asked.map { scale in
            let values = scale.values.map { "\(w.name($0.memberID)) \($0.value)" }
            return w.line(
                .reportFormat(.scaleLabel(scale.topic)), .reportFormat(.scaleValues(values: values, followUps: scale.followUps.count)))
        }
        out.append(w.line(.report(.exceptions), .reportFormat(.exceptions(count: f.exceptions.count, withDetail: f.exceptions.withDetail))))
        let miracle: UIText =
            f.miracle.asked
            ? .reportFormat(.miracleAsked(signs: f.miracle.signs.count, inGoals: f.miracle.signsInGoals.count)) : .report(.notAsked)
        out.append(w.line(.report(.miracle), miracle))
        let tagged = f.talk.solution + f.talk.problem
        out.append(
            w.line(
                .report(.talk),
                tagged == 0 ? .report(.nothingTagged) : .reportFormat(.talk(solution: f.talk.solution, problem: f.talk.problem))))
        out += f.goals.map { goal in
            let value: UIText =
                goal.share == nil
                ? .report(.goalNotFromWords) : .reportFormat(.goalWords(fromFamily: goal.wordsFromFamily, words: goal.words))
            return w.line(.reportFormat(.goalLabel(goal.text)), value)
        }
        return out
    }

    private static func deciding(_ f: SessionFigures, _ w: Words) -> [FigureLine] {
        var out = [w.line(.report(.agreements), .reportFormat(.agreements(complete: f.agreements.complete, total: f.agreements.total)))]
        out += f.decisions.decisions.map { d in
            var value = w.t(.reportFormat(.ladder(d.ladderLevel)))
            if let disagreement = d.disagreement { value += " · " + w.t(.reportFormat(.disagreement(disagreement))) }
            return FigureLine(label: w.t(.reportFormat(.decisionLabel(d.text))), value: value)
        }
        out.append(
            w.line(.report(.disagreements), .reportFormat(.disagreements(f.decisions.disagreements, of: f.decisions.decisions.count))))
        let summary: ReportText
        switch f.closing.summary {
        case .notChecked: summary = .summaryNotChecked
        case .confirmed: summary = .summaryConfirmed
        case .correctedThenConfirmed: summary = .summaryCorrectedThenConfirmed
        case .corrected: summary = .summaryCorrected
        }
        out.append(w.line(.report(.summary), .report(summary)))
        if f.closing.evaluations.isEmpty { out.append(w.line(.report(.evaluation), .report(.noRatings))) }
        for e in f.closing.evaluations {
            let who = e.memberID.map(w.name) ?? w.t(.report(.wholeFamily))
            var parts = e.ratings.map { w.t(.reportFormat(.rating(item: $0.itemID, value: $0.value))) }
            if e.flagged { parts.append(w.t(.reportFormat(.lowRatings(f.closing.lowScore)))) }
            out.append(
                FigureLine(label: w.t(.reportFormat(.evaluationOf(who))), value: parts.joined(separator: " · "), attention: e.flagged))
        }
        return out
    }

    private static func voices(_ f: SessionFigures, _ w: Words) -> [FigureLine] {
        let v = f.voices
        var out = v.speakers.map { s in
            let share = v.familyEntries == 0 ? nil : Double(s.entries) / Double(v.familyEntries)
            return w.line(
                .reportFormat(.speaker(name: w.name(s.memberID), role: s.role)), .reportFormat(.speakerEntries(s.entries, share: share)))
        }
        out.append(
            w.line(
                .report(.children),
                v.familyEntries == 0 ? .report(.noFamilyWords) : .reportFormat(.childrenShare(v.childEntries, of: v.familyEntries))))
        out.append(FigureLine(label: w.t(.report(.workerAloud)), value: "\(v.workerAloud)"))
        out.append(FigureLine(label: w.t(.report(.workerNotes)), value: "\(v.workerNotes)"))
        return out
    }
}
