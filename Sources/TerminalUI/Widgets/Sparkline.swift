/// A row of small bars for a series of values in a known range (a scale's history).
public struct Sparkline: Sendable {
    public var values: [Int]
    public var range: ClosedRange<Int>

    public init(_ values: [Int], range: ClosedRange<Int>) {
        self.values = values
        self.range = range
    }

    /// The bars as text, one glyph per value (the newest values when space is short).
    public func text(glyphs: Glyphs, width: Int) -> String {
        let span = max(1, range.upperBound - range.lowerBound)
        let levels = glyphs.sparks.count
        return String(
            values.suffix(max(0, width)).map { v in
                let clamped = min(max(v, range.lowerBound), range.upperBound)
                return glyphs.sparks[min(levels - 1, (clamped - range.lowerBound) * (levels - 1) / span)]
            })
    }
}
