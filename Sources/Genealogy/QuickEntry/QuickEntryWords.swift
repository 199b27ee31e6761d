import KeukentafelDomain

/// The words quick entry understands, Dutch and English side by side. Longer phrases are
/// tried before shorter ones, so "zeer hecht met" is never read as "hecht met".
enum QuickEntryWords {
    /// Family relations: `<word> van <name>` / `<word> of <name>`.
    static let relations: [(words: [String], relation: QuickEntry.Relation)] = [
        (["moeder", "mother", "mama", "mum", "mom"], .parent(.female, .biological)),
        (["vader", "father", "papa", "dad"], .parent(.male, .biological)),
        (["ouder", "parent"], .parent(nil, .biological)),
        (["pleegmoeder", "foster mother"], .parent(.female, .foster)),
        (["pleegvader", "foster father"], .parent(.male, .foster)),
        (["pleegouder", "foster parent"], .parent(nil, .foster)),
        (["adoptiemoeder", "adoptive mother"], .parent(.female, .adopted)),
        (["adoptievader", "adoptive father"], .parent(.male, .adopted)),
        (["adoptieouder", "adoptive parent"], .parent(nil, .adopted)),
        (["stiefmoeder", "stepmother", "step-mother"], .stepParent(.female)),
        (["stiefvader", "stepfather", "step-father"], .stepParent(.male)),
        (["stiefouder", "stepparent", "step-parent"], .stepParent(nil)),
        (["dochter", "daughter"], .child(.female, .biological)),
        (["zoon", "son"], .child(.male, .biological)),
        (["kind", "child"], .child(nil, .biological)),
        (["pleegkind", "foster child"], .child(nil, .foster)),
        (["pleegdochter", "foster daughter"], .child(.female, .foster)),
        (["pleegzoon", "foster son"], .child(.male, .foster)),
        (["adoptiekind", "adopted child"], .child(nil, .adopted)),
        (["adoptiedochter", "adopted daughter"], .child(.female, .adopted)),
        (["adoptiezoon", "adopted son"], .child(.male, .adopted)),
        (["stiefkind", "stepchild", "step-child"], .stepChild(nil)),
        (["stiefdochter", "stepdaughter", "step-daughter"], .stepChild(.female)),
        (["stiefzoon", "stepson", "step-son"], .stepChild(.male)),
        (["tweeling", "twin"], .twin(nil)),
        (["tweelingbroer", "twin brother"], .twin(.male)),
        (["tweelingzus", "twin sister"], .twin(.female)),
        (["man", "echtgenoot", "husband"], .partner(.married, .male)),
        (["vrouw", "echtgenote", "wife"], .partner(.married, .female)),
        (["partner", "nieuwe partner", "new partner"], .partner(.cohabiting, nil)),
        // Dutch "vriend" is as often a friend as a partner: asked. "boyfriend" is not.
        (["vriend"], .friend(.male)),
        (["vriendin"], .friend(.female)),
        (["boyfriend"], .partner(.cohabiting, .male)),
        (["girlfriend"], .partner(.cohabiting, .female)),
        (["ex", "ex-partner"], .partner(.divorced, nil)),
        (["ex-man", "ex-husband"], .partner(.divorced, .male)),
        (["ex-vrouw", "ex-wife"], .partner(.divorced, .female)),
        (["ex-vriend", "ex-boyfriend"], .partner(.endedCohabitation, .male)),
        (["ex-vriendin", "ex-girlfriend"], .partner(.endedCohabitation, .female)),
        (["broer", "brother"], .sibling(.male)),
        (["zus", "zuster", "sister"], .sibling(.female)),
        (["halfbroer", "half-brother", "half brother", "halfbrother"], .halfSibling(.male)),
        (["halfzus", "halfzuster", "half-sister", "half sister", "halfsister"], .halfSibling(.female)),
        (["oom", "uncle"], .auntOrUncle(.male)),
        (["tante", "aunt", "auntie"], .auntOrUncle(.female)),
        // Dutch "neef"/"nicht" are both cousin and nephew/niece.
        (["neef"], .cousinOrNephew(.male, cousin: true, nephew: true)),
        (["nicht"], .cousinOrNephew(.female, cousin: true, nephew: true)),
        (["cousin"], .cousinOrNephew(nil, cousin: true, nephew: false)),
        (["nephew"], .cousinOrNephew(.male, cousin: false, nephew: true)),
        (["niece"], .cousinOrNephew(.female, cousin: false, nephew: true)),
        (["kleinkind", "grandchild"], .grandchild(nil)),
        (["kleindochter", "granddaughter"], .grandchild(.female)),
        (["kleinzoon", "grandson"], .grandchild(.male)),
        (["oma", "grootmoeder", "grandmother", "grandma"], .grandparent(.female)),
        (["opa", "grootvader", "grandfather", "grandpa"], .grandparent(.male)),
    ]

