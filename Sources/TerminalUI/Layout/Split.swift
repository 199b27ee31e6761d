/// How much room one part of a split asks for.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (less only when the whole does not fit).
    case fixed(Int)
    /// At least this many cells, and a share of what is left.
    case min(Int, weight: Int = 1)
    /// A share of what is left after fixed and minimum parts.
    case fill(weight: Int = 1)
}

/// The direction in which a rectangle is split.
public enum Axis: Sendable { case horizontal, vertical }

extension Rect {
    /// Splits this rectangle along `axis` into one part per constraint, with `spacing`
    /// cells between parts. When space runs short, later parts shrink first (to zero).
    public func split(_ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        let total = axis == .horizontal ? width : height
        let gaps = spacing * max(0, constraints.count - 1)
        var available = max(0, total - gaps)
        var sizes = constraints.map { c -> Int in
            switch c {
            case .fixed(let n): return max(0, n)
            case .min(let n, _): return max(0, n)
            case .fill: return 0
            }
        }
        // Not enough for the fixed and minimum parts: give to the earliest parts first.
        let requested = sizes.reduce(0, +)
        if requested > available {
            for i in sizes.indices {
                let take = Swift.min(sizes[i], available)
                sizes[i] = take
                available -= take
            }
        } else {
            var leftover = available - requested
            let weights = constraints.map { c -> Int in
                switch c {
                case .fixed: return 0
                case .min(_, let w), .fill(let w): return Swift.max(0, w)
                }
            }
            let weightSum = weights.reduce(0, +)
            if weightSum > 0 {
                let share = leftover
                var given = 0
                for i in sizes.indices where weights[i] > 0 {
                    let extra = share * weights[i] / weightSum
                    sizes[i] += extra
                    given += extra
                }
                leftover = share - given
                // Rounding remainder goes to the last flexible part.
                if let last = weights.lastIndex(where: { $0 > 0 }) { sizes[last] += leftover }
            }
        }
        var rects: [Rect] = []
        var pos = axis == .horizontal ? x : y
        for s in sizes {
            switch axis {
            case .horizontal: rects.append(Rect(x: pos, y: y, width: s, height: height))
            case .vertical: rects.append(Rect(x: x, y: pos, width: width, height: s))
            }
            pos += s + spacing
        }
        return rects
    }
}
