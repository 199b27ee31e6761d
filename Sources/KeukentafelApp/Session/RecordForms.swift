import Foundation
import KeukentafelDomain
import PromptLibrary
import TerminalUI

/// The kinds of structured record the live screen can capture besides words (F11).
public enum RecordKind: Int, CaseIterable, Sendable {
    case agreement, appointment, option, preference, decision, safety, instrument, timeline

    /// The kind that fits the question on the card, so F11 and Enter usually suffice.
    public static func suggested(for technique: Technique?) -> RecordKind {
        switch technique {
        case .options?: return .option
        case .preferences?: return .preference
        case .decision?, .participationLadder?: return .decision
        case .signsOfSafety?, .safetyScale?: return .safety
        default: return .agreement
        }
    }

    /// The form's fields, top to bottom.
    var fields: [RecordField] {
        switch self {
        case .agreement: return [.who, .what, .byWhen]
        case .appointment: return [.appointmentWhen, .place]
        case .option: return [.option, .pros, .cons]
        case .preference: return [.optionNumber, .whoSays, .reason]
        case .decision: return [.decision, .chosenOption, .decidedBy, .ladder, .disagreement]
        case .safety: return [.column, .perspective, .whoSays, .theirWords]
        case .instrument: return [.instrument, .date, .scores]
        case .timeline: return [.timelineWhen, .whatHappened, .whose, .timelineKind]
        }
    }
}

/// A field of a record form, by name: the form and the events it makes agree on names,
/// not on positions.
enum RecordField: CaseIterable, Sendable {
    case who, what, byWhen
    case appointmentWhen, place
    case option, pros, cons
    case optionNumber, whoSays, reason
    case decision, chosenOption, decidedBy, ladder, disagreement
    case column, perspective, theirWords
    case instrument, date, scores
    case timelineWhen, whatHappened, whose, timelineKind

    var label: UIText {
        switch self {
        case .who: return .record(.fieldWho)
        case .what: return .record(.fieldWhat)
        case .byWhen: return .record(.fieldByWhen)
        case .appointmentWhen, .timelineWhen: return .record(.fieldWhen)
        case .place: return .record(.fieldWhere)
        case .option: return .record(.fieldOption)
        case .pros: return .record(.fieldPros)
        case .cons: return .record(.fieldCons)
        case .optionNumber: return .record(.fieldOptionNumber)
        case .decision: return .record(.fieldDecision)
        case .decidedBy: return .record(.fieldDecidedBy)
        case .whoSays: return .record(.fieldWhoSays)
        case .whose: return .record(.fieldWhose)
        case .timelineKind: return .record(.fieldTimelineKind)
        case .reason: return .record(.fieldReason)
        case .chosenOption: return .record(.fieldChosenOption)
        case .ladder: return .record(.fieldLadder)
        case .disagreement: return .record(.fieldDisagreement)
        case .column: return .record(.fieldColumn)
        case .perspective: return .record(.fieldPerspective)
        case .theirWords: return .record(.fieldTheirWords)
        case .instrument: return .record(.fieldInstrument)
        case .date: return .record(.fieldDate)
        case .scores: return .record(.fieldScores)
        case .whatHappened: return .record(.fieldWhatHappened)
        }
    }

    func placeholder(_ language: Language) -> String {
        switch self {
        case .appointmentWhen: return UIText.record(.appointmentExample).text(language)
        case .pros, .cons: return UIText.record(.commaSeparated).text(language)
        case .optionNumber, .chosenOption: return "1"
        case .whoSays: return UIText.record(.whoSaysChoices).text(language)
        case .decidedBy: return UIText.record(.decidersChoices).text(language)
        case .whose: return UIText.record(.whoseChoices).text(language)
        case .timelineKind: return UIText.record(.timelineKindChoices).text(language)
        case .ladder: return "1–5"
        case .column: return UIText.record(.columnChoices).text(language)
        case .perspective: return UIText.record(.perspectiveChoices).text(language)
        case .instrument: return "SDQ, ZRM, ETM…"
        case .date: return "2026-11-23"
        case .scores: return UIText.record(.scoresExample).text(language)
        case .timelineWhen: return "2019"
        default: return ""
        }
    }
}

/// A structured record being filled in: first the kind (a list), then its form.
public struct RecordDraft: Equatable, Sendable {
    public var kind: RecordKind
    public var choosing: Bool
    public var menu: ScrollList
    public var form: Form

    /// What "who says it" starts as: the number of whoever speaks now (0 for the worker).
    public var speakerNumber: String

    public init(suggested: RecordKind, language: Language, speakerNumber: String = "") {
        kind = suggested
        choosing = true
        menu = ScrollList(count: RecordKind.allCases.count, selected: suggested.rawValue)
        self.speakerNumber = speakerNumber
        form = RecordForms.form(suggested, language, speakerNumber: speakerNumber)
    }
}

/// Why a form cannot be saved yet: the field and the message under it.
struct FormProblem: Error, Equatable {
    var field: RecordField
    var message: UIText
}

