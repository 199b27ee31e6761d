import KeukentafelDomain
import TerminalUI

/// The screen turned towards the family: only their own words, in plain language.
/// No worker notes, no technique names, no jargon.
enum FamilyView {
    /// The family's standing words with any of these tags, newest last (never notes).
    static func words(_ s: SessionState, tagged tags: Set<Tag>) -> [FamilyRecord.Entry] {
        s.record.standingEntries.filter { !$0.isWorkers && !Set($0.tags).isDisjoint(with: tags) }
    }

    /// The sections shared by the family view and the closing summary.
    /// `limit` keeps the newest items of each section when the screen is small.
    static func sections(_ state: AppState, _ s: SessionState, width: Int, limit: Int) -> [(String, [String])] {
        let name = { (e: FamilyRecord.Entry) in e.speaker.flatMap { s.record.member($0)?.name } ?? "" }
        let goals = s.record.goals.filter { $0.status != .dropped }.map { $0.text }
        let well = words(s, tagged: [.exception, .strength]).suffix(limit).map { "“\($0.text)” (\(name($0)))" }
        var scales: [String] = []
        for scale in s.record.scales {
            let latest = s.record.members.compactMap { m -> String? in
                scale.values.last { $0.memberID == m.id }.map { "\(m.name) \($0.value)" }
            }
            if !latest.isEmpty { scales.append(scale.topic + ": " + latest.joined(separator: ", ")) }
        }
        let agreements =
            s.record.agreements.map { [$0.who, $0.what, $0.byWhen].compactMap { $0 }.joined(separator: " · ") }
            + words(s, tagged: [.agreement]).map { "“\($0.text)” (\(name($0)))" }
        var result = [
            (state.t(.session(.familyGoals)), Array(goals.suffix(limit))), (state.t(.session(.familyGoingWell)), Array(well)),
            (state.t(.session(.familyScales)), Array(scales.suffix(limit))),
            (state.t(.session(.familyAgreements)), Array(agreements.suffix(limit))),
        ]
        if let next = s.record.nextAppointment {
            result.append(
                (state.t(.session(.closingNextAppointment)), [[next.when, next.place].compactMap { $0 }.joined(separator: " · ")]))
        }
        return result
    }

    static func render(_ state: AppState, _ s: SessionState, on canvas: inout Canvas) {
        let theme = canvas.theme
        let area = canvas.bounds.inset(top: 1, left: 3, bottom: 2, right: 3)
        canvas.put(
            state.t(.sessionFormat(.familyViewTitle(s.record.name))), at: Point(x: area.x, y: area.y), style: theme.title, clip: area)
        renderSections(sections(state, s, width: area.width, limit: area.height >= 30 ? 8 : 2), state, in: area.inset(top: 2), on: &canvas)
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
