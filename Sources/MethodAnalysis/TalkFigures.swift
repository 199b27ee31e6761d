import Foundation
import KeukentafelDomain

extension SessionAnalysis {
    /// The tags that mark the family's words as being about what works.
    static let solutionTags: Set<Tag> = [.exception, .strength, .coping, .miracleSign]

    /// Solution talk against problem talk, over the family's standing entries of the session.
    /// An entry with a solution tag and a worry counts on both sides.
    static func talkBalance(_ s: SessionSlice) -> TalkBalance {
        var balance = TalkBalance(solution: 0, problem: 0, other: 0)
        for entry in s.familyEntries {
            let solution = entry.tags.contains { solutionTags.contains($0) }
            let problem = entry.tags.contains(.worry)
            if solution { balance.solution += 1 }
            if problem { balance.problem += 1 }
            if !solution && !problem { balance.other += 1 }
        }
        return balance
    }

    /// For each goal set in the session: how many of its words the family said in the words
    /// it was made from (its standing family source entries, in their latest version).
    static func goalWordings(_ s: SessionSlice) -> [GoalWording] {
        let set = s.events.compactMap { e -> UUID? in
            if case .goalSet(let p) = e.payload { return p.goalID }
            return nil
        }
        var seen: Set<UUID> = []
        return set.compactMap { id -> GoalWording? in
            guard seen.insert(id).inserted, let goal = s.record.goals.first(where: { $0.id == id }) else { return nil }
            let sources = goal.sourceEntries.compactMap { s.record.entry($0) }.filter(\.isStandingFamilyWords)
            let familyWords = Set(sources.flatMap { words($0.text) })
            let goalWords = words(goal.text)
            return GoalWording(
                goalID: id, text: goal.text, words: goalWords.count, wordsFromFamily: goalWords.count { familyWords.contains($0) },
                familySources: sources.count)
        }
    }

    /// The words of a text for matching: folded (case and accents ignored), split at anything
    /// that is not a letter, a digit or an apostrophe inside a word (`z'n` is one Dutch word).
    static func words(_ text: String) -> [String] {
        let apostrophes: Set<Character> = ["'", "\u{2019}"]
        return foldedForMatching(text).split { !$0.isLetter && !$0.isNumber && !apostrophes.contains($0) }
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "'\u{2019}")) }
            .filter { !$0.isEmpty }
    }

    /// The family's standing entries per person: everyone present at some moment of the
    /// session, and anyone else who spoke, in the record's member order.
    static func voiceFigures(_ s: SessionSlice) -> VoiceFigures {
        var people: [UUID] = []
        func meet(_ id: UUID) { if !people.contains(id) { people.append(id) } }
        for e in s.events {
            switch e.payload {
            case .sessionStarted(let p): p.present.forEach(meet)
            case .presenceChanged(let p): p.present.forEach(meet)
            default: break
            }
        }
        let entries = s.entries.filter { !$0.retracted }
        entries.compactMap(\.speaker).forEach(meet)
        let rank = Dictionary(s.record.members.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ordered = people.enumerated().sorted { (rank[$0.1] ?? Int.max, $0.0) < (rank[$1.1] ?? Int.max, $1.0) }.map(\.1)
        let speakers = ordered.map { id in
            VoiceFigures.Speaker(memberID: id, role: s.record.member(id)?.role, entries: entries.count { $0.speaker == id })
        }
        return VoiceFigures(
            speakers: speakers, workerAloud: entries.count { $0.isWorkers && $0.aloud },
            workerNotes: entries.count { $0.isWorkerNote })
    }
}
