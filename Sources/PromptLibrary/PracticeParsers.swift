import KeukentafelDomain

extension PromptParser {
    /// The observer checklist (`observer-checklist.md` at the top of a prompt folder): a
    /// header with `kind: observer-checklist`, then one `## id` section per item with
    /// `nl:`, `en:`, `0 nl:` … `2 en:` lines and optionally `figure:`. An indented line
    /// continues the line above it.
    public static func parseObserverChecklist(_ file: PromptFile) -> (items: [ObserverChecklistItem]?, diagnostics: [Diagnostic]) {
        var diags: [Diagnostic] = []
        guard let doc = split(file, &diags) else { return (nil, diags) }
        let f = file.displayPath
        func error(_ line: Int, _ message: String) { diags.append(Diagnostic(.error, f, line, message)) }
        if let k = doc.header["kind"] {
            if k.value != "observer-checklist" { error(k.line, "the observer checklist has 'kind: observer-checklist', not '\(k.value)'") }
        } else {
            error(doc.headerEnd, "missing required field 'kind' (kind: observer-checklist)")
        }
        for (key, entry) in doc.header where key != "kind" {
            diags.append(Diagnostic(.warning, f, entry.line, "unknown header field '\(key)' is ignored"))
        }
        // Every text an item needs, in the order the messages name them.
        let textKeys =
            Language.allCases.map(\.rawValue)
            + ObserverChecklistItem.scores.flatMap { s in Language.allCases.map { "\(s) \($0.rawValue)" } }
        var items: [ObserverChecklistItem] = []
        var seen: Set<String> = []
        for s in doc.sections {
            guard isValidID(s.name), s.argument.isEmpty else {
                error(s.line, "an observer item id is lowercase letters, digits and '-', not '\(s.name) \(s.argument)'")
                continue
            }
            if !seen.insert(s.name).inserted { error(s.line, "item '\(s.name)' appears twice") }
            var values: [String: String] = [:]
            var figure: PracticeFigure?
            var last: String?
            var ok = true
            for l in s.lines where !l.text.trimmingSpaces.isEmpty {
                // A wrapped description: indented, it belongs to the line above.
                if l.text.first == " " || l.text.first == "\t", let key = last {
                    values[key, default: ""] += " " + l.text.trimmingSpaces
                    continue
                }
                let parts = l.text.split(separator: ":", maxSplits: 1).map { String($0).trimmingSpaces }
                let key = parts.first.map { $0.split(separator: " ").joined(separator: " ").lowercased() } ?? ""
                guard parts.count == 2, textKeys.contains(key) || key == "figure", !parts[1].isEmpty else {
                    error(
                        l.number,
                        "an observer item line is 'nl: …', 'en: …', '0 nl: …' to '2 en: …' or 'figure: …', not '\(l.text.trimmingSpaces)'")
                    ok = false
                    last = nil
                    continue
                }
                if values[key] != nil || (key == "figure" && figure != nil) {
                    error(l.number, "item '\(s.name)' has '\(key):' twice")
                    ok = false
                }
                last = nil
                if key == "figure" {
                    figure = PracticeFigure(rawValue: parts[1])
                    if figure == nil {
                        error(
                            l.number,
                            "unknown figure '\(parts[1])'; known: \(PracticeFigure.allCases.map(\.rawValue).joined(separator: ", "))")
                        ok = false
                    }
                } else {
                    values[key] = parts[1]
                    last = key
                }
            }
            let missing = textKeys.filter { values[$0] == nil }
            if !missing.isEmpty {
                error(s.line, "item '\(s.name)' has no \(missing.map { "'\($0): …'" }.joined(separator: ", ")) line")
                ok = false
            }
            guard ok else { continue }
            // Every text key is there (checked above); `?? ""` only keeps a file from crashing the program.
            let wording = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, values[$0.rawValue] ?? "") })
            let levels = Dictionary(
                uniqueKeysWithValues: ObserverChecklistItem.scores.map { score in
                    (score, Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, values["\(score) \($0.rawValue)"] ?? "") }))
                })
            items.append(ObserverChecklistItem(id: s.name, wording: wording, levels: levels, figure: figure))
        }
        if doc.sections.isEmpty { error(doc.headerEnd, "the observer checklist has no items ('## id' sections)") }
        return (diags.contains { $0.severity == .error } ? nil : items, diags)
    }

    /// The feedback levels for practice (`practice-feedback.md` at the top of a prompt
    /// folder): a header with one `figure: fair N, good M` line per figure, in the order
    /// feedback breaks ties. A figure left out gets no feedback.
    public static func parsePracticeFeedback(_ file: PromptFile) -> (thresholds: [PracticeThreshold]?, diagnostics: [Diagnostic]) {
        var diags: [Diagnostic] = []
        guard let doc = split(file, &diags) else { return (nil, diags) }
        let f = file.displayPath
        func error(_ line: Int, _ message: String) { diags.append(Diagnostic(.error, f, line, message)) }
        for s in doc.sections {
            error(s.line, "practice-feedback.md holds only its header of 'figure: fair N, good M' lines, not the section '\(s.name)'")
        }
        var thresholds: [PracticeThreshold] = []
        for (key, entry) in doc.header.sorted(by: { $0.value.line < $1.value.line }) {
            guard let figure = PracticeFigure(rawValue: key) else {
                error(entry.line, "unknown figure '\(key)'; known: \(PracticeFigure.allCases.map(\.rawValue).joined(separator: ", "))")
                continue
            }
            if let t = parseLevels(figure, entry.value, entry.line, f, &diags) { thresholds.append(t) }
        }
        if doc.header.isEmpty {
            diags.append(Diagnostic(.warning, f, doc.headerEnd, "no feedback levels: practice feedback shows only the observer's scores"))
        }
        return (diags.contains { $0.severity == .error } ? nil : thresholds, diags)
    }

    /// `fair N, good M` (either order; `%` allowed after a percentage).
    private static func parseLevels(
        _ figure: PracticeFigure, _ value: String, _ line: Int, _ f: String, _ diags: inout [Diagnostic]
    ) -> PracticeThreshold? {
        let name = figure.rawValue
        let unit = figure.unit == .percent ? "a percentage from 0 to 100" : "a whole number from 0 up"
        var levels: [String: Int] = [:]
        for part in value.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingSpaces }) {
            let words = part.split(separator: " ").map(String.init)
            var number = words.count == 2 ? words[1] : ""
            if figure.unit == .percent && number.hasSuffix("%") { number.removeLast() }
            guard words.count == 2, ["fair", "good"].contains(words[0]), levels[words[0]] == nil else {
                diags.append(Diagnostic(.error, f, line, "'\(name)' is 'fair N, good M', not '\(value)'"))
                return nil
            }
            guard let n = Int(number), n >= 0, figure.unit == .count || n <= 100 else {
                diags.append(Diagnostic(.error, f, line, "'\(name)': \(words[0]) is \(unit), not '\(words[1])'"))
                return nil
            }
            levels[words[0]] = n
        }
        guard let fair = levels["fair"], let good = levels["good"] else {
            diags.append(Diagnostic(.error, f, line, "'\(name)' is 'fair N, good M', not '\(value)'"))
            return nil
        }
        guard fair <= good else {
            diags.append(Diagnostic(.error, f, line, "'\(name)': fair (\(fair)) is above good (\(good))"))
            return nil
        }
        return PracticeThreshold(figure: figure, fair: fair, good: good)
    }
}
