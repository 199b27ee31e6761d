/// A line chart of whole numbers over a few labelled points (a scale over sessions):
/// a vertical axis with tick labels, a horizontal axis with each point's label, one
/// mark per series at each value, marks of neighbouring points joined by a dotted
/// line, and a legend. Pure: it only draws on a canvas.
public struct LineChart: Sendable, Equatable {
    /// One line of the chart: its mark, its legend text, and a value (or none) per point.
    public struct Series: Sendable, Equatable {
        public var mark: Character
        public var label: String
        public var values: [Int?]
        public var style: Style

        public init(mark: Character, label: String, values: [Int?], style: Style = .plain) {
            self.mark = mark
            self.label = label
            self.values = values
            self.style = style
        }
    }

    public var range: ClosedRange<Int>
    /// One label per point under the horizontal axis (thinned out when they do not fit).
    public var labels: [String]
    /// A second, longer label per point (a date), shown only when every one fits.
    public var subLabels: [String]
    public var series: [Series]

    public init(range: ClosedRange<Int>, labels: [String], subLabels: [String] = [], series: [Series]) {
        self.range = range
        self.labels = labels
        self.subLabels = subLabels
        self.series = series
    }

    /// The rows the chart wants at `width`: one per value, the axis, its labels and the legend.
    public func idealHeight(width: Int) -> Int {
        span + 1 + 1 + labelRows(width: width) + legendLines(width: width).count
    }

    private var span: Int { max(1, range.upperBound - range.lowerBound) }
    private var axisLabelWidth: Int { max(String(range.lowerBound).displayWidth, String(range.upperBound).displayWidth) }

    // MARK: Layout

    /// Where the parts of the chart go in `rect`.
    struct Frame {
        /// The axis column; the plot is to its right.
        var axisX: Int
        var plotTop: Int
        var plotHeight: Int
        var plotRight: Int
        /// The x of each point.
        var xs: [Int]
        /// Every `labelStep`-th point is labelled.
        var labelStep: Int
        var showSubLabels: Bool
        var legendTop: Int
        var legendLines: [[Int]]
    }

    func frame(in rect: Rect) -> Frame? {
        let axisX = rect.x + axisLabelWidth + 1
        let plotLeft = axisX + 1
        let plotRight = rect.maxX
        guard plotRight - plotLeft >= 3, rect.height >= 5 else { return nil }
        let n = labels.count
        let widest = labels.map(\.displayWidth).max() ?? 1
        let subWidest = subLabels.map(\.displayWidth).max() ?? 0
        // Room either side of the outer points for their labels, centred under them.
        let outer = max(widest, subWidest)
        let padLeft = max(1, (outer - 1) / 2)
        let padRight = max(1, outer / 2 + 1)
        let left = plotLeft + padLeft
        let right = max(left, plotRight - padRight)
        let xs: [Int] =
            n <= 1 ? (n == 1 ? [(left + right) / 2] : []) : (0..<n).map { left + $0 * (right - left) / (n - 1) }
        let spacing = n > 1 ? Double(right - left) / Double(n - 1) : Double(rect.width)
        var step = 1
        while Double(step) * spacing < Double(widest + 1), step < max(1, n) { step += 1 }
        let subFits = subLabels.count == n && n > 0 && step == 1 && (n == 1 || spacing >= Double(subWidest + 1))
        let legend = legendLines(width: rect.width)
        // The plot keeps at least three rows; the legend gives way first, then the second labels.
        let fixed = 1 + 1
        var legendRows = min(legend.count, max(0, rect.height - fixed - 3))
        let showSub = subFits && rect.height - fixed - legendRows - 1 >= 3
        let labelRows = showSub ? 2 : 1
        legendRows = min(legendRows, max(0, rect.height - 1 - labelRows - 3))
        let plotHeight = min(span + 1, rect.height - 1 - labelRows - legendRows)
        return Frame(
            axisX: axisX, plotTop: rect.y, plotHeight: plotHeight, plotRight: plotRight, xs: xs, labelStep: step, showSubLabels: showSub,
            legendTop: rect.y + plotHeight + 1 + labelRows, legendLines: Array(legend.prefix(legendRows)))
    }

    /// Label rows at `width`: the point labels, and the second labels when they all fit.
    private func labelRows(width: Int) -> Int {
        guard let f = frame(in: Rect(x: 0, y: 0, width: width, height: span + 4 + legendLines(width: width).count)) else { return 1 }
        return f.showSubLabels ? 2 : 1
    }