    /// Emotional relations: `<phrase> <name>`, such as `ruzie met Sandra` or `close to Milan`.
    static let bonds: [(phrase: String, bond: EmotionalBond?)] = [
        ("zeer hecht met", .fused), ("heel hecht met", .fused), ("versmolten met", .fused), ("fused with", .fused),
        ("very close to", .fused),
        ("hecht met", .close), ("close to", .close), ("close with", .close), ("goed contact met", .close), ("good contact with", .close),
        ("afstand tot", .distant), ("afstand met", .distant), ("afstandelijk met", .distant), ("distant from", .distant),
        ("distant with", .distant),
        ("ruzie met", .conflict), ("conflict met", .conflict), ("conflict with", .conflict), ("fights with", .conflict),
        ("quarrels with", .conflict),
        ("vijandig tegen", .hostile), ("vijandig met", .hostile), ("hostile to", .hostile), ("hostile towards", .hostile),
        ("hostile with", .hostile),
        ("contact hersteld met", .repaired), ("hersteld met", .repaired), ("weer contact met", .repaired),
        ("repaired with", .repaired), ("back in touch with", .repaired),
        ("geen contact met", .cutOff), ("contact verbroken met", .cutOff), ("breuk met", .cutOff),
        ("cut off from", .cutOff), ("cut-off from", .cutOff), ("no contact with", .cutOff),
        ("zorg mishandeling", .abuseConcern), ("mishandelt", .abuseConcern), ("abuse concern", .abuseConcern), ("abuses", .abuseConcern),
        ("zorg verwaarlozing", .neglectConcern), ("verwaarloost", .neglectConcern), ("neglect concern", .neglectConcern),
        ("neglects", .neglectConcern),
        // Takes the lines between two people away (a correction).
        ("geen lijn met", nil), ("no line with", nil),
    ].sorted { $0.phrase.count > $1.phrase.count }

    static let male = ["man", "jongen", "male", "boy"]
    static let female = ["vrouw", "meisje", "female", "girl"]
    static let nonBinary = ["non-binair", "nonbinair", "non-binary", "nonbinary"]
    static let index = ["index", "indexkind", "index child"]
    /// "gezinslid": this person of the genogram is also one of the family members who talk.
    static let member = ["gezinslid", "lid", "family member", "member"]
    static let deceased = ["overleden", "deceased", "†", "dood", "died"]
    static let alive = ["leeft", "leeft nog", "alive", "living"]
    static let pregnancy = ["zwanger", "zwangerschap", "pregnant", "pregnancy"]
    /// Undoes `zwanger`/`miskraam` for someone entered that way by mistake.
    static let born = ["geboren", "born"]
    static let miscarriage = ["miskraam", "miscarriage"]
    static let rename = ["naam:", "heet nu", "name:", "now called"]
    static let negation = ["niet", "not", "geen", "no"]

    /// Prefixes for whole lines.
    static let network = ["netwerk", "network"]
    static let sectorsLine = ["sectoren", "sectors"]
    static let remove = ["weg", "verwijder", "remove", "delete"]

    static let sectors: [String: String] = [
        "familie": "family", "family": "family", "vrienden": "friends", "buren": "friends", "buurt": "friends",
        "friends": "friends", "neighbours": "friends", "neighbors": "friends", "school": "school", "werk": "school",
        "work": "school", "hulpverlening": "professionals", "professionals": "professionals", "professioneel": "professionals",
        "vrije tijd": "leisure", "sport": "leisure", "leisure": "leisure",
    ]
    static let rings: [String: NetworkRing] = [
        "dichtbij": .close, "close": .close, "midden": .middle, "middle": .middle,
        "ver": .far, "verder weg": .far, "far": .far,
    ]
    static let support: [String: SupportKind] = [
        "praktisch": .practical, "practical": .practical, "gezelschap": .company, "company": .company,
        "advies": .advice, "informatie": .advice, "advice": .advice, "information": .advice,
        "emotioneel": .emotional, "steun": .emotional, "emotional": .emotional,
    ]
    /// Assessment answers; `niet …`/`not …` or the `on-`/`un-` forms say no.
    static let assessment: [String: (NetworkAssessment, Bool)] = [
        "reageert": (.responds, true), "responds": (.responds, true), "reageert niet": (.responds, false),
        "reageert nooit": (.responds, false),
        "does not respond": (.responds, false), "never responds": (.responds, false),
        "helpt echt": (.realHelp, true), "echte hulp": (.realHelp, true), "real help": (.realHelp, true), "really helps": (.realHelp, true),
        "helpt niet echt": (.realHelp, false), "geen echte hulp": (.realHelp, false), "no real help": (.realHelp, false),
        "bereikbaar": (.accessible, true), "accessible": (.accessible, true), "reachable": (.accessible, true),
        "onbereikbaar": (.accessible, false), "slecht bereikbaar": (.accessible, false), "inaccessible": (.accessible, false),
        "unreachable": (.accessible, false),
        "betrouwbaar": (.reliable, true), "reliable": (.reliable, true),
        "onbetrouwbaar": (.reliable, false), "unreliable": (.reliable, false),
    ]
    static let stressful = ["belastend", "stressvol", "stressful", "kost energie", "draining"]
    static let notStressful = ["niet belastend", "not stressful"]
    static let oneWay = ["eenzijdig", "eenrichting", "one-way", "one way"]
    static let mutual = ["wederzijds", "over en weer", "mutual", "both ways"]
    /// `doel 2` / `doel: words` must name a goal; `helpt bij …` is a note when none matches.
    static let goal = ["doel", "goal"]
    static let helpsWith = ["helpt bij", "helps with"]
}
