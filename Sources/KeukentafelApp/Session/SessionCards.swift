import Foundation
import KeukentafelDomain

/// Records which question card is on the worker's screen, for review: a card counts as
/// shown once it has stayed a few seconds (leafing through cards records nothing), or as
/// soon as anything is saved while it shows.
enum SessionCards {
    /// How long a card stays on screen before it is recorded on its own.
    static let settleSeconds: TimeInterval = 4

    /// Notes the card now on screen and since when (after every intent).
    static func noteCard(_ s: inout SessionState, _ context: ScreenContext) {
        let id = s.currentPrompt(context.prompts, context.language)?.id
        guard id != s.shownCard else { return }
        s.shownCard = id
        s.shownSince = context.env.now()
    }

    /// The `promptShown` event for a card not yet recorded, stamped with when it appeared.
    static func pending(_ s: inout SessionState, _ context: ScreenContext) -> [Event] {
        guard s.session?.ended == nil, let card = s.shownCard, card != s.recordedCard else { return [] }
        s.recordedCard = card
        return [
            Event(
                id: context.env.newID(), familyID: s.record.familyID, sessionID: s.sessionID, time: s.shownSince ?? context.env.now(),
                author: context.env.worker, payload: .promptShown(.init(promptID: card)))
        ]
    }

    /// On a tick: a card that has stayed long enough is written by itself.
    static func settled(_ s: inout SessionState, _ context: ScreenContext) -> Step<SessionFeature.Outcome> {
        guard let since = s.shownSince, context.env.now().timeIntervalSince(since) >= settleSeconds else { return .none }
        let events = pending(&s, context)
        return events.isEmpty ? .none : .run([.append(events)])
    }
}
