import Diagrams
import Foundation
import KeukentafelDomain
import TerminalUI

/// The right-hand panel: who is present, the scales with their history, and the
/// slots the genogram and network map will fill.
enum SidePanelView {
    static func render(_ state: AppState, _ s: SessionState, in rect: Rect, on canvas: inout Canvas) {
        guard rect.width > 4, rect.height > 1 else { return }
        // The tabs change with the panel chosen and the language, not with typing.
        struct Tabs: Equatable, Sendable {
            var panel: SidePanel
            var language: Language
        }
        canvas.cached("session.panelTabs", key: Tabs(panel: s.panel, language: state.language), in: rect.row(0)) { canvas in
            let theme = canvas.theme
            let tabs = SidePanel.allCases.map { state.t(.sessionFormat(.panelTitle($0))) }
            var x = rect.x
            for (i, title) in tabs.enumerated() where x < rect.maxX {
                let selected = i == s.panel.rawValue
                x =
                    canvas.put(
                        selected ? title : String(title.prefix(3)), at: Point(x: x, y: rect.y),
                        style: selected ? theme.focus.with(.bold) : theme.muted, clip: rect) + 1
            }
        }
        let body = rect.inset(top: 2)
        switch s.panel {
        case .people: people(state, s, in: body, on: &canvas)
        case .scales: scales(state, s, in: body, on: &canvas)
        case .plan: plan(state, s, in: body, on: &canvas)
        case .genogram: genogram(state, s, in: body, on: &canvas)
        case .network: network(state, s, in: body, on: &canvas)
        }
    }

    static func people(_ state: AppState, _ s: SessionState, in rect: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        let present = s.present
        var y = rect.y
        for (i, m) in present.enumerated() where y < rect.maxY {
            canvas.put("\(i + 1) \(m.name)", at: Point(x: rect.x, y: y), style: theme.speakers[i % theme.speakers.count], clip: rect)
            y += 1
        }
        for m in s.record.members where !present.contains(m) && y < rect.maxY {
            canvas.put("  \(m.name)", at: Point(x: rect.x, y: y), style: theme.muted, clip: rect)
            y += 1
        }
    }

