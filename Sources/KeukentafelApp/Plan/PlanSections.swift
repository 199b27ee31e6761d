import KeukentafelDomain

/// One section of the plan as it is read: a title and its groups of lines.
public struct PlanSection: Equatable, Sendable {
    /// What a section holds, in the order the plan shows them.
    public enum Kind: String, CaseIterable, Sendable {
        case goals, goingWell, scales, options, preferences, decisions, safety, agreements, helpers, nextAppointment
    }

    /// Lines under an optional heading (the safety map has one group per column).
    public struct Group: Equatable, Sendable {
        public var heading: String?
        public var items: [Item]
    }

    /// A line of the plan: an optional label before it ("Parents"), and lines under it.
    public struct Item: Equatable, Sendable {
        public var label: String?
        public var text: String
        public var details: [String] = []
    }

    public var kind: Kind
    public var title: String
    public var groups: [Group]

    /// Every line of the section (the groups one after another).
    public var items: [Item] { groups.flatMap(\.items) }
}

extension FamilyPlan {
    /// The title of a section in `language`, also for a section the plan leaves out.
    public static func title(_ kind: PlanSection.Kind, _ language: Language) -> String {
        let text: PlanText =
            switch kind {
            case .goals: .goals
            case .goingWell: .goingWell
            case .scales: .scales
            case .options: .options
            case .preferences: .preferences
            case .decisions: .decisions
            case .safety: .safety
            case .agreements: .agreements
            case .helpers: .helpers
            case .nextAppointment: .nextAppointment
            }
        return UIText.plan(text).text(language)
    }

    /// The plan's title: the family's name and whose plan it is.
    public var title: String { t(.planFormat(.title(familyName))) }

    /// When the latest conversation was and who was there.
    public var latestSessionLine: String? {
        latestSession.map { t(.planFormat(.latestSession(date: $0.date.longDate(language), people: $0.present))) }
    }

    /// The sections that have something in them, in reading order.
    public var sections: [PlanSection] {
        PlanSection.Kind.allCases.compactMap { kind in
            let groups = groups(kind).filter { !$0.items.isEmpty }
            return groups.isEmpty ? nil : PlanSection(kind: kind, title: Self.title(kind, language), groups: groups)
        }
    }

    /// The section of `kind`, if it has anything in it.
    public func section(_ kind: PlanSection.Kind) -> PlanSection? { sections.first { $0.kind == kind } }

    /// The family's words as they are quoted everywhere: “words” (who).
    static func quoted(_ q: Quote) -> String {
        "\u{201C}\(q.text)\u{201D}" + (q.speaker.isEmpty ? "" : " (\(q.speaker))")
    }

    private func t(_ text: UIText) -> String { text.text(language) }

    private func groups(_ kind: PlanSection.Kind) -> [PlanSection.Group] {
        typealias Item = PlanSection.Item
        func one(_ items: [Item]) -> [PlanSection.Group] { [PlanSection.Group(heading: nil, items: items)] }
        switch kind {
        case .goals:
            return one(
                goals.map { goal in
                    let whose = goal.whose.isEmpty ? "" : " (" + t(.planFormat(.names(goal.whose))) + ")"
                    return Item(text: goal.text + whose, details: goal.reached ? [t(.plan(.goalReached))] : [])
                })
        case .goingWell:
            return one(goingWell.map { Item(text: Self.quoted($0)) })
        case .scales:
            return one(
                scales.map { s in
                    Item(
                        text: s.topic + ": " + s.latest.map { "\($0.name) \($0.value)" }.joined(separator: ", "),
                        details: [t(.planFormat(.scaleMeaning(s.kind)))])
                })
        case .options:
            return one(
                options.map { o in
                    Item(
                        text: o.text,
                        details: (o.pros.isEmpty ? [] : [t(.planFormat(.pros(o.pros)))])
                            + (o.cons.isEmpty ? [] : [t(.planFormat(.cons(o.cons)))]))
                })
        case .preferences:
            return one(
                preferences.map { p in
                    Item(text: t(.planFormat(.preference(who: p.who, option: p.option))), details: p.words.map { [Self.quoted($0)] } ?? [])
                })
        case .decisions:
            return one(
                decisions.map { d in
                    var details: [String] = []
                    if !d.decidedBy.isEmpty { details.append(t(.planFormat(.decidedBy(d.decidedBy)))) }
                    if let level = d.level { details.append(t(.planFormat(.ladder(level)))) }
                    if let disagreement = d.disagreement { details.append(t(.planFormat(.disagreement(disagreement)))) }
                    return Item(text: d.text, details: details)
                })
        case .safety:
            return SafetyColumn.allCases.map { column in
                PlanSection.Group(
                    heading: t(.plan(Self.heading(column))),
                    items: safety.filter { $0.column == column }.map {
                        Item(label: t(.plan(Self.label($0.perspective))), text: Self.quoted($0.words))
                    })
            }
        case .agreements:
            // The same line as the family view has always shown: who · what · by when.
            return one(
                agreements.map {
                    Item(text: [$0.who, $0.what, $0.byWhen].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · "))
                }
                    + agreedInWords.map { Item(text: Self.quoted($0)) })
        case .helpers:
            return one(helpers.map { h in Item(text: h.name, details: h.goals.map { t(.planFormat(.helpsWith($0))) }) })
        case .nextAppointment:
            return one(
                nextAppointment.map { [Item(text: [$0.when, $0.place].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · "))] }
                    ?? [])
        }
    }

    private static func heading(_ column: SafetyColumn) -> PlanText {
        switch column {
        case .worries: .worries
        case .goingWell: .wellInSafety
        case .needsToHappen: .needsToHappen
        }
    }

    private static func label(_ perspective: SafetyPerspective) -> PlanText {
        switch perspective {
        case .parents: .parents
        case .children: .children
        case .network: .network
        case .professionals: .professionals
        }
    }
}
