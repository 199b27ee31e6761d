import Foundation
import KeukentafelDomain
import TerminalUI

/// Review's right-hand panel, as the record stood at the chosen step: the live screen's
/// own genogram, network and scale views, the session's figures, and its annotations.
enum ReviewPanelView {
    static func render(_ state: AppState, _ s: ReviewState, _ replay: Replay, in rect: Rect, on canvas: inout Canvas) {
        guard rect.width > 4, rect.height > 1 else { return }
        let theme = canvas.theme
        var x = rect.x
        for panel in ReviewPanel.allCases where x < rect.maxX {
            let title = state.t(.reviewFormat(.panelTitle(panel)))
            let selected = panel == replay.panel
            x =
                canvas.put(
                    selected ? title : String(title.prefix(3)), at: Point(x: x, y: rect.y),
                    style: selected ? theme.focus.with(.bold) : theme.muted, clip: rect) + 1
        }
        let body = rect.inset(top: 2)
        // The live screen's panels, drawn from the record at this moment.
        let moment = SessionState(record: replay.cursor.record, sessionID: replay.sessionID)
        switch replay.panel {
        case .genogram: SidePanelView.genogram(state, moment, in: body, on: &canvas)
        case .network: SidePanelView.network(state, moment, in: body, on: &canvas)
        case .scales: SidePanelView.scales(state, moment, in: body, on: &canvas)
        case .figures: figures(state, s, replay, in: body, on: &canvas)
        case .notes: notes(state, s, replay, in: body, on: &canvas)
        }
    }

    /// The session's figures by section; what asks for attention stands out.
    static func figures(_ state: AppState, _ s: ReviewState, _ replay: Replay, in rect: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        guard let figures = replay.figures else { return }
        var lines: [(String, Style, Int)] = []
        for section in FigureLines.sections(figures, s.record, state.language) {
            lines.append((section.title, theme.heading, 0))
            for line in section.lines {
                let text = line.label + ": " + line.value
                for (i, l) in TextWrap.lines(text, width: max(1, rect.width - 3)).enumerated() {
                    lines.append(((i == 0 ? (line.attention ? "! " : "  ") : "    ") + l, line.attention ? theme.warning : theme.normal, 0))
                }
            }
        }
        let first = min(replay.figuresScroll, max(0, lines.count - rect.height))
        for (row, line) in lines.dropFirst(first).prefix(rect.height).enumerated() {
            canvas.put(line.0, at: Point(x: rect.x + line.2, y: rect.y + row), style: line.1, clip: rect)
        }
    }

    /// Every annotation on this session, in the order of the steps they are about.
    static func notes(_ state: AppState, _ s: ReviewState, _ replay: Replay, in rect: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        var y = rect.y
        var any = false
        let byTarget = Dictionary(grouping: s.record.annotations, by: \.note.targetEventID)
        for (i, step) in replay.steps.enumerated() where y < rect.maxY {
            for a in byTarget[step.eventID] ?? [] where y < rect.maxY {
                any = true
                let code = a.note.code.map { c in state.prompts.reviewChecklist.first { $0.code == c }?.label(state.language) ?? c }
                let head = state.t(.reviewFormat(.stepOf(i + 1, replay.steps.count))) + " · " + a.author
                canvas.put(head, at: Point(x: rect.x, y: y), style: i == replay.list.selected ? theme.accent : theme.heading, clip: rect)
                y += 1
                for text in [code, a.note.text.isEmpty ? nil : a.note.text].compactMap({ $0 }) {
                    for l in TextWrap.lines(text, width: max(1, rect.width - 1)) where y < rect.maxY {
                        canvas.put(l, at: Point(x: rect.x + 1, y: y), clip: rect)
                        y += 1
                    }
                }
            }
        }
        if !any { TextBlock(state.t(.review(.emptyPanel)), style: theme.muted).render(in: rect, on: &canvas) }
    }
}
