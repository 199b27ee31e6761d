import Foundation
import KeukentafelDomain

/// The genogram as Graphviz DOT and as a standalone SVG for the case file.
public enum GenogramExport {
    /// DOT: persons as nodes (box, ellipse, diamond), couples as small points joined to
    /// the partners, children hanging from their couple; line styles by status and bond.
    public static func dot(name: String, _ g: Genogram) -> String {
        var out = "digraph \"\(escapeDOT(name))\" {\n  rankdir=TB;\n  node [fontname=\"sans-serif\"];\n  edge [arrowhead=none];\n"
        func node(_ id: UUID) -> String { "p" + id.uuidString.replacingOccurrences(of: "-", with: "").prefix(12) }
        for p in g.persons {
            var shape = p.gender == .male ? "box" : (p.gender == .female ? "ellipse" : "diamond")
            if p.kind == .pregnancy { shape = "triangle" } else if p.kind == .miscarriage { shape = "point" }
            var label = escapeDOT(p.name)
            if let b = p.birthYear { label += "\\n\(b)" + (p.deathYear.map { "–\($0)" } ?? "") }
            var attrs = ["shape=\(shape)", "label=\"\(label)\""]
            if p.isIndex { attrs.append("peripheries=2") }
            if p.deceased { attrs.append("style=dashed") }
            out += "  \(node(p.personID)) [\(attrs.joined(separator: ", "))];\n"
        }
        for c in g.couples {
            let u = "c" + c.coupleID.uuidString.replacingOccurrences(of: "-", with: "").prefix(12)
            out += "  \(u) [shape=point, width=0.05];\n"
            let style: String
            switch c.status {
            case .cohabiting, .endedCohabitation: style = "dashed"
            case .unknown: style = "dotted"
            default: style = "solid"
            }
            let label = c.status == .divorced ? "//" : (c.status == .separated || c.status == .endedCohabitation ? "/" : "")
            if c.partners.count > 1 { out += "  { rank=same; \(c.partners.map(node).joined(separator: "; ")); }\n" }
            for p in c.partners { out += "  \(node(p)) -> \(u) [style=\(style)\(label.isEmpty ? "" : ", label=\"\(label)\"")];\n" }
            for l in g.childLinks where l.coupleID == c.coupleID {
                let s = l.kind == .foster ? "dotted" : (l.kind == .adopted ? "dashed" : "solid")
                out += "  \(u) -> \(node(l.childID)) [style=\(s)\(l.twinGroup == nil ? "" : ", color=\"black:black\"")];\n"
            }
        }
        // Emotional relations: beside the family structure, not shaping it.
        for b in g.bonds {
            let attrs: String
            switch b.kind {
            case .close: attrs = "color=\"darkgreen:invis:darkgreen\""
            case .fused: attrs = "color=\"darkgreen:invis:darkgreen:invis:darkgreen\""
            case .distant: attrs = "style=dashed, color=gray40"
            case .conflict: attrs = "color=red3, label=\"~~\""
            case .hostile: attrs = "color=\"red3:invis:red3\", label=\"~~\""
            case .cutOff: attrs = "label=\"||\""
            case .repaired: attrs = "label=\"(||)\""
            case .abuseConcern: attrs = "color=red3, dir=forward, arrowhead=normal, label=\"!\""
            case .neglectConcern: attrs = "color=red3, style=dotted, dir=forward, arrowhead=normal, label=\"!\""
            }
            out += "  \(node(b.from)) -> \(node(b.to)) [constraint=false, \(attrs), tooltip=\"\(b.kind.rawValue)\"];\n"
        }
        return out + "}\n"
    }

    /// SVG after McGoldrick, laid out by `GenogramLayout`: squares, circles, diamonds;
    /// a double frame for the index child; a cross for the deceased; couple lines with
    /// slashes for separation and divorce; dashed (adopted) and dotted (foster) child lines.
    public static func svg(name: String, _ g: Genogram, year: Int, language: Language = .nl) -> String {
        let layout = GenogramLayout(g)
        let slot = 150.0
        let rowHeight = 160.0
        let size = 36.0
        let margin = 40.0
        let legend = GenogramLegendItem.items(g, layout)
        let legendColumns = 4
        let legendRowHeight = 26.0
        let legendHeight = 30 + Double((legend.count + legendColumns - 1) / legendColumns) * legendRowHeight
        let width = max(Double(legendColumns) * 170 + 2 * margin, Double(max(1, layout.columns)) * slot + 2 * margin)
        let drawingHeight = Double(max(1, layout.rows)) * rowHeight + 2 * margin + 30
        let height = drawingHeight + legendHeight
        func cx(_ p: GenogramLayout.Place) -> Double { margin + Double(p.column) * slot + slot / 2 }
        func cy(_ p: GenogramLayout.Place) -> Double { margin + 30 + Double(p.row) * rowHeight + size / 2 }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="13">
            <style>text { paint-order: stroke; stroke: white; stroke-width: 3px; }</style>
            <title>\(xmlEscaped(name))</title>
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(Int(margin))" y="24" font-size="16" font-weight="bold">\(xmlEscaped(name))</text>

            """
        func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, dash: String? = nil) {
            out +=
                "<line x1=\"\(svgNumber(x1))\" y1=\"\(svgNumber(y1))\" x2=\"\(svgNumber(x2))\" y2=\"\(svgNumber(y2))\" stroke=\"black\" stroke-width=\"1.5\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>\n"
        }
        for c in g.couples {
            let places = layout.partners(of: c).compactMap { layout.places[$0] }.sorted { $0.column < $1.column }
            let kids = g.childLinks.filter { $0.coupleID == c.coupleID }.compactMap { l in layout.places[l.childID].map { (l, $0) } }
            var midX: Double?
            var baseY: Double?
            if let a = places.first, let b = places.last {
                // Under the captions (name and years), so lines never run through text.
                let y = cy(a) + size / 2 + 44
                let dash: String? = (c.status == .cohabiting || c.status == .endedCohabitation) ? "6,4" : nil
                if places.count > 1 {
                    line(cx(a), cy(a) + size / 2, cx(a), y)
                    line(cx(b), cy(b) + size / 2, cx(b), y)
                    line(cx(a), y, cx(b), y, dash: dash)
                    let m = (cx(a) + cx(b)) / 2
                    let slashes = c.status == .divorced ? 2 : (c.status == .separated || c.status == .endedCohabitation ? 1 : 0)
                    for i in 0..<slashes {
                        let o = Double(i) * 6 - Double(slashes - 1) * 3
                        line(m + o - 4, y + 7, m + o + 4, y - 7)
                    }
                    if let s = c.startYear {
                        out +=
                            "<text x=\"\(svgNumber(m))\" y=\"\(svgNumber(y - 4))\" text-anchor=\"middle\" font-size=\"10\">\(s)\(c.endYear.map { "–\($0)" } ?? "")</text>\n"
                    }
                } else {
                    line(cx(a), cy(a) + size / 2, cx(a), y)
                }
                midX = (cx(a) + cx(b)) / 2
                baseY = y
            } else if let first = kids.first {
                baseY = cy(first.1) - rowHeight / 2
                midX = kids.map { cx($0.1) }.min()
            }
            guard let m = midX, let by = baseY, !kids.isEmpty else { continue }
            let barY = by + 28
            if !c.partners.isEmpty { line(m, by, m, barY) }
            let xs = kids.map { cx($0.1) } + (c.partners.isEmpty ? [] : [m])
            line(xs.min()!, barY, xs.max()!, barY)
            for (l, place) in kids {
                let dash = l.kind == .foster ? "2,3" : (l.kind == .adopted ? "6,4" : nil)
                let top = cy(place) - size / 2
                let twins = l.twinGroup.map { group in kids.filter { $0.0.twinGroup == group } } ?? []
                if twins.count > 1, top - barY <= rowHeight {
                    // Twins hang from one point on the bar.
                    let point = twins.map { cx($0.1) }.reduce(0, +) / Double(twins.count)
                    line(point, barY, cx(place), top, dash: dash)
                } else if top - barY > rowHeight {
                    // Further down than the next row: by the gutter beside the child's column.
                    let gutter = cx(place) + slot / 2
                    let above = top - 14
                    line(cx(place), barY, gutter, barY)
                    line(gutter, barY, gutter, above, dash: dash)
                    line(gutter, above, cx(place), above)
                    line(cx(place), above, cx(place), top, dash: dash)
                } else {
                    line(cx(place), barY, cx(place), top, dash: dash)
                }
            }
        }
        // Emotional relations as curves, so they never hide the family lines.
        let drawn = layout.drawings(g)
        var centres: [UUID: [(Double, Double)]] = [:]
        for d in drawn { centres[d.person.personID, default: []].append((cx(d.place), cy(d.place))) }
        for b in g.bonds {
            guard let from = centres[b.from], let to = centres[b.to] else { continue }
            let pairs = from.flatMap { a in to.map { (a, $0) } }
            let (a, z) = pairs.min { hypot($0.0.0 - $0.1.0, $0.0.1 - $0.1.1) < hypot($1.0.0 - $1.1.0, $1.0.1 - $1.1.1) }!
            let title =
                "\(g.person(b.from)?.name ?? "?") – \(g.person(b.to)?.name ?? "?"): \(GenogramLegendItem.bond(b.kind).label(language))"
            out += "<g><title>\(xmlEscaped(title))</title>\n" + bondPath(from: a, to: z, kind: b.kind, trim: size / 2 + 6) + "</g>\n"
        }
        // A person drawn twice: a grey dashed curve joins both drawings.
        for d in drawn where d.isCopy {
            guard let a = layout.places[d.person.personID] else { continue }
            let b = d.place
            let (x1, y1, x2, y2) = (cx(a), cy(a), cx(b), cy(b))
            out +=
                "<path d=\"M \(svgNumber(x1)) \(svgNumber(y1 - size / 2)) Q \(svgNumber((x1 + x2) / 2)) \(svgNumber(min(y1, y2) - rowHeight / 2)) \(svgNumber(x2)) \(svgNumber(y2 - size / 2))\" fill=\"none\" stroke=\"#888\" stroke-width=\"1\" stroke-dasharray=\"4,4\"/>\n"
        }
        let copied = Set(layout.copies.values)
        for d in drawn {
            let p = d.person
            let x = cx(d.place)
            let y = cy(d.place)
            let h = size / 2
            out += symbolSVG(p, x: x, y: y, h: h, stroke: d.isCopy ? "#888" : "black")
            // Name on one line (shortened to the slot), years or age under it.
            var name = p.name.count > 22 ? String(p.name.prefix(21)) + "…" : p.name
            if copied.contains(p.personID) { name += GenogramGlyphs.copyMark }
            out += "<text x=\"\(svgNumber(x))\" y=\"\(svgNumber(y + h + 15))\" text-anchor=\"middle\">\(xmlEscaped(name))</text>\n"
            if let b = p.birthYear {
                let years =
                    p.kind != nil ? "\(b)" : (p.deceased ? "\(b)–\(p.deathYear.map(String.init) ?? "")" : "\(b) (\(max(0, year - b)))")
                out +=
                    "<text x=\"\(svgNumber(x))\" y=\"\(svgNumber(y + h + 29))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#444\">\(years)</text>\n"
            }
        }
        // The legend: what this genogram uses, each with a small sample.
        let top = drawingHeight
        out +=
            "<text x=\"\(Int(margin))\" y=\"\(svgNumber(top + 4))\" font-size=\"13\" font-weight=\"bold\">\(language == .nl ? "Legenda" : "Legend")</text>\n"
        for (i, item) in legend.enumerated() {
            let x = margin + Double(i % legendColumns) * 170
            let y = top + 24 + Double(i / legendColumns) * legendRowHeight
            out += legendSample(item, x: x, y: y)
            out +=
                "<text x=\"\(svgNumber(x + 40))\" y=\"\(svgNumber(y + 4))\" font-size=\"12\">\(xmlEscaped(item.label(language)))</text>\n"
        }
        return out + "</svg>\n"
    }

    /// A person's symbol after McGoldrick, centred on (x, y) with half-size h.
    static func symbolSVG(_ p: GenogramPerson, x: Double, y: Double, h: Double, stroke: String = "black") -> String {
        var out = ""
        let paint = "fill=\"white\" stroke=\"\(stroke)\" stroke-width=\"1.5\""
        switch p.kind {
        case .pregnancy?:
            return
                "<polygon points=\"\(svgNumber(x)),\(svgNumber(y - h)) \(svgNumber(x + h)),\(svgNumber(y + h * 0.8)) \(svgNumber(x - h)),\(svgNumber(y + h * 0.8))\" \(paint)/>\n"
        case .miscarriage?:
            return "<circle cx=\"\(svgNumber(x))\" cy=\"\(svgNumber(y))\" r=\"\(svgNumber(h / 3))\" fill=\"\(stroke)\"/>\n"
        default: break
        }
        func shape(_ grow: Double) {
            let r = h + grow
            switch p.gender {
            case .male:
                out +=
                    "<rect x=\"\(svgNumber(x - r))\" y=\"\(svgNumber(y - r))\" width=\"\(svgNumber(2 * r))\" height=\"\(svgNumber(2 * r))\" \(paint)/>\n"
            case .female: out += "<circle cx=\"\(svgNumber(x))\" cy=\"\(svgNumber(y))\" r=\"\(svgNumber(r))\" \(paint)/>\n"
            case .nonBinary, .unknown:
                out +=
                    "<polygon points=\"\(svgNumber(x)),\(svgNumber(y - r)) \(svgNumber(x + r)),\(svgNumber(y)) \(svgNumber(x)),\(svgNumber(y + r)) \(svgNumber(x - r)),\(svgNumber(y))\" \(paint)/>\n"
            }
        }
        if p.isIndex { shape(h / 6) }
        shape(0)
        if p.deceased {
            out +=
                "<path d=\"M \(svgNumber(x - h)) \(svgNumber(y - h)) L \(svgNumber(x + h)) \(svgNumber(y + h)) M \(svgNumber(x - h)) \(svgNumber(y + h)) L \(svgNumber(x + h)) \(svgNumber(y - h))\" stroke=\"\(stroke)\" stroke-width=\"1.5\"/>\n"
        }
        return out
    }

    /// An emotional relation from a to b (centres), trimmed off the symbols, as a gentle
    /// curve: double for close, triple for fused, dashed for distant, zigzag for conflict,
    /// zigzag between two lines for hostile, bars for a cut-off (ringed when repaired), and
    /// an arrowhead at the person a concern is about.
    static func bondPath(from a: (Double, Double), to b: (Double, Double), kind: EmotionalBond, trim: Double) -> String {
        let dx = b.0 - a.0
        let dy = b.1 - a.1
        let length = max(1, hypot(dx, dy))
        let ux = dx / length
        let uy = dy / length
        let nx = -uy
        let ny = ux
        let bend = min(60, length * 0.25)
        let p0 = (a.0 + ux * trim, a.1 + uy * trim)
        let p2 = (b.0 - ux * trim, b.1 - uy * trim)
        let c = ((a.0 + b.0) / 2 + nx * bend, (a.1 + b.1) / 2 + ny * bend)
        func at(_ t: Double) -> (Double, Double) {
            let u = 1 - t
            return (u * u * p0.0 + 2 * u * t * c.0 + t * t * p2.0, u * u * p0.1 + 2 * u * t * c.1 + t * t * p2.1)
        }
        let curve = "M \(svgNumber(p0.0)) \(svgNumber(p0.1)) Q \(svgNumber(c.0)) \(svgNumber(c.1)) \(svgNumber(p2.0)) \(svgNumber(p2.1))"
        let red = "#b00020"
        let green = "#1b6e3a"
        func stroke(_ colour: String, _ width: Double, dash: String? = nil) -> String {
            "<path d=\"\(curve)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"\(svgNumber(width))\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>\n"
        }
        func zigzag(_ colour: String) -> String {
            let n = max(8, Int(length / 10))
            var pts: [String] = []
            for i in 0...n {
                let t = Double(i) / Double(n)
                let p = at(t)
                let q = at(min(1, t + 0.01))
                let r = at(max(0, t - 0.01))
                let tx = q.0 - r.0
                let ty = q.1 - r.1
                let tl = max(0.0001, hypot(tx, ty))
                let o = (i == 0 || i == n) ? 0 : (i % 2 == 0 ? 5.0 : -5.0)
                pts.append("\(svgNumber(p.0 - ty / tl * o)),\(svgNumber(p.1 + tx / tl * o))")
            }
            return "<polyline points=\"\(pts.joined(separator: " "))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.5\"/>\n"
        }
        func bars(_ colour: String) -> String {
            let m = at(0.5)
            let q = at(0.52)
            let r = at(0.48)
            let tx = q.0 - r.0
            let ty = q.1 - r.1
            let tl = max(0.0001, hypot(tx, ty))
            let (ex, ey) = (tx / tl, ty / tl)
            let (px, py) = (-ey * 9, ex * 9)
            return [-3.0, 3.0].map { o in
                "<line x1=\"\(svgNumber(m.0 + ex * o - px))\" y1=\"\(svgNumber(m.1 + ey * o - py))\" x2=\"\(svgNumber(m.0 + ex * o + px))\" y2=\"\(svgNumber(m.1 + ey * o + py))\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
            }.joined()
        }
        func arrow(_ colour: String) -> String {
            let q = at(1)
            let r = at(0.96)
            let tx = q.0 - r.0
            let ty = q.1 - r.1
            let tl = max(0.0001, hypot(tx, ty))
            let (ex, ey) = (tx / tl, ty / tl)
            let l = (q.0 - ex * 10 - ey * 5, q.1 - ey * 10 + ex * 5)
            let rr = (q.0 - ex * 10 + ey * 5, q.1 - ey * 10 - ex * 5)
            return
                "<polygon points=\"\(svgNumber(q.0)),\(svgNumber(q.1)) \(svgNumber(l.0)),\(svgNumber(l.1)) \(svgNumber(rr.0)),\(svgNumber(rr.1))\" fill=\"\(colour)\"/>\n"
        }
        switch kind {
        case .close: return stroke(green, 5) + stroke("white", 2)
        case .fused: return stroke(green, 8) + stroke("white", 5) + stroke(green, 1.5)
        case .distant: return stroke("#555", 1.5, dash: "2,6")
        case .conflict: return zigzag(red)
        case .hostile: return stroke(red, 9) + stroke("white", 6) + zigzag(red)
        case .cutOff: return stroke("#333", 1.5) + bars("#333")
        case .repaired:
            let m = at(0.5)
            return stroke("#333", 1.5) + bars("#333")
                + "<circle cx=\"\(svgNumber(m.0))\" cy=\"\(svgNumber(m.1))\" r=\"13\" fill=\"none\" stroke=\"#333\" stroke-width=\"1.5\"/>\n"
        case .abuseConcern: return zigzag(red) + arrow(red)
        case .neglectConcern: return stroke(red, 2, dash: "2,4") + arrow(red)
        }
    }

    /// A legend item's small drawing at (x, y): a symbol, a line sample or a bond.
    static func legendSample(_ item: GenogramLegendItem, x: Double, y: Double) -> String {
        if let p = item.samplePerson { return symbolSVG(p, x: x + 14, y: y, h: 9) }
        func sampleLine(_ dash: String?) -> String {
            "<line x1=\"\(svgNumber(x))\" y1=\"\(svgNumber(y))\" x2=\"\(svgNumber(x + 30))\" y2=\"\(svgNumber(y))\" stroke=\"black\" stroke-width=\"1.5\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>\n"
        }
        func slashes(_ n: Int) -> String {
            (0..<n).map { i in
                let o = Double(i) * 6 - Double(n - 1) * 3
                return
                    "<line x1=\"\(svgNumber(x + 15 + o - 4))\" y1=\"\(svgNumber(y + 7))\" x2=\"\(svgNumber(x + 15 + o + 4))\" y2=\"\(svgNumber(y - 7))\" stroke=\"black\" stroke-width=\"1.5\"/>\n"
            }.joined()
        }
        switch item {
        case .male, .female, .other, .index, .deceased, .pregnancy, .miscarriage: return ""  // drawn above
        case .couple(let s):
            switch s {
            case .married, .unknown: return sampleLine(nil)
            case .cohabiting: return sampleLine("6,4")
            case .separated: return sampleLine(nil) + slashes(1)
            case .endedCohabitation: return sampleLine("6,4") + slashes(1)
            case .divorced: return sampleLine(nil) + slashes(2)
            }
        case .child(let k):
            let dash = k == .foster ? "2,3" : (k == .adopted ? "6,4" : nil)
            return
                "<line x1=\"\(svgNumber(x + 15))\" y1=\"\(svgNumber(y - 10))\" x2=\"\(svgNumber(x + 15))\" y2=\"\(svgNumber(y + 10))\" stroke=\"black\" stroke-width=\"1.5\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>\n"
        case .twins:
            return
                "<path d=\"M \(svgNumber(x + 15)) \(svgNumber(y - 10)) L \(svgNumber(x + 5)) \(svgNumber(y + 10)) M \(svgNumber(x + 15)) \(svgNumber(y - 10)) L \(svgNumber(x + 25)) \(svgNumber(y + 10))\" stroke=\"black\" stroke-width=\"1.5\" fill=\"none\"/>\n"
        case .bond(let b): return bondPath(from: (x, y), to: (x + 32, y), kind: b, trim: 0)
        case .drawnTwice:
            return "<text x=\"\(svgNumber(x + 10))\" y=\"\(svgNumber(y + 5))\" font-size=\"14\">\(GenogramGlyphs.copyMark)</text>\n"
        }
    }

    /// A coordinate or length for SVG, with one decimal.
    static func svgNumber(_ v: Double) -> String { String(format: "%.1f", v) }

    static func escapeDOT(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(
            of: "\n", with: " ")
    }
}
