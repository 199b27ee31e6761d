import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI
import TestSupport
import Testing

/// The team server's sync as the screen shows it: in the header, beside the date, and
/// only when a server is configured (without one, every screen is as before).
@Suite("Sync status")
struct SyncStatusTests {
    typealias F = AppFixtures

    @Test("no server: the header is unchanged; a server: when this laptop last synced, at 80×24 and wider")
    func header() {
        var s = F.state(.en)
        let plain = F.render(s).row(0)
        #expect(!plain.contains("⇅"))
        s.sync = SyncStatus(last: nil)
        #expect(F.render(s).row(0).contains("⇅ not synced yet"))
        _ = F.update(&s, .syncChanged(SyncStatus(last: F.now)))
        #expect(F.render(s).row(0).contains("⇅ synced 14:05"))
        #expect(F.render(s, size: Size(width: 200, height: 60)).row(0).contains("⇅ synced 14:05"))
        _ = F.update(
            &s, .syncChanged(SyncStatus(last: LocalTime(year: 2026, month: 11, day: 20, weekday: 6, hour: 9, minute: 0), failed: true)))
        #expect(F.render(s).row(0).contains("⇅ sync failed (last 20 Nov)"))
        var nl = F.state(.nl)
        nl.sync = SyncStatus(last: F.now, running: true)
        #expect(F.render(nl).row(0).contains("⇅ synchroniseren…"))
        // Too narrow for it beside the date: the date wins, nothing overlaps.
        let narrow = F.render(s, size: Size(width: 40, height: 12)).row(0)
        #expect(!narrow.contains("⇅"))
    }

    @Test("while a sync runs, each tick asks whether it finished; when it has, the ticks stop asking")
    func polling() {
        var s = F.state()
        #expect(F.update(&s, .tick(F.now)).isEmpty)
        s.sync = SyncStatus(last: nil, running: true)
        #expect(F.update(&s, .tick(F.now)) == [.pollSync])
        _ = F.update(&s, .syncChanged(SyncStatus(last: F.now)))
        #expect(F.update(&s, .tick(F.now)).isEmpty)
    }
}
