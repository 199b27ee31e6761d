import KeukentafelDomain

/// Each person's value per scale as one standalone SVG: a horizontal bar per person under
/// each scale's topic, on a shared labelled axis from 0 to 10. Every text is escaped.
enum ScaleChart {
    static let width = 640
    /// Where the bars start and how wide one point is (0–10 spans 440 units).
    static let barStart = 170
    static let unit = 44
    static let rowHeight = 20
    static let headerHeight = 34

    /// The chart of `scales`; nil when none has a value.
    static func svg(_ scales: [SessionReport.ScaleValues], title: String) -> String? {
        guard scales.contains(where: { !$0.values.isEmpty }) else { return nil }
        var body: [String] = []
        // Grid lines go behind the bars, under each scale's topic: drawn first, collected apart.
        var grid: [String] = []
        var y = 30
        body.append(text(x: 0, y: 16, title, attributes: "font-size=\"14\" font-weight=\"bold\""))
        for scale in scales where !scale.values.isEmpty {
            body.append(text(x: 0, y: y + 14, shortened(scale.topic, 70), attributes: "font-weight=\"bold\""))
            body.append(text(x: 0, y: y + 28, shortened(scale.meaning, 90), attributes: "fill=\"#555555\" font-size=\"11\""))
            y += headerHeight
            grid += (0...10).map { n in
                let x = barStart + n * unit
                return
                    "<line x1=\"\(x)\" y1=\"\(y)\" x2=\"\(x)\" y2=\"\(y + scale.values.count * rowHeight + 4)\" stroke=\"#dddddd\" stroke-width=\"1\" />"
            }
            for v in scale.values {
                let value = min(10, max(0, v.value))
                body.append(text(x: barStart - 8, y: y + 14, shortened(v.name, 22), attributes: "text-anchor=\"end\""))
                body.append(
                    "<rect x=\"\(barStart)\" y=\"\(y + 4)\" width=\"\(value * unit)\" height=\"12\" fill=\"#3f6fa8\"><title>\(xmlEscaped("\(v.name): \(value)"))</title></rect>"
                )
                body.append(text(x: barStart + value * unit + 5, y: y + 14, "\(value)", attributes: ""))
                y += rowHeight
            }
            y += 8
        }
        let axis = y + 4
        var axisParts = [
            "<line x1=\"\(barStart)\" y1=\"\(axis)\" x2=\"\(barStart + 10 * unit)\" y2=\"\(axis)\" stroke=\"#333333\" stroke-width=\"1\" />"
        ]
        for n in 0...10 {
            let x = barStart + n * unit
            axisParts.append("<line x1=\"\(x)\" y1=\"\(axis)\" x2=\"\(x)\" y2=\"\(axis + 5)\" stroke=\"#333333\" stroke-width=\"1\" />")
            axisParts.append(text(x: x, y: axis + 18, "\(n)", attributes: "text-anchor=\"middle\" font-size=\"11\""))
        }
        let height = axis + 26
        let open =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" font-family=\"DejaVu Sans, Noto Sans, Liberation Sans, Arial, sans-serif\" font-size=\"12\" fill=\"#1a1a1a\">"
        return ([open, "<title>\(xmlEscaped(title))</title>"] + grid + body + axisParts + ["</svg>"]).joined(separator: "\n")
    }

    private static func text(x: Int, y: Int, _ content: String, attributes: String) -> String {
        let extra = attributes.isEmpty ? "" : " " + attributes
        return "<text x=\"\(x)\" y=\"\(y)\"\(extra)>\(xmlEscaped(content))</text>"
    }

    /// SVG text does not wrap: a long topic or name is cut with an ellipsis.
    private static func shortened(_ s: String, _ limit: Int) -> String {
        s.count <= limit ? s : String(s.prefix(limit - 1)) + "…"
    }
}