    /// The genogram as a list until its drawing arrives: each couple with its children,
    /// then anyone not in a couple. Symbols after McGoldrick: □ male, ○ female, ◇ other.
    static func genogram(_ state: AppState, _ s: SessionState, in rect: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        let g = s.record.genogram
        guard !g.persons.isEmpty else {
            TextBlock(state.t(.genogram(.genogramEmpty)), style: theme.muted).render(in: rect, on: &canvas)
            return
        }
        if rect.width >= 20 && rect.height >= 6 {
            // Laying out, routing and drawing the genogram is the costly part of a frame;
            // a keystroke elsewhere on the screen copies the last drawing instead. The
            // drawing is centred on a person found from the genogram and who is present.
            struct Key: Equatable, Sendable {
                var genogram: Genogram
                var members: [FamilyRecord.Member]
                var present: [UUID]?
                var language: Language
                var year: Int
            }
            let year = s.currentYear(state.now.instant)
            let key = Key(genogram: g, members: s.record.members, present: s.session?.present, language: state.language, year: year)
            canvas.cached("session.genogram", key: key, in: rect) { canvas in
                // The index child, or else the first person present.
                let presentPeople = Set(s.present.map(\.id))
                let focus =
                    g.persons.first { $0.isIndex }?.personID
                    ?? g.persons.first { $0.memberID.map(presentPeople.contains) == true }?.personID
                let layout = GenogramLayout(g)
                let ascii = canvas.glyphs.isASCII
                // Only what this drawing uses; with room, each emotional relation in words too.
                let legend = GenogramLegendItem.line(g, layout, language: state.language, ascii: ascii)
                var notes = TextWrap.lines(legend, width: rect.width).prefix(rect.height >= 16 ? 3 : 2).map { ($0, theme.muted) }
                if rect.height >= 16 {
                    for b in g.bonds {
                        let from = g.person(b.from)?.name ?? "?"
                        let to = g.person(b.to)?.name ?? "?"
                        notes.append(
                            (
                                "\(GenogramGlyphs.sample(b.kind, ascii: ascii)) \(from) – \(to): \(state.t(.genogramFormat(.bond(b.kind))))",
                                theme.normal
                            ))
                    }
                    notes = Array(notes.prefix(max(2, rect.height / 4)))
                }
                GenogramRenderer.render(
                    g, layout, in: rect.inset(bottom: notes.count), on: &canvas, focus: focus,
                    slot: rect.width >= 100 ? 14 : (rect.width >= 40 ? 10 : 8), year: year)
                for (i, note) in notes.enumerated() {
                    canvas.put(
                        note.0.truncated(cells: rect.width, ellipsis: canvas.glyphs.ellipsis),
                        at: Point(x: rect.x, y: rect.maxY - notes.count + i), style: note.1, clip: rect)
                }
            }
            return
        }
        func label(_ id: UUID) -> String {
            guard let p = g.person(id) else { return "?" }
            let symbol: String
            switch p.gender {
            case .male: symbol = canvas.glyphs.isASCII ? "[m]" : "□"
            case .female: symbol = canvas.glyphs.isASCII ? "(f)" : "○"
            case .nonBinary, .unknown: symbol = canvas.glyphs.isASCII ? "<?>" : "◇"
            }
            var text = symbol + " " + p.name
            if let y = p.birthYear {
                text +=
                    " " + (p.deceased ? "\(y)–\(p.deathYear.map(String.init) ?? "")" : "(\(max(0, s.currentYear(state.now.instant) - y)))")
            }
            if p.deceased { text += canvas.glyphs.isASCII ? " +" : " ✝" }
            return text
        }
        var lines: [(String, Style, Int)] = []  // text, style, indent
        var shown = Set<UUID>()
        for c in g.couples {
            let kids = g.childLinks.filter { $0.coupleID == c.coupleID }
            if !c.partners.isEmpty {
                lines.append(
                    (
                        c.partners.map { label($0) }.joined(separator: " + ")
                            + (c.partners.count > 1 ? "  (" + state.t(.genogramFormat(.coupleStatus(c.status))) + ")" : ""), theme.heading,
                        0
                    ))
            } else {
                lines.append(("? + ?", theme.muted, 0))
            }
            shown.formUnion(c.partners)
            for k in kids {
                let kind = k.kind == .biological ? "" : " [" + k.kind.rawValue + "]"
                lines.append((canvas.glyphs.pointer + " " + label(k.childID) + kind, theme.normal, 2))
                shown.insert(k.childID)
            }
        }
        for p in g.persons where !shown.contains(p.personID) {
            lines.append((label(p.personID) + (p.household.map { " · " + $0 } ?? ""), theme.normal, 0))
        }
        var y = rect.y
        for line in lines where y < rect.maxY {
            for l in TextWrap.lines(line.0, width: max(1, rect.width - line.2)) where y < rect.maxY {
                canvas.put(l, at: Point(x: rect.x + line.2, y: y), style: line.1, clip: rect)
                y += 1
            }
        }
    }

    /// The network map: rings by sectors with a legend; on a wide screen each contact's
    /// details beside it (support, the four assessment answers, goals they help with).
    static func network(_ state: AppState, _ s: SessionState, in rect: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        let contacts = s.record.networkContacts
        guard !contacts.isEmpty else {
            TextBlock(state.t(.genogram(.networkEmpty)), style: theme.muted).render(in: rect, on: &canvas)
            return
        }
        if rect.width >= 30 && rect.height >= 9 {
            let listWidth = rect.width >= 90 ? min(44, rect.width / 3) : 0
            let map = rect.inset(right: listWidth)
            let legend = state.t(.genogramFormat(.networkLegend(ascii: canvas.glyphs.isASCII)))
            let legendHeight = min(2, TextWrap.lines(legend, width: map.width).count)
            NetworkMapRenderer.render(
                contacts, in: map.inset(bottom: legendHeight), on: &canvas, sectors: s.record.networkSectors,
                sectorName: { state.t(.genogramFormat(.sectorShort($0))) }, centre: s.record.name)
            TextBlock(legend, style: theme.muted).render(
                in: Rect(x: map.x, y: map.maxY - legendHeight, width: map.width, height: legendHeight), on: &canvas)
            if listWidth > 0 {
                contactList(state, s, in: Rect(x: map.maxX + 1, y: rect.y, width: listWidth - 1, height: rect.height), on: &canvas)
            }
            return
        }
        contactList(state, s, in: rect, on: &canvas)
    }

