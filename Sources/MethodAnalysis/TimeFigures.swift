import Foundation
import KeukentafelDomain
import PromptLibrary

extension SessionAnalysis {
    /// Time per phase: each phase change lasts until the next one or the session's end.
    static func phaseTimes(_ s: SessionSlice) -> PhaseTimes {
        let changes = s.events.compactMap { e -> (Phase, Date)? in
            if case .phaseChanged(let p) = e.payload { return (p.phase, e.time) }
            return nil
        }
        let lengths = intervals(starts: changes.map(\.1), span: s.span)
        let stays = zip(changes, lengths.each).map { PhaseTimes.Stay(phase: $0.0, start: $0.1, seconds: $1) }
        let totals = Phase.allCases.compactMap { phase -> PhaseTimes.Total? in
            let mine = stays.filter { $0.phase == phase }
            guard !mine.isEmpty else { return nil }
            return PhaseTimes.Total(phase: phase, seconds: mine.reduce(0) { $0 + $1.seconds }, stays: mine.count)
        }
        return PhaseTimes(stays: stays, beforeFirstPhase: lengths.before, totals: totals)
    }

    /// Time per card: each card on screen lasts until the next card or the session's end.
    static func cardTimes(_ s: SessionSlice, _ catalog: PromptCatalog) -> CardTimes {
        let cards = s.events.compactMap { e -> (String, Date)? in
            if case .promptShown(let p) = e.payload { return (p.promptID, e.time) }
            return nil
        }
        let lengths = intervals(starts: cards.map(\.1), span: s.span)
        let shown = zip(cards, lengths.each).map {
            CardTimes.Shown(promptID: $0.0, technique: technique(of: $0.0, catalog), start: $0.1, seconds: $1)
        }
        var byPrompt: [CardTimes.PromptTotal] = []
        var byTechnique: [CardTimes.TechniqueTotal] = []
        for card in shown {
            if let i = byPrompt.firstIndex(where: { $0.promptID == card.promptID }) {
                byPrompt[i].seconds += card.seconds
                byPrompt[i].timesShown += 1
            } else {
                byPrompt.append(.init(promptID: card.promptID, technique: card.technique, seconds: card.seconds, timesShown: 1))
            }
            if let i = byTechnique.firstIndex(where: { $0.technique == card.technique }) {
                byTechnique[i].seconds += card.seconds
            } else {
                byTechnique.append(.init(technique: card.technique, seconds: card.seconds))
            }
        }
        return CardTimes(shown: shown, beforeFirstCard: lengths.before, byPrompt: byPrompt, byTechnique: byTechnique)
    }

    /// The lengths of back-to-back intervals that start at `starts` (in order) and run to the
    /// next start or the session's end, and the time before the first. Never negative: a
    /// clock set back between two events gives 0, not a negative stay.
    static func intervals(starts: [Date], span: SessionSpan) -> (each: [TimeInterval], before: TimeInterval) {
        guard let first = starts.first else { return ([], span.duration) }
        let ends = starts.dropFirst() + [span.end]
        let each = zip(starts, ends).map { max(0, $1.timeIntervalSince($0)) }
        return (each, max(0, first.timeIntervalSince(span.started)))
    }
}
