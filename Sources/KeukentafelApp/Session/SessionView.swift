import Foundation
import KeukentafelDomain
import PromptLibrary
import Synchronization
import TerminalUI

/// The live conversation screen: header, who is present, the prompt card, the
/// transcript beside a side panel, the input line, a status line and key hints.
enum SessionView {
    struct Layout: Sendable {
        let size: Size
        let presence: Rect, card: Rect, transcript: Rect, panel: Rect?, input: Rect, status: Rect, hints: Rect
        let ruleAfterCard: Int, ruleBeforeInput: Int

        /// The last layout made: the screen is laid out on every key, mostly at one size.
        private static let last = Mutex<Layout?>(nil)

        static func of(_ size: Size) -> Layout {
            if let known = last.withLock({ $0 }), known.size == size { return known }
            let layout = Layout(size: size)
            last.withLock { $0 = layout }
            return layout
        }

        init(size: Size) {
            self.size = size
            let w = size.width
            let h = size.height
            let cardHeight = h >= 36 ? 9 : (h >= 24 ? 6 : max(2, h / 5))
            let rows = Rect(size: size).split(
                .vertical, [.fixed(2), .fixed(1), .fixed(cardHeight), .fixed(1), .fill(), .fixed(1), .fixed(1), .fixed(1), .fixed(1)])
            presence = rows[1].inset(left: 1, right: 1)
            card = rows[2].inset(left: 1, right: 1)
            ruleAfterCard = rows[3].y
            ruleBeforeInput = rows[5].y
            input = rows[6].inset(left: 1, right: 1)
            status = rows[7].inset(left: 1, right: 1)
            hints = rows[8].inset(left: 1, right: 1)
            let main = rows[4]
            if w >= 70 {
                let panelWidth = w >= 110 ? 42 : 26
                let parts = main.split(.horizontal, [.fill(), .fixed(1), .fixed(panelWidth)])
                transcript = parts[0].inset(left: 1, right: 1)
                panel = parts[2].inset(right: 1)
            } else {
                transcript = main.inset(left: 1, right: 1)
                panel = nil
            }
        }
    }

    static func render(_ state: AppState, _ s: SessionState, on canvas: inout Canvas) {
        switch s.mode {
        case .familyView:
            FamilyView.render(state, s, on: &canvas)
            return
        case .closing, .closingCorrections, .evaluation:
            ClosingView.render(state, s, on: &canvas)
            return
        default:
            break
        }
        let theme = canvas.theme
        let layout = Layout.of(canvas.size)
        header(state, s, on: &canvas)
        if s.fullPanel {
            // The panel over everything between the header and the input line.
            let area = Rect(x: 1, y: 2, width: canvas.size.width - 2, height: layout.ruleBeforeInput - 2)
            SidePanelView.render(state, s, in: area, on: &canvas)
            canvas.horizontalLine(y: layout.ruleBeforeInput, from: 0, to: canvas.size.width, style: theme.border)
            inputLine(state, s, in: layout.input, on: &canvas)
            statusLine(state, s, in: layout.status, on: &canvas)
            Chrome.hintLine(SessionKeys.capture.hints(.alternate, state.language), in: layout.hints, on: &canvas)
            return
        }
        // Everything above the input line reads the state but not the line being typed:
        // while only the line changes, it is one copy (the regions inside it are cached
        // too, for when something else changed).
        var unchanged = state
        var typing = s
        typing.editor = LineEditor()
        unchanged.screen = .session(typing)
        canvas.cached("session.body", key: unchanged, in: Rect(x: 0, y: 2, width: canvas.size.width, height: layout.input.y - 2)) {
            canvas in
            presence(state, s, in: layout.presence, on: &canvas)
            card(state, s, in: layout.card, on: &canvas)
            canvas.horizontalLine(y: layout.ruleAfterCard, from: 0, to: canvas.size.width, style: theme.border)
            transcript(state, s, in: layout.transcript, on: &canvas)
            if let panel = layout.panel {
                canvas.verticalLine(x: panel.x - 1, from: layout.transcript.y, to: layout.transcript.maxY, style: theme.border)
                SidePanelView.render(state, s, in: panel.inset(left: 1), on: &canvas)
            }
            if case .record(let draft) = s.mode { recordBox(state, draft, over: layout, on: &canvas) }
            canvas.horizontalLine(y: layout.ruleBeforeInput, from: 0, to: canvas.size.width, style: theme.border)
        }
        inputLine(state, s, in: layout.input, on: &canvas)
        statusLine(state, s, in: layout.status, on: &canvas)
        Chrome.hintLine(SessionKeys.capture.hints(.main, state.language), in: layout.hints, on: &canvas)
    }

