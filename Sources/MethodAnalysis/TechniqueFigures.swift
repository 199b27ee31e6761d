import Foundation
import KeukentafelDomain
import PromptLibrary

extension SessionAnalysis {
    /// Scales asked: defined in the session, or given a value in it. A follow-up is a standing
    /// family entry of the session linked to the scale.
    static func scaleFigures(_ s: SessionSlice) -> ScaleFigures {
        var order: [UUID] = []
        var defined: Set<UUID> = []
        for e in s.events {
            switch e.payload {
            case .scaleDefined(let p):
                defined.insert(p.scaleID)
                if !order.contains(p.scaleID) { order.append(p.scaleID) }
            case .scaleValueSet(let p):
                if !order.contains(p.scaleID) { order.append(p.scaleID) }
            default: break
            }
        }
        let family = s.familyEntries
        let asked = order.compactMap { id -> ScaleFigures.Asked? in
            // A value for a scale the record does not know was dropped by the fold; so is it here.
            guard let scale = s.record.scales.first(where: { $0.id == id }) else { return nil }
            var values: [ScaleFigures.MemberValue] = []
            for reading in scale.values where reading.sessionID == s.sessionID {
                if let i = values.firstIndex(where: { $0.memberID == reading.memberID }) {
                    values[i].value = reading.value
                } else {
                    values.append(.init(memberID: reading.memberID, value: reading.value))
                }
            }
            return ScaleFigures.Asked(
                scaleID: id, topic: scale.topic, kind: scale.kind, definedHere: defined.contains(id), values: values,
                followUps: family.filter { $0.links.contains(.scale(id)) }.map(\.id))
        }
        return ScaleFigures(asked: asked)
    }

    /// Exceptions and their detail. An exception is a standing family entry of the session
    /// tagged exception. It got detail when, after it and before the next such exception,
    /// the next phase change or the end, the family said more: a standing family entry not
    /// tagged worry (a worry is back to the problem, not more about what worked).
    static func exceptionFigures(_ s: SessionSlice) -> ExceptionFigures {
        let steps = s.steps
        var out: [ExceptionFigures.Exception] = []
        for (i, step) in steps.enumerated() {
            guard case .entry(let entry) = step, entry.isStandingFamilyWords, entry.tags.contains(.exception), let speaker = entry.speaker
            else { continue }
            var detail: [UUID] = []
            window: for next in steps[(i + 1)...] {
                switch next {
                case .phase: break window
                case .entry(let e) where e.isStandingFamilyWords && e.tags.contains(.exception): break window
                case .entry(let e) where e.isStandingFamilyWords && !e.tags.contains(.worry): detail.append(e.id)
                case .entry: continue
                }
            }
            out.append(.init(entryID: entry.id, speaker: speaker, detail: detail))
        }
        return ExceptionFigures(exceptions: out)
    }

    /// The miracle question: a miracle card on screen, the signs recorded, and the signs a
    /// goal standing at the end names as its source.
    static func miracleFigures(_ s: SessionSlice, _ catalog: PromptCatalog) -> MiracleFigures {
        let cardShown = s.events.contains { e in
            if case .promptShown(let p) = e.payload { return technique(of: p.promptID, catalog) == .miracle }
            return false
        }
        let signs = s.familyEntries.filter { $0.tags.contains(.miracleSign) }.map(\.id)
        let sources = Set(s.record.goals.flatMap(\.sourceEntries))
        return MiracleFigures(cardShown: cardShown, signs: signs, signsInGoals: signs.filter { sources.contains($0) })
    }
}
