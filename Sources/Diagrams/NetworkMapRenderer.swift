import Foundation
import KeukentafelDomain
import TerminalUI

/// The network map: the family in the centre, rings for close, middle and far, sectors
/// (family, friends and neighbours, school or work, professionals, leisure) around it.
/// Cells are about twice as tall as wide, so the rings are drawn twice as wide as high.
public enum NetworkMapRenderer {
    /// Short marks after a name: support letters (practical, company, advice, emotional),
    /// `!` for a stressful tie and an arrow for a one-way one.
    public static func marks(_ c: NetworkContact, ascii: Bool) -> String {
        let letters = c.support.map { ["practical": "p", "company": "g", "advice": "a", "emotional": "e"][$0.rawValue]! }.joined()
        var out = letters.isEmpty ? "" : " " + letters
        if c.stressful { out += "!" }
        if c.oneWay { out += ascii ? ">" : "→" }
        return out
    }

    /// A name that fits `cells`: first words cut to their initial ("b. Kees"), then truncated.
    public static func shortName(_ name: String, cells: Int, ellipsis: String) -> String {
        guard name.displayWidth > cells else { return name }
        var words = name.split(separator: " ").map(String.init)
        for i in words.indices.dropLast() where words.joined(separator: " ").displayWidth > cells {
            words[i] = String(words[i].prefix(1)) + "."
        }
        return words.joined(separator: " ").truncated(cells: cells, ellipsis: ellipsis)
    }

    /// `sectorName` and `centre` give the words in the interface language.
    public static func render(
        _ contacts: [NetworkContact], in rect: Rect, on canvas: inout Canvas,
        sectors: [String] = NetworkContact.defaultSectors, sectorName: (String) -> String, centre: String
    ) {
        guard rect.width >= 12, rect.height >= 7 else { return }
        let theme = canvas.theme
        let cx = Double(rect.x) + Double(rect.width) / 2
        let cy = Double(rect.y) + Double(rect.height) / 2
        // Radii in rows; columns are doubled for the cell shape, and both must fit.
        let outer = min(Double(rect.height) / 2 - 0.5, Double(rect.width) / 4 - 0.5)
        let ringRadius = [outer / 3, 2 * outer / 3, outer]
        func point(_ angle: Double, _ r: Double) -> Point {
            Point(x: Int((cx + cos(angle) * r * 2).rounded()), y: Int((cy - sin(angle) * r).rounded()))
        }
        let dot: Character = canvas.glyphs.isASCII ? "." : "·"
        for r in ringRadius {
            let steps = max(24, Int(r * 16))
            for i in 0..<steps {
                let p = point(Double(i) / Double(steps) * 2 * .pi, r)
                if rect.contains(p) { canvas.set(dot, x: p.x, y: p.y, style: theme.muted) }
            }
        }
        let n = max(1, sectors.count)
        for s in 0..<n {
            let angle = Double(s) / Double(n) * 2 * .pi + .pi / 2
            var r = ringRadius[0] / 2
            while r <= outer {
                let p = point(angle, r)
                if rect.contains(p) { canvas.set(dot, x: p.x, y: p.y, style: theme.muted) }
                r += 0.5
            }
        }
        // Sector names just inside the outer ring, in the middle of their sector.
        for (s, sector) in sectors.enumerated() {
            let angle = (Double(s) + 0.5) / Double(n) * 2 * .pi + .pi / 2
            let p = point(angle, outer * 0.93)
            let label = sectorName(sector).truncated(cells: 12, ellipsis: canvas.glyphs.ellipsis)
            canvas.put(label, at: Point(x: p.x - label.displayWidth / 2, y: p.y), style: theme.muted, clip: rect)
        }
        let c = centre.truncated(cells: max(4, Int(ringRadius[0] * 3)), ellipsis: canvas.glyphs.ellipsis)
        canvas.put(c, at: Point(x: Int(cx) - c.displayWidth / 2, y: Int(cy)), style: theme.heading, clip: rect)
        // Contacts: spread within their sector, at the middle of their ring's band.
        let sectors = sectors.isEmpty ? NetworkContact.defaultSectors : sectors
        for (s, sector) in sectors.enumerated() {
            for (ring, ringKind) in NetworkRing.allCases.enumerated() {
                // A contact in a sector the family no longer uses goes to the last one.
                let here = contacts.filter { (sectors.contains($0.sector) ? $0.sector : sectors.last!) == sector && $0.ring == ringKind }
                for (i, contact) in here.enumerated() {
                    let spread = (Double(i) + 1) / Double(here.count + 1)
                    let angle = (Double(s) + spread) / Double(n) * 2 * .pi + .pi / 2
                    let r = ring == 0 ? ringRadius[0] * 0.75 : (ringRadius[ring - 1] + ringRadius[ring]) / 2
                    let p = point(angle, r)
                    let label =
                        shortName(contact.name, cells: 10, ellipsis: canvas.glyphs.ellipsis) + marks(contact, ascii: canvas.glyphs.isASCII)
                    let at = freeSpot(for: label, near: Point(x: p.x - label.displayWidth / 2, y: p.y), in: rect, on: canvas, dot: dot)
                    canvas.put(label, at: at, style: contact.stressful ? theme.warning : theme.normal, clip: rect)
                }
            }
        }
    }

    /// The row nearest `point` where `label` covers no other words (ring dots may go), so
    /// names and sector labels do not run into each other.
    static func freeSpot(for label: String, near point: Point, in rect: Rect, on canvas: Canvas, dot: Character) -> Point {
        let width = label.displayWidth + 2  // a space either side
        for dy in [0, 1, -1, 2, -2] {
            let y = point.y + dy
            guard y >= rect.y, y < rect.maxY else { continue }
            let free = (point.x - 1..<point.x - 1 + width).allSatisfy { x in
                !rect.contains(Point(x: x, y: y)) || [" ", dot].contains(canvas[x, y].grapheme)
            }
            if free { return Point(x: point.x, y: y) }
        }
        return point
    }
}
