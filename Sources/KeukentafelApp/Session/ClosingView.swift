import KeukentafelDomain
import TerminalUI

/// Closing: the summary in the family's words, their check of it, and their rating.
enum ClosingView {
    static func render(_ state: AppState, _ s: SessionState, on canvas: inout Canvas) {
        let theme = canvas.theme
        let area = canvas.bounds.inset(top: 1, left: 3, bottom: 3, right: 3)
        if case .evaluation(let progress) = s.mode {
            EvaluationView.render(state, s, progress, in: area, on: &canvas)
            return
        }
        canvas.put(state.t(.session(.closingTitle)), at: Point(x: area.x, y: area.y), style: theme.title, clip: area)
        let introHeight = min(2, TextBlock(state.t(.session(.closingIntro))).lines(width: area.width).count)
        TextBlock(state.t(.session(.closingIntro)), style: theme.muted).render(
            in: Rect(x: area.x, y: area.y + 1, width: area.width, height: introHeight), on: &canvas)
        var sections = FamilyView.sections(state, s)
        let corrections = ClosingMode.corrections(s)
        if !corrections.isEmpty {
            // Put first: what they changed is what they are asked to confirm now.
            let said = corrections.map { e in
                PlanSection.Item(text: "\u{201C}\(e.text)\u{201D} (\(e.speaker.flatMap { s.record.member($0)?.name } ?? ""))")
            }
            sections.insert((state.t(.session(.closingCorrectionsHeading)), said), at: 0)
        }
        FamilyView.renderLines(
            FamilyView.lines(sections, state, width: area.width, bullet: canvas.glyphs.bullet), scroll: s.familyScroll,
            in: area.inset(top: introHeight + 2), on: &canvas)
        let bottom = Rect(x: 1, y: canvas.size.height - 2, width: canvas.size.width - 2, height: 1)
        if s.mode == .closingCorrections {
            // Whose correction it is, as on the capture line; the prompt says what to type.
            let who = s.name(of: s.speaker, state.language)
            let x = canvas.put(
                "[" + who + "] " + canvas.glyphs.pointer + " ", at: Point(x: bottom.x, y: bottom.y), style: theme.accent, clip: bottom)
            s.editor.render(
                in: Rect(x: x, y: bottom.y, width: bottom.maxX - x, height: 1), on: &canvas, focused: true,
                placeholder: state.t(.session(.closingCorrectionsPrompt)))
            if let status = s.status {
                canvas.put(
                    state.t(status).truncated(cells: bottom.width, ellipsis: canvas.glyphs.ellipsis),
                    at: Point(x: bottom.x, y: bottom.y + 1), style: theme.warning,
                    clip: Rect(x: 1, y: bottom.y + 1, width: bottom.width, height: 1))
            }
        } else {
            canvas.put(state.t(.session(.closingConfirmHint)), at: Point(x: bottom.x, y: bottom.y), style: theme.accent, clip: bottom)
        }
    }
}
