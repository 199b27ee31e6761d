import Foundation
import KeukentafelDomain
import MethodAnalysis
import PromptLibrary
import TerminalUI

/// Draws the observer's scoring, the feedback, and the progress over rounds.
enum PracticeRoundView {
    static func render(_ state: AppState, _ s: PracticeRoundState, on canvas: inout Canvas) {
        let round = s.roundIndex.map { $0 + 1 } ?? s.rounds.count
        let subtitle = state.t(.practiceRoundFormat(.roundOf(round: round, trainee: s.trainee)))
        let body = Chrome.body(canvas).inset(top: 1, left: 2, bottom: 1, right: 2)
        switch s.stage {
        case .observer:
            Chrome.header(state, title: state.t(.practiceRound(.observerTitle)) + ": " + subtitle, on: &canvas)
            observer(state, s, in: body, on: &canvas)
            Chrome.footer(PracticeRoundFeature.scoringKeys.hints(.main, state.language), on: &canvas)
        case .feedback:
            Chrome.header(state, title: state.t(.practiceRound(.feedbackTitle)) + ": " + subtitle, on: &canvas)
            PracticeView.scrolled(feedbackLines(state, s, width: body.width, theme: canvas.theme), s.scroll, in: body, on: &canvas)
            Chrome.footer(PracticeRoundFeature.keys.hints(.main, state.language), on: &canvas)
        case .progress:
            Chrome.header(state, title: state.t(.practiceRound(.progressTitle)) + ": " + s.trainee, on: &canvas)
            progress(state, s, in: body, on: &canvas)
            Chrome.footer(PracticeRoundFeature.keys.hints(.main, state.language), on: &canvas)
        }
        if let status = s.status { Chrome.status(state.t(status), on: &canvas) }
    }

    /// The name line, the checklist with each item's score, and what the chosen item's scores mean.
    static func observer(_ state: AppState, _ s: PracticeRoundState, in body: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        let checklist = state.prompts.observerChecklist
        var y = body.y
        for line in TextWrap.lines(state.t(.practiceRound(.observerIntro)), width: body.width).prefix(2) {
            canvas.put(line, at: Point(x: body.x, y: y), style: theme.muted, clip: body)
            y += 1
        }
        y += 1
        let labelEnd = canvas.put(
            state.t(.practiceRound(.observerNameLabel)) + ": ", at: Point(x: body.x, y: y), style: theme.heading, clip: body)
        s.observerName.render(
            in: Rect(x: labelEnd, y: y, width: max(1, min(40, body.maxX - labelEnd)), height: 1), on: &canvas,
            style: theme.normal.with(.underline), focused: !s.saving, placeholder: state.t(.practiceRound(.observerNamePlaceholder)))
        y += 2
        let explainHeight = body.height >= 20 ? 4 : 2
        let listHeight = max(1, body.maxY - y - explainHeight - 1)
        let first = max(0, min(s.item - listHeight + 1, checklist.count - listHeight))
        for (row, i) in (first..<checklist.count).enumerated() where row < listHeight {
            let item = checklist[i]
            let chosen = i == s.item
            let given = s.scores[item.id]
            let scoreText = (0...2).map { (v: Int) -> String in given == v ? "[\(v)]" : " \(v) " }.joined()
            let rowRect = Rect(x: body.x, y: y + row, width: body.width, height: 1)
            let style = chosen ? theme.focus : theme.normal
            canvas.fill(rowRect, style: style)
            let label = (item.wording[state.language] ?? item.id)
            canvas.put(
                " " + label.truncated(cells: max(1, body.width - scoreText.displayWidth - 3), ellipsis: canvas.glyphs.ellipsis),
                at: Point(x: body.x, y: y + row), style: style, clip: rowRect)
            canvas.put(scoreText, at: Point(x: body.maxX - scoreText.displayWidth, y: y + row), style: style.with(.bold), clip: rowRect)
        }
        guard checklist.indices.contains(s.item) else { return }
        let item = checklist[s.item]
        let explain = Rect(x: body.x, y: body.maxY - explainHeight, width: body.width, height: explainHeight)
        var lines: [String] = []
        for v in 0...2 {
            if let meaning = item.levels[v]?[state.language] { lines += TextWrap.lines("\(v): " + meaning, width: body.width) }
        }
        for (i, line) in lines.prefix(explainHeight).enumerated() {
            canvas.put(line, at: Point(x: explain.x, y: explain.y + i), style: theme.muted, clip: explain)
        }
    }

