import Foundation
import KeukentafelDomain
import MethodAnalysis
import PromptLibrary

/// A trainee's practice rounds on paper: each figure and observer item per round, and the
/// latest round's strengths and points to practise, as Markdown or one standalone page.
public struct PracticeReport: Sendable {
    public let trainee: String
    public let language: Language
    let rounds: [PracticeRound]
    let progress: PracticeProgress
    let latest: PracticeFeedback?
    let checklist: [ObserverChecklistItem]

    /// The rounds of `trainee` in `logs` (each a practice family's whole log).
    public init(logs: [[Event]], trainee: String, catalog: PromptCatalog, language: Language) {
        self.trainee = trainee
        self.language = language
        rounds = PracticeRoundState.rounds(logs, trainee: trainee, catalog: catalog).map(\.round)
        progress = PracticeProgress(rounds, catalog: catalog)
        latest = rounds.last.map { PracticeFeedback.make($0.session, $0.trainee, observer: $0.observer, catalog: catalog) }
        checklist = catalog.observerChecklist
    }

    public var isEmpty: Bool { rounds.isEmpty }

    private var title: String { UIText.practiceRound(.progressTitle).text(language) + ": " + trainee }

    /// The series with a value in some round, in the levels file's order.
    private var shown: [PracticeProgress.Series] { progress.series.filter { $0.values.contains { $0 != nil } } }

    private func cell(_ value: Double?, _ measure: PracticeMeasure) -> String {
        value.map { PracticeFeedbackText.value($0, measure, language) } ?? "–"
    }

    private func date(_ d: Date) -> String {
        let t = LocalTime.at(d, .current)
        return "\(t.day)-\(t.month)-\(t.year)"
    }

    public var markdown: String {
        var out = ["# " + FamilyPlan.markdownEscaped(title), ""]
        let header = [""] + rounds.map { "R\($0.number) (\(date($0.date)))" }
        out.append("| " + header.joined(separator: " | ") + " |")
        out.append("|" + String(repeating: "---|", count: header.count))
        for s in shown {
            let label = FamilyPlan.markdownEscaped(PracticeFeedbackText.label(s.measure, language, checklist: checklist))
            out.append("| " + ([label] + s.values.map { cell($0, s.measure) }).joined(separator: " | ") + " |")
        }
        if let latest {
            for (heading, points) in [(PracticeFeedbackText.Heading.strengths, latest.strengths), (.toPractise, latest.toPractise)] {
                out += ["", "## " + PracticeFeedbackText.heading(heading, language), ""]
                if points.isEmpty { out.append(PracticeFeedbackText.heading(.nothingYet, language)) }
                out += points.map { "- " + FamilyPlan.markdownEscaped(PracticeFeedbackText.text($0, language, checklist: checklist)) }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public var html: String {
        var body = ["<h1>\(xmlEscaped(title))</h1>", "<table>", "<tr><th></th>"]
        body += rounds.map { "<th>R\($0.number)<br/><small>\(xmlEscaped(date($0.date)))</small></th>" }
        body.append("</tr>")
        for s in shown {
            body.append("<tr><th class=\"m\">\(xmlEscaped(PracticeFeedbackText.label(s.measure, language, checklist: checklist)))</th>")
            body += s.values.map { "<td>\(xmlEscaped(cell($0, s.measure)))</td>" }
            body.append("</tr>")
        }
        body.append("</table>")
        if let latest {
            for (heading, points) in [(PracticeFeedbackText.Heading.strengths, latest.strengths), (.toPractise, latest.toPractise)] {
                body.append("<h2>\(xmlEscaped(PracticeFeedbackText.heading(heading, language)))</h2><ul>")
                if points.isEmpty { body.append("<li>\(xmlEscaped(PracticeFeedbackText.heading(.nothingYet, language)))</li>") }
                body += points.map { "<li>\(xmlEscaped(PracticeFeedbackText.text($0, language, checklist: checklist)))</li>" }
                body.append("</ul>")
            }
        }
        return StandalonePage.html(title: title, language: language, css: Self.css, body: body)
    }

    /// Tables readable on screen and on A4.
    static let css = """
        body { font-family: sans-serif; margin: 2em; color: #222222; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #999999; padding: 0.3em 0.6em; text-align: right; }
        th.m { text-align: left; font-weight: normal; }
        @media print { @page { size: A4; margin: 15mm; } body { margin: 0; } }
        """
}
