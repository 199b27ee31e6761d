import KeukentafelDomain

/// The techniques of the method; every one has at least one shipped prompt.
public enum Technique: String, CaseIterable, Sendable, Hashable {
    case welcome, agenda
    case burdenScale = "burden-scale"
    case scaling, exceptions, coping, compliments, miracle
    case goalShaping = "goal-shaping"
    case ownStrength = "own-strength"
    case network
    case networkAssessment = "network-assessment"
    case drieluik
    case signsOfSafety = "signs-of-safety"
    case safetyScale = "safety-scale"
    case reframing
    case problemExploration = "problem-exploration"
    case options, preferences, summary, evaluation
    case participationLadder = "participation-ladder"
    case decision, agreements
}

/// Who a wording is for.
public enum Audience: String, CaseIterable, Sendable, Hashable {
    case everyone, parent, child, adolescent
}

/// The part a player takes in a role-play case.
public enum MemberRole: String, CaseIterable, Sendable, Hashable {
    case parent, child, adolescent, network, professional
}

extension MemberRole {
    /// The role in words, for case lists and printed role cards.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.parent, .nl): "ouder"
        case (.parent, .en): "parent"
        case (.child, .nl): "kind"
        case (.child, .en): "child"
        case (.adolescent, .nl): "jongere"
        case (.adolescent, .en): "young person"
        case (.network, .nl): "netwerk"
        case (.network, .en): "network"
        case (.professional, .nl): "professional"
        case (.professional, .en): "professional"
        }
    }
}