    /// Strengths, points to practise, the worker's questions, time per phase, the observer, then every figure.
    static func feedbackLines(_ state: AppState, _ s: PracticeRoundState, width: Int, theme: Theme) -> [(String, Style)] {
        let language = state.language
        let checklist = state.prompts.observerChecklist
        let feedback = s.feedback(state.prompts)
        var lines: [(String, Style)] = []
        func section(_ title: String, _ points: [PracticeFeedback.Point]) {
            lines.append((title, theme.heading))
            if points.isEmpty { lines += PracticeView.wrapped(PracticeFeedbackText.heading(.nothingYet, language), width, theme.muted) }
            for p in points {
                lines += PracticeView.wrapped("• " + PracticeFeedbackText.text(p, language, checklist: checklist), width, theme.normal)
            }
            lines.append(("", theme.normal))
        }
        section(PracticeFeedbackText.heading(.strengths, language), feedback.strengths)
        section(PracticeFeedbackText.heading(.toPractise, language), feedback.toPractise)
        let t = s.traineeFigures
        lines.append((state.t(.practiceRound(.questionsHeading)), theme.heading))
        lines += PracticeView.wrapped(
            state.t(.practiceRoundFormat(.questions(open: t.open, closed: t.closed))) + " · "
                + state.t(.practiceRoundFormat(.buildsOn(t.buildOn, of: t.couldBuildOn))) + " · "
                + state.t(.practiceRoundFormat(.stacked(t.stacked))), width, theme.normal)
        lines.append(("", theme.normal))
        lines.append((state.t(.practiceRound(.phasesHeading)), theme.heading))
        let phases = s.figures.phases.totals.map {
            state.t(
                .practiceRoundFormat(.phase(state.t(.promptBrowserFormat(.phase($0.phase))), minutes: Int(($0.seconds / 60).rounded()))))
        }
        lines += PracticeView.wrapped(phases.isEmpty ? "–" : phases.joined(separator: " · "), width, theme.normal)
        lines.append(("", theme.normal))
        lines.append((state.t(.practiceRound(.observerHeading)), theme.heading))
        if let observer = s.observer {
            lines += PracticeView.wrapped(state.t(.practiceRoundFormat(.observed(observer.observer ?? "?"))), width, theme.muted)
            for item in checklist {
                guard let score = observer.scores[item.id] else { continue }
                lines += PracticeView.wrapped("\(score)  " + (item.wording[language] ?? item.id), width, theme.normal)
            }
        } else {
            lines += PracticeView.wrapped(state.t(.practiceRound(.noObserver)), width, theme.muted)
        }
        lines.append(("", theme.normal))
        lines.append((state.t(.practiceRound(.moreFigures)), theme.heading))
        for section in FigureLines.sections(s.figures, s.record, language) {
            lines.append((section.title, theme.muted.with(.bold)))
            for line in section.lines {
                lines += PracticeView.wrapped("  " + line.label + ": " + line.value, width, line.attention ? theme.warning : theme.normal)
            }
        }
        return lines
    }

    /// A table of every measure over the rounds, and the chosen one as a chart.
    static func progress(_ state: AppState, _ s: PracticeRoundState, in body: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        let series = PracticeRoundFeature.progressSeries(s, state.prompts)
        guard !series.isEmpty, !s.rounds.isEmpty else {
            TextBlock(state.t(.practiceRound(.noRounds)), style: theme.muted).render(in: body, on: &canvas)
            return
        }
        let checklist = state.prompts.observerChecklist
        let rounds = s.rounds.suffix(max(1, (body.width - 28) / 7))
        let labelWidth = max(10, body.width - rounds.count * 7 - 1)
        var header = "".padding(toLength: labelWidth, withPad: " ", startingAt: 0)
        for r in rounds { header += String(" R\(r.number)".padding(toLength: 7, withPad: " ", startingAt: 0)) }
        canvas.put(header, at: Point(x: body.x, y: body.y), style: theme.heading, clip: body)
        let tableHeight = min(series.count, max(3, body.height / 2 - 1))
        let first = max(0, min(s.measure - tableHeight + 1, series.count - tableHeight))
        for (row, i) in (first..<series.count).enumerated() where row < tableHeight {
            let line = series[i]
            let y = body.y + 1 + row
            let chosen = i == s.measure
            let style = chosen ? theme.focus : theme.normal
            canvas.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: style)
            let label = PracticeFeedbackText.label(line.measure, state.language, checklist: checklist)
            canvas.put(
                label.truncated(cells: labelWidth - 1, ellipsis: canvas.glyphs.ellipsis), at: Point(x: body.x, y: y), style: style,
                clip: body)
            var x = body.x + labelWidth
            for value in line.values.suffix(rounds.count) {
                let text = value.map { PracticeFeedbackText.value($0, line.measure, state.language) } ?? "–"
                canvas.put(text.truncated(cells: 6, ellipsis: canvas.glyphs.ellipsis), at: Point(x: x + 1, y: y), style: style, clip: body)
                x += 7
            }
        }
        // The chosen measure as a chart, on a 0–10 scale (percentages in tens).
        guard series.indices.contains(s.measure) else { return }
        let chosen = series[s.measure]
        let top = body.y + tableHeight + 2
        let chartRect = Rect(x: body.x, y: top, width: body.width, height: max(0, body.maxY - top))
        guard chartRect.height >= 5 else { return }
        let scale = (chosen.values.compactMap { $0 }.max() ?? 0) > 10 || chosen.good.map { $0 > 10 } == true ? 10.0 : 1.0
        let chart = LineChart(
            range: 0...10, labels: s.rounds.map { "R\($0.number)" },
            series: [
                LineChart.Series(
                    mark: "●", label: PracticeFeedbackText.label(chosen.measure, state.language, checklist: checklist),
                    values: chosen.values.map { $0.map { Int(($0 / scale).rounded()) } }, style: theme.accent)
            ])
        chart.render(in: chartRect, on: &canvas)
    }
}
