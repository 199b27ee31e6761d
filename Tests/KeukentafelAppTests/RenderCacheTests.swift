import Foundation
import KeukentafelApp
import KeukentafelDomain
import TerminalUI
import TestSupport
import Testing

/// The region cache (the transcript and the genogram drawing copied when unchanged) must
/// never change a frame: after random keys, commits, resizes and language switches on the
/// live screen, the frame drawn through the cache equals the plain drawing.
@Suite("Render cache")
struct RenderCacheTests {
    typealias F = AppFixtures

    static let sizes = [
        Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60), Size(width: 70, height: 20),
    ]
    static let typed: [Character] = ["a", "Z", " ", "é", "ğ", "😀", "👩‍👧", "1", "?"]
    static let quickLines = ["Ali, 7, zoon van Ingrid", "Ingrid, ruzie met Lotte", "Sem, broer van Lotte", "Mandy, hecht met Peter"]

    /// One random step; the text says what it was, for a failure's trail.
    static func step(_ rng: inout SeededIDs, _ state: inout AppState) -> String {
        func pick<T>(_ xs: [T]) -> T { xs[Int(rng.nextRandom() % UInt64(xs.count))] }
        func keys(_ events: [InputEvent]) {
            var queue: [AppAction] = events.map { .input($0) }
            while !queue.isEmpty {
                let action = queue.removeFirst()
                for command in F.update(&state, action) {
                    guard case .append(let events) = command, case .session(let s) = state.screen else { continue }
                    var record = s.record
                    for e in events { record.apply(e) }
                    queue.insert(.appended(record), at: 0)
                }
            }
        }
        switch rng.nextRandom() % 22 {
        case 0..<5:
            let c = pick(typed)
            keys([.key(.char(c))])
            return "type \(c)"
        case 5:
            keys([.key(KeyPress(.backspace))])
            return "backspace"
        case 6:
            keys([.key(KeyPress(.enter))])
            return "enter"
        case 7:
            keys([.key(KeyPress(.function(7)))])
            return "F7"
        case 8:
            keys([.key(.alt("z"))])
            return "alt-z"
        case 9:
            keys([.key(KeyPress(.pageUp))])
            return "page up"
        case 10:
            keys([.key(KeyPress(.pageDown))])
            return "page down"
        case 11:
            let line = pick(quickLines)
            keys([.key(KeyPress(.function(12)))] + line.map { .key(.char($0)) } + [.key(KeyPress(.enter))])
            return "quick entry \(line)"
        case 12:
            let size = pick(sizes)
            keys([.resize(size)])
            state.terminalSize = size
            return "resize \(size)"
        case 13:
            state.language = state.language == .nl ? .en : .nl
            return "language \(state.language)"
        case 14:
            keys([.key(KeyPress(.escape))])
            return "escape"
        case 15:
            // Who speaks: a family member, the worker's note, or words said aloud.
            let who = pick(["0", "1", "2", "3", "9"] as [Character])
            keys([.key(.alt(who))])
            return "alt-\(who)"
        case 16:
            let f = pick([3, 4, 5, 6])
            keys([.key(KeyPress(.function(f)))])
            return "F\(f)"
        case 17, 18:
            // What the header shows of saving: a save under way, a failed one, or none.
            guard case .session(var s) = state.screen else { return "no session" }
            switch rng.nextRandom() % 3 {
            case 0: s.awaitingSave.toggle()
            case 1: s.saveProblem = s.saveProblem == nil ? "disk full" : nil
            default: s.status = s.status == nil ? .session(.corrected) : nil
            }
            state.screen = .session(s)
            return "saving \(s.awaitingSave) problem \(s.saveProblem ?? "-") status \(String(describing: s.status))"
        case 19:
            state.now.minute = (state.now.minute + 1) % 60
            return "the clock's minute"
        default:
            state.now.instant = state.now.instant.addingTimeInterval(61)
            keys([])
            return "a minute later"
        }
    }

    @Test("a cached frame equals the plain frame after random actions", arguments: 0..<24)
    func cachedEqualsPlain(seed: UInt64) {
        var rng = SeededIDs(seed: 1_000 + seed)
        var state = SessionFixtures.state(size: Self.sizes[Int(seed) % Self.sizes.count]) { s in
            s.record = FosterFamily.entered(into: s.record)
            s.panel = .genogram
        }
        let cache = RegionCache()
        var trail: [String] = []
        for _ in 0..<120 {
            trail.append(Self.step(&rng, &state))
            let plain = RegionCache.$current.withValue(nil) { F.render(state) }
            let cached = RegionCache.$current.withValue(cache) { F.render(state) }
            if cached != plain {
                Issue.record(
                    "seed \(seed): frames differ after \(trail.suffix(8).joined(separator: ", "))\ncached:\(cached)\nplain:\(plain)")
                return
            }
        }
        // The cache was used both ways: drawn on a change, copied when nothing it reads changed.
        #expect(cache.statistics.hits > 0)
        #expect(cache.statistics.misses > 0)
    }

    @Test("a region is drawn anew when its key changes, and copied when it does not")
    func keyDecides() {
        let cache = RegionCache()
        var drawn = 0
        func frame(_ key: Int, under: Character = " ") -> Canvas {
            var canvas = Canvas(size: Size(width: 10, height: 3))
            canvas.fill(Rect(x: 0, y: 0, width: 10, height: 3), with: under)
            RegionCache.$current.withValue(cache) {
                canvas.cached("test", key: key, in: Rect(x: 2, y: 1, width: 5, height: 1)) { c in
                    drawn += 1
                    c.put("k\(key)", at: Point(x: 2, y: 1))
                }
            }
            return canvas
        }
        #expect(frame(1).row(1) == "  k1")
        #expect(frame(1).row(1) == "  k1")
        #expect(drawn == 1)
        #expect(frame(2).row(1) == "  k2")
        #expect(drawn == 2)
        // What lay under the region before counts too: a different background draws anew.
        #expect(frame(2, under: ".").row(1) == "..k2......")
        #expect(drawn == 3)
    }
}
