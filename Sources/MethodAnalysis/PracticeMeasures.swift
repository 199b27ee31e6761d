import Foundation
import KeukentafelDomain
import PromptLibrary

/// What a point of feedback or a line of progress is about: a counted figure, or an item
/// of the observer checklist (by its id).
public enum PracticeMeasure: Hashable, Sendable {
    case figure(PracticeFigure)
    case observer(String)
}

/// An observer's scores of one practice round: checklist item id → 0, 1 or 2.
public struct ObserverScores: Equatable, Sendable {
    /// Who observed (a trainer, a fellow trainee), as they gave their name; nil when not given.
    public var observer: String?
    /// Only scores from 0 to 2 are kept; an item not scored is not there.
    public private(set) var scores: [String: Int]

    public init(observer: String? = nil, scores: [String: Int]) {
        self.observer = observer
        self.scores = scores.filter { ObserverChecklistItem.scores.contains($0.value) }
    }

    public subscript(_ itemID: String) -> Int? { scores[itemID] }
}

extension PracticeFigure {
    /// The figure's value in a round: percent from 0 to 100, or a count; nil when there was
    /// nothing to count (no question asked, no scale, no exception, no tagged talk, no goal
    /// from the family's words, no child at the table or nobody speaking).
    public func value(_ session: SessionFigures, _ trainee: TraineeFigures) -> Double? {
        // From the counts, not from a share times 100: 7 of 10 must be exactly 70, not just under.
        if let (part, whole) = counts(session, trainee) { return Double(part) * 100 / Double(whole) }
        switch self {
        case .goalsOwnWords:
            let shares = session.goals.compactMap(\.share)
            return shares.isEmpty ? nil : shares.reduce(0, +) * 100 / Double(shares.count)
        case .compliments: return Double(trainee.compliments.count)
        default: return nil
        }
    }
}
