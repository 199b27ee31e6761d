import Foundation
import KeukentafelDomain
import TerminalUI

/// Who is present, before a session starts, beside the family's earlier sessions.
enum PresenceView {
    static func render(_ state: AppState, _ p: PresenceState, on canvas: inout Canvas) {
        let theme = canvas.theme
        Chrome.header(state, title: state.t(.familyListFormat(.presenceTitle(p.record.name))), on: &canvas)
        let body = Chrome.body(canvas).inset(top: 1, left: 2, bottom: 1, right: 2)
        let introText: FamilyListText =
            p.record.members.isEmpty ? .presenceNone : (p.midSession ? .presenceIntroMidSession : .presenceIntro)
        let intro = TextBlock(state.t(.familyList(introText)), style: theme.muted)
        let introHeight = min(3, intro.lines(width: body.width).count)
        intro.render(in: Rect(x: body.x, y: body.y, width: body.width, height: introHeight), on: &canvas)
        let list = Rect(x: body.x, y: body.y + introHeight + 1, width: min(body.width, 60), height: max(0, body.height - introHeight - 1))
        p.list.render(in: list, on: &canvas) { i, rect, selected, canvas in
            let m = p.record.members[i]
            let mark = p.present.contains(m.id) ? "[x]" : "[ ]"
            let style = selected ? canvas.theme.focus : canvas.theme.normal
            canvas.fill(rect, style: style)
            let away = m.livesElsewhere ? " (" + state.t(.familyList(.livesElsewhere)) + ")" : ""
            canvas.put(" \(i + 1) \(mark) \(m.name)\(away)", at: Point(x: rect.x, y: rect.y), style: style, clip: rect)
        }
        // The family's earlier sessions, newest first, beside (or under) the list.
        let sessions = p.record.sessions.reversed()
        if !sessions.isEmpty {
            let side =
                body.width >= 100
                ? Rect(x: list.maxX + 4, y: list.y, width: body.maxX - list.maxX - 4, height: list.height)
                : Rect(
                    x: body.x, y: list.y + p.record.members.count + 1, width: body.width,
                    height: max(0, list.maxY - list.y - p.record.members.count - 1))
            var y = side.y
            if side.height > 1 {
                canvas.put(state.t(.familyList(.earlierSessions)), at: Point(x: side.x, y: y), style: theme.heading, clip: side)
                y += 1
            }
            for session in sessions where y < side.maxY {
                let words = p.record.entries.filter { $0.sessionID == session.id && !$0.isWorkers }.count
                let end = session.ended ?? p.record.entries.last { $0.sessionID == session.id }?.time ?? session.started
                let days = max(0, Int(state.now.instant.timeIntervalSince(session.started) / 86_400))
                let minutes = max(0, Int(end.timeIntervalSince(session.started) / 60))
                canvas.put(
                    state.t(.familyListFormat(.sessionLine(number: session.number, daysAgo: days, minutes: minutes, words: words))),
                    at: Point(x: side.x, y: y), style: theme.muted, clip: side)
                y += 1
            }
        }
        if p.editing != .none {
            // The name being typed, on the last row above the hints.
            let row = Rect(x: body.x, y: body.maxY, width: body.width, height: 1)
            canvas.fill(row)
            let label = state.t(.familyList(p.editing == .adding ? .newMemberLabel : .renameMemberLabel))
            let x = canvas.put(
                "[" + label + "] " + canvas.glyphs.pointer + " ", at: Point(x: row.x, y: row.y), style: theme.accent, clip: row)
            p.editor.render(
                in: Rect(x: x, y: row.y, width: row.maxX - x, height: 1), on: &canvas, focused: true,
                placeholder: state.t(.familyList(.newMemberPlaceholder)))
        }
        Chrome.footer(PresenceFeature.keys.hints(.main, state.language), on: &canvas)
    }
}
