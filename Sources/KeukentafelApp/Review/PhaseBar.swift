import Foundation
import KeukentafelDomain
import TerminalUI

/// The session's phases as one bar across the screen, each as wide as the time spent in
/// it, with a marker under the chosen step.
enum PhaseBar {
    /// A stretch of the session in one phase.
    struct Segment: Equatable {
        var phase: Phase
        var start: Date
        var end: Date
        var duration: TimeInterval { max(0, end.timeIntervalSince(start)) }
    }

    /// The stretches in order, from the steps' phases and times.
    static func segments(_ steps: [ReviewStep]) -> [Segment] {
        var segments: [Segment] = []
        for step in steps {
            if let last = segments.last, last.phase == step.phase {
                segments[segments.count - 1].end = step.time
            } else {
                if !segments.isEmpty { segments[segments.count - 1].end = step.time }
                segments.append(Segment(phase: step.phase, start: step.time, end: step.time))
            }
        }
        return segments
    }

    /// Cell widths for `segments` in `width` cells: proportional to time, at least one
    /// cell each so a short phase still shows, summing to the width.
    static func widths(_ segments: [Segment], width: Int) -> [Int] {
        guard !segments.isEmpty, width >= segments.count else { return segments.map { _ in width > 0 ? 1 : 0 } }
        let total = segments.map(\.duration).reduce(0, +)
        let spare = width - segments.count
        var widths = segments.map { s in 1 + (total > 0 ? Int((s.duration / total * Double(spare)).rounded(.down)) : spare / segments.count)
        }
        // What rounding left goes to the longest stretches.
        var left = width - widths.reduce(0, +)
        for i in segments.indices.sorted(by: { segments[$0].duration > segments[$1].duration }) where left > 0 {
            widths[i] += 1
            left -= 1
        }
        return widths
    }

    static func render(_ state: AppState, _ replay: Replay, _ session: FamilyRecord.Session, in rect: Rect, on canvas: inout Canvas) {
        let theme = canvas.theme
        let segments = segments(replay.steps)
        let widths = widths(segments, width: rect.width)
        let styles = [Style(.reverse, foreground: .cyan), Style(.reverse, foreground: .blue)]
        var x = rect.x
        let chosen = replay.selected?.time
        var marker: Int?
        for (i, segment) in segments.enumerated() {
            let w = widths[i]
            let cell = Rect(x: x, y: rect.y, width: w, height: 1)
            let style = canvas.glyphs.isASCII || theme.focus == theme.normal ? theme.focus : styles[i % 2]
            canvas.fill(cell, style: style)
            let minutes = Int((segment.duration / 60).rounded())
            let name = state.t(.promptBrowserFormat(.phase(segment.phase)))
            let label =
                w >= name.displayWidth + 6 ? "\(name) \(minutes)′" : (w >= name.displayWidth ? name : String(name.prefix(max(0, w - 1))))
            canvas.put(label, at: Point(x: x + max(0, (w - label.displayWidth) / 2), y: rect.y), style: style.with(.bold), clip: cell)
            if let chosen, chosen >= segment.start, chosen <= segment.end || i == segments.count - 1, marker == nil {
                let share = segment.duration > 0 ? chosen.timeIntervalSince(segment.start) / segment.duration : 0
                marker = x + min(w - 1, Int(share * Double(w)))
            }
            x += w
        }
        if let marker, rect.height > 1 {
            canvas.put(canvas.glyphs.isASCII ? "^" : "▲", at: Point(x: marker, y: rect.y + 1), style: theme.accent, clip: rect)
            var status = replay.playing ? state.t(.review(.playing)) + " " + state.t(.reviewFormat(.speed(replay.speed))) : ""
            if status.isEmpty, let step = replay.selected {
                status = state.t(.promptBrowserFormat(.phase(step.phase)))
            }
            let at = marker + 2 + status.displayWidth <= rect.maxX ? marker + 2 : max(rect.x, marker - 1 - status.displayWidth)
            canvas.put(status, at: Point(x: at, y: rect.y + 1), style: theme.muted, clip: rect)
        }
    }
}
