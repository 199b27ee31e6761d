import KeukentafelDomain
import Testing

@testable import TerminalUI

/// Width, prefixes and drawing go scalar by scalar through plain text and break only the
/// rest into graphemes (`DisplayWidth.forEachGrapheme`). Against the per-`Character`
/// way they replaced, on random strings built from the scalars that test the rules: plain
/// letters next to combining marks, joiners, variation selectors, flags, Hangul, CR LF,
/// controls, wide letters and emoji.
@Suite("Grapheme fast path")
struct GraphemeFastPathTests {
    static let pieces: [String] = [
        "a", "Z", " ", "é", "ë", "ğ", "·", "“", "”", "…", "─", "│", "▸", "•", "ß", "Ĳ",
        "\u{301}", "\u{302}", "\u{200D}", "\u{200B}", "\u{FE0F}", "\u{FE0E}", "\u{AD}", "\u{20E3}",
        "\u{1F1F3}", "\u{1F1F1}", "👩", "👧", "👍", "\u{1F3FD}", "❤", "☕", "中", "Ａ",
        "\u{1100}", "\u{1161}", "\u{11A8}", "\r", "\n", "\t", "\u{1B}", "\u{7F}", "\u{85}", "\u{600}", "\u{915}", "\u{94D}",
    ]

    static func randomString(_ rng: inout SplitMix64) -> String {
        var s = ""
        for _ in 0..<Int.random(in: 0...14, using: &rng) {
            // Plain runs are common in real text, and where the fast path starts and stops matters.
            s += Bool.random(using: &rng) ? "ab" : pieces.randomElement(using: &rng)!
        }
        return s
    }

    /// Every grapheme's width, one `Character` at a time: the rule itself.
    static func referenceWidth(_ s: String) -> Int { s.reduce(0) { $0 + DisplayWidth.of($1) } }

    static func referencePrefix(_ s: String, cells width: Int) -> String {
        var used = 0
        var out = ""
        for c in s {
            let w = DisplayWidth.of(c)
            if used + w > width { break }
            used += w
            out.append(c)
        }
        return out
    }

    /// The drawing as it was: every grapheme through `displayable` and `set`.
    static func referencePut(_ text: String, at point: Point, style: Style, clip: Rect?, on canvas: inout Canvas) -> Int {
        let area = (clip ?? canvas.bounds).intersection(canvas.bounds)
        var x = point.x
        let y = point.y
        guard y >= area.y, y < area.maxY else { return x + referenceWidth(text) }
        for raw in text {
            let c = canvas.displayable(raw)
            let w = DisplayWidth.of(c)
            if w == 0 { continue }
            if x >= area.maxX {
                x += w
                continue
            }
            if x < area.x {
                if w == 2 && x + 1 == area.x { canvas.set(" ", x: x + 1, y: y, style: style) }
                x += w
                continue
            }
            if w == 2 && x + 1 >= area.maxX {
                canvas.set(" ", x: x, y: y, style: style)
                x += w
                continue
            }
            canvas.set(c, x: x, y: y, style: style)
            x += w
        }
        return x
    }

