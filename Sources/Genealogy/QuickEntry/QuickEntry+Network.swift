import Foundation
import KeukentafelDomain

extension QuickEntry {
    /// `netwerk: juf Marieke, school, dichtbij, praktisch, betrouwbaar, doel: naar school`:
    /// the name, then sector, ring, support types, assessment answers, `belastend`,
    /// `eenzijdig` and the goals the contact helps with, in any order; other words are a note.
    /// A name already on the map is corrected: what the line says replaces, the rest stays.
    static func networkContact(_ rest: String, record: FamilyRecord, ids: inout some IDGenerating) -> Result<EventPayload, Problem> {
        let parts = parts(rest)
        guard let name = parts.first, !name.isEmpty else { return .failure(Problem(kind: .noName)) }
        let existing = record.networkContacts.first { foldedForMatching($0.name) == foldedForMatching(name) }
        var contact =
            existing
            ?? NetworkContact(
                contactID: ids.next(), name: name,
                sector: record.networkSectors.contains("friends") ? "friends" : record.networkSectors.last ?? "friends", ring: .middle)
        var support: [SupportKind] = []
        var notes: [String] = []
        for part in parts.dropFirst() {
            let p = foldedForMatching(part)
            if let own = record.networkSectors.first(where: { foldedForMatching($0) == p }) {
                contact.sector = own
            } else if let s = QuickEntryWords.sectors[p] {
                contact.sector = s
            } else if let r = QuickEntryWords.rings[p] {
                contact.ring = r
            } else if let s = QuickEntryWords.support[p] {
                support.append(s)
            } else if let (question, answer) = assessment(p) {
                contact.assessment[question.rawValue] = answer
            } else if QuickEntryWords.notStressful.contains(p) {
                contact.stressful = false
            } else if QuickEntryWords.stressful.contains(p) {
                contact.stressful = true
            } else if QuickEntryWords.oneWay.contains(p) {
                contact.oneWay = true
            } else if QuickEntryWords.mutual.contains(p) {
                contact.oneWay = false
            } else if let goalText = QuickEntryWords.goal.lazy.compactMap({ prefixWord(part, $0) ?? prefixWord(part, $0 + ":") }).first {
                guard let goal = findGoal(goalText, in: record) else { return .failure(Problem(kind: .unknownGoal(goalText))) }
                if !contact.goalIDs.contains(goal) { contact.goalIDs.append(goal) }
            } else if let helpText = QuickEntryWords.helpsWith.lazy.compactMap({ prefixWord(part, $0) }).first,
                let goal = findGoal(helpText, in: record)
            {
                if !contact.goalIDs.contains(goal) { contact.goalIDs.append(goal) }
            } else {
                notes.append(part)
            }
        }
        if !support.isEmpty { contact.support = support }
        if !notes.isEmpty { contact.note = notes.joined(separator: ", ") }
        return .success(.networkContactSet(contact))
    }

    /// "betrouwbaar", "niet betrouwbaar", "onbetrouwbaar" → reliable yes or no.
    static func assessment(_ folded: String) -> (NetworkAssessment, Bool)? {
        if let a = QuickEntryWords.assessment[folded] { return a }
        for n in QuickEntryWords.negation {
            if let rest = prefixWord(folded, n), let a = QuickEntryWords.assessment[rest] { return (a.0, !a.1) }
        }
        return nil
    }

    /// A goal by its number (`doel 2`) or by words in it (`doel: naar school`).
    static func findGoal(_ text: String, in record: FamilyRecord) -> UUID? {
        let t = foldedForMatching(text)
        guard !t.isEmpty else { return nil }
        if let n = Int(t), n >= 1, n <= record.goals.count { return record.goals[n - 1].id }
        return record.goals.first { foldedForMatching($0.text) == t }?.id
            ?? record.goals.first { foldedForMatching($0.text).contains(t) }?.id
    }
}
