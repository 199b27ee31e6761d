import Foundation
import KeukentafelDomain
import TerminalUI

/// Draws review: the session chooser, or the replay with its phase bar, the steps in
/// recorded order, the chosen step in full with the card that was showing and its
/// annotations, and the side panel as it stood at that step.
enum ReviewView {
    struct Layout {
        let bar: Rect
        let list: Rect
        let detail: Rect
        let side: Rect

        init(size: Size) {
            let body = Rect(x: 1, y: 2, width: max(0, size.width - 2), height: max(0, size.height - 4))
            bar = Rect(x: body.x, y: body.y, width: body.width, height: 2)
            let rest = body.inset(top: 3)
            // The side panel takes a third of a wide screen, and a fixed strip of a narrow one.
            let sideWidth = size.width >= 120 ? rest.width * 2 / 5 : max(24, rest.width * 2 / 5)
            side = Rect(x: rest.maxX - sideWidth, y: rest.y, width: sideWidth, height: rest.height)
            let left = Rect(x: rest.x, y: rest.y, width: max(0, rest.width - sideWidth - 2), height: rest.height)
            let detailHeight = min(max(5, left.height / 3), 9)
            list = Rect(x: left.x, y: left.y, width: left.width, height: max(1, left.height - detailHeight - 1))
            detail = Rect(x: left.x, y: list.maxY + 1, width: left.width, height: max(0, left.maxY - list.maxY - 1))
        }
    }

    static func render(_ state: AppState, _ s: ReviewState, on canvas: inout Canvas) {
        guard let replay = s.replay, let session = s.record.sessions.first(where: { $0.id == replay.sessionID }) else {
            sessions(state, s, on: &canvas)
            return
        }
        let title =
            state.t(.review(.reviewTitle)) + ": " + state.t(.reviewFormat(.sessionHeading(family: s.record.name, number: session.number)))
        let position = state.t(.reviewFormat(.stepOf(replay.list.selected + 1, replay.steps.count)))
        Chrome.header(state, title: title, right: (position + " ", canvas.theme.muted), on: &canvas)
        let layout = Layout(size: canvas.size)
        PhaseBar.render(state, replay, session, in: layout.bar, on: &canvas)
        steps(state, s, replay, in: layout.list, on: &canvas)
        canvas.horizontalLine(y: layout.detail.y - 1, from: layout.detail.x, to: layout.detail.maxX, style: canvas.theme.border)
        detail(state, s, replay, in: layout.detail, on: &canvas)
        canvas.verticalLine(x: layout.side.x - 1, from: layout.side.y, to: layout.side.maxY, style: canvas.theme.border)
        ReviewPanelView.render(state, s, replay, in: layout.side, on: &canvas)
        if let draft = replay.draft {
            annotationBox(state, draft, over: layout, on: &canvas)
            Chrome.footer(ReviewFeature.draftKeys.hints(.main, state.language), on: &canvas)
        } else {
            Chrome.footer(ReviewFeature.keys.hints(.main, state.language), on: &canvas)
        }
        if let status = replay.status { Chrome.status(state.t(status), on: &canvas) }
    }

    // MARK: Choosing a session

    static func sessions(_ state: AppState, _ s: ReviewState, on canvas: inout Canvas) {
        let theme = canvas.theme
        Chrome.header(state, title: state.t(.review(.reviewTitle)) + ": " + s.record.name, on: &canvas)
        let body = Chrome.body(canvas).inset(top: 1, left: 2, bottom: 1, right: 2)
        canvas.put(state.t(.review(.chooseSession)), at: Point(x: body.x, y: body.y), style: theme.heading, clip: body)
        let intro = TextWrap.lines(state.t(.review(.sessionsIntro)), width: max(1, body.width))
        for (i, line) in intro.prefix(2).enumerated() {
            canvas.put(line, at: Point(x: body.x, y: body.y + 1 + i), style: theme.muted, clip: body)
        }
        let list = body.inset(top: 2 + min(2, intro.count))
        let sessions = s.sessionsNewestFirst
        if sessions.isEmpty {
            TextBlock(state.t(.review(.noSessions)), style: theme.muted).render(in: list, on: &canvas)
        }
        s.sessions.render(in: list, on: &canvas) { i, rect, selected, canvas in
            let session = sessions[i]
            let style = selected ? canvas.theme.focus : canvas.theme.normal
            canvas.fill(rect, style: style)
            let date = LocalTime.at(session.started, state.timeZone)
            let end = session.ended ?? s.lastEventTimes[session.id] ?? session.started
            let minutes = max(0, Int(end.timeIntervalSince(session.started) / 60))
            let notes = s.annotationCounts[session.id] ?? 0
            var parts = [
                state.t(.reviewFormat(.sessionLine(number: session.number, practice: session.kind == .practice))),
                date.longDate(state.language) + " " + date.clock,
                state.t(.reviewFormat(.minutes(minutes))),
                session.worker,
            ]
            if session.ended == nil { parts.append(state.t(.review(.notEnded))) }
            if notes > 0 { parts.append("✎ \(notes)") }
            canvas.put(
                (" " + parts.joined(separator: "  ·  ")).truncated(cells: rect.width, ellipsis: canvas.glyphs.ellipsis),
                at: Point(x: rect.x, y: rect.y), style: style, clip: rect)
        }
        Chrome.footer(
            ReviewFeature.keys.hints(.main, state.language).filter { hint in
                [
                    state.t(.common(.hintChoose)), state.t(.common(.hintOpen)), state.t(.review(.hintProgress)),
                    state.t(.common(.hintBack)),
                    state.t(.common(.hintHelp)),
                ].contains(hint.label)
            }, on: &canvas)
    }

