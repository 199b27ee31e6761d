import Foundation
import KeukentafelDomain
import Synchronization

/// The loaded question library: shipped prompts with an organisation's files laid over
/// them by id, plus the role-play cases and every problem found while loading.
///
/// A class so that app state can hold it and compare it by identity, cheaply.
public final class PromptCatalog: Sendable, Equatable {
    public var prompts: [Language: [Prompt]] { contents.prompts }
    public var cases: [Language: [RoleCase]] { contents.cases }
    /// A rating at or below this is flagged to the worker after the session (`evaluation.md`).
    public var evaluationLowScore: Int { contents.evaluationLowScore }
    /// Used when no `evaluation.md` gives a valid `low-score`.
    public static let defaultEvaluationLowScore = 5
    /// Codes for annotations in review (`review-checklist.md`), in file order.
    public var reviewChecklist: [ReviewChecklistItem] { contents.reviewChecklist }
    /// Items an observer scores 0–2 in a practice round (`observer-checklist.md`), in file order.
    public var observerChecklist: [ObserverChecklistItem] { contents.observerChecklist }
    /// Fair and good levels per practice figure (`practice-feedback.md`), in file order.
    public var practiceFeedback: [PracticeThreshold] { contents.practiceFeedback }
    /// Problems in the files, sorted by file and line.
    public var diagnostics: [Diagnostic] { contents.diagnostics }
    /// What the catalogue holds, made on first use by `make` for a lazy one: the home
    /// screen shows no prompt, so the first frame need not read them.
    private let made: Mutex<Contents?>
    private let make: @Sendable () -> Contents
    /// Each prompt's words folded for matching, made on the first search: folding every
    /// prompt took a tenth of start-up, and only the library's search reads it.
    private let searchText = Mutex<[Language: [String: String]]?>(nil)
    /// The prompts of each language and phase, filtered once: the live screen asks on
    /// every keystroke which card is on screen (the catalogue never changes once loaded).
    private let phaseLists = Mutex<[String: [Prompt]]>([:])

    public static func == (a: PromptCatalog, b: PromptCatalog) -> Bool { a === b }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// What a catalogue holds, however it was made: parsed from files, or read back from
    /// the compact form the build made of the shipped files (`CatalogCompactForm`).
    struct Contents: Equatable {
        var prompts: [Language: [Prompt]]
        var cases: [Language: [RoleCase]]
        var evaluationLowScore: Int
        var reviewChecklist: [ReviewChecklistItem]
        var observerChecklist: [ObserverChecklistItem]
        var practiceFeedback: [PracticeThreshold]
        var diagnostics: [Diagnostic]
    }

    init(_ contents: Contents) {
        made = Mutex(contents)
        make = { contents }
    }

    /// A catalogue whose contents `make` gives on first use (once, whichever thread asks first).
    init(lazily make: @escaping @Sendable () -> Contents) {
        made = Mutex(nil)
        self.make = make
    }

    var contents: Contents {
        made.withLock { made in
            if let made { return made }
            let contents = make()
            made = contents
            return contents
        }
    }

    /// True when both hold the same prompts, cases, settings and diagnostics (`==` compares identity).
    public func hasSameContents(as other: PromptCatalog) -> Bool { contents == other.contents }