    @Test("widths and prefixes equal the per-grapheme rule on random strings")
    func widthsAndPrefixes() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let s = Self.randomString(&rng)
            #expect(s.displayWidth == Self.referenceWidth(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
            let cells = Int.random(in: 0...12, using: &rng)
            #expect(
                s.prefix(cells: cells) == Self.referencePrefix(s, cells: cells), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("drawing equals the per-grapheme drawing, clipped anywhere, over anything")
    func drawing() {
        var rng = SplitMix64(seed: 11)
        for _ in 0..<10_000 {
            let s = Self.randomString(&rng)
            var fast = Canvas(size: Size(width: 16, height: 3))
            // Something under the text, wide graphemes included, so overwriting halves is tested too.
            for x in stride(from: 0, to: 16, by: 2) { fast.set(Bool.random(using: &rng) ? "中" : "x", x: x, y: 1) }
            var slow = fast
            let point = Point(x: Int.random(in: -3...14, using: &rng), y: Int.random(in: 0...3, using: &rng))
            let clip: Rect? =
                Bool.random(using: &rng)
                ? Rect(x: Int.random(in: 0...8, using: &rng), y: 0, width: Int.random(in: 0...10, using: &rng), height: 3) : nil
            let style = Style(.bold, foreground: .red)
            let end = fast.put(s, at: point, style: style, clip: clip)
            let expected = Self.referencePut(s, at: point, style: style, clip: clip, on: &slow)
            let trail = "\(s.unicodeScalars.map { String($0.value, radix: 16) }) at \(point) clip \(String(describing: clip))"
            #expect(end == expected, "\(trail)")
            #expect(fast == slow, "\(trail)\nfast: \(fast.row(1))\nslow: \(slow.row(1))")
            // A substring draws as its string does.
            var sub = Canvas(size: Size(width: 16, height: 3))
            var whole = sub
            let cut = s.index(s.startIndex, offsetBy: s.count / 2)
            sub.put(s[cut...], at: point, style: style, clip: clip)
            whole.put(String(s[cut...]), at: point, style: style, clip: clip)
            #expect(sub == whole, "\(trail)")
        }
    }

    @Test("a fill and a rule over wide graphemes equal setting each cell on its own")
    func fillsAndRules() {
        var rng = SplitMix64(seed: 3)
        for _ in 0..<5_000 {
            var fast = Canvas(size: Size(width: 9, height: 2))
            for _ in 0..<6 {
                fast.set(Bool.random(using: &rng) ? "中" : "q", x: Int.random(in: 0..<9, using: &rng), y: Int.random(in: 0..<2, using: &rng))
            }
            var slow = fast
            let from = Int.random(in: -2...9, using: &rng)
            let to = Int.random(in: from...11, using: &rng)
            let y = Int.random(in: 0..<2, using: &rng)
            let c: Character = ["─", " ", "x", "中"].randomElement(using: &rng)!
            let style = Style(.dim)
            if Bool.random(using: &rng) {
                fast.fill(Rect(x: from, y: y, width: to - from, height: 1), with: c, style: style)
            } else {
                fast.glyphs.horizontal = c
                slow.glyphs.horizontal = c
                fast.horizontalLine(y: y, from: from, to: to, style: style)
            }
            for x in max(0, from)..<max(max(0, from), min(9, to)) { slow.set(c, x: x, y: y, style: style) }
            #expect(fast == slow, "\(c) from \(from) to \(to)\nfast: \(fast.row(y))\nslow: \(slow.row(y))")
        }
    }

    @Test("a frame's changed cells: what differs, and the cell after a change, row by row")
    func changedCells() {
        var rng = SplitMix64(seed: 5)
        for _ in 0..<500 {
            let size = Size(width: Int.random(in: 1...9, using: &rng), height: Int.random(in: 1...5, using: &rng))
            var old = Canvas(size: size)
            for _ in 0..<8 {
                old.set(
                    Bool.random(using: &rng) ? "中" : "q", x: Int.random(in: 0..<size.width, using: &rng),
                    y: Int.random(in: 0..<size.height, using: &rng))
            }
            var now = old
            for _ in 0..<Int.random(in: 0...4, using: &rng) {
                now.set(
                    ["a", "中", " "].randomElement(using: &rng)!, x: Int.random(in: 0..<size.width, using: &rng),
                    y: Int.random(in: 0..<size.height, using: &rng))
            }
            // The rule, cell by cell over the whole frame.
            var expected: [Int] = []
            for i in now.cells.indices where !now.cells[i].isContinuation {
                let changed = old.cells[i] != now.cells[i]
                let before = i % size.width != 0 && old.cells[i - 1] != now.cells[i - 1]
                if changed || before { expected.append(i) }
            }
            #expect(now.changedIndices(since: old) == expected)
        }
    }
}