    /// Contacts by ring, each with sector, support, assessment answers and goals.
    static func contactList(_ state: AppState, _ s: SessionState, in rect: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        let ascii = canvas.glyphs.isASCII
        var y = rect.y
        for ring in NetworkRing.allCases where y < rect.maxY {
            let here = s.record.networkContacts.filter { $0.ring == ring }
            guard !here.isEmpty else { continue }
            canvas.put(state.t(.genogramFormat(.ring(ring.rawValue))), at: Point(x: rect.x, y: y), style: theme.heading, clip: rect)
            y += 1
            for c in here where y < rect.maxY {
                var text = "\(c.name) (\(state.t(.genogramFormat(.sector(c.sector)))))"
                if !c.support.isEmpty {
                    text += " · " + c.support.map { state.t(.genogramFormat(.support($0.rawValue))) }.joined(separator: ", ")
                }
                if c.stressful { text += " · " + state.t(.genogram(.tieStressful)) }
                if c.oneWay { text += " · " + state.t(.genogram(.tieOneWay)) }
                let yes = ascii ? "+" : "✓"
                let no = ascii ? "-" : "✗"
                var answers: [String] = []
                for q in NetworkAssessment.allCases {
                    guard let a = c.answer(q) else { continue }
                    let mark: String = a ? yes : no
                    answers.append(mark + state.t(.genogramFormat(.assessment(q))))
                }
                if !answers.isEmpty { text += " · " + answers.joined(separator: " ") }
                var goals: [String] = []
                for id in c.goalIDs {
                    if let n = s.record.goals.firstIndex(where: { $0.id == id }) {
                        goals.append(state.t(.genogramFormat(.helpsWithGoal(n + 1))))
                    }
                }
                if !goals.isEmpty { text += " · " + goals.joined(separator: ", ") }
                for l in TextWrap.lines(text, width: max(1, rect.width - 2)) where y < rect.maxY {
                    canvas.put(l, at: Point(x: rect.x + 1, y: y), style: c.stressful ? theme.warning : theme.normal, clip: rect)
                    y += 1
                }
            }
        }
    }

    /// Options, decisions (with their participation level), agreements, the Signs of
    /// Safety map, instrument scores and the timeline, as far as they go.
    /// One line per instrument and score, its values in date order: "SDQ totaal: 14 → 12 → 9".
    static func instrumentTrends(_ r: FamilyRecord, arrow: String) -> [String] {
        var lines: [String] = []
        var seen: [String] = []
        for name in r.instruments.map(\.instrument) where !seen.contains(name) { seen.append(name) }
        for name in seen {
            let scored = TimelineOrder.sorted(r.instruments.filter { $0.instrument == name }, when: \.date)
            let keys = scored.flatMap { $0.scores.keys }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.sorted()
            for key in keys {
                let values = scored.compactMap { $0.scores[key] }
                lines.append("\(name) \(key): " + values.joined(separator: " \(arrow) "))
            }
        }
        return lines
    }

