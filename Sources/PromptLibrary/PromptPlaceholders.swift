import Foundation

/// The gaps a question may leave for what the screen knows: `{value}` (the speaker's
/// number on the current scale), `{name}` (who is spoken to) and `{goal}` (the family's
/// latest goal). A question never shows a bare "…" for the worker to fill in.
public enum PromptPlaceholder: String, CaseIterable, Sendable {
    case value, name, goal

    /// The placeholders in `text`, in order, with any unknown `{word}` as a string.
    static func tokens(in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    /// `text` with each placeholder replaced: by what is known, else by `fallback`'s
    /// word for it ("cijfer", "het doel"), so the sentence still reads.
    public static func fill(_ text: String, known: [PromptPlaceholder: String], fallback: [PromptPlaceholder: String]) -> String {
        var out = text
        for p in allCases {
            let token = "{" + p.rawValue + "}"
            guard out.contains(token) else { continue }
            out = out.replacingOccurrences(of: token, with: known[p] ?? fallback[p] ?? "")
        }
        return out
    }
}
