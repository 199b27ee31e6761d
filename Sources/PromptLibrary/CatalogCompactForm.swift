import KeukentafelDomain

/// A parsed catalogue as one flat text: `PromptEmbedder` writes it at build time from the
/// shipped files, and start-up reads it back instead of parsing some 200 files (which took
/// most of the time to the first frame).
///
/// Fields are separated by U+001F (the unit separator), which no prompt text holds: the
/// writer refuses a catalogue with one, and the reader refuses anything it does not read
/// exactly, so its caller parses the files instead.
public enum CatalogCompactForm {
    /// The first field: the form's version, so a stale form is never misread.
    static let magic = "keukentafel-catalog-1"
    static let separator: Unicode.Scalar = "\u{1F}"
    /// The last field, so a form cut short inside its last text is not read as whole.
    static let end = "end"

    /// The catalogue's contents as compact text, or nil when a text holds the separator.
    public static func encode(_ catalog: PromptCatalog) -> String? {
        var w = Writer()
        let c = catalog.contents
        w.string(magic)
        w.int(c.evaluationLowScore)
        w.list(c.reviewChecklist) { w, item in
            w.string(item.code)
            w.byLanguage(item.labels)
        }
        w.list(c.observerChecklist) { w, item in
            w.string(item.id)
            w.byLanguage(item.wording)
            w.list(item.levels.sorted { $0.key < $1.key }) { w, level in
                w.int(level.key)
                w.byLanguage(level.value)
            }
            w.optional(item.figure?.rawValue)
        }
        w.list(c.practiceFeedback) { w, t in
            w.string(t.figure.rawValue)
            w.int(t.fair)
            w.int(t.good)
        }
        w.list(c.diagnostics) { w, d in
            w.string(d.severity.rawValue)
            w.string(d.file)
            w.int(d.line)
            w.string(d.message)
        }
        w.list(c.prompts.sorted { $0.key.rawValue < $1.key.rawValue }) { w, entry in
            w.string(entry.key.rawValue)
            w.list(entry.value) { w, p in w.prompt(p) }
        }
        w.list(c.cases.sorted { $0.key.rawValue < $1.key.rawValue }) { w, entry in
            w.string(entry.key.rawValue)
            w.list(entry.value) { w, c in w.roleCase(c) }
        }
        w.string(end)
        return w.refused ? nil : w.text
    }

    /// The catalogue `encode` wrote, or nil when `text` is not exactly such a form.
    public static func decode(_ text: String) -> PromptCatalog? {
        contents(text).map(PromptCatalog.init)
    }

    /// The catalogue `text` holds, read on its first use; when `text` is not exactly such a
    /// form, `fallback` (parsing the files) gives it instead.
    public static func lazyCatalog(_ text: String, fallback: @escaping @Sendable () -> PromptCatalog) -> PromptCatalog {
        PromptCatalog(lazily: { contents(text) ?? fallback().contents })
    }

    private static func contents(_ text: String) -> PromptCatalog.Contents? {
        var r = Reader(text)
        guard let contents = try? r.contents(), (try? r.string()) == end, r.atEnd else { return nil }
        return contents
    }

    private struct Writer {
        var text = ""
        var first = true
        var refused = false

        mutating func string(_ s: String) {
            if s.unicodeScalars.contains(CatalogCompactForm.separator) { refused = true }
            if !first { text.unicodeScalars.append(CatalogCompactForm.separator) }
            first = false
            text += s
        }

        mutating func int(_ n: Int) { string(String(n)) }

        /// A marker field, then the value when there is one.
        mutating func optional(_ s: String?) {
            if let s {
                string("+")
                string(s)
            } else {
                string("-")
            }
        }

        mutating func list<T>(_ items: [T], _ each: (inout Writer, T) -> Void) {
            int(items.count)
            for item in items { each(&self, item) }
        }

        mutating func byLanguage(_ texts: [Language: String]) {
            list(texts.sorted { $0.key.rawValue < $1.key.rawValue }) { w, entry in
                w.string(entry.key.rawValue)
                w.string(entry.value)
            }
        }

        mutating func prompt(_ p: Prompt) {
            string(p.id)
            string(p.language.rawValue)
            string(p.technique.rawValue)
            list(p.phases) { w, phase in w.string(phase.rawValue) }
            int(p.order)
            string(p.title)
            list(p.wordings.sorted { $0.key.rawValue < $1.key.rawValue }) { w, entry in
                w.string(entry.key.rawValue)
                w.string(entry.value)
            }
            list(p.followUps) { w, f in w.string(f) }
            string(p.tip)
            optional(p.anchors?.zero)
            optional(p.anchors?.ten)
            string(p.source)
        }

        mutating func roleCase(_ c: RoleCase) {
            string(c.id)
            string(c.language.rawValue)
            string(c.title)
            string(c.summary)
            int(c.difficulty.rawValue)
            string(c.background)
            list(c.members) { w, m in
                w.string(m.key)
                w.string(m.name)
                w.string(m.role.rawValue)
                w.optional(m.age)
                w.optional(m.relation)
                w.string(m.card)
                w.optional(m.hidden)
            }
            string(c.source)
        }
    }

    private struct Unreadable: Error {}

    private struct Reader {
        /// The form's UTF-8 bytes, read field by field: scanning bytes for the separator and
        /// decoding each field once is far cheaper than splitting the text into substrings.
        private let bytes: [UInt8]
        private var at = 0
        private var done = false