/// Forms and the events they produce.
enum RecordForms {
    static func form(_ kind: RecordKind, _ language: Language, speakerNumber: String = "") -> Form {
        Form(
            kind.fields.map {
                Form.Field(label: $0.label.text(language), text: $0 == .whoSays ? speakerNumber : "", placeholder: $0.placeholder(language))
            })
    }

    /// A filled-in form's values by field name.
    struct Values {
        let kind: RecordKind
        let form: Form

        /// The raw text as typed (the family's words are kept exactly).
        func raw(_ field: RecordField) -> String {
            kind.fields.firstIndex(of: field).map { form.value($0) } ?? ""
        }
        func text(_ field: RecordField) -> String { raw(field).trimmingCharacters(in: .whitespacesAndNewlines) }
        func optional(_ field: RecordField) -> String? { text(field).isEmpty ? nil : text(field) }
        func list(_ field: RecordField) -> [String] {
            text(field).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func required(_ fields: RecordField...) -> FormProblem? {
            fields.first { text($0).isEmpty }.map { FormProblem(field: $0, message: .record(.errorRequired)) }
        }
        /// Numbers of the present (1…) or 0 for the worker, as typed: "1 2", "1, 2".
        func numbers(_ field: RecordField) -> [Int]? {
            let parts = text(field).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            let values = parts.compactMap(Int.init)
            return values.count == parts.count ? values : nil
        }
    }

