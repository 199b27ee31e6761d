import Foundation
import KeukentafelDomain

/// Reads one prompt or case file (the format in `Prompts/FORMAT.md`) and reports every
/// problem with its line number. Pure: bytes in, values and diagnostics out.
public enum PromptParser {
    /// A `## name` section: its name, the line it starts on, and its text lines.
    struct Section {
        var name: String
        var argument: String
        var line: Int
        var lines: [(number: Int, text: String)] = []
        var text: String { trimmedBlock(lines.map(\.text)) }
    }

    /// A file split into header, title and sections.
    struct Document {
        var header: [String: (value: String, line: Int)] = [:]
        var headerEnd = 1
        var title: (text: String, line: Int)?
        var sections: [Section] = []
    }

    public static func parsePrompt(_ file: PromptFile, language: Language) -> (Prompt?, [Diagnostic]) {
        var diags: [Diagnostic] = []
        guard let doc = split(file, &diags) else { return (nil, diags) }
        let f = file.displayPath
        func error(_ line: Int, _ message: String) { diags.append(Diagnostic(.error, f, line, message)) }

        let id = requiredID(doc, file, &diags)
        var technique: Technique?
        if let t = doc.header["technique"] {
            technique = Technique(rawValue: t.value)
            if technique == nil {
                error(t.line, "unknown technique '\(t.value)'; known: \(Technique.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        } else {
            error(doc.headerEnd, "missing required field 'technique'")
        }
        var phases: [Phase] = []
        if let p = doc.header["phases"] {
            for name in p.value.split(separator: ",").map({ $0.trimmingSpaces }) where !name.isEmpty {
                if let phase = Phase(rawValue: name) {
                    phases.append(phase)
                } else {
                    error(p.line, "unknown phase '\(name)'; known: \(Phase.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            if phases.isEmpty && !p.value.contains(where: { $0 != " " && $0 != "," }) { error(p.line, "'phases' is empty") }
        } else {
            error(doc.headerEnd, "missing required field 'phases'")
        }
        var order = 100
        if let o = doc.header["order"] {
            if let n = Int(o.value) { order = n } else { error(o.line, "'order' must be a whole number, not '\(o.value)'") }
        }
        for (key, entry) in doc.header where !["id", "technique", "phases", "order"].contains(key) {
            diags.append(Diagnostic(.warning, f, entry.line, "unknown header field '\(key)' is ignored"))
        }
        if doc.title == nil { error(doc.headerEnd + 1, "missing required title line ('# Title')") }

        var wordings: [Audience: String] = [:]
        var followUps: [String] = []
        var tip: String?
        var anchors: Prompt.Anchors?
        var seen: Set<String> = []
        for s in doc.sections {
            if !seen.insert(s.name).inserted {
                error(s.line, "section '\(s.name)' appears twice")
                continue
            }
            if let audience = Audience(rawValue: s.name) {
                if s.text.isEmpty { error(s.line, "section '\(s.name)' is empty") } else { wordings[audience] = s.text }
            } else if s.name == "follow-ups" {
                for l in s.lines where !l.text.trimmingSpaces.isEmpty {
                    let t = l.text.trimmingSpaces
                    if t.hasPrefix("- ") || t.hasPrefix("* ") {
                        followUps.append(String(t.dropFirst(2)).trimmingSpaces)
                    } else if let last = followUps.indices.last {
                        followUps[last] += " " + t  // a follow-up wrapped onto the next line
                    } else {
                        error(l.number, "a follow-up starts with '- '")
                    }
                }
            } else if s.name == "scale" {
                anchors = parseAnchors(s, f, &diags)
            } else if s.name == "tip" {
                let lines = s.lines.filter { !$0.text.trimmingSpaces.isEmpty }
                if lines.isEmpty {
                    error(s.line, "section 'tip' is empty")
                } else {
                    tip = lines.map { $0.text.trimmingSpaces }.joined(separator: " ")
                    if lines.count > 1 {
                        diags.append(Diagnostic(.warning, f, lines[1].number, "a tip is one line; the lines are joined"))
                    }
                }
            } else {
                error(
                    s.line,
                    "unknown audience '\(s.name)'; sections are \(Audience.allCases.map(\.rawValue).joined(separator: ", ")), follow-ups, scale and tip"
                )
            }
        }
        // Only the placeholders the screen can fill; anything else would show as written.
        for s in doc.sections where Audience(rawValue: s.name) != nil || s.name == "follow-ups" {
            for l in s.lines {
                for token in PromptPlaceholder.tokens(in: l.text) where PromptPlaceholder(rawValue: token) == nil {
                    error(
                        l.number,
                        "unknown placeholder '{\(token)}'; known: \(PromptPlaceholder.allCases.map { "{\($0.rawValue)}" }.joined(separator: ", "))"
                    )
                }
            }
        }
        if wordings.isEmpty && !doc.sections.contains(where: { Audience(rawValue: $0.name) != nil }) {
            error(
                doc.title?.line ?? doc.headerEnd,
                "missing required field: at least one audience section (## everyone, ## parent, ## child or ## adolescent)")
        }
        if tip == nil && !seen.contains("tip") { error(doc.title?.line ?? doc.headerEnd, "missing required field 'tip' (## tip)") }

        guard !diags.contains(where: { $0.severity == .error }), let id, let technique, let title = doc.title, let tip else {
            return (nil, diags)
        }
        return (
            Prompt(
                id: id, language: language, technique: technique, phases: phases, order: order,
                title: title.text, wordings: wordings, followUps: followUps, tip: tip, anchors: anchors, source: f), diags
        )
    }

    /// `## scale`: exactly two lines, `0: …` and `10: …`, saying what the ends mean.
    private static func parseAnchors(_ s: Section, _ f: String, _ diags: inout [Diagnostic]) -> Prompt.Anchors? {
        var ends: [String: String] = [:]
        var ok = true
        for l in s.lines where !l.text.trimmingSpaces.isEmpty {
            let t = l.text.trimmingSpaces
            let parts = t.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces }
            guard parts.count == 2, parts[0] == "0" || parts[0] == "10", !parts[1].isEmpty, ends[parts[0]] == nil else {
                diags.append(Diagnostic(.error, f, l.number, "section 'scale' holds two lines, '0: …' and '10: …', not '\(t)'"))
                ok = false
                continue
            }
            ends[parts[0]] = parts[1]
        }
        guard ok else { return nil }
        guard let zero = ends["0"], let ten = ends["10"] else {
            diags.append(Diagnostic(.error, f, s.line, "section 'scale' needs both lines, '0: …' and '10: …'"))
            return nil
        }
        return Prompt.Anchors(zero: zero, ten: ten)
    }

    /// The organisation's evaluation settings (`evaluation.md` at the top of a prompt
    /// folder): a header with `low-score: N`, the rating at or below which the worker is told.
    public static func parseEvaluationSettings(_ file: PromptFile) -> (lowScore: Int?, diagnostics: [Diagnostic]) {
        var diags: [Diagnostic] = []
        guard let doc = split(file, &diags) else { return (nil, diags) }
        let f = file.displayPath
        for (key, entry) in doc.header where key != "low-score" {
            diags.append(Diagnostic(.warning, f, entry.line, "unknown header field '\(key)' is ignored"))
        }
        guard let low = doc.header["low-score"] else {
            diags.append(Diagnostic(.error, f, doc.headerEnd, "missing required field 'low-score'"))
            return (nil, diags)
        }
        guard let n = Int(low.value), (0...10).contains(n) else {
            diags.append(Diagnostic(.error, f, low.line, "'low-score' must be a whole number from 0 to 10, not '\(low.value)'"))
            return (nil, diags)
        }
        return (n, diags)
    }

    /// The review checklist (`review-checklist.md` at the top of a prompt folder): a header
    /// with `kind: checklist`, then one `## code` section per item with an `nl:` and an `en:` line.
    public static func parseReviewChecklist(_ file: PromptFile) -> (items: [ReviewChecklistItem]?, diagnostics: [Diagnostic]) {
        var diags: [Diagnostic] = []
        guard let doc = split(file, &diags) else { return (nil, diags) }
        let f = file.displayPath
        func error(_ line: Int, _ message: String) { diags.append(Diagnostic(.error, f, line, message)) }
        if let k = doc.header["kind"] {
            if k.value != "checklist" { error(k.line, "the review checklist has 'kind: checklist', not '\(k.value)'") }
        } else {
            error(doc.headerEnd, "missing required field 'kind' (kind: checklist)")
        }
        var items: [ReviewChecklistItem] = []
        for s in doc.sections {
            guard isValidID(s.name), s.argument.isEmpty else {
                error(s.line, "a checklist code is lowercase letters, digits and '-', not '\(s.name) \(s.argument)'")
                continue
            }
            if items.contains(where: { $0.code == s.name }) { error(s.line, "code '\(s.name)' appears twice") }
            var labels: [Language: String] = [:]
            for l in s.lines where !l.text.trimmingSpaces.isEmpty {
                let parts = l.text.split(separator: ":", maxSplits: 1).map { String($0).trimmingSpaces }
                guard parts.count == 2, let language = Language(rawValue: parts[0]), !parts[1].isEmpty else {
                    error(l.number, "a checklist line is 'nl: …' or 'en: …', not '\(l.text.trimmingSpaces)'")
                    continue
                }
                labels[language] = parts[1]
            }
            for language in Language.allCases where labels[language] == nil {
                error(s.line, "code '\(s.name)' has no '\(language.rawValue): …' line")
            }
            if labels.count == Language.allCases.count { items.append(ReviewChecklistItem(code: s.name, labels: labels)) }
        }
        if doc.sections.isEmpty { error(doc.headerEnd, "the checklist has no items ('## code' sections)") }
        return (diags.contains { $0.severity == .error } ? nil : items, diags)
    }

    /// A role-play case: header with `kind: case`, `summary` and `difficulty`, a title, one
    /// `## background` and two or more `## member <key>` sections, each with an optional
    /// `### hidden` block for what only that player knows.
    public static func parseCase(_ file: PromptFile, language: Language) -> (RoleCase?, [Diagnostic]) {
        var diags: [Diagnostic] = []
        guard let doc = split(file, &diags) else { return (nil, diags) }
        let f = file.displayPath
        func error(_ line: Int, _ message: String) { diags.append(Diagnostic(.error, f, line, message)) }
        let id = requiredID(doc, file, &diags)
        if let k = doc.header["kind"] {
            if k.value != "case" { error(k.line, "a file in cases/ has 'kind: case', not '\(k.value)'") }
        } else {
            error(doc.headerEnd, "missing required field 'kind' (kind: case)")
        }
        var summary: String?
        if let s = doc.header["summary"] {
            if s.value.isEmpty {
                error(s.line, "'summary' is empty; it is the one line shown in the list of cases")
            } else {
                summary = s.value
                if s.value.count > Self.summaryLimit {
                    diags.append(
                        Diagnostic(
                            .warning, f, s.line,
                            "'summary' has \(s.value.count) characters; keep it to \(Self.summaryLimit) so the list stays readable"))
                }
            }
        } else {
            error(doc.headerEnd, "missing required field 'summary' (one line for the list of cases)")
        }
        var difficulty: RoleCase.Difficulty?
        if let d = doc.header["difficulty"] {
            difficulty = Int(d.value).flatMap(RoleCase.Difficulty.init(rawValue:))
            if difficulty == nil {
                error(d.line, "'difficulty' is 1 (starter), 2 (intermediate) or 3 (advanced), not '\(d.value)'")
            }
        } else {
            error(doc.headerEnd, "missing required field 'difficulty' (1, 2 or 3)")
        }
        for (key, entry) in doc.header where !["id", "kind", "summary", "difficulty"].contains(key) {
            diags.append(Diagnostic(.warning, f, entry.line, "unknown header field '\(key)' is ignored"))
        }
        if doc.title == nil { error(doc.headerEnd + 1, "missing required title line ('# Title')") }
        var background: String?
        var members: [RoleCase.Member] = []
        for s in doc.sections {
            switch s.name {
            case "background":
                if background != nil { error(s.line, "section 'background' appears twice") }
                background = s.text
                if s.text.isEmpty { error(s.line, "section 'background' is empty") }
                // The worker reads the background, so a secret there would be no secret.
                for l in s.lines where subheading(l.text) != nil {
                    error(l.number, "a '### \(subheading(l.text)!)' block belongs in a '## member <key>' section")
                }
            case "member":
                if let m = parseMember(s, f, &diags) {
                    if members.contains(where: { $0.key == m.key }) { error(s.line, "member '\(m.key)' appears twice") }
                    members.append(m)
                }
            default:
                error(s.line, "unknown section '\(s.name)' in a case; sections are background and member <key>")
            }
        }
        if background == nil { error(doc.title?.line ?? doc.headerEnd, "missing required field 'background' (## background)") }
        if members.count < 2 && !diags.contains(where: { $0.message.hasPrefix("member") }) {
            error(doc.title?.line ?? doc.headerEnd, "a case needs at least two '## member <key>' sections")
        }
        guard !diags.contains(where: { $0.severity == .error }), let id, let title = doc.title, let background, let summary,
            let difficulty
        else {
            return (nil, diags)
        }
        return (
            RoleCase(
                id: id, language: language, title: title.text, summary: summary, difficulty: difficulty, background: background,
                members: members, source: f),
            diags
        )
    }

    /// Longer summaries wrap in an 80-column list.
    static let summaryLimit = 100

    /// The one sub-heading a member section knows; the same word in every language, like section names.
    static let hiddenMarker = "hidden"

    /// The word of a `### word` line, or nil for any other line.
    private static func subheading(_ line: String) -> String? {
        guard line.hasPrefix("### ") else { return nil }
        return line.dropFirst(4).trimmingSpaces.lowercased()
    }

    private static func parseMember(_ s: Section, _ f: String, _ diags: inout [Diagnostic]) -> RoleCase.Member? {
        let key = s.argument
        guard !key.isEmpty, isValidID(key) else {
            diags.append(
                Diagnostic(.error, f, s.line, "a member section is '## member <key>' with a key of lowercase letters, digits and '-'"))
            return nil
        }
        let known = ["name", "role", "age", "relation"]
        var fields: [String: (String, Int)] = [:]
        var cardLines: [String] = []
        var hiddenLines: [String]?
        var hiddenLine = 0
        var inFields = true
        var ok = true
        for l in s.lines {
            if let word = subheading(l.text) {
                inFields = false
                if word != hiddenMarker {
                    diags.append(
                        Diagnostic(
                            .error, f, l.number, "member '\(key)': unknown sub-heading '### \(word)'; the one sub-heading is '### hidden'"))
                    ok = false
                } else if hiddenLines != nil {
                    diags.append(Diagnostic(.error, f, l.number, "member '\(key)': '### hidden' appears twice"))
                    ok = false
                } else {
                    hiddenLines = []
                    hiddenLine = l.number
                }
                continue
            }
            if hiddenLines != nil {
                hiddenLines!.append(l.text)
                continue
            }
            if inFields {
                if l.text.trimmingSpaces.isEmpty {
                    if !fields.isEmpty { inFields = false }
                    continue
                }
                if let colon = l.text.firstIndex(of: ":"), !l.text[..<colon].contains(" ") {
                    let name = String(l.text[..<colon]).lowercased()
                    if !known.contains(name) {
                        diags.append(
                            Diagnostic(
                                .warning, f, l.number,
                                "member '\(key)': unknown field '\(name)' is ignored; fields are \(known.joined(separator: ", "))"))
                    }
                    fields[name] = (String(l.text[l.text.index(after: colon)...]).trimmingSpaces, l.number)
                    continue
                }
                inFields = false
            }
            cardLines.append(l.text)
        }
        let name = fields["name"]?.0 ?? ""
        if name.isEmpty {
            diags.append(Diagnostic(.error, f, fields["name"]?.1 ?? s.line, "member '\(key)': missing required field 'name'"))
            ok = false
        }
        var role: MemberRole?
        if let r = fields["role"] {
            role = MemberRole(rawValue: r.0)
            if role == nil {
                diags.append(
                    Diagnostic(
                        .error, f, r.1,
                        "member '\(key)': unknown role '\(r.0)'; known: \(MemberRole.allCases.map(\.rawValue).joined(separator: ", "))"))
                ok = false
            }
        } else {
            diags.append(Diagnostic(.error, f, s.line, "member '\(key)': missing required field 'role'"))
            ok = false
        }
        let card = trimmedBlock(cardLines)
        if card.isEmpty {
            diags.append(Diagnostic(.error, f, s.line, "member '\(key)': the role card text is missing"))
            ok = false
        }
        let hidden = hiddenLines.map(trimmedBlock)
        if hidden?.isEmpty == true {
            diags.append(Diagnostic(.error, f, hiddenLine, "member '\(key)': the '### hidden' block is empty"))
            ok = false
        }
        guard ok, let role else { return nil }
        return RoleCase.Member(
            key: key, name: name, role: role, age: fields["age"]?.0, relation: fields["relation"]?.0, card: card, hidden: hidden)
    }

    // MARK: Splitting

    /// Checks the bytes are UTF-8 and splits the file into its parts.
    static func split(_ file: PromptFile, _ diags: inout [Diagnostic]) -> Document? {
        let f = file.displayPath
        guard let text = decodeUTF8(file.bytes, file: f, &diags) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        lines = stripComments(lines)
        var doc = Document()
        var i = 0
        while i < lines.count && lines[i].trimmingSpaces.isEmpty { i += 1 }
        guard i < lines.count, lines[i].trimmingSpaces == "---" else {
            diags.append(
                Diagnostic(
                    .error, f, min(i, max(0, lines.count - 1)) + 1,
                    "missing header: the file starts with a line '---', then 'id: …' lines, then '---'"))
            return nil
        }
        i += 1
        var closed = false
        while i < lines.count {
            let line = lines[i]
            if line.trimmingSpaces == "---" {
                closed = true
                i += 1
                break
            }
            if !line.trimmingSpaces.isEmpty {
                if let colon = line.firstIndex(of: ":") {
                    let key = String(line[..<colon]).trimmingSpaces.lowercased()
                    let value = String(line[line.index(after: colon)...]).trimmingSpaces
                    if doc.header[key] != nil {
                        diags.append(Diagnostic(.error, f, i + 1, "header field '\(key)' appears twice"))
                    }
                    doc.header[key] = (value, i + 1)
                } else {
                    diags.append(Diagnostic(.error, f, i + 1, "a header line is 'key: value', not '\(line.trimmingSpaces)'"))
                }
            }
            i += 1
        }
        guard closed else {
            diags.append(Diagnostic(.error, f, lines.count, "the header is not closed with a line '---'"))
            return nil
        }
        doc.headerEnd = i
        var current: Section?
        while i < lines.count {
            let line = lines[i]
            let n = i + 1
            if line.hasPrefix("## ") {
                if let c = current { doc.sections.append(c) }
                let words = line.dropFirst(3).trimmingSpaces.split(separator: " ", maxSplits: 1).map(String.init)
                current = Section(name: (words.first ?? "").lowercased(), argument: words.count > 1 ? words[1].trimmingSpaces : "", line: n)
            } else if line.hasPrefix("# ") && current == nil && doc.title == nil {
                doc.title = (String(line.dropFirst(2)).trimmingSpaces, n)
            } else if current != nil {
                current!.lines.append((n, line))
            } else if !line.trimmingSpaces.isEmpty {
                diags.append(Diagnostic(.error, f, n, "text before the first '## section' belongs in a section"))
            }
            i += 1
        }
        if let c = current { doc.sections.append(c) }
        return doc
    }

    private static func requiredID(_ doc: Document, _ file: PromptFile, _ diags: inout [Diagnostic]) -> String? {
        let f = file.displayPath
        guard let id = doc.header["id"] else {
            diags.append(Diagnostic(.error, f, doc.headerEnd, "missing required field 'id'"))
            return nil
        }
        guard isValidID(id.value) else {
            diags.append(Diagnostic(.error, f, id.line, "id '\(id.value)' may hold only lowercase letters, digits and '-'"))
            return nil
        }
        let base = file.path.split(separator: "/").last.map { String($0.dropLast(3)) } ?? ""
        if base != id.value {
            diags.append(Diagnostic(.warning, f, id.line, "id '\(id.value)' differs from the file name '\(base).md'"))
        }
        return id.value
    }

    static func isValidID(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Decodes strict UTF-8; on failure reports the line of the first bad byte.
    static func decodeUTF8(_ bytes: [UInt8], file: String, _ diags: inout [Diagnostic]) -> String? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var decoder = UTF8()
        var iterator = body.makeIterator()
        var offset = body.startIndex
        var scalars = String.UnicodeScalarView()
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                scalars.append(s)
                consumed += UTF8.width(s)
            case .emptyInput:
                return String(scalars)
            case .error:
                offset = body.startIndex + consumed
                let line = bytes[..<offset].filter { $0 == 0x0A }.count + 1
                let byte = offset < bytes.endIndex ? bytes[offset] : 0
                diags.append(
                    Diagnostic(
                        .error, file, line, "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); save the file as UTF-8"))
                return nil
            }
        }
    }

    /// Removes `<!-- … -->` comments, keeping line numbers.
    static func stripComments(_ lines: [String]) -> [String] {
        var out: [String] = []
        var inComment = false
        for line in lines {
            var result = ""
            var rest = Substring(line)
            while !rest.isEmpty {
                if inComment {
                    if let end = rest.range(of: "-->") {
                        rest = rest[end.upperBound...]
                        inComment = false
                    } else {
                        rest = ""
                    }
                } else if let start = rest.range(of: "<!--") {
                    result += rest[..<start.lowerBound]
                    rest = rest[start.upperBound...]
                    inComment = true
                } else {
                    result += rest
                    rest = ""
                }
            }
            out.append(result)
        }
        return out
    }
}

/// Joins lines, dropping leading and trailing empty ones and trailing spaces.
func trimmedBlock(_ lines: [String]) -> String {
    var ls = lines.map { l -> String in
        var t = l
        while t.last == " " || t.last == "\t" { t.removeLast() }
        return t
    }
    while ls.first?.isEmpty == true { ls.removeFirst() }
    while ls.last?.isEmpty == true { ls.removeLast() }
    return ls.joined(separator: "\n")
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