    // MARK: The replay

    /// The steps, one line each: minutes into the session, what it was, who, the words.
    static func steps(_ state: AppState, _ s: ReviewState, _ replay: Replay, in rect: Rect, on canvas: inout Canvas) {
        let start = s.record.sessions.first { $0.id == replay.sessionID }?.started ?? replay.steps.first?.time ?? Date()
        let annotated = Set(s.record.annotations.map(\.note.targetEventID))
        replay.list.render(in: rect, on: &canvas) { i, row, selected, canvas in
            let step = replay.steps[i]
            let theme = canvas.theme
            let style = selected ? theme.focus : (step.isFamilyWords ? theme.normal : theme.muted)
            canvas.fill(row, style: style)
            let minutes = max(0, Int(step.time.timeIntervalSince(start) / 60))
            var x = canvas.put(
                (minutes < 10 ? " " : "") + "\(minutes)′ ", at: Point(x: row.x, y: row.y), style: selected ? style : theme.muted, clip: row)
            x = canvas.put(
                annotated.contains(step.eventID) ? "✎" : " ", at: Point(x: x, y: row.y), style: selected ? style : theme.accent, clip: row)
            // With room, the card that was showing stands beside each step.
            let cardWidth = row.width >= 90 ? min(30, row.width / 4) : 0
            let text = " " + line(state, step)
            canvas.put(
                text.truncated(cells: max(0, row.maxX - x - cardWidth), ellipsis: canvas.glyphs.ellipsis), at: Point(x: x, y: row.y),
                style: style, clip: row)
            if cardWidth > 0, step.item != .card, let card = step.card {
                let title = state.prompts.prompt(card, state.language)?.title ?? card
                canvas.put(
                    title.truncated(cells: cardWidth - 1, ellipsis: canvas.glyphs.ellipsis),
                    at: Point(x: row.maxX - cardWidth + 1, y: row.y),
                    style: selected ? style : theme.muted, clip: row)
            }
        }
    }

    /// One step in a line: "Sara: we ontbijten samen", "[cijfer] ochtenden · Sara 4".
    static func line(_ state: AppState, _ step: ReviewStep) -> String {
        let label = "[" + state.t(.reviewFormat(.item(step.item))) + "] "
        switch step.item {
        case .words: return (step.who ?? "?") + ": " + step.text
        case .phase: return "── " + state.t(.promptBrowserFormat(.phase(step.phaseTo ?? step.phase))) + " ──"
        case .card: return label + (state.prompts.prompt(step.text, state.language)?.title ?? step.text)
        case .scaleValue:
            return label + step.text + " · " + (step.who ?? "?") + " " + (step.value.map(String.init) ?? "?")
        case .started:
            return label + (step.value.map { state.t(.reviewFormat(.sessionLine(number: $0, practice: false))) } ?? "") + " · " + step.text
        case .amended: return label + (step.before ?? "") + " → " + step.text
        case .decision: return label + step.text + (step.ladderLevel.map { " · " + state.t(.reviewFormat(.ladder($0))) } ?? "")
        case .agreement, .preference: return label + (step.who.map { $0 + ": " } ?? "") + step.text
        case .summary:
            return label + state.t(.review(step.value == 1 ? .confirmed : .corrected)) + (step.text.isEmpty ? "" : ": " + step.text)
        case .evaluation: return label + (step.who.map { $0 + ": " } ?? "") + step.text
        case .goalChanged: return label + step.text + (step.goalStatus.map { " · " + state.t(.reviewFormat(.goalStatus($0))) } ?? "")
        case .tagged: return label + step.tags.map { state.t(.sessionFormat(.tag($0))) }.joined(separator: ", ") + " · " + step.text
        default: return label + step.text
        }
    }