        init(_ text: String) { bytes = Array(text.utf8) }

        var atEnd: Bool { done }

        mutating func string() throws -> String {
            guard !done else { throw Unreadable() }
            let end = bytes[at...].firstIndex(of: UInt8(CatalogCompactForm.separator.value)) ?? bytes.endIndex
            defer {
                at = end + 1
                done = end == bytes.endIndex
            }
            return String(decoding: bytes[at..<end], as: UTF8.self)
        }

        mutating func int() throws -> Int {
            guard let n = Int(try string()) else { throw Unreadable() }
            return n
        }

        mutating func count() throws -> Int {
            let n = try int()
            // Every item takes at least one field of at least a separator.
            guard n >= 0, n <= bytes.count - at else { throw Unreadable() }
            return n
        }

        mutating func value<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
            guard let v = T(rawValue: try string()) else { throw Unreadable() }
            return v
        }

        mutating func optional() throws -> String? {
            switch try string() {
            case "+": return try string()
            case "-": return nil
            default: throw Unreadable()
            }
        }

        mutating func list<T>(_ each: (inout Reader) throws -> T) throws -> [T] {
            let n = try count()
            var out: [T] = []
            out.reserveCapacity(n)
            for _ in 0..<n { out.append(try each(&self)) }
            return out
        }

        mutating func byLanguage() throws -> [Language: String] {
            var out: [Language: String] = [:]
            for (language, text) in try list({ r in (try r.value(Language.self), try r.string()) }) {
                guard out.updateValue(text, forKey: language) == nil else { throw Unreadable() }
            }
            return out
        }

        mutating func contents() throws -> PromptCatalog.Contents {
            guard try string() == CatalogCompactForm.magic else { throw Unreadable() }
            let lowScore = try int()
            let review = try list { r in ReviewChecklistItem(code: try r.string(), labels: try r.byLanguage()) }
            let observer = try list { r in
                let id = try r.string()
                let wording = try r.byLanguage()
                var levels: [Int: [Language: String]] = [:]
                for (score, texts) in try r.list({ r in (try r.int(), try r.byLanguage()) }) {
                    guard levels.updateValue(texts, forKey: score) == nil else { throw Unreadable() }
                }
                let figure = try r.optional().map { raw in
                    guard let f = PracticeFigure(rawValue: raw) else { throw Unreadable() }
                    return f
                }
                return ObserverChecklistItem(id: id, wording: wording, levels: levels, figure: figure)
            }
            let feedback = try list { r in
                PracticeThreshold(figure: try r.value(PracticeFigure.self), fair: try r.int(), good: try r.int())
            }
            let diagnostics = try list { r in
                let severity = try r.value(Diagnostic.Severity.self)
                return Diagnostic(severity, try r.string(), try r.int(), try r.string())
            }
            var prompts: [Language: [Prompt]] = [:]
            for (language, entries) in try list({ r in (try r.value(Language.self), try r.list { r in try r.prompt() }) }) {
                guard prompts.updateValue(entries, forKey: language) == nil else { throw Unreadable() }
            }
            var cases: [Language: [RoleCase]] = [:]
            for (language, entries) in try list({ r in (try r.value(Language.self), try r.list { r in try r.roleCase() }) }) {
                guard cases.updateValue(entries, forKey: language) == nil else { throw Unreadable() }
            }
            return PromptCatalog.Contents(
                prompts: prompts, cases: cases, evaluationLowScore: lowScore, reviewChecklist: review, observerChecklist: observer,
                practiceFeedback: feedback, diagnostics: diagnostics)
        }

        mutating func prompt() throws -> Prompt {
            let id = try string()
            let language = try value(Language.self)
            let technique = try value(Technique.self)
            let phases = try list { r in try r.value(Phase.self) }
            let order = try int()
            let title = try string()
            var wordings: [Audience: String] = [:]
            for (audience, text) in try list({ r in (try r.value(Audience.self), try r.string()) }) {
                guard wordings.updateValue(text, forKey: audience) == nil else { throw Unreadable() }
            }
            let followUps = try list { r in try r.string() }
            let tip = try string()
            let zero = try optional()
            let ten = try optional()
            guard (zero == nil) == (ten == nil) else { throw Unreadable() }
            let anchors = zero.flatMap { zero in ten.map { Prompt.Anchors(zero: zero, ten: $0) } }
            return Prompt(
                id: id, language: language, technique: technique, phases: phases, order: order, title: title, wordings: wordings,
                followUps: followUps, tip: tip, anchors: anchors, source: try string())
        }

        mutating func roleCase() throws -> RoleCase {
            let id = try string()
            let language = try value(Language.self)
            let title = try string()
            let summary = try string()
            guard let difficulty = RoleCase.Difficulty(rawValue: try int()) else { throw Unreadable() }
            let background = try string()
            let members = try list { r in
                RoleCase.Member(
                    key: try r.string(), name: try r.string(), role: try r.value(MemberRole.self), age: try r.optional(),
                    relation: try r.optional(), card: try r.string(), hidden: try r.optional())
            }
            return RoleCase(
                id: id, language: language, title: title, summary: summary, difficulty: difficulty, background: background,
                members: members, source: try string())
        }
    }
}
