import KeukentafelDomain

/// One question of the library in one language, as a worker sees it.
public struct Prompt: Equatable, Sendable, Identifiable {
    public var id: String
    public var language: Language
    public var technique: Technique
    public var phases: [Phase]
    public var order: Int
    public var title: String
    /// The question per audience; at least one is present.
    public var wordings: [Audience: String]
    public var followUps: [String]
    /// One line for the worker: why and when.
    public var tip: String
    /// What 0 and 10 mean on this prompt's scale, in plain words (`## scale`), if it has one.
    public var anchors: Anchors?
    /// Where it came from (`Prompts/nl/x.md` or an organisation file), for messages.
    public var source: String

    /// The wording for `audience`, falling back to the closest one that exists:
    /// adolescent → parent → everyone, child → everyone, parent → everyone.
    public func wording(for audience: Audience) -> String {
        let chain: [Audience]
        switch audience {
        case .everyone: chain = [.everyone, .parent, .adolescent, .child]
        case .parent: chain = [.parent, .everyone, .adolescent, .child]
        case .adolescent: chain = [.adolescent, .everyone, .parent, .child]
        case .child: chain = [.child, .everyone, .adolescent, .parent]
        }
        for a in chain { if let w = wordings[a] { return w } }
        return ""
    }

    /// The two ends of a 0–10 scale, as the family hears them.
    public struct Anchors: Equatable, Sendable {
        public var zero: String
        public var ten: String
        public init(zero: String, ten: String) {
            self.zero = zero
            self.ten = ten
        }
    }

    /// True when this prompt has its own wording for `audience` (not a fallback).
    public func hasWording(for audience: Audience) -> Bool { wordings[audience] != nil }
}

/// One item of the review checklist: a code an annotation can carry, and its wording.
public struct ReviewChecklistItem: Equatable, Sendable {
    public var code: String
    public var labels: [Language: String]

    public init(code: String, labels: [Language: String]) {
        self.code = code
        self.labels = labels
    }

    public func label(_ language: Language) -> String { labels[language] ?? code }
}

/// A fictional role-play case for trainees, in one language.
public struct RoleCase: Equatable, Sendable, Identifiable {
    /// A person to play, with their role card.
    public struct Member: Equatable, Sendable {
        public var key: String
        public var name: String
        public var role: MemberRole
        public var age: String?
        public var relation: String?
        /// How the player comes across and reacts: what the others may see played.
        public var card: String
        /// What only this player knows and gives away only when asked well (`### hidden`).
        public var hidden: String?
    }

    /// How hard a case is to lead: the order a trainer gives them in.
    public enum Difficulty: Int, CaseIterable, Sendable, Comparable {
        case starter = 1, intermediate, advanced

        public static func < (a: Difficulty, b: Difficulty) -> Bool { a.rawValue < b.rawValue }

        /// The level in words, for lists and printed cards.
        public func label(_ language: Language) -> String {
            switch (self, language) {
            case (.starter, .nl): "instap"
            case (.starter, .en): "starter"
            case (.intermediate, .nl): "gemiddeld"
            case (.intermediate, .en): "intermediate"
            case (.advanced, .nl): "gevorderd"
            case (.advanced, .en): "advanced"
            }
        }
    }

    public var id: String
    public var language: Language
    public var title: String
    /// One line for the list of cases.
    public var summary: String
    public var difficulty: Difficulty
    /// The introduction for the worker: who the family is and why the worker comes.
    public var background: String
    public var members: [Member]
    public var source: String
}

/// A problem found in a prompt file, with its place: `file:line: error: message`.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible, Comparable {
    public enum Severity: String, Sendable { case error, warning }
    public var file: String
    public var line: Int
    public var severity: Severity
    public var message: String

    public init(_ severity: Severity, _ file: String, _ line: Int, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(severity.rawValue): \(message)" }

    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.line, a.message) < (b.file, b.line, b.message)
    }
}

/// The raw bytes of one file and its path relative to the library root (`nl/x.md`).
public struct PromptFile: Sendable, Equatable {
    public var path: String
    public var bytes: [UInt8]
    /// How to name the file in messages (`Prompts/nl/x.md`, `/org/prompts/nl/x.md`).
    public var displayPath: String

    public init(path: String, bytes: [UInt8], displayPath: String? = nil) {
        self.path = path
        self.bytes = bytes
        self.displayPath = displayPath ?? path
    }

    /// What the file holds, from where it lies: `nl/…` and `en/…` prompts,
    /// `cases/nl/…` and `cases/en/…` role-play cases; anything else is not ours.
    public var kind: (isCase: Bool, language: Language)? {
        let parts = path.split(separator: "/").map(String.init)
        guard path.hasSuffix(".md") else { return nil }
        if parts.count == 2, let l = Language(rawValue: parts[0]) { return (false, l) }
        if parts.count == 3, parts[0] == "cases", let l = Language(rawValue: parts[1]) { return (true, l) }
        return nil
    }
}
