/// The phases of deciding in dialogue (welcome, the eight steps, closing).
public enum Phase: String, Codable, CaseIterable, Sendable, Hashable, Comparable {
    case welcome, questions, mapping, discussing, checking, goals, options, preferences, deciding, closing

    public static func < (a: Phase, b: Phase) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
