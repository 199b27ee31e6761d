import Foundation

/// A fictional family with three sessions, so a newcomer sees a realistic record.
/// Every name and word here is invented.
public enum DemoFamily {
    public static let name = "Gezin Jansen (demo)"

    /// The demo's events, starting three weeks before `now`. Ids come from `seed` so the
    /// same seed gives the same family.
    public static func events(now: Date, worker: String = "demo", seed: UInt64 = 1) -> [Event] {
        var ids = SeededIDs(seed: seed)
        let family = ids.next()
        let sandra = ids.next()
        let karim = ids.next()
        let zoe = ids.next()
        let milan = ids.next()
        var out: [Event] = []
        var clock = now.addingTimeInterval(-21 * 86_400)
        func add(_ session: UUID?, _ payload: EventPayload, after seconds: Double = 40) {
            clock = clock.addingTimeInterval(seconds)
            out.append(Event(id: ids.next(), familyID: family, sessionID: session, time: clock, author: worker, payload: payload))
        }
        add(nil, .familyCreated(.init(name: name)), after: 0)
        add(nil, .memberAdded(.init(memberID: sandra, name: "Sandra", role: .parent, birthYear: 1992)))
        add(nil, .memberAdded(.init(memberID: karim, name: "Karim", role: .parent, birthYear: 1989)))
        add(nil, .memberAdded(.init(memberID: zoe, name: "Zoë", role: .child, birthYear: 2017)))
        add(nil, .memberAdded(.init(memberID: milan, name: "Milan", role: .child, birthYear: 2023)))
        // The genogram and the network map, as quick entry would make them.
        let gSandra = ids.next()
        let gKarim = ids.next()
        let gZoe = ids.next()
        let gMilan = ids.next()
        let gRiet = ids.next()
        add(nil, .genogramPersonSet(GenogramPerson(personID: gSandra, name: "Sandra", gender: .female, birthYear: 1992, memberID: sandra)))
        add(nil, .genogramPersonSet(GenogramPerson(personID: gKarim, name: "Karim", gender: .male, birthYear: 1989, memberID: karim)))
        add(
            nil,
            .genogramPersonSet(GenogramPerson(personID: gZoe, name: "Zoë", gender: .female, birthYear: 2017, isIndex: true, memberID: zoe)))
        add(nil, .genogramPersonSet(GenogramPerson(personID: gMilan, name: "Milan", gender: .male, birthYear: 2023, memberID: milan)))
        add(
            nil,
            .genogramPersonSet(GenogramPerson(personID: gRiet, name: "oma Riet", gender: .female, birthYear: 1955, household: "om de hoek"))
        )
        let parents = ids.next()
        let rietCouple = ids.next()
        add(nil, .genogramCoupleSet(GenogramCouple(coupleID: parents, partners: [gSandra, gKarim], status: .cohabiting, startYear: 2014)))
        add(nil, .genogramChildLinked(GenogramChildLink(coupleID: parents, childID: gZoe, kind: .biological)))
        add(nil, .genogramChildLinked(GenogramChildLink(coupleID: parents, childID: gMilan, kind: .biological)))
        add(nil, .genogramCoupleSet(GenogramCouple(coupleID: rietCouple, partners: [gRiet], status: .unknown)))
        add(nil, .genogramChildLinked(GenogramChildLink(coupleID: rietCouple, childID: gSandra, kind: .biological)))
        // Karim's father, whom he no longer sees; Sandra and her mother are close.
        let gHamid = ids.next()
        let hamidCouple = ids.next()
        add(nil, .genogramPersonSet(GenogramPerson(personID: gHamid, name: "Hamid", gender: .male, birthYear: 1960)))
        add(nil, .genogramCoupleSet(GenogramCouple(coupleID: hamidCouple, partners: [gHamid], status: .unknown)))
        add(nil, .genogramChildLinked(GenogramChildLink(coupleID: hamidCouple, childID: gKarim, kind: .biological)))
        add(nil, .genogramBondSet(GenogramBond(bondID: ids.next(), from: gKarim, to: gHamid, kind: .cutOff)))
        add(nil, .genogramBondSet(GenogramBond(bondID: ids.next(), from: gSandra, to: gRiet, kind: .close)))
        let yes = { (questions: [NetworkAssessment]) in Dictionary(uniqueKeysWithValues: questions.map { ($0.rawValue, true) }) }
        let rietContact = NetworkContact(
            contactID: ids.next(), name: "oma Riet", sector: "family", ring: .close,
            support: [.practical, .emotional], assessment: yes(NetworkAssessment.allCases))
        add(nil, .networkContactSet(rietContact))
        add(
            nil,
            .networkContactSet(
                NetworkContact(
                    contactID: ids.next(), name: "juf Marieke", sector: "school", ring: .middle,
                    support: [.advice], assessment: yes([.responds, .accessible]))))
        add(
            nil,
            .networkContactSet(
                NetworkContact(
                    contactID: ids.next(), name: "buurman Kees", sector: "friends", ring: .far,
                    support: [.company], oneWay: true)))
        add(
            nil,
            .networkContactSet(
                NetworkContact(
                    contactID: ids.next(), name: "tante Nadia", sector: "family", ring: .middle,
                    support: [.emotional], assessment: ["reliable": false], stressful: true)))

        let burden = ids.next()
        let mornings = ids.next()
        var exceptionEntry = ids.next()
        for number in 1...3 {
            let s = ids.next()
            add(
                s, .sessionStarted(.init(number: number, kind: .live, worker: worker, present: [sandra, karim, zoe])),
                after: number == 1 ? 60 : 7 * 86_400)
            add(s, .phaseChanged(.init(phase: .welcome)))
            if number == 1 {
                add(
                    s,
                    .utteranceRecorded(
                        .init(
                            entryID: ids.next(), speaker: sandra,
                            text: "De ochtenden zijn een gevecht. Om half acht staat iedereen al te schreeuwen.", tags: [.worry])))
                add(s, .phaseChanged(.init(phase: .questions)))
                add(s, .scaleDefined(.init(scaleID: burden, topic: "hoeveel last we hebben van de ochtenden", kind: .burden)))
                add(s, .scaleValueSet(.init(scaleID: burden, memberID: sandra, value: 8)))
                add(s, .scaleValueSet(.init(scaleID: burden, memberID: karim, value: 6)))
                exceptionEntry = ids.next()
                add(
                    s,
                    .utteranceRecorded(
                        .init(
                            entryID: exceptionEntry, speaker: karim,
                            text: "Op woensdag gaat het wel goed. Dan maak ik de boterhammen de avond ervoor.", tags: [.exception])))
                add(
                    s,
                    .utteranceRecorded(
                        .init(
                            entryID: ids.next(), speaker: zoe, text: "Als papa me wekt met een liedje ben ik niet boos.", tags: [.exception]
                        )))
                add(s, .noteRecorded(.init(entryID: ids.next(), text: "Ouders vullen elkaar goed aan; Zoë doet actief mee.")))
                add(s, .phaseChanged(.init(phase: .goals)))
                let sign = ids.next()
                add(
                    s,
                    .utteranceRecorded(
                        .init(
                            entryID: sign, speaker: sandra, text: "Dan zitten we met z'n allen aan het ontbijt en lacht er iemand.",
                            tags: [.miracleSign])))
                add(
                    s,
                    .goalSet(
                        .init(
                            goalID: mornings, text: "Rustig samen ontbijten voordat we de deur uit gaan",
                            sourceEntries: [sign, exceptionEntry])))
                add(s, .scaleDefined(.init(scaleID: ids.next(), topic: "rustig samen ontbijten", kind: .goal)))
                add(
                    s,
                    .agreementMade(
                        .init(
                            agreementID: ids.next(), who: "Karim", what: "maakt elke avond de boterhammen klaar", byWhen: "volgend bezoek"))
                )
                var helps = rietContact
                helps.goalIDs = [mornings]
                add(s, .networkContactSet(helps))  // oma can help with the mornings
            } else {
                add(s, .phaseChanged(.init(phase: .goals)))
                add(s, .scaleValueSet(.init(scaleID: burden, memberID: sandra, value: number == 2 ? 6 : 4)))
                add(s, .scaleValueSet(.init(scaleID: burden, memberID: karim, value: number == 2 ? 5 : 4)))
                let why = ids.next()
                add(
                    s,
                    .utteranceRecorded(
                        .init(
                            entryID: why, speaker: sandra,
                            text: number == 2
                                ? "Het is een zes en geen acht omdat de tassen nu 's avonds al klaarstaan."
                                : "We zijn twee keer op tijd geweest zonder geschreeuw. Dat hebben we zelf gedaan.", tags: [.strength])))
                add(s, .answerLinked(.init(entryID: why, target: .scale(burden))))
                if number == 3 {
                    add(s, .goalChanged(.init(goalID: mornings, status: .open)))
                    add(s, .phaseChanged(.init(phase: .closing)))
                    add(s, .summaryChecked(.init(confirmed: true)))
                    add(s, .evaluationRecorded(.init(ratings: ["evaluation-item-heard": 9, "evaluation-item-useful": 8])))
                }
            }
            add(s, .sessionEnded(.init()), after: 45 * 60)
        }
        return out
    }
}