    /// Builds the catalogue. A file with errors is left out (the shipped version of the
    /// same id, if any, stays); the errors are kept in `diagnostics`.
    public convenience init(shipped: [PromptFile], organisation: [PromptFile] = []) {
        var diags: [Diagnostic] = []
        var byID: [Language: [String: Prompt]] = [:]
        var casesByID: [Language: [String: RoleCase]] = [:]
        var caseFiles: [Language: [String: PromptFile]] = [:]
        // Ids of files left out for errors: their counterparts are not reported missing too.
        var broken: Set<String> = []
        var lowScore = Self.defaultEvaluationLowScore
        var checklist: [ReviewChecklistItem] = []
        var observerItems: [ObserverChecklistItem] = []
        var thresholds: [PracticeThreshold] = []
        for files in [shipped, organisation] {
            // An organisation's checklist replaces the shipped one as a whole.
            for file in files where file.path == Self.reviewChecklistPath {
                let (items, d) = PromptParser.parseReviewChecklist(file)
                diags += d
                if let items { checklist = items }
            }
            // Practice files replace the shipped ones as a whole, like the review checklist.
            for file in files where file.path == Self.observerChecklistPath {
                let (items, d) = PromptParser.parseObserverChecklist(file)
                diags += d
                if let items { observerItems = items }
            }
            for file in files where file.path == Self.practiceFeedbackPath {
                let (levels, d) = PromptParser.parsePracticeFeedback(file)
                diags += d
                if let levels { thresholds = levels }
            }
            // The settings file lies beside nl/ and en/; an organisation's replaces the shipped one.
            for file in files where file.path == Self.evaluationSettingsPath {
                let (low, d) = PromptParser.parseEvaluationSettings(file)
                diags += d
                if let low { lowScore = low }
            }
            var seenInLayer: [Language: [String: String]] = [:]
            var seenCases: [Language: [String: String]] = [:]
            for file in files.sorted(by: { $0.path < $1.path }) {
                guard let kind = file.kind else { continue }
                if kind.isCase {
                    let (c, d) = PromptParser.parseCase(file, language: kind.language)
                    diags += d
                    guard let c else {
                        Self.headerID(file).map { _ = broken.insert($0) }
                        continue
                    }
                    if let other = seenCases[kind.language]?[c.id] {
                        diags.append(Diagnostic(.error, file.displayPath, 2, "duplicate id '\(c.id)': also in \(other)"))
                        continue
                    }
                    seenCases[kind.language, default: [:]][c.id] = file.displayPath
                    casesByID[kind.language, default: [:]][c.id] = c
                    caseFiles[kind.language, default: [:]][c.id] = file
                } else {
                    let (p, d) = PromptParser.parsePrompt(file, language: kind.language)
                    diags += d
                    guard let p else {
                        Self.headerID(file).map { _ = broken.insert($0) }
                        continue
                    }
                    if let other = seenInLayer[kind.language]?[p.id] {
                        diags.append(Diagnostic(.error, file.displayPath, Self.idLine(file), "duplicate id '\(p.id)': also in \(other)"))
                        continue
                    }
                    seenInLayer[kind.language, default: [:]][p.id] = file.displayPath
                    byID[kind.language, default: [:]][p.id] = p
                }
            }
        }
        // Every id must exist in both languages once the layers are merged.
        let allIDs = Set(Language.allCases.flatMap { byID[$0].map { Array($0.keys) } ?? [] })
        for id in allIDs.subtracting(broken).sorted() {
            for language in Language.allCases where byID[language]?[id] == nil {
                guard let present = Language.allCases.compactMap({ byID[$0]?[id] }).first else { continue }
                diags.append(
                    Diagnostic(
                        .error, present.source, 2,
                        "missing language counterpart: no \(language.rawValue)/\(id).md for '\(id)'"))
            }
        }
        let caseIDs = Set(Language.allCases.flatMap { casesByID[$0].map { Array($0.keys) } ?? [] })
        for id in caseIDs.subtracting(broken).sorted() {
            let versions = Language.allCases.compactMap { casesByID[$0]?[id] }
            for language in Language.allCases where casesByID[language]?[id] == nil {
                diags.append(
                    Diagnostic(
                        .error, versions[0].source, 2,
                        "missing language counterpart: no cases/\(language.rawValue)/\(id).md for '\(id)'"))
            }
            if versions.count == 2 && Set(versions[0].members.map(\.key)) != Set(versions[1].members.map(\.key)) {
                diags.append(
                    Diagnostic(
                        .error, versions[1].source, 1,
                        "members differ between languages: \(versions[0].members.map(\.key).sorted()) and \(versions[1].members.map(\.key).sorted())"
                    ))
            }
            // One level per case, so a trainer's order holds in either language.
            if versions.count == 2 && versions[0].difficulty != versions[1].difficulty {
                let line = caseFiles[versions[1].language]?[id].map { Self.headerLine($0, "difficulty") } ?? 1
                diags.append(
                    Diagnostic(
                        .error, versions[1].source, line,
                        "difficulty differs between languages: \(versions[1].difficulty.rawValue) here, \(versions[0].difficulty.rawValue) in \(versions[0].source)"
                    ))
            }
        }
        self.init(
            Contents(
                prompts: byID.mapValues { $0.values.sorted(by: Self.displayOrder) },
                cases: casesByID.mapValues { $0.values.sorted { $0.id < $1.id } }, evaluationLowScore: lowScore,
                reviewChecklist: checklist, observerChecklist: observerItems, practiceFeedback: thresholds,
                diagnostics: diags.sorted()))
    }