    /// The chosen step in full: the card that was showing, the words wrapped, a scale's
    /// value beside the person's earlier one, and the annotations on it.
    static func detail(_ state: AppState, _ s: ReviewState, _ replay: Replay, in rect: Rect, on canvas: inout Canvas) {
        guard let step = replay.selected, rect.height > 0 else { return }
        let theme = canvas.theme
        var y = rect.y
        let card = step.card.flatMap { state.prompts.prompt($0, state.language) }
        let cardLine = state.t(.review(.cardShowing)) + ": " + (card?.title ?? state.t(.review(.noCard)))
        canvas.put(
            cardLine.truncated(cells: rect.width, ellipsis: canvas.glyphs.ellipsis), at: Point(x: rect.x, y: y), style: theme.heading,
            clip: rect)
        y += 1
        var lines: [(String, Style)] = []
        switch step.item {
        case .scaleValue:
            let kind = step.scaleKind.map { " (" + state.t(.sessionFormat(.scaleKindShort($0))) + ")" } ?? ""
            lines.append((step.text + kind, theme.normal))
            lines.append(
                ((step.who ?? "?") + ": " + (step.before.map { $0 + " → " } ?? "") + (step.value.map(String.init) ?? "?"), theme.accent))
        case .amended:
            lines.append(((step.before ?? ""), theme.muted))
            lines.append(("→ " + step.text, theme.normal))
        default:
            lines.append((line(state, step), theme.normal))
        }
        if !step.tags.isEmpty && step.item != .tagged {
            lines.append((step.tags.map { state.t(.sessionFormat(.tag($0))) }.joined(separator: ", "), theme.muted))
        }
        for a in s.annotations(on: step.eventID) {
            let code =
                a.note.code.map { code in
                    "[" + (state.prompts.reviewChecklist.first { $0.code == code }?.label(state.language) ?? code) + "] "
                } ?? ""
            lines.append(
                (
                    "✎ " + state.t(.reviewFormat(.annotationBy(author: a.author, role: a.note.role))) + ": " + code + a.note.text,
                    theme.accent
                ))
        }
        for (text, style) in lines {
            for l in TextWrap.lines(text, width: max(1, rect.width)) where y < rect.maxY {
                canvas.put(l, at: Point(x: rect.x, y: y), style: style, clip: rect)
                y += 1
            }
        }
    }

    /// The annotation box over the detail area: the note, then the checklist to choose a code from.
    static func annotationBox(_ state: AppState, _ draft: AnnotationDraft, over layout: Layout, on canvas: inout Canvas) {
        let theme = canvas.theme
        let checklist = state.prompts.reviewChecklist
        let options = [state.t(.review(.noCode))] + checklist.map { $0.label(state.language) }
        let width = min(canvas.size.width - 4, max(50, layout.list.width))
        let height = min(canvas.size.height - 4, options.count + 5)
        let box = Rect(x: (canvas.size.width - width) / 2, y: max(2, (canvas.size.height - height) / 2), width: width, height: height)
        canvas.fill(box, style: theme.normal)
        canvas.box(box, style: theme.border, title: " " + state.t(.review(.annotateTitle)) + " ", titleStyle: theme.heading)
        let inner = box.inset(by: 1).inset(left: 1, right: 1)
        let labelEnd = canvas.put(
            state.t(.review(.annotateNote)) + ": ", at: Point(x: inner.x, y: inner.y), style: theme.heading, clip: inner)
        draft.editor.render(
            in: Rect(x: labelEnd, y: inner.y, width: max(1, inner.maxX - labelEnd), height: 1), on: &canvas,
            style: theme.normal.with(.underline), focused: !draft.saving, placeholder: state.t(.review(.annotatePlaceholder)))
        let list = inner.inset(top: 2)
        // Keep the chosen code in view when the checklist is longer than the box.
        let first = max(0, min(draft.code - list.height + 1, options.count - list.height))
        for (row, i) in (first..<options.count).enumerated() where row < list.height {
            let chosen = i == draft.code
            canvas.put(
                ((chosen ? canvas.glyphs.pointer : " ") + " " + options[i]).truncated(cells: list.width, ellipsis: canvas.glyphs.ellipsis),
                at: Point(x: list.x, y: list.y + row), style: chosen ? theme.focus : theme.normal, clip: list)
        }
    }
}