    /// "Gezin De Vries · gesprek 2 · Doelen · 0:12 · ✓ bewaard".
    static func header(_ state: AppState, _ s: SessionState, on canvas: inout Canvas) {
        // Drawn on every keystroke, and changed by none: by the minute, a save, or the phase.
        struct Key: Equatable, Sendable {
            var language: Language
            var now: LocalTime
            var name: String
            var number: Int?, kind: SessionKind?, started: Date?, timeBox: Int?
            var phase: Phase
            var saveProblem: Bool, awaitingSave: Bool
        }
        let session = s.session
        let key = Key(
            language: state.language, now: state.now, name: s.record.name, number: session?.number, kind: session?.kind,
            started: session?.started, timeBox: session?.timeBoxMinutes, phase: s.phase, saveProblem: s.saveProblem != nil,
            awaitingSave: s.awaitingSave)
        canvas.cached("session.header", key: key, in: Rect(x: 0, y: 0, width: canvas.size.width, height: 2)) { canvas in
            headerText(state, s, on: &canvas)
        }
    }

    private static func headerText(_ state: AppState, _ s: SessionState, on canvas: inout Canvas) {
        let number = s.session?.number ?? 0
        let elapsed = s.session.map { elapsedText(from: $0.started, to: state.now.instant) } ?? ""
        let saved: (String, Style)
        if s.saveProblem != nil {
            saved = ("⚠ " + state.t(.session(.unsavedIndicator)), canvas.theme.warning)
        } else if s.awaitingSave {
            saved = (state.t(.session(.savingIndicator)), canvas.theme.muted)
        } else {
            saved = (canvas.glyphs.check + " " + state.t(.session(.savedIndicator)), canvas.theme.success)
        }
        // The saved indicator takes the date's place at the right: here it matters more.
        var right = saved.0 + " " + state.now.clock + " "
        var rightStyle = saved.1
        var parts = [
            s.record.name, state.t(.sessionFormat(.sessionNumber(number))), state.t(.promptBrowserFormat(.phase(s.phase))), elapsed,
        ]
        // A practice round says so first, and its clock runs to the second against the time box, at the right.
        if let session = s.session, session.kind == .practice {
            let seconds = max(0, Int(state.now.instant.timeIntervalSince(session.started)))
            let clock = "\(seconds / 60):" + (seconds % 60 < 10 ? "0" : "") + "\(seconds % 60)"
            let over = session.timeBoxMinutes.map { seconds > $0 * 60 } ?? false
            let timer = session.timeBoxMinutes.map { state.t(.practiceFormat(.clock(elapsed: clock, box: $0))) } ?? clock
            parts = [state.t(.practice(.practiceBanner)), s.record.name, state.t(.promptBrowserFormat(.phase(s.phase)))]
            right = timer + (over ? " ! " : "  ") + right
            if over && s.saveProblem == nil { rightStyle = canvas.theme.warning }
        }
        // " Keukentafel  ▸ " comes before the title, and a space after it.
        let room = canvas.size.width - right.displayWidth - (" " + state.t(.common(.appName)) + "  ▸ ").displayWidth - 1
        let title = parts.joined(separator: " · ")
        Chrome.header(
            state, title: title.truncated(cells: max(1, room), ellipsis: canvas.glyphs.ellipsis), right: (right, rightStyle), on: &canvas)
    }

    static func elapsedText(from start: Date, to now: Date) -> String {
        let minutes = max(0, Int(now.timeIntervalSince(start) / 60))
        return "\(minutes / 60):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
    }