    /// The legend's entries packed into lines of `width` cells (indices into `series`).
    func legendLines(width: Int) -> [[Int]] {
        var lines: [[Int]] = []
        var current: [Int] = []
        var used = 0
        for (i, s) in series.enumerated() {
            let w = 2 + s.label.displayWidth
            if !current.isEmpty && used + 3 + w > width {
                lines.append(current)
                current = []
                used = 0
            }
            used += (current.isEmpty ? 0 : 3) + w
            current.append(i)
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The row of a value: the top row is the range's upper bound.
    func row(of value: Int, _ f: Frame) -> Int {
        let v = min(max(value, range.lowerBound), range.upperBound) - range.lowerBound
        let fromBottom = Int((Double(v * (f.plotHeight - 1)) / Double(span)).rounded())
        return f.plotTop + f.plotHeight - 1 - fromBottom
    }

    /// The values that get a tick label: both ends, and steps far enough apart to read.
    func tickValues(_ f: Frame) -> [Int] {
        let candidates = [1, 2, 5, 10, 20, 25, 50, 100].filter { $0 <= span } + [span]
        let step = candidates.first { Double((f.plotHeight - 1) * $0) / Double(span) >= 2 } ?? span
        var values = Array(stride(from: range.lowerBound, through: range.upperBound, by: step))
        if values.last != range.upperBound { values.append(range.upperBound) }
        // The top label wins when it would sit right against the one below it.
        if values.count >= 2, row(of: values[values.count - 2], f) - row(of: range.upperBound, f) < 2 {
            values.remove(at: values.count - 2)
        }
        return values
    }

    // MARK: Drawing

    public func render(in rect: Rect, on canvas: inout Canvas) {
        let ascii = canvas.glyphs.isASCII
        let theme = canvas.theme
        guard let f = frame(in: rect) else {
            legend(legendLines(width: rect.width).prefix(rect.height), top: rect.y, x: rect.x, clip: rect, on: &canvas)
            return
        }
        let axisStyle = theme.muted
        // The vertical axis with its ticks.
        let ticks = tickValues(f)
        let tickRows = Set(ticks.map { row(of: $0, f) })
        for y in f.plotTop..<(f.plotTop + f.plotHeight) {
            canvas.set(tickRows.contains(y) ? (ascii ? "+" : "┤") : canvas.glyphs.vertical, x: f.axisX, y: y, style: axisStyle)
        }
        for value in ticks {
            let text = String(value)
            canvas.put(text, at: Point(x: f.axisX - 1 - text.displayWidth, y: row(of: value, f)), style: axisStyle, clip: rect)
        }
        // The horizontal axis, a tick at each point, and the labels under it.
        let axisY = f.plotTop + f.plotHeight
        canvas.set(canvas.glyphs.bottomLeft, x: f.axisX, y: axisY, style: axisStyle)
        canvas.horizontalLine(y: axisY, from: f.axisX + 1, to: f.plotRight, style: axisStyle)
        for x in f.xs { canvas.set(ascii ? "+" : "┬", x: x, y: axisY, style: axisStyle) }
        for (i, x) in f.xs.enumerated() where i % f.labelStep == 0 {
            let text = labels[i]
            canvas.put(text, at: Point(x: x - (text.displayWidth - 1) / 2, y: axisY + 1), style: theme.normal, clip: rect)
            if f.showSubLabels {
                let sub = subLabels[i]
                canvas.put(sub, at: Point(x: x - (sub.displayWidth - 1) / 2, y: axisY + 2), style: axisStyle, clip: rect)
            }
        }
        // Dotted lines between neighbouring values, then the marks over them.
        let plot = Rect(x: f.axisX + 1, y: f.plotTop, width: max(0, f.plotRight - f.axisX - 1), height: f.plotHeight)
        let dot: Character = ascii ? "." : "·"
        for s in series {
            for i in f.xs.indices.dropLast() {
                guard let a = value(s, i), let b = value(s, i + 1) else { continue }
                let (x0, y0, x1, y1) = (f.xs[i], row(of: a, f), f.xs[i + 1], row(of: b, f))
                let steps = max(abs(x1 - x0), abs(y1 - y0))
                guard steps > 1 else { continue }
                for k in 1..<steps {
                    let x = x0 + Int((Double((x1 - x0) * k) / Double(steps)).rounded())
                    let y = y0 + Int((Double((y1 - y0) * k) / Double(steps)).rounded())
                    if plot.contains(Point(x: x, y: y)) { canvas.set(dot, x: x, y: y, style: s.style) }
                }
            }
        }
        for (i, x) in f.xs.enumerated() {
            // Several people on one value sit side by side, centred on the point.
            var byRow: [Int: [Int]] = [:]
            for (j, s) in series.enumerated() {
                if let v = value(s, i) { byRow[row(of: v, f), default: []].append(j) }
            }
            for (y, group) in byRow {
                for (k, j) in group.enumerated() {
                    let mx = x - (group.count - 1) / 2 + k
                    if plot.contains(Point(x: mx, y: y)) { canvas.set(series[j].mark, x: mx, y: y, style: series[j].style.with(.bold)) }
                }
            }
        }
        legend(f.legendLines[...], top: f.legendTop, x: rect.x, clip: rect, on: &canvas)
    }

    private func value(_ s: Series, _ i: Int) -> Int? { s.values.indices.contains(i) ? s.values[i] : nil }

    private func legend(_ lines: ArraySlice<[Int]>, top: Int, x: Int, clip: Rect, on canvas: inout Canvas) {
        for (row, line) in lines.enumerated() {
            var at = x
            for (k, i) in line.enumerated() {
                if k > 0 { at += 3 }
                let s = series[i]
                if clip.contains(Point(x: at, y: top + row)) { canvas.set(s.mark, x: at, y: top + row, style: s.style.with(.bold)) }
                at = canvas.put(" " + s.label, at: Point(x: at + 1, y: top + row), style: canvas.theme.normal, clip: clip)
            }
        }
    }
}