    /// The folded words of every prompt, by language and id (see `searchText`).
    private func foldedTexts() -> [Language: [String: String]] {
        if let texts = searchText.withLock({ $0 }) { return texts }
        let texts = prompts.mapValues { list in
            Dictionary(
                uniqueKeysWithValues: list.map { p in
                    let all = [p.id, p.title, p.technique.rawValue, p.tip] + Array(p.wordings.values) + p.followUps
                    return (p.id, foldedForMatching(all.joined(separator: " ")))
                })
        }
        searchText.withLock { $0 = texts }
        return texts
    }

    /// Where the evaluation settings lie in a prompt folder.
    public static let evaluationSettingsPath = "evaluation.md"
    /// Where the review checklist lies in a prompt folder.
    public static let reviewChecklistPath = "review-checklist.md"
    /// Where the observer checklist for practice lies in a prompt folder.
    public static let observerChecklistPath = "observer-checklist.md"
    /// Where the feedback levels for practice lie in a prompt folder.
    public static let practiceFeedbackPath = "practice-feedback.md"
    /// The files beside `nl/` and `en/` that are not prompts but settings and lists.
    public static let settingsPaths: Set<String> = [
        evaluationSettingsPath, reviewChecklistPath, observerChecklistPath, practiceFeedbackPath,
    ]

    static func displayOrder(_ a: Prompt, _ b: Prompt) -> Bool {
        let pa = a.phases.min() ?? .closing
        let pb = b.phases.min() ?? .closing
        return (Phase.allCases.firstIndex(of: pa)!, a.order, a.id) < (Phase.allCases.firstIndex(of: pb)!, b.order, b.id)
    }

    /// The `id:` of a file, read leniently (for files that failed to parse).
    private static func headerID(_ file: PromptFile) -> String? {
        let text = String(decoding: file.bytes, as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix("id:") {
            return line.dropFirst(3).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    private static func idLine(_ file: PromptFile) -> Int { headerLine(file, "id") }

    /// The line of a header field, read leniently (for messages about a file that parsed).
    private static func headerLine(_ file: PromptFile, _ key: String) -> Int {
        let text = String(decoding: file.bytes, as: UTF8.self)
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix(key + ":") {
            return i + 1
        }
        return 1
    }

    /// One role-play case by id.
    public func roleCase(_ id: String, _ language: Language) -> RoleCase? {
        cases[language]?.first { $0.id == id }
    }

    /// One prompt by id.
    public func prompt(_ id: String, _ language: Language) -> Prompt? {
        prompts[language]?.first { $0.id == id }
    }

    /// Prompts in a language, filtered by phase, by audience (only those with their own
    /// wording for it) and by words (every word must occur, accents and case ignored).
    public func filter(_ language: Language, phase: Phase? = nil, audience: Audience? = nil, words: String = "") -> [Prompt] {
        if let phase, words.isEmpty, audience == nil || audience == .everyone {
            let key = language.rawValue + "/" + phase.rawValue
            if let list = phaseLists.withLock({ $0[key] }) { return list }
            let list = (prompts[language] ?? []).filter { $0.phases.contains(phase) }
            phaseLists.withLock { $0[key] = list }
            return list
        }
        let terms = foldedForMatching(words).split(separator: " ").map(String.init)
        let texts = terms.isEmpty ? [:] : foldedTexts()[language] ?? [:]
        return (prompts[language] ?? []).filter { p in
            if let phase, !p.phases.contains(phase) { return false }
            if let audience, audience != .everyone, !p.hasWording(for: audience) { return false }
            guard !terms.isEmpty else { return true }
            let text = texts[p.id] ?? ""
            return terms.allSatisfy { text.contains($0) }
        }
    }
}
