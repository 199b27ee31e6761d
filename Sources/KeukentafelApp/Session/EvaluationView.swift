import KeukentafelDomain
import TerminalUI

/// The evaluation: whose turn it is, their items in words that fit them, and what 0 and 10
/// mean for the item they are answering.
enum EvaluationView {
    static func render(_ state: AppState, _ s: SessionState, _ p: EvaluationProgress, in area: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        let items = Evaluation.items(state.prompts, state.language)
        let people = Evaluation.respondents(s)
        // After the last answer (waiting for the store) the last person's items stay in view.
        let person = min(p.person, people.count - 1)
        let current = p.person < people.count ? p.item : items.count
        let member = people.indices.contains(person) ? people[person] : nil
        let name = member?.name ?? state.t(.session(.evaluationFamily))
        let audience = Evaluation.audience(for: member, year: s.currentYear(state.now.instant))
        canvas.put(state.t(.session(.evaluationTitle)), at: Point(x: area.x, y: area.y), style: theme.title, clip: area)
        canvas.put(
            state.t(.sessionFormat(.evaluationTurn(name, person + 1, people.count))), at: Point(x: area.x, y: area.y + 1),
            style: theme.accent, clip: area)
        let answers = p.answers[person] ?? [:]
        var y = area.y + 3
        for (i, item) in items.enumerated() where y < area.maxY {
            let rating = answers[item.id].map { " \($0)" } ?? ""
            let style = i == current ? theme.focus : (i < current ? theme.muted : theme.normal)
            canvas.put("\(item.wording(for: audience))\(rating)", at: Point(x: area.x, y: y), style: style, clip: area)
            if i == current, let anchors = item.anchors {
                for (n, meaning) in [(0, anchors.zero), (10, anchors.ten)] {
                    y += 1
                    canvas.put(
                        state.t(.sessionFormat(.evaluationAnchor(n, meaning))), at: Point(x: area.x + 2, y: y), style: theme.muted,
                        clip: area)
                }
            }
            y += 2
        }
        canvas.put(
            state.t(.sessionFormat(.evaluationHint(min(current + 1, items.count), items.count))),
            at: Point(x: 1, y: canvas.size.height - 2), style: theme.accent)
    }
}