    /// The payloads for a filled-in form, or the first problem.
    static func payloads(_ kind: RecordKind, _ form: Form, _ s: SessionState, _ env: AppEnvironment) -> Result<[EventPayload], FormProblem>
    {
        let v = Values(kind: kind, form: form)
        switch kind {
        case .agreement:
            if let p = v.required(.who, .what) { return .failure(p) }
            return .success([
                .agreementMade(.init(agreementID: env.newID(), who: v.text(.who), what: v.text(.what), byWhen: v.optional(.byWhen)))
            ])
        case .appointment:
            if let p = v.required(.appointmentWhen) { return .failure(p) }
            return .success([.appointmentSet(.init(when: v.text(.appointmentWhen), place: v.optional(.place)))])
        case .option:
            if let p = v.required(.option) { return .failure(p) }
            return .success([.optionAdded(.init(optionID: env.newID(), text: v.text(.option), pros: v.list(.pros), cons: v.list(.cons)))])
        case .preference:
            guard let n = Int(v.text(.optionNumber)), s.record.options.indices.contains(n - 1) else {
                return .failure(FormProblem(field: .optionNumber, message: .recordFormat(.errorOptionNumber(s.record.options.count))))
            }
            // Whose preference is asked, never taken from whoever spoke last.
            guard let who = v.numbers(.whoSays), who.count == 1, let sayer = speaker(who[0], s) else {
                return .failure(FormProblem(field: .whoSays, message: .recordFormat(.errorWhoSays(s.present.count))))
            }
            guard case .member(let id) = sayer else {
                return .failure(FormProblem(field: .whoSays, message: .record(.errorPreferenceIsTheirs)))
            }
            var payloads: [EventPayload] = []
            var reasonEntry: UUID?
            if !v.text(.reason).isEmpty {
                let entry = env.newID()
                reasonEntry = entry
                payloads.append(.utteranceRecorded(.init(entryID: entry, speaker: id, text: v.raw(.reason))))
            }
            payloads.append(.preferenceRecorded(.init(optionID: s.record.options[n - 1].optionID, memberID: id, entryID: reasonEntry)))
            return .success(payloads)
        case .decision:
            if let p = v.required(.decision) { return .failure(p) }
            var chosen: UUID?
            if !v.text(.chosenOption).isEmpty {
                guard let n = Int(v.text(.chosenOption)), s.record.options.indices.contains(n - 1) else {
                    return .failure(FormProblem(field: .chosenOption, message: .recordFormat(.errorOptionNumber(s.record.options.count))))
                }
                chosen = s.record.options[n - 1].optionID
            }
            // Who decided: chosen from those present (and the worker), never free text.
            guard let numbers = v.numbers(.decidedBy), !numbers.isEmpty else {
                return .failure(FormProblem(field: .decidedBy, message: .recordFormat(.errorWhoSays(s.present.count))))
            }
            var names: [String] = []
            var deciders: [UUID] = []
            for n in numbers {
                switch speaker(n, s) {
                case .member(let id)?:
                    deciders.append(id)
                    names.append(s.record.member(id)?.name ?? "?")
                case .worker?, .workerAloud?: names.append(env.worker)
                case nil: return .failure(FormProblem(field: .decidedBy, message: .recordFormat(.errorWhoSays(s.present.count))))
                }
            }
            guard let level = Int(v.text(.ladder)), (1...5).contains(level) else {
                return .failure(FormProblem(field: .ladder, message: .record(.errorLadder)))
            }
            return .success([
                .decisionRecorded(
                    .init(
                        decisionID: env.newID(), text: v.text(.decision), optionID: chosen, decidedBy: names, ladderLevel: level,
                        disagreement: v.optional(.disagreement), deciders: deciders, consideredOptions: s.record.options.map(\.optionID)))
            ])
        case .safety:
            guard let c = Int(v.text(.column)), SafetyColumn.allCases.indices.contains(c - 1) else {
                return .failure(FormProblem(field: .column, message: .recordFormat(.errorChoice(3))))
            }
            guard let p = Int(v.text(.perspective)), SafetyPerspective.allCases.indices.contains(p - 1) else {
                return .failure(FormProblem(field: .perspective, message: .recordFormat(.errorChoice(4))))
            }
            let perspective = SafetyPerspective.allCases[p - 1]
            guard let who = v.numbers(.whoSays), who.count == 1, let sayer = speaker(who[0], s) else {
                return .failure(FormProblem(field: .whoSays, message: .recordFormat(.errorWhoSays(s.present.count))))
            }
            // The professionals' view is the worker's to say: never a quote of someone present.
            if perspective == .professionals, case .member = sayer {
                return .failure(FormProblem(field: .whoSays, message: .record(.errorProfessionalsAreWorker)))
            }
            if let problem = v.required(.theirWords) { return .failure(problem) }
            let entry = env.newID()
            // Whoever says it is recorded as saying it; the perspective is kept beside it.
            let words: EventPayload
            switch sayer {
            case .member(let id): words = .utteranceRecorded(.init(entryID: entry, speaker: id, text: v.raw(.theirWords)))
            case .worker, .workerAloud: words = .workerSaid(.init(entryID: entry, text: v.raw(.theirWords)))
            }
            return .success([
                words, .safetyMapEntry(.init(entryID: entry, column: SafetyColumn.allCases[c - 1], perspective: perspective)),
            ])
        case .instrument:
            if let p = v.required(.instrument, .scores) { return .failure(p) }
            var scores: [String: String] = [:]
            for part in v.list(.scores) {
                let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard kv.count == 2, !kv[0].isEmpty, !kv[1].isEmpty else {
                    return .failure(FormProblem(field: .scores, message: .record(.errorScores)))
                }
                scores[kv[0]] = kv[1]
            }
            return .success([.instrumentScored(.init(instrument: v.text(.instrument), date: v.text(.date), scores: scores))])
        case .timeline:
            if let p = v.required(.timelineWhen, .whatHappened) { return .failure(p) }
            // Whose event: the numbers of those present it concerns; empty = the whole family.
            guard let numbers = v.numbers(.whose) else {
                return .failure(FormProblem(field: .whose, message: .recordFormat(.errorWhoSays(s.present.count))))
            }
            var members: [UUID] = []
            for n in numbers {
                guard case .member(let id)? = speaker(n, s) else {
                    return .failure(FormProblem(field: .whose, message: .recordFormat(.errorWhoSays(s.present.count))))
                }
                members.append(id)
            }
            let kind = v.text(.timelineKind)
            guard kind.isEmpty || kind == "1" || kind == "2" else {
                return .failure(FormProblem(field: .timelineKind, message: .recordFormat(.errorChoice(2))))
            }
            return .success([
                .timelineEventAdded(
                    .init(
                        itemID: env.newID(), when: v.text(.timelineWhen), text: v.text(.whatHappened), memberIDs: members,
                        earlierHelp: kind == "2"))
            ])
        }
    }
}

extension RecordForms {
    /// The person behind a number on the forms: 1… the present members, 0 the worker.
    static func speaker(_ number: Int, _ s: SessionState) -> Speaker? {
        if number == 0 { return .workerAloud }
        return s.present.indices.contains(number - 1) ? .member(s.present[number - 1].id) : nil
    }
}

/// F11's keys: choose a kind from the list, then fill in its form.
enum RecordMode {
    typealias Outcome = SessionFeature.Outcome

    static func key(_ press: KeyPress, _ draft: inout RecordDraft, _ s: inout SessionState, _ context: ScreenContext) -> Step<Outcome> {
        if draft.choosing {
            if draft.menu.handle(press, pageSize: RecordKind.allCases.count) { return .none }
            switch press.key {
            case .enter:
                draft.kind = RecordKind.allCases[draft.menu.selected]
                draft.form = RecordForms.form(draft.kind, context.language, speakerNumber: draft.speakerNumber)
                draft.choosing = false
            case .escape:
                s.mode = .capture
            default:
                break
            }
            return .none
        }
        switch draft.form.handle(press) {
        case .cancel:
            draft.choosing = true
        case .submit:
            switch RecordForms.payloads(draft.kind, draft.form, s, context.env) {
            case .failure(let problem):
                let index = draft.kind.fields.firstIndex(of: problem.field) ?? 0
                draft.form.errors[index] = context.t(problem.message)
                draft.form.focus(index)
            case .success(let payloads):
                return SessionFeature.append(&s, payloads, context)
            }
        default:
            break
        }
        return .none
    }
}