    static func plan(_ state: AppState, _ s: SessionState, in rect: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        let r = s.record
        var sections: [(String, [String])] = []
        let goals = r.goals.filter { $0.status != .dropped }
        if !goals.isEmpty {
            let whose = { (g: FamilyRecord.Goal) in
                g.owners.isEmpty ? "" : " (" + g.owners.compactMap { r.member($0)?.name }.joined(separator: ", ") + ")"
            }
            sections.append((state.t(.session(.familyGoals)), goals.map { $0.text + whose($0) }))
        }
        if !r.options.isEmpty {
            sections.append(
                (
                    state.t(.record(.planOptions)),
                    r.options.enumerated().map { i, o in
                        var line = "\(i + 1). \(o.text)"
                        if !o.pros.isEmpty { line += " + " + o.pros.joined(separator: ", ") }
                        if !o.cons.isEmpty { line += " − " + o.cons.joined(separator: ", ") }
                        let prefs = r.preferences.filter { $0.optionID == o.optionID }.compactMap { r.member($0.memberID)?.name }
                        if !prefs.isEmpty { line += " ♥ " + prefs.joined(separator: ", ") }
                        return line
                    }
                ))
        }
        if !r.decisions.isEmpty {
            sections.append(
                (
                    state.t(.record(.planDecisions)),
                    r.decisions.map { d in
                        "\(d.text) (\(state.t(.recordFormat(.ladderLevel(d.ladderLevel)))))" + (d.disagreement.map { " ≠ " + $0 } ?? "")
                    }
                ))
        }
        if !r.agreements.isEmpty {
            sections.append(
                (
                    state.t(.record(.planAgreements)),
                    r.agreements.map { [$0.who, $0.what, $0.byWhen].compactMap { $0 }.joined(separator: " · ") }
                ))
        }
        if let next = r.nextAppointment {
            sections.append(
                (state.t(.session(.closingNextAppointment)), [[next.when, next.place].compactMap { $0 }.joined(separator: " · ")]))
        }
        if !r.safetyMap.isEmpty {
            // By column, then perspective: each entry's words with who said them.
            var lines: [String] = []
            for column in SafetyColumn.allCases {
                for perspective in SafetyPerspective.allCases {
                    for item in r.safetyMap where item.column == column && item.perspective == perspective {
                        guard let e = r.entry(item.entryID), !e.retracted else { continue }
                        let who = e.speaker.flatMap { r.member($0)?.name } ?? state.t(.session(.worker))
                        lines.append(
                            "\(state.t(.recordFormat(.safetyColumn(column)))) · \(state.t(.recordFormat(.safetyPerspective(perspective)))): "
                                + "“\(e.text)” (\(who))")
                    }
                }
            }
            sections.append((state.t(.record(.planSafety)), lines))
        }
        if !r.instruments.isEmpty {
            sections.append(
                (
                    state.t(.record(.planInstruments)),
                    instrumentTrends(r, arrow: canvas.glyphs.isASCII ? ">" : "→")
                ))
        }
        if !r.timeline.isEmpty {
            // In time order, with whose event it is and whether it was earlier help.
            let items = TimelineOrder.sorted(r.timeline, when: \.when).map { item in
                let whose = item.memberIDs.compactMap { r.member($0)?.name }
                let help = item.earlierHelp == true ? " [" + state.t(.record(.earlierHelp)) + "]" : ""
                return "\(item.when): \(item.text)" + (whose.isEmpty ? "" : " (" + whose.joined(separator: ", ") + ")") + help
            }
            sections.append((state.t(.record(.planTimeline)), items))
        }
        if sections.isEmpty {
            TextBlock(state.t(.record(.planEmpty)), style: theme.muted).render(in: rect, on: &canvas)
            return
        }
        var y = rect.y
        for (title, items) in sections where y < rect.maxY {
            canvas.put(title, at: Point(x: rect.x, y: y), style: theme.heading, clip: rect)
            y += 1
            for item in items {
                for line in TextWrap.lines(item, width: rect.width) where y < rect.maxY {
                    canvas.put(line, at: Point(x: rect.x, y: y), clip: rect)
                    y += 1
                }
            }
        }
    }

    /// Each scale: its topic, then per person the newest value and the history over
    /// sessions as a sparkline (earliest left).
    static func scales(_ state: AppState, _ s: SessionState, in rect: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        guard !s.record.scales.isEmpty else {
            TextBlock(state.t(.session(.noScaleYet)), style: theme.muted).render(in: rect, on: &canvas)
            return
        }
        var y = rect.y
        let sessionOrder = s.record.sessions.map(\.id)
        for scale in s.record.scales.reversed() where y < rect.maxY {
            for line in TextWrap.lines(scale.topic, width: rect.width).prefix(2) where y < rect.maxY {
                canvas.put(line, at: Point(x: rect.x, y: y), style: theme.heading, clip: rect)
                y += 1
            }
            // Which way the numbers go: a 4 of burden and a 4 of progress are not the same.
            for line in TextWrap.lines(state.t(.sessionFormat(.scaleKindShort(scale.kind))), width: rect.width).prefix(2)
            where y < rect.maxY {
                canvas.put(line, at: Point(x: rect.x, y: y), style: theme.muted, clip: rect)
                y += 1
            }
            for m in s.record.members where y < rect.maxY {
                let readings = scale.values.filter { $0.memberID == m.id }
                guard let latest = readings.last else { continue }
                // One value per session (the last set in it), in session order.
                var perSession: [Int] = []
                for sid in sessionOrder {
                    if let v = readings.last(where: { $0.sessionID == sid }) { perSession.append(v.value) }
                }
                let spark = Sparkline(perSession, range: 0...10).text(glyphs: canvas.glyphs, width: 10)
                let value = latest.value < 10 ? " \(latest.value)" : "\(latest.value)"
                let nameWidth = max(1, rect.width - 14)
                canvas.put(m.name.truncated(cells: nameWidth, ellipsis: canvas.glyphs.ellipsis), at: Point(x: rect.x, y: y), clip: rect)
                canvas.put(value, at: Point(x: rect.x + nameWidth + 1, y: y), style: theme.accent, clip: rect)
                canvas.put(spark, at: Point(x: rect.x + nameWidth + 4, y: y), style: theme.muted, clip: rect)
                y += 1
            }
            y += 1
        }
    }
}
