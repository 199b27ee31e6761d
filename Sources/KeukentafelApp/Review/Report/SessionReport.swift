import Foundation
import KeukentafelDomain
import MethodAnalysis
import PromptLibrary

/// The review report of one session, for peer review (intervisie) and supervision: its
/// figures, its phases and cards in time, the scale values, the annotations and, when asked
/// for, the session's words. Rendered as Markdown or one printable HTML page.
public struct SessionReport: Equatable, Sendable {
    /// One stay in a phase: when it began (from the session's start), the phase, how long.
    public struct PhaseRow: Equatable, Sendable {
        public var start: String
        public var phase: String
        public var duration: String
    }

    /// One question card's time on screen, added up over the times it was shown.
    public struct CardRow: Equatable, Sendable {
        public var title: String
        public var technique: String
        public var timesShown: Int
        public var time: String
    }

    /// One scale's values in the session, for the chart.
    public struct ScaleValues: Equatable, Sendable {
        public var topic: String
        /// What 0 and 10 mean.
        public var meaning: String
        public var values: [NamedValue]
    }

    /// A person's number.
    public struct NamedValue: Equatable, Sendable {
        public var name: String
        public var value: Int
    }

    /// A supervisor's or peer's annotation with what it is about.
    public struct Annotation: Equatable, Sendable {
        /// The author, with their role when it was recorded.
        public var author: String
        /// The review checklist's item, in words.
        public var code: String?
        public var text: String
        /// The moment it is about, in words (a worker's note only with the transcript).
        public var about: String
        /// When in the session that moment was ("12:30"), if it was in the session.
        public var at: String?
    }

    /// Recorded words in the transcript.
    public struct Words: Equatable, Sendable {
        /// Whose words: the family's, or the worker's said aloud or noted.
        public enum Kind: Equatable, Sendable { case family, workerAloud, workerNote }
        public var at: String
        /// The speaker's name, or the worker's label.
        public var who: String
        public var text: String
        public var tags: [String]
        public var kind: Kind
        public var corrected: Bool
        /// The title of the card on screen when the words were recorded.
        public var card: String?
    }

    /// One line of the transcript, in recorded order.
    public enum TranscriptItem: Equatable, Sendable {
        case phase(String)
        case card(String)
        case words(Words)
    }

    public var language: Language
    public var title: String
    public var sessionLine: String
    public var figures: SessionFigures
    public var sections: [FigureSection]
    public var phases: [PhaseRow]
    public var cards: [CardRow]
    public var scales: [ScaleValues]
    public var annotations: [Annotation]
    /// Nil when the report was made without the transcript.
    public var transcript: [TranscriptItem]?

    /// The report of `log`'s session. Names, annotations and the words come from the whole
    /// log (a later retraction keeps words out; a later annotation is in); the figures are
    /// the session's as it ended.
    public init(log: SessionLog, catalog: PromptCatalog, language: Language, transcript withTranscript: Bool, timeZone: TimeZone = .current)
    {
        self.language = language
        let record = FamilyRecord.replay(log.familyID, log.events)
        let f = SessionAnalysis.figures(log, catalog: catalog)
        let context = Context(record: record, catalog: catalog, language: language, span: f.span)
        figures = f
        title = context.t(.reportFormat(.title(family: record.name, session: f.span.number)))
        sessionLine = context.sessionLine(log, timeZone: timeZone)
        sections = FigureLines.sections(f, record, language)
        phases = f.phases.stays.map {
            PhaseRow(
                start: context.offset($0.start), phase: context.t(.promptBrowserFormat(.phase($0.phase))),
                duration: context.t(.reportFormat(.duration(seconds: Int($0.seconds.rounded())))))
        }
        cards = f.cards.byPrompt.map {
            CardRow(
                title: context.cardTitle($0.promptID),
                technique: $0.technique.map { context.t(.promptBrowserFormat(.technique($0))) } ?? "–",
                timesShown: $0.timesShown, time: context.t(.reportFormat(.duration(seconds: Int($0.seconds.rounded())))))
        }
        scales = f.scales.asked.compactMap { scale in
            guard !scale.values.isEmpty else { return nil }
            return ScaleValues(
                topic: scale.topic, meaning: context.t(.sessionFormat(.scaleMeaningShort(scale.kind))),
                values: scale.values.map { NamedValue(name: context.name($0.memberID), value: $0.value) })
        }
        annotations = context.annotations(log, withTranscript: withTranscript)
        transcript = withTranscript ? context.transcript(log) : nil
    }

    /// Everything the parts of the report look up.
    struct Context {
        let record: FamilyRecord
        let catalog: PromptCatalog
        let language: Language
        let span: SessionSpan

        func t(_ text: UIText) -> String { text.text(language) }
        func name(_ id: UUID) -> String { record.member(id)?.name ?? t(.report(.unknownPerson)) }
        func cardTitle(_ id: String) -> String { catalog.prompt(id, language)?.title ?? id }

        /// "12:30" from the session's start; "1:02:05" past an hour.
        func offset(_ time: Date) -> String {
            let s = max(0, Int(time.timeIntervalSince(span.started).rounded(.down)))
            let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
            return s < 3600 ? "\(s / 60):\(two(s % 60))" : "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))"
        }

