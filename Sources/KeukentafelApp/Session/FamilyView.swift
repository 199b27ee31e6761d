import KeukentafelDomain
import TerminalUI

/// The screen turned towards the family: only their own words, in plain language.
/// No worker notes, no technique names, no jargon.
enum FamilyView {
    /// The sections shared by the family view and the closing summary, from the same
    /// `FamilyPlan` the family takes home, so the screen and the paper never disagree.
    /// `limit` keeps the newest items of each section when the screen is small.
    static func sections(_ state: AppState, _ s: SessionState, limit: Int) -> [(String, [String])] {
        let plan = FamilyPlan(s.record, language: state.language)
        // The screen keeps a section with nothing in it yet, so the family sees where things will go.
        var result = [PlanSection.Kind.goals, .goingWell, .scales, .agreements].map { kind in
            (FamilyPlan.title(kind, state.language), Array((plan.section(kind)?.items ?? []).map(\.text).suffix(limit)))
        }
        if let next = plan.section(.nextAppointment) {
            result.append((next.title, next.items.map(\.text)))
        }
        return result
    }

    static func render(_ state: AppState, _ s: SessionState, on canvas: inout Canvas) {
        let theme = canvas.theme
        let area = canvas.bounds.inset(top: 1, left: 3, bottom: 2, right: 3)
        canvas.put(
            state.t(.sessionFormat(.familyViewTitle(s.record.name))), at: Point(x: area.x, y: area.y), style: theme.title, clip: area)
        renderSections(sections(state, s, limit: area.height >= 30 ? 8 : 2), state, in: area.inset(top: 2), on: &canvas)
        Chrome.hintLine(
            SessionKeys.familyView.hints(.main, state.language),
            in: Rect(x: 1, y: canvas.size.height - 1, width: canvas.size.width - 2, height: 1), on: &canvas)
    }

    static func renderSections(_ sections: [(String, [String])], _ state: AppState, in rect: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        var y = rect.y
        for (title, items) in sections where y < rect.maxY {
            canvas.put(title, at: Point(x: rect.x, y: y), style: theme.heading, clip: rect)
            y += 1
            for item in (items.isEmpty ? [state.t(.session(.familyNothingYet))] : items) {
                for (i, line) in TextWrap.lines(item, width: max(1, rect.width - 2)).enumerated() where y < rect.maxY {
                    canvas.put(
                        (i == 0 ? canvas.glyphs.bullet + " " : "  ") + line, at: Point(x: rect.x, y: y),
                        style: items.isEmpty ? theme.muted : theme.normal, clip: rect)
                    y += 1
                }
            }
            y += 1
        }
    }
}