    /// "Aanwezig: 1 Sandra  2 Karim  3 Zoë  0 werker", the current speaker reversed.
    static func presence(_ state: AppState, _ s: SessionState, in rect: Rect, on canvas: inout Canvas) {
        // Who is present and who speaks change by a key of their own, not by typing.
        struct Key: Equatable, Sendable {
            var language: Language
            var members: [FamilyRecord.Member]
            var present: [UUID]?
            var speaker: Speaker
        }
        let key = Key(language: state.language, members: s.record.members, present: s.session?.present, speaker: s.speaker)
        canvas.cached("session.presence", key: key, in: rect) { canvas in presenceText(state, s, in: rect, on: &canvas) }
    }

    private static func presenceText(_ state: AppState, _ s: SessionState, in rect: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        var x = canvas.put(state.t(.session(.present)) + ": ", at: Point(x: rect.x, y: rect.y), style: theme.muted, clip: rect)
        for (i, m) in s.present.enumerated() {
            let current = s.speaker == .member(m.id)
            let style = current ? theme.speakers[i % theme.speakers.count].with(.reverse) : theme.speakers[i % theme.speakers.count]
            x = canvas.put(" \(i + 1) \(m.name) ", at: Point(x: x, y: rect.y), style: style, clip: rect) + 1
        }
        canvas.put(
            " 0 \(state.t(.session(.worker))) ", at: Point(x: x, y: rect.y), style: s.speaker.isWorker ? theme.focus : theme.muted,
            clip: rect)
    }

    /// The words a question's placeholders read as when the screen does not know them yet.
    static func placeholderFallback(_ language: Language) -> [PromptPlaceholder: String] {
        [
            .value: UIText.session(.placeholderValue).text(language), .name: UIText.session(.placeholderName).text(language),
            .goal: UIText.session(.placeholderGoal).text(language),
        ]
    }

    /// The question of the moment for the chosen audience, with follow-ups and the tip.
    static func card(_ state: AppState, _ s: SessionState, in rect: Rect, on canvas: inout Canvas) {
        guard rect.height > 0 else { return }
        // Filtering the catalogue and wrapping the card on every keystroke cost more than
        // the rest of the line; the card changes with the prompt, not with typing.
        struct Key: Equatable, Sendable {
            var catalog: PromptCatalog
            var language: Language
            var phase: Phase
            var promptIndex: Int
            var audience: Audience
            var showTip: Bool
            var known: [PromptPlaceholder: String]
        }
        let key = Key(
            catalog: state.prompts, language: state.language, phase: s.phase, promptIndex: s.promptIndex, audience: s.audience,
            showTip: s.showTip, known: s.placeholderValues)
        canvas.cached("session.card", key: key, in: rect) { canvas in cardText(state, s, in: rect, on: &canvas) }
    }

    private static func cardText(_ state: AppState, _ s: SessionState, in rect: Rect, on canvas: inout Canvas) {
        guard let prompt = s.currentPrompt(state.prompts, state.language) else { return }
        let theme = canvas.theme
        let list = s.prompts(state.prompts, state.language)
        let index = list.firstIndex(of: prompt).map { $0 + 1 } ?? 1
        let title =
            prompt.title + "  (" + state.t(.sessionFormat(.promptOf(index, list.count))) + " · "
            + state.t(.promptBrowserFormat(.audience(s.audience))) + ")"
        canvas.put(
            title.truncated(cells: rect.width, ellipsis: canvas.glyphs.ellipsis), at: Point(x: rect.x, y: rect.y), style: theme.heading,
            clip: rect)
        let known = s.placeholderValues
        let fill = { (text: String) in
            // English says "an 8": the article follows the number filled in.
            let text =
                state.language == .en && known[.value]?.hasPrefix("8") == true
                ? text.replacingOccurrences(of: "a {value}", with: "an {value}") : text
            return PromptPlaceholder.fill(text, known: known, fallback: SessionView.placeholderFallback(state.language))
        }
        var lines: [(String, Style)] = TextWrap.lines(fill(prompt.wording(for: s.audience)), width: rect.width).map { ($0, theme.normal) }
        if s.showTip {
            lines += TextWrap.lines(state.t(.promptBrowser(.tipLabel)) + ": " + prompt.tip, width: rect.width).map { ($0, theme.muted) }
        }
        for f in prompt.followUps {
            lines += TextWrap.lines(fill(f), width: rect.width - 2).enumerated().map { (i, l) in
                ((i == 0 ? canvas.glyphs.bullet + " " : "  ") + l, theme.muted)
            }
        }
        for (i, line) in lines.prefix(rect.height - 1).enumerated() {
            canvas.put(line.0, at: Point(x: rect.x, y: rect.y + 1 + i), style: line.1, clip: rect)
        }
    }