        /// The date and time it started, the worker, and everyone at the table at some moment.
        func sessionLine(_ log: SessionLog, timeZone: TimeZone) -> String {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            let c = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: span.started)
            let date = LocalTime(
                year: c.year ?? 0, month: c.month ?? 1, day: c.day ?? 1, weekday: c.weekday ?? 1, hour: c.hour ?? 0, minute: c.minute ?? 0,
                instant: span.started)
            var present: [UUID] = []
            for e in log.sessionEvents {
                switch e.payload {
                case .sessionStarted(let p): present += p.present.filter { !present.contains($0) }
                case .presenceChanged(let p): present += p.present.filter { !present.contains($0) }
                default: break
                }
            }
            let worker = record.sessions.first { $0.id == span.sessionID }?.worker ?? t(.report(.unknownPerson))
            return t(
                .reportFormat(
                    .sessionLine(
                        date: date.longDate(language) + " " + date.clock, worker: worker,
                        present: record.members.filter { present.contains($0.id) }.map(\.name))))
        }

        /// The annotations about the session: those written with its id, and those about one of its events.
        func annotations(_ log: SessionLog, withTranscript: Bool) -> [Annotation] {
            let mine = Set(log.sessionEvents.map(\.id))
            let byID = Dictionary(log.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            return log.events.compactMap { e in
                guard case .annotationAdded(let a) = e.payload, e.sessionID == span.sessionID || mine.contains(a.targetEventID) else {
                    return nil
                }
                let target = byID[a.targetEventID]
                let inSession = target.map { mine.contains($0.id) } ?? false
                // A checklist code reads as its item's words; a code no longer on the list as itself.
                let code = a.code.map { c in catalog.reviewChecklist.first { $0.code == c }?.label(language) ?? c }
                return Annotation(
                    author: t(.reportFormat(.author(name: e.author, role: a.role))), code: code, text: a.text,
                    about: target.map { describe($0, withTranscript: withTranscript) } ?? t(.report(.unknownMoment)),
                    at: inSession ? target.map { offset($0.time) } : nil)
            }
        }

        /// What an event is, in words, for the annotation about it. A worker's note shows
        /// its text only in the report with the transcript; retracted words never.
        func describe(_ event: Event, withTranscript: Bool) -> String {
            switch event.payload {
            case .utteranceRecorded(let p): return describeEntry(p.entryID, withTranscript)
            case .noteRecorded(let p): return describeEntry(p.entryID, withTranscript)
            case .workerSaid(let p): return describeEntry(p.entryID, withTranscript)
            case .entryAmended(let p): return describeEntry(p.entryID, withTranscript)
            case .entryRetracted(let p): return describeEntry(p.entryID, withTranscript)
            case .entryTagged(let p): return describeEntry(p.entryID, withTranscript)
            case .answerLinked(let p): return describeEntry(p.entryID, withTranscript)
            case .phaseChanged(let p): return t(.reportFormat(.aboutPhase(p.phase)))
            case .promptShown(let p): return t(.reportFormat(.aboutCard(cardTitle(p.promptID))))
            case .scaleDefined(let p): return t(.reportFormat(.aboutScale(p.topic)))
            case .scaleValueSet(let p):
                let topic = record.scales.first { $0.id == p.scaleID }?.topic ?? ""
                return t(.reportFormat(.aboutScaleValue(topic: topic, name: name(p.memberID), value: p.value)))
            case .goalSet(let p): return t(.reportFormat(.aboutGoal(record.goals.first { $0.id == p.goalID }?.text ?? p.text)))
            case .agreementMade(let p): return t(.reportFormat(.aboutAgreement(who: p.who, what: p.what)))
            case .decisionRecorded(let p): return t(.reportFormat(.aboutDecision(p.text)))
            case .summaryChecked: return t(.report(.summaryChecked))
            case .evaluationRecorded(let p):
                return t(.reportFormat(.aboutEvaluation(p.memberID.map(name) ?? t(.report(.wholeFamily)))))
            default: return t(.reportFormat(.aboutEvent(event.payload.typeName)))
            }
        }

        private func describeEntry(_ id: UUID, _ withTranscript: Bool) -> String {
            guard let entry = record.entry(id) else { return t(.report(.unknownMoment)) }
            if entry.retracted { return t(.report(.retractedWords)) }
            if entry.isWorkerNote {
                return withTranscript
                    ? t(.reportFormat(.quote(who: t(.report(.workerNote)), text: entry.text))) : t(.report(.noteTextWithTranscriptOnly))
            }
            return t(.reportFormat(.quote(who: who(entry), text: entry.text)))
        }

        private func who(_ entry: FamilyRecord.Entry) -> String {
            if let speaker = entry.speaker { return name(speaker) }
            return t(.report(entry.aloud ? .workerSaidAloud : .workerNote))
        }

        /// The session's standing words in recorded order (latest versions), with the phase
        /// changes and the cards between them.
        func transcript(_ log: SessionLog) -> [TranscriptItem] {
            var out: [TranscriptItem] = []
            var card: String?
            for e in log.sessionEvents {
                let id: UUID
                switch e.payload {
                case .phaseChanged(let p):
                    out.append(.phase(t(.reportFormat(.phaseMarker(p.phase)))))
                    continue
                case .promptShown(let p):
                    card = cardTitle(p.promptID)
                    out.append(.card(t(.reportFormat(.cardShowing(card ?? "")))))
                    continue
                case .utteranceRecorded(let p): id = p.entryID
                case .noteRecorded(let p): id = p.entryID
                case .workerSaid(let p): id = p.entryID
                default: continue
                }
                guard let entry = record.entry(id), entry.sessionID == span.sessionID, !entry.retracted else { continue }
                let kind: Words.Kind = entry.speaker != nil ? .family : entry.aloud ? .workerAloud : .workerNote
                out.append(
                    .words(
                        Words(
                            at: offset(entry.time), who: who(entry), text: entry.text, tags: entry.tags.map { t(.sessionFormat(.tag($0))) },
                            kind: kind, corrected: entry.versions.count > 1, card: card)))
            }
            return out
        }
    }
}
