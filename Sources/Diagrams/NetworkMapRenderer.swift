import Foundation
import KeukentafelDomain
import TerminalUI

/// The network map: the family in the centre, rings for close, middle and far, sectors
/// (family, friends and neighbours, school or work, professionals, leisure) around it.
/// Cells are about twice as tall as wide, so the rings are drawn twice as wide as high.
public enum NetworkMapRenderer {
    public static let defaultSectors = ["family", "friends", "school", "professionals", "leisure"]

    /// Short marks for the kinds of support: practical, company, advice, emotional.
    static func marks(_ support: String?) -> String {
        guard let support else { return "" }
        let letters = support.split(separator: ",").compactMap { ["practical": "p", "company": "g", "advice": "a", "emotional": "e"][String($0)] }
        return letters.isEmpty ? "" : " " + letters.joined()
    }

    /// `sectorName` and `centre` give the words in the interface language.
    public static func render(_ contacts: [EventPayload.NetworkContactAdded], in rect: Rect, on canvas: inout Canvas,
                              sectors: [String] = defaultSectors, sectorName: (String) -> String, centre: String) {
        guard rect.width >= 12, rect.height >= 7 else { return }
        let theme = canvas.theme
        let cx = Double(rect.x) + Double(rect.width) / 2, cy = Double(rect.y) + Double(rect.height) / 2
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
        for (s, sector) in sectors.enumerated() {
            for ring in 0..<3 {
                let here = contacts.filter { (sectors.contains($0.sector) ? $0.sector : sectors.last!) == sector && ["close", "middle", "far"][ring] == $0.ring }
                for (i, contact) in here.enumerated() {
                    let spread = (Double(i) + 1) / Double(here.count + 1)
                    let angle = (Double(s) + spread) / Double(n) * 2 * .pi + .pi / 2
                    let r = ring == 0 ? ringRadius[0] * 0.75 : (ringRadius[ring - 1] + ringRadius[ring]) / 2
                    let p = point(angle, r)
                    let label = contact.name.truncated(cells: 10, ellipsis: canvas.glyphs.ellipsis) + marks(contact.attributes["support"])
                    canvas.put(label, at: Point(x: p.x - label.displayWidth / 2, y: p.y), style: theme.normal, clip: rect)
                }
            }
        }
    }
}