    /// The session's words, newest at the bottom; family words in quotes, notes apart.
    static func transcript(_ state: AppState, _ s: SessionState, in rect: Rect, on canvas: inout Canvas) {
        guard rect.width > 4, rect.height > 0 else { return }
        // Wrapping the newest entries is most of a keystroke's work on a long session; the
        // transcript only changes with the record (who is present is in it), scrolling or the language.
        struct Key: Equatable, Sendable {
            var record: FamilyRecord
            var sessionID: UUID
            var scrollBack: Int
            var language: Language
        }
        let key = Key(record: s.record, sessionID: s.sessionID, scrollBack: s.scrollBack, language: state.language)
        canvas.cached("session.transcript", key: key, in: rect) { canvas in transcriptLines(state, s, in: rect, on: &canvas) }
    }

    private static func transcriptLines(_ state: AppState, _ s: SessionState, in rect: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        let entries = s.transcript
        if entries.isEmpty {
            TextBlock(state.t(.session(.noEntriesYet)), style: theme.muted).render(in: rect, on: &canvas)
            return
        }
        let speakerIndex = Dictionary(uniqueKeysWithValues: s.present.enumerated().map { ($1.id, $0) })
        // Wrap from the newest entry backwards, only as far as the window reaches: a long
        // session costs no more to draw than a short one.
        var blocks: [[[(String, Style)]]] = []
        var lineCount = 0
        let needed = rect.height + s.scrollBack
        let start = s.session?.started ?? entries[0].time
        for e in entries.reversed() where lineCount < needed {
            var lines: [[(String, Style)]] = []
            let time = elapsedText(from: start, to: e.time) + " "
            var suffix = e.tags.map { "[" + state.t(.sessionFormat(.tag($0))) + "]" }.joined(separator: " ")
            if e.versions.count > 1 { suffix += (suffix.isEmpty ? "" : " ") + "(" + state.t(.session(.corrected)) + ")" }
            if e.retracted { suffix += (suffix.isEmpty ? "" : " ") + "(" + state.t(.session(.retracted)) + ")" }
            let who: String
            let whoStyle: Style
            let body: String
            let bodyStyle: Style
            if let speaker = e.speaker {
                who = (s.record.member(speaker)?.name ?? "?") + ": "
                whoStyle = speakerIndex[speaker].map { theme.speakers[$0 % theme.speakers.count] } ?? theme.heading
                body = "“" + e.text + "”"
                bodyStyle = e.retracted ? theme.muted : theme.normal
            } else if e.aloud {
                // The worker's own words to the family: quoted, but never under a family name.
                who = state.t(.session(.workerAloudLabel)) + ": "
                whoStyle = theme.accent
                body = "“" + e.text + "”"
                bodyStyle = e.retracted ? theme.muted : theme.normal
            } else {
                who = canvas.glyphs.bullet + " " + state.t(.session(.noteLabel)) + ": "
                whoStyle = theme.muted.with(.italic)
                body = e.text
                bodyStyle = theme.muted.with(.italic)
            }
            let indent = time.displayWidth + 2
            // First line: time, speaker, start of the words; the rest indented under the words.
            let firstRoom = max(1, rect.width - time.displayWidth - who.displayWidth)
            let wrapped = TextWrap.lines(
                body + (suffix.isEmpty ? "" : " " + suffix), firstWidth: firstRoom, width: max(1, rect.width - indent))
            for (i, l) in wrapped.enumerated() {
                lines.append(
                    i == 0
                        ? [(time, theme.muted), (who, whoStyle), (l, bodyStyle)]
                        : [(String(repeating: " ", count: indent), theme.normal), (l, bodyStyle)])
            }
            blocks.append(lines)
            lineCount += lines.count
        }
        let lines = Array(blocks.reversed().joined())
        let end = max(0, lines.count - s.scrollBack)
        let visible = lines[max(0, end - rect.height)..<end]
        for (i, line) in visible.enumerated() {
            var x = rect.x
            for part in line { x = canvas.put(part.0, at: Point(x: x, y: rect.y + i), style: part.1, clip: rect) }
        }
    }

