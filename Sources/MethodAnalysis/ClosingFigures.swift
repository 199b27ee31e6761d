import Foundation
import KeukentafelDomain

extension SessionAnalysis {
    /// The agreements made in the session; complete when who, what and by when are all filled in.
    static func agreementFigures(_ s: SessionSlice) -> AgreementFigures {
        AgreementFigures(
            agreements: s.events.compactMap { e in
                guard case .agreementMade(let p) = e.payload else { return nil }
                let complete = [p.who, p.what, p.byWhen ?? ""].allSatisfy { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
                return .init(agreementID: p.agreementID, who: p.who, what: p.what, byWhen: p.byWhen, complete: complete)
            })
    }

    /// The decisions recorded in the session, with their ladder level (1–5, else nil) and any disagreement.
    static func decisionFigures(_ s: SessionSlice) -> DecisionFigures {
        DecisionFigures(
            decisions: s.events.compactMap { e in
                guard case .decisionRecorded(let p) = e.payload else { return nil }
                let disagreement = p.disagreement.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
                return .init(
                    decisionID: p.decisionID, text: p.text, ladderLevel: (1...5).contains(p.ladderLevel) ? p.ladderLevel : nil,
                    decidedBy: p.decidedBy, disagreement: disagreement)
            })
    }

    /// The summary checks and ratings of the session. A check that is not confirmed is a
    /// correction; the outcome is read from the last check.
    static func closingFigures(_ s: SessionSlice, lowScore: Int) -> ClosingFigures {
        var checks: [EventPayload.SummaryChecked] = []
        var evaluations: [ClosingFigures.Evaluation] = []
        for e in s.events {
            switch e.payload {
            case .summaryChecked(let p): checks.append(p)
            case .evaluationRecorded(let p):
                let ratings = p.ratings.sorted { $0.key < $1.key }.map {
                    ClosingFigures.Rating(itemID: $0.key, value: $0.value, low: $0.value <= lowScore)
                }
                evaluations.append(.init(memberID: p.memberID, ratings: ratings))
            default: break
            }
        }
        let corrections = checks.count { !$0.confirmed }
        let summary: ClosingFigures.Summary
        switch (checks.last?.confirmed, corrections) {
        case (nil, _): summary = .notChecked
        case (true, 0): summary = .confirmed
        case (true, _): summary = .correctedThenConfirmed
        default: summary = .corrected
        }
        return ClosingFigures(summary: summary, corrections: corrections, evaluations: evaluations, lowScore: lowScore)
    }
}
