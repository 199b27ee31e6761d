import ArgumentParser
import Foundation
import KeukentafelDomain
import Sharing

/// `--pseudonymise` for `export`, `plan` and `review`: the family's events with every name,
/// time and id replaced, and what was replaced said on standard error (kinds and counts,
/// never a name), so the output itself stays only the report or export.
enum Pseudonymising {
    static func events(_ events: [Event], language: Language) throws -> [Event] {
        do {
            let (out, summary) = try Pseudonymiser.pseudonymise(events, labels: language == .nl ? .dutch : .english)
            FileHandle.standardError.write(Data((describe(summary, language) + "\n").utf8))
            return out
        } catch {
            complain("\(error)")
            throw ExitCode(3)
        }
    }

    static func describe(_ s: PseudonymSummary, _ language: Language) -> String {
        if language == .nl {
            return """
                Gepseudonimiseerd: \(s.familyNames) gezinsnaam, \(s.memberNames) gezinsleden, \(s.genogramPersons) personen in het genogram, \
                \(s.networkContacts) contacten in het netwerk, \(s.places) plaatsen; \(s.namesInText) keer een naam in de vastgelegde woorden; \
                alle tijden en \(s.datesInText) data in tekst met één vast, geheim aantal dagen verschoven (leeftijden en geboortejaren blijven); \
                \(s.ids) id's vervangen.
                """
        }
        return """
            Pseudonymised: \(s.familyNames) family name, \(s.memberNames) members, \(s.genogramPersons) genogram persons, \
            \(s.networkContacts) network contacts, \(s.places) places; \(s.namesInText) names inside the recorded words; \
            every time and \(s.datesInText) dates in text shifted by one constant, secret number of days (ages and birth years kept); \
            \(s.ids) ids replaced.
            """
    }
}