    static func inputLine(_ state: AppState, _ s: SessionState, in rect: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        var label: String
        var placeholder = ""
        switch s.mode {
        case .amend:
            label = state.t(.session(.amendLabel))
        case .quickEntry:
            label = state.t(.genogram(.quickEntryLabel))
            placeholder = state.t(.genogram(.quickEntryPlaceholder))
        case .scaleTopic:
            label = state.t(.session(.hintScale)) + " · " + state.t(.sessionFormat(.scaleKind(s.scaleKind)))
            placeholder = state.t(.session(.scaleTopicPrompt))
        case .goalShaping:
            label = state.t(.session(.goalShapingLabel)) + " " + s.name(of: s.speaker, state.language)
        case .scaleValues(_, let index):
            // Whose number; what 0 and 10 mean shows on the status line below.
            let who = s.present.indices.contains(index) ? s.present[index].name : "?"
            canvas.put(state.t(.sessionFormat(.scaleValuesPrompt(who))), at: Point(x: rect.x, y: rect.y), style: theme.accent, clip: rect)
            return
        default:
            switch s.speaker {
            case .worker:
                label = state.t(.session(.noteLabel))
                placeholder = state.t(.session(.typeNote))
            case .workerAloud:
                label = state.t(.session(.workerAloudLabel))
                placeholder = state.t(.session(.typeWorkerAloud))
            case .member:
                label = s.name(of: s.speaker, state.language)
                placeholder = state.t(.sessionFormat(.typeHere(label)))
            }
        }
        if let tag = s.tag { label += " · " + state.t(.sessionFormat(.tag(tag))) }
        let prefix = "[" + label + "] " + canvas.glyphs.pointer + " "
        let style: Style
        switch s.speaker {
        case .worker: style = theme.muted.with(.italic)
        case .workerAloud: style = theme.accent
        case .member(let id):
            style = s.presentIndex(of: id).map { theme.speakers[$0 % theme.speakers.count] } ?? theme.heading
        }
        let x = canvas.put(prefix, at: Point(x: rect.x, y: rect.y), style: style, clip: rect)
        s.editor.render(in: Rect(x: x, y: rect.y, width: rect.maxX - x, height: 1), on: &canvas, focused: true, placeholder: placeholder)
    }

