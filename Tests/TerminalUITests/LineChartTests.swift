import Testing

@testable import TerminalUI

@Suite("Line chart")
struct LineChartTests {
    static let three = LineChart(
        range: 0...10, labels: ["1", "2", "3"], subLabels: ["2 nov", "9 nov", "16 nov"],
        series: [
            .init(mark: "S", label: "Sandra 8 6 4", values: [8, 6, 4]),
            .init(mark: "K", label: "Karim 6 5 4", values: [6, 5, 4]),
        ])

    static func drawn(_ chart: LineChart, _ size: Size, in rect: Rect? = nil, glyphs: Glyphs = .unicode) -> Canvas {
        var c = Canvas(size: size, glyphs: glyphs)
        chart.render(in: rect ?? c.bounds, on: &c)
        return c
    }

    @Test("at its ideal height: one row per value, 0 to 10 up the side, a tick label every two")
    func verticalAxis() throws {
        let c = Self.drawn(Self.three, Size(width: 40, height: Self.three.idealHeight(width: 40)))
        for value in stride(from: 0, through: 10, by: 2) {
            let label = String(value)
            #expect(c.row(10 - value).hasPrefix(String(repeating: " ", count: 2 - label.count) + label + " ┤"), "\(value)")
        }
        #expect(c.row(1).hasPrefix("   │"))
        #expect(c.row(11).hasPrefix("   └"))
        #expect(Self.three.idealHeight(width: 40) == 11 + 1 + 2 + 1)
    }

    @Test("each value is a mark on its own row, at its point's column above the point's tick")
    func marks() throws {
        let chart = Self.three
        let c = Self.drawn(chart, Size(width: 40, height: 15))
        let f = try #require(chart.frame(in: c.bounds))
        #expect(f.xs.count == 3)
        #expect(f.xs[1] - f.xs[0] == f.xs[2] - f.xs[1])
        #expect(c[f.xs[0], 10 - 8].grapheme == "S")
        #expect(c[f.xs[1], 10 - 6].grapheme == "S")
        #expect(c[f.xs[0], 10 - 6].grapheme == "K")
        #expect(c[f.xs[1], 10 - 5].grapheme == "K")
        for x in f.xs { #expect(c[x, 11].grapheme == "┬") }
        // Both at 4 in the third session: side by side, centred on the point.
        #expect(c[f.xs[2], 6].grapheme == "S")
        #expect(c[f.xs[2] + 1, 6].grapheme == "K")
    }

    @Test("neighbouring values are joined by dots; a session without a value breaks the line")
    func lines() throws {
        let joined = LineChart(range: 0...10, labels: ["1", "2", "3"], series: [.init(mark: "A", label: "A", values: [5, 5, 5])])
        let c = Self.drawn(joined, Size(width: 30, height: 14))
        let f = try #require(joined.frame(in: c.bounds))
        let row = c.row(5)
        #expect(row.filter { $0 == "·" }.count == f.xs[2] - f.xs[0] - 2)
        let gap = LineChart(range: 0...10, labels: ["1", "2", "3"], series: [.init(mark: "A", label: "A", values: [5, nil, 5])])
        #expect(!Self.drawn(gap, Size(width: 30, height: 14)).plainText.contains("·"))
    }

    @Test("labels under each point, dates under them when every one fits")
    func horizontalLabels() throws {
        let c = Self.drawn(Self.three, Size(width: 40, height: 15))
        let f = try #require(Self.three.frame(in: c.bounds))
        #expect(f.showSubLabels)
        for (i, x) in f.xs.enumerated() { #expect(c[x, 12].grapheme == Character("\(i + 1)")) }
        #expect(c.row(13).contains("2 nov") && c.row(13).contains("16 nov"))
        #expect(c.row(14).hasPrefix("S Sandra 8 6 4   K Karim 6 5 4"))
    }

    @Test("crowded points: labels thinned out, no dates")
    func crowded() throws {
        let n = 20
        let chart = LineChart(
            range: 0...10, labels: (1...n).map(String.init), subLabels: (1...n).map { "\($0) nov" },
            series: [.init(mark: "A", label: "A", values: (0..<n).map { $0 % 11 })])
        let c = Self.drawn(chart, Size(width: 40, height: 16))
        let f = try #require(chart.frame(in: c.bounds))
        #expect(f.labelStep > 1)
        #expect(!f.showSubLabels)
        #expect(!c.plainText.contains("nov"))
        #expect(c.row(12).contains("1"))
        // Every point still has its tick and its mark.
        #expect(c.row(11).filter { $0 == "┬" }.count == n)
    }

    @Test("a short chart squeezes the values but keeps 0 and 10, and draws only in its rectangle")
    func compressed() throws {
        let rect = Rect(x: 3, y: 2, width: 30, height: 8)
        let c = Self.drawn(Self.three, Size(width: 40, height: 14), in: rect)
        for y in 0..<14 {
            for x in 0..<40 where !rect.contains(Point(x: x, y: y)) {
                #expect(c[x, y].grapheme == " ", "drew outside at \(x),\(y)")
            }
        }
        let f = try #require(Self.three.frame(in: rect))
        #expect(f.plotHeight >= 3 && f.plotHeight < 11)
        #expect(Self.three.tickValues(f).first == 0)
        #expect(Self.three.tickValues(f).last == 10)
        #expect(c.row(2).contains("10 ┤"))
        #expect(c.plainText.contains("S Sandra 8 6 4"))
    }

    @Test("the legend wraps onto more lines when narrow")
    func legendWraps() {
        #expect(Self.three.legendLines(width: 40) == [[0, 1]])
        #expect(Self.three.legendLines(width: 20) == [[0], [1]])
        // Narrow: two legend lines, and no room for the dates.
        #expect(Self.three.idealHeight(width: 20) == 11 + 1 + 1 + 2)
    }

    @Test("too small for axes: only the legend, and nothing at all in an empty rectangle")
    func tiny() {
        let c = Self.drawn(Self.three, Size(width: 10, height: 2))
        #expect(c.row(0).hasPrefix("S Sandra"))
        let none = Self.drawn(Self.three, Size(width: 10, height: 2), in: Rect(x: 0, y: 0, width: 0, height: 0))
        #expect(none.plainText.allSatisfy { $0 == " " || $0 == "\n" })
    }

    @Test("ASCII glyphs draw the chart in plain ASCII")
    func ascii() {
        let c = Self.drawn(Self.three, Size(width: 40, height: 15), glyphs: .ascii)
        #expect(c.plainText.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(c.row(0).hasPrefix("10 +"))
        #expect(c.plainText.contains("."))
    }
}
