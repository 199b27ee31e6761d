import KeukentafelDomain

/// A point where a quick-entry line can mean more than one thing: the worker chooses an
/// option, and the line is read again with that answer (`QuickEntry.interpret(answers:)`).
public struct QuickEntryQuestion: Hashable, Sendable {
    /// What is asked, with the names it is about.
    public enum Topic: Hashable, Sendable {
        /// Through which parent of `target` is `person` an uncle or aunt?
        case whichParent(person: String, target: String)
        /// Which parent of `target` is `person` (a step-parent) the partner of?
        case partnerOfParent(person: String, target: String)
        /// Whose child is `person`, a half-brother or half-sister of `target`?
        case halfSibling(person: String, target: String)
        /// Whose child is `person`, a cousin, nephew or niece of `target`?
        case whoseChild(person: String, target: String)
        /// `vriend van`: a partner on the genogram, or a friend on the network map?
        case partnerOrFriend(person: String, target: String)
        /// A foster or adopted child of `parent` with their partner, or of `parent` alone?
        case careParents(child: String, parent: String, kind: ChildLinkKind)
    }

    /// One possible meaning, with the names it is about.
    public enum Option: Hashable, Sendable {
        /// Through this parent; gender and kind say mother, foster father and so on.
        case viaParent(String, Gender, ChildLinkKind)
        /// The partner of this parent; gender and kind say mother, foster father and so on.
        case partnerOfParent(String, Gender, ChildLinkKind)
        /// A child of this person alone: the other parent is not known.
        case childOfOne(String)
        /// A child of these two partners.
        case childOfBoth(String, String)
        /// A child of this uncle or aunt (a cousin).
        case childOfAuntOrUncle(String, Gender)
        /// A child of this brother or sister (a nephew or niece).
        case childOfSibling(String, Gender)
        /// A foster or adopted child of these two together.
        case careOfBoth(String, String, ChildLinkKind)
        /// A foster or adopted child of this one parent alone.
        case careOfOne(String, ChildLinkKind)
        /// A partner, on the genogram.
        case partner
        /// A friend, on the network map.
        case friendOnNetwork
    }

    public var topic: Topic
    public var options: [Option]

    public init(topic: Topic, options: [Option]) {
        self.topic = topic
        self.options = options
    }
}

extension QuickEntry {
    /// The worker's answers to the questions a line has raised so far, used in turn: the
    /// k-th question a reading of the line meets takes the k-th answer.
    struct Answers {
        let given: [Int]
        private var used = 0

        init(_ given: [Int]) { self.given = given }

        /// The chosen option's index; the question itself while it has no (usable) answer.
        mutating func choose(_ question: QuickEntryQuestion) -> Result<Int, Problem> {
            guard used < given.count, question.options.indices.contains(given[used]) else {
                return .failure(Problem(kind: .question(question)))
            }
            used += 1
            return .success(given[used - 1])
        }
    }
}