    /// The record chooser or form, framed over the transcript.
    static func recordBox(_ state: AppState, _ draft: RecordDraft, over layout: Layout, on canvas: inout Canvas) {
        let theme = canvas.theme
        let area = Rect(
            x: layout.transcript.x, y: layout.transcript.y, width: layout.transcript.width + (layout.panel.map { $0.width + 1 } ?? 0),
            height: layout.transcript.height)
        // A decision's form explains the five ladder levels in plain words beneath it.
        let legend = !draft.choosing && draft.kind == .decision ? (1...5).map { state.t(.recordFormat(.ladderExplained($0))) } : []
        let legendRows = legend.isEmpty ? 0 : legend.count + 1
        let frame = area.centered(
            Size(
                width: min(area.width, 72),
                height: min(area.height, draft.choosing ? RecordKind.allCases.count + 3 : draft.form.height + 4 + legendRows)
            ))
        canvas.fill(frame)
        canvas.box(
            frame, style: theme.border, title: state.t(draft.choosing ? .record(.recordTitle) : .recordFormat(.recordKind(draft.kind))),
            titleStyle: theme.title)
        let inner = frame.inset(top: 1, left: 2, bottom: 1, right: 2)
        if draft.choosing {
            draft.menu.render(in: inner.inset(bottom: 1), on: &canvas) { i, rect, selected, canvas in
                let style = selected ? canvas.theme.focus : canvas.theme.normal
                canvas.fill(rect, style: style)
                canvas.put(
                    " " + state.t(.recordFormat(.recordKind(RecordKind.allCases[i]))), at: Point(x: rect.x, y: rect.y), style: style,
                    clip: rect)
            }
            canvas.put(state.t(.record(.recordChooseHint)), at: Point(x: inner.x, y: inner.maxY - 1), style: theme.hint, clip: inner)
        } else {
            // The legend only where the form keeps all its rows; the form comes first.
            let showLegend = legendRows > 0 && inner.height >= draft.form.height + 1 + legendRows
            draft.form.render(in: inner.inset(bottom: 1 + (showLegend ? legendRows : 0)), on: &canvas)
            if showLegend {
                let top = inner.maxY - 1 - legend.count
                canvas.put(state.t(.record(.ladderTitle)), at: Point(x: inner.x, y: top - 1), style: theme.heading, clip: inner)
                for (i, line) in legend.enumerated() {
                    canvas.put(
                        line.truncated(cells: inner.width, ellipsis: canvas.glyphs.ellipsis), at: Point(x: inner.x, y: top + i),
                        style: theme.muted, clip: inner)
                }
            }
            var bottom = "Tab/Enter · Esc"
            // Too small for the legend: on the ladder field the bottom line explains instead.
            if !showLegend, !legend.isEmpty, let ladder = draft.kind.fields.firstIndex(of: .ladder), draft.form.focus == ladder {
                let typed = Int(draft.form.value(ladder).trimmingCharacters(in: .whitespaces)).flatMap { (1...5).contains($0) ? $0 : nil }
                bottom = typed.map { legend[$0 - 1] } ?? state.t(.record(.ladderShort))
            }
            // Wrapped onto the rows the form leaves free; cut only when there are none.
            var lines = TextWrap.lines(bottom, width: max(1, inner.width))
            if lines.count > max(1, inner.height - draft.form.height) {
                lines = [bottom.truncated(cells: inner.width, ellipsis: canvas.glyphs.ellipsis)]
            }
            for (i, line) in lines.enumerated() {
                canvas.put(line, at: Point(x: inner.x, y: inner.maxY - lines.count + i), style: theme.hint, clip: inner)
            }
        }
    }

    static func statusLine(_ state: AppState, _ s: SessionState, in rect: Rect, on canvas: inout Canvas) {
        if let problem = s.saveProblem {
            canvas.put(
                state.t(.sessionFormat(.saveFailed(problem))).truncated(cells: rect.width, ellipsis: canvas.glyphs.ellipsis),
                at: Point(x: rect.x, y: rect.y), style: canvas.theme.warning, clip: rect)
        } else if let status = s.status {
            canvas.put(
                state.t(status).truncated(cells: rect.width, ellipsis: canvas.glyphs.ellipsis),
                at: Point(x: rect.x, y: rect.y), style: canvas.theme.accent, clip: rect)
        } else if case .goalShaping = s.mode {
            canvas.put(
                state.t(.session(.goalShapingHint)).truncated(cells: rect.width, ellipsis: canvas.glyphs.ellipsis),
                at: Point(x: rect.x, y: rect.y), style: canvas.theme.muted, clip: rect)
        } else if s.mode == .scaleTopic {
            // The kind and what its 0 and 10 mean, before the scale is made.
            canvas.put(
                state.t(.sessionFormat(.scaleKindLine(s.scaleKind))).truncated(cells: rect.width, ellipsis: canvas.glyphs.ellipsis),
                at: Point(x: rect.x, y: rect.y), style: canvas.theme.muted, clip: rect)
        } else if case .scaleValues(let scale, _) = s.mode, let kind = s.record.scales.first(where: { $0.id == scale })?.kind {
            // While the numbers are given: which way they go.
            canvas.put(
                state.t(.sessionFormat(.scaleMeaningShort(kind))), at: Point(x: rect.x, y: rect.y), style: canvas.theme.muted, clip: rect)
        }
    }
}
