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
            let shape = p.gender == .male ? "box" : (p.gender == .female ? "ellipse" : "diamond")
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
                out += "  \(u) -> \(node(l.childID)) [style=\(s)];\n"
            }
        }
        return out + "}\n"
    }

    /// SVG after McGoldrick, laid out by `GenogramLayout`: squares, circles, diamonds;
    /// a double frame for the index child; a cross for the deceased; couple lines with
    /// slashes for separation and divorce; dashed (adopted) and dotted (foster) child lines.
    public static func svg(name: String, _ g: Genogram, year: Int) -> String {
        let layout = GenogramLayout(g)
        let slot = 150.0, rowHeight = 160.0, size = 36.0, margin = 40.0
        let width = Double(max(1, layout.columns)) * slot + 2 * margin
        let height = Double(max(1, layout.rows)) * rowHeight + 2 * margin + 30
        func cx(_ p: GenogramLayout.Place) -> Double { margin + Double(p.column) * slot + slot / 2 }
        func cy(_ p: GenogramLayout.Place) -> Double { margin + 30 + Double(p.row) * rowHeight + size / 2 }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="13">
            <style>text { paint-order: stroke; stroke: white; stroke-width: 3px; }</style>
            <title>\(escapeXML(name))</title>
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(Int(margin))" y="24" font-size="16" font-weight="bold">\(escapeXML(name))</text>

            """
        func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, dash: String? = nil) {
            out += "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"black\" stroke-width=\"1.5\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>\n"
        }
        for c in g.couples {
            let places = c.partners.compactMap { layout.places[$0] }.sorted { $0.column < $1.column }
            let kids = g.childLinks.filter { $0.coupleID == c.coupleID }.compactMap { l in layout.places[l.childID].map { (l, $0) } }
            var midX: Double?, baseY: Double?
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
                    for i in 0..<slashes { let o = Double(i) * 6 - Double(slashes - 1) * 3; line(m + o - 4, y + 7, m + o + 4, y - 7) }
                    if let s = c.startYear { out += "<text x=\"\(f(m))\" y=\"\(f(y - 4))\" text-anchor=\"middle\" font-size=\"10\">\(s)\(c.endYear.map { "–\($0)" } ?? "")</text>\n" }
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
                if top - barY > rowHeight {
                    // Further down than the next row: by the gutter beside the child's column.
                    let gutter = cx(place) + slot / 2, above = top - 14
                    line(cx(place), barY, gutter, barY)
                    line(gutter, barY, gutter, above, dash: dash)
                    line(gutter, above, cx(place), above)
                    line(cx(place), above, cx(place), top, dash: dash)
                } else {
                    line(cx(place), barY, cx(place), top, dash: dash)
                }
            }
        }
        for p in g.persons {
            guard let place = layout.places[p.personID] else { continue }
            let x = cx(place), y = cy(place), h = size / 2
            func shape(_ grow: Double) {
                let r = h + grow
                switch p.gender {
                case .male: out += "<rect x=\"\(f(x - r))\" y=\"\(f(y - r))\" width=\"\(f(2 * r))\" height=\"\(f(2 * r))\" fill=\"white\" stroke=\"black\" stroke-width=\"1.5\"/>\n"
                case .female: out += "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"\(f(r))\" fill=\"white\" stroke=\"black\" stroke-width=\"1.5\"/>\n"
                case .nonBinary, .unknown:
                    out += "<polygon points=\"\(f(x)),\(f(y - r)) \(f(x + r)),\(f(y)) \(f(x)),\(f(y + r)) \(f(x - r)),\(f(y))\" fill=\"white\" stroke=\"black\" stroke-width=\"1.5\"/>\n"
                }
            }
            if p.isIndex { shape(5) }
            shape(0)
            if p.deceased {
                line(x - h, y - h, x + h, y + h)
                line(x - h, y + h, x + h, y - h)
            }
            // Name on one line (shortened to the slot), years or age under it.
            let name = p.name.count > 22 ? String(p.name.prefix(21)) + "…" : p.name
            out += "<text x=\"\(f(x))\" y=\"\(f(y + h + 15))\" text-anchor=\"middle\">\(escapeXML(name))</text>\n"
            if let b = p.birthYear {
                let years = p.deceased ? "\(b)–\(p.deathYear.map(String.init) ?? "")" : "\(b) (\(max(0, year - b)))"
                out += "<text x=\"\(f(x))\" y=\"\(f(y + h + 29))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#444\">\(years)</text>\n"
            }
        }
        return out + "</svg>\n"
    }

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }

    static func escapeXML(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // Control characters are not allowed in XML 1.0.
                if c.value < 0x20 && c != "\n" && c != "\t" { out += " " } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }

    static func escapeDOT(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: " ")
    }
}
