import Foundation
import KeukentafelDomain
import TerminalUI

/// The genogram as Graphviz DOT and as a standalone SVG for the case file.
public enum GenogramExport {
    /// Names longer than this are shortened in the SVG, so a caption keeps to its column.
    public static let nameLimit = 18
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

    /// SVG after McGoldrick, laid out by `GenogramLayout` with the lines of
    /// `GenogramLines` (the same picture as the screen, scaled): squares, circles,
    /// diamonds; a double frame for the index child; a cross for the deceased; couple
    /// lines with slashes for separation and divorce; dashed (adopted) and dotted (foster)
    /// child lines; emotional relations along the routes the screen uses.
    public static func svg(name: String, _ g: Genogram, year: Int, language: Language = .nl) -> String {
        let layout = GenogramLayout(g)
        let lines = GenogramLines(g, layout, slot: 10, relationRows: 2)
        let routes = GenogramBondRoutes(g, layout, lines, year: year)
        // Relations with no way round the names are listed under the legend, never hidden.
        let undrawn = g.bonds.filter { routes.along[$0.bondID] == nil && routes.paths[$0.bondID] == nil }
        let unit = 15.0
        let size = 36.0
        let h = size / 2
        let margin = 40.0
        let legend = GenogramLegendItem.items(g, layout)
        let legendColumns = 4
        let legendRowHeight = 26.0
        let legendHeight = 30 + Double((legend.count + legendColumns - 1) / legendColumns) * legendRowHeight + Double(undrawn.count) * 18
        let width = max(Double(legendColumns) * 170 + 2 * margin, Double(lines.width) * unit + 2 * margin)
        // Rows of the drawing: a symbol row, a caption row (name and years), lanes.
        let symbolRows = Set(lines.rowTop)
        var rowTopPx: [Double] = []
        var rowHeightPx: [Double] = []
        var at = margin + 30
        for y in 0..<lines.height {
            let height = symbolRows.contains(y) ? 48.0 : (symbolRows.contains(y - 1) ? 36.0 : 16.0)
            rowTopPx.append(at)
            rowHeightPx.append(height)
            at += height
        }
        let drawingHeight = at + margin
        let height = drawingHeight + legendHeight
        func px(_ x: Int) -> Double { margin + Double(x) * unit }
        func py(_ y: Int) -> Double {
            guard y >= 0 else { return margin + 30 + Double(y) * 16 }
            guard y < rowTopPx.count else { return at + Double(y - rowTopPx.count) * 16 + 8 }
            return rowTopPx[y] + rowHeightPx[y] / 2
        }
        func cx(_ p: GenogramLayout.Place) -> Double { px(lines.x(p.column)) }
        func cy(_ p: GenogramLayout.Place) -> Double { py(lines.y(p.row)) }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="13">
            <style>text { paint-order: stroke; stroke: white; stroke-width: 3px; }</style>
            <title>\(xmlEscaped(name))</title>
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(Int(margin))" y="24" font-size="16" font-weight="bold">\(xmlEscaped(name))</text>

            """
        func line(
            _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, dash: String? = nil, colour: String = "black", width: Double = 1.5
        ) {
            out +=
                "<line x1=\"\(svgNumber(x1))\" y1=\"\(svgNumber(y1))\" x2=\"\(svgNumber(x2))\" y2=\"\(svgNumber(y2))\" stroke=\"\(colour)\" stroke-width=\"\(svgNumber(width))\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>\n"
        }
        func dash(_ kind: ChildLinkKind?) -> String? { kind == .foster ? "2,3" : (kind == .adopted ? "6,4" : nil) }
        let couples = Dictionary(g.couples.map { ($0.coupleID, $0) }, uniquingKeysWith: { a, _ in a })
        let twinOf = Dictionary(
            g.childLinks.compactMap { l in l.twinGroup.map { ("\(l.coupleID)/\(l.childID)", $0) } }, uniquingKeysWith: { a, _ in a })
        // Twins hang from one point on their sibship line.
        var twinPoint: [String: Double] = [:]
        for s in lines.segments where s.role == .sibship {
            let drops = lines.segments.filter { $0.family == s.family && $0.role == .drop && $0.from.y == s.from.y && $0.from.x == $0.to.x }
            var groups: [UUID: [Int]] = [:]
            for d in drops {
                if let child = d.person, let group = twinOf["\(s.family)/\(child)"] { groups[group, default: []].append(d.from.x) }
            }
            for (group, xs) in groups where xs.count > 1 { twinPoint["\(s.family)/\(group)"] = Double(xs.reduce(0, +)) / Double(xs.count) }
        }
        for s in lines.segments {
            let couple = couples[s.family]
            if s.isHorizontal {
                let living = couple.map { [.cohabiting, .endedCohabitation].contains($0.status) } ?? false
                let inline = s.role == .couple && lines.inline.contains(s.family)
                line(
                    px(s.from.x) + (inline ? h : 0), py(s.from.y), px(s.to.x) - (inline ? h : 0), py(s.to.y),
                    dash: s.role == .couple && living ? "6,4" : nil)
                if s.role == .couple, let c = couple {
                    let slashes = c.status == .divorced ? 2 : (c.status == .separated || c.status == .endedCohabitation ? 1 : 0)
                    let descent = lines.segments.first { $0.family == s.family && $0.role == .descent }?.from.x
                    let m = descent.map { px($0) - 14 } ?? (px(s.from.x) + px(s.to.x)) / 2
                    let y = py(s.from.y)
                    for i in 0..<slashes {
                        let o = Double(i) * 6 - Double(slashes - 1) * 3
                        line(m + o - 4, y + 7, m + o + 4, y - 7)
                    }
                    if let start = c.startYear {
                        out +=
                            "<text x=\"\(svgNumber((px(s.from.x) + px(s.to.x)) / 2))\" y=\"\(svgNumber(y - 6))\" text-anchor=\"middle\" font-size=\"10\">\(start)\(c.endYear.map { "–\($0)" } ?? "")</text>\n"
                    }
                }
                continue
            }
            // Verticals: ticks and a single parent's descent hang from the caption; a drop
            // ends on the child's symbol.
            var top = py(s.from.y)
            var bottom = py(s.to.y)
            if s.role == .tick || (s.role == .descent && s.person != nil) { top = rowTopPx[s.from.y] }
            let child = s.person.flatMap { layout.places[$0] }
            let reachesChild = s.role == .drop && child.map { lines.y($0.row) - 1 == s.to.y } == true
            if reachesChild, let c = child { bottom = cy(c) - h }
            if reachesChild, let c = child, let who = s.person, let group = twinOf["\(s.family)/\(who)"],
                let point = twinPoint["\(s.family)/\(group)"],
                lines.segments.contains(where: { $0.family == s.family && $0.role == .sibship && $0.from.y == s.from.y })
            {
                line(px(0) + point * unit, top, cx(c), bottom, dash: dash(s.kind))
                continue
            }
            line(px(s.from.x), top, px(s.to.x), bottom, dash: s.role == .drop ? dash(s.kind) : nil)
        }
        // Where two families' lines cross, the vertical passes over a gap in the other.
        let glyphs = GenogramRenderer.familyLineCrossings(g, lines)
        for p in glyphs.sorted(by: { ($0.y, $0.x) < ($1.y, $1.x) }) {
            line(px(p.x) - 5, py(p.y), px(p.x) + 5, py(p.y), colour: "white", width: 4)
            line(px(p.x), py(p.y) - 6, px(p.x), py(p.y) + 6)
        }
        // Emotional relations along the screen's routes, trimmed off the symbols.
        for b in g.bonds {
            var points: [(Double, Double)]
            if let lane = routes.along[b.bondID] {
                points = [(px(lane.x1 - 1), py(lane.y)), (px(lane.x2 + 1), py(lane.y))]
                if let to = layout.places[b.to], lines.x(to.column) < lane.x1 { points.reverse() }
            } else if let path = routes.paths[b.bondID], path.count > 1 {
                points = corners(path).map { (px($0.x), py($0.y)) }
                points[0] = towards(points[0], points[1], by: h + 4)
                points[points.count - 1] = towards(points[points.count - 1], points[points.count - 2], by: h + 4)
            } else {
                continue
            }
            let title =
                "\(g.person(b.from)?.name ?? "?") – \(g.person(b.to)?.name ?? "?"): \(GenogramLegendItem.bond(b.kind).label(language))"
            out += "<g><title>\(xmlEscaped(title))</title>\n" + bondPath(points, kind: b.kind) + "</g>\n"
        }
        // A person drawn twice: a grey dashed curve joins both drawings.
        let drawn = layout.drawings(g)
        for d in drawn where d.isCopy {
            guard let a = layout.places[d.person.personID] else { continue }
            let b = d.place
            let (x1, y1, x2, y2) = (cx(a), cy(a), cx(b), cy(b))
            out +=
                "<path d=\"M \(svgNumber(x1)) \(svgNumber(y1 - h)) Q \(svgNumber((x1 + x2) / 2)) \(svgNumber(min(y1, y2) - 80)) \(svgNumber(x2)) \(svgNumber(y2 - h))\" fill=\"none\" stroke=\"#888\" stroke-width=\"1\" stroke-dasharray=\"4,4\"/>\n"
        }
        let copied = Set(layout.copies.values)
        for d in drawn {
            let p = d.person
            let x = cx(d.place)
            let y = cy(d.place)
            out += symbolSVG(p, x: x, y: y, h: h, stroke: d.isCopy ? "#888" : "black")
            // Name on one line (shortened to the column), years or age under it.
            var name = p.name.count > nameLimit ? String(p.name.prefix(nameLimit - 1)) + "…" : p.name
            if copied.contains(p.personID) { name += GenogramGlyphs.copyMark }
            let captionTop = rowTopPx[lines.y(d.place.row) + 1]
            out += "<text x=\"\(svgNumber(x))\" y=\"\(svgNumber(captionTop + 12))\" text-anchor=\"middle\">\(xmlEscaped(name))</text>\n"
            if let years = GenogramCaption.years(p, year: year) {
                out +=
                    "<text x=\"\(svgNumber(x))\" y=\"\(svgNumber(captionTop + 26))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#444\">\(years)</text>\n"
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
        let notesTop = top + 24 + Double((legend.count + legendColumns - 1) / legendColumns) * legendRowHeight
        for (i, b) in undrawn.enumerated() {
            let text =
                (language == .nl ? "Niet in de tekening (geen vrije weg): " : "Not drawn (no free way): ")
                + "\(g.person(b.from)?.name ?? "?") – \(g.person(b.to)?.name ?? "?"): \(GenogramLegendItem.bond(b.kind).label(language))"
            out += "<text x=\"\(Int(margin))\" y=\"\(svgNumber(notesTop + Double(i) * 18))\" font-size=\"12\">\(xmlEscaped(text))</text>\n"
        }
        return out + "</svg>\n"
    }

    /// A route's cells reduced to where it turns (its ends included).
    static func corners(_ path: [TerminalUI.Point]) -> [TerminalUI.Point] {
        guard path.count > 2 else { return path }
        var out = [path[0]]
        for i in 1..<(path.count - 1) {
            let a = path[i - 1]
            let b = path[i]
            let c = path[i + 1]
            if (b.x - a.x, b.y - a.y) != (c.x - b.x, c.y - b.y) { out.append(b) }
        }
        out.append(path[path.count - 1])
        return out
    }

    /// `p` moved towards `q` by `d` (at most all the way).
    static func towards(_ p: (Double, Double), _ q: (Double, Double), by d: Double) -> (Double, Double) {
        let length = hypot(q.0 - p.0, q.1 - p.1)
        guard length > 0 else { return p }
        let t = min(1, d / length)
        return (p.0 + (q.0 - p.0) * t, p.1 + (q.1 - p.1) * t)
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

    /// An emotional relation along `points`: double for close, triple for fused, dashed
    /// for distant, zigzag for conflict, zigzag between two lines for hostile, bars for a
    /// cut-off (ringed when repaired), and an arrowhead at the person a concern is about.
    static func bondPath(_ points: [(Double, Double)], kind: EmotionalBond) -> String {
        let pieces = zip(points, points.dropFirst()).map { ($0, $1, hypot($1.0 - $0.0, $1.1 - $0.1)) }
        let length = max(1, pieces.reduce(0) { $0 + $1.2 })
        // The point at a share `t` of the way, and the direction there.
        func at(_ t: Double) -> (Double, Double, Double, Double) {
            var left = max(0, min(1, t)) * length
            for (i, (a, b, l)) in pieces.enumerated() {
                if left <= l || i == pieces.count - 1 {
                    let u = l > 0 ? min(1, left / l) : 0
                    let d = max(l, 0.0001)
                    return (a.0 + (b.0 - a.0) * u, a.1 + (b.1 - a.1) * u, (b.0 - a.0) / d, (b.1 - a.1) / d)
                }
                left -= l
            }
            return (points[0].0, points[0].1, 1, 0)
        }
        let polyline = "M " + points.map { "\(svgNumber($0.0)) \(svgNumber($0.1))" }.joined(separator: " L ")
        let red = "#b00020"
        let green = "#1b6e3a"
        func stroke(_ colour: String, _ width: Double, dash: String? = nil) -> String {
            "<path d=\"\(polyline)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"\(svgNumber(width))\" stroke-linejoin=\"round\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>\n"
        }
        func zigzag(_ colour: String) -> String {
            let n = max(8, Int(length / 10))
            var pts: [String] = []
            for i in 0...n {
                let p = at(Double(i) / Double(n))
                let o = (i == 0 || i == n) ? 0 : (i % 2 == 0 ? 5.0 : -5.0)
                pts.append("\(svgNumber(p.0 - p.3 * o)),\(svgNumber(p.1 + p.2 * o))")
            }
            return "<polyline points=\"\(pts.joined(separator: " "))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.5\"/>\n"
        }
        func bars(_ colour: String) -> String {
            let m = at(0.5)
            let (px, py) = (-m.3 * 9, m.2 * 9)
            return [-3.0, 3.0].map { o in
                "<line x1=\"\(svgNumber(m.0 + m.2 * o - px))\" y1=\"\(svgNumber(m.1 + m.3 * o - py))\" x2=\"\(svgNumber(m.0 + m.2 * o + px))\" y2=\"\(svgNumber(m.1 + m.3 * o + py))\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
            }.joined()
        }
        func arrow(_ colour: String) -> String {
            let q = at(1)
            let (ex, ey) = (q.2, q.3)
            let l = (q.0 - ex * 10 - ey * 5, q.1 - ey * 10 + ex * 5)
            let r = (q.0 - ex * 10 + ey * 5, q.1 - ey * 10 - ex * 5)
            return
                "<polygon points=\"\(svgNumber(q.0)),\(svgNumber(q.1)) \(svgNumber(l.0)),\(svgNumber(l.1)) \(svgNumber(r.0)),\(svgNumber(r.1))\" fill=\"\(colour)\"/>\n"
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
        case .bond(let b): return bondPath([(x, y), (x + 32, y)], kind: b)
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
