import Foundation
import KeukentafelDomain
import PromptLibrary
import ShippedPrompts
import Synchronization
import TestSupport
import Testing

/// How often a fallback ran (a class, so a closure can share it).
private final class Counter: Sendable {
    let value = Mutex(0)
}

/// The compact form the build makes of the shipped catalogue: start-up reads it instead of
/// parsing the files, so it must give exactly what parsing gives, and nothing when damaged.
@Suite("Compact catalogue")
struct CatalogCompactFormTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test("the form embedded at build time reads back as exactly what parsing the shipped files gives")
    func shippedEqualsParsing() throws {
        let parsed = PromptCatalog(shipped: ShippedPrompts.files)
        let compact = try #require(ShippedPrompts.compactCatalog)
        #expect(compact.hasSameContents(as: parsed))
        #expect(ShippedPrompts.catalog.hasSameContents(as: parsed))
        #expect(compact.prompts[.nl]?.map(\.id) == parsed.prompts[.nl]?.map(\.id))
        #expect((compact.prompts[.nl]?.count ?? 0) > 50 && (compact.cases[.en]?.count ?? 0) >= 8)
        #expect(!compact.reviewChecklist.isEmpty && !compact.observerChecklist.isEmpty && !compact.practiceFeedback.isEmpty)
        // Derived lists agree too: the phase lists and the folded search text, made later.
        for language in Language.allCases {
            for phase in Phase.allCases {
                #expect(compact.filter(language, phase: phase) == parsed.filter(language, phase: phase))
            }
            for words in ["schaal", "scale", "wonder", "miracle", "zoe", "kind 10"] {
                #expect(compact.filter(language, words: words) == parsed.filter(language, words: words), "\(words)")
            }
        }
    }

    @Test("a lazy catalogue reads its form on first use, and parses the files only when the form is unreadable")
    func lazyCatalogue() throws {
        let parsed = PromptCatalog(shipped: ShippedPrompts.files)
        let text = try #require(CatalogCompactForm.encode(parsed))
        let fallbacks = Counter()
        let fallback: @Sendable () -> PromptCatalog = {
            fallbacks.value.withLock { $0 += 1 }
            return PromptCatalog(shipped: ShippedPrompts.files)
        }
        let good = CatalogCompactForm.lazyCatalog(text, fallback: fallback)
        #expect(good.hasSameContents(as: parsed))
        #expect(good.filter(.nl, phase: .goals) == parsed.filter(.nl, phase: .goals))
        #expect(fallbacks.value.withLock { $0 } == 0)
        let damaged = CatalogCompactForm.lazyCatalog(String(text.dropLast(10)), fallback: fallback)
        #expect(fallbacks.value.withLock { $0 } == 0, "nothing is read before first use")
        #expect(damaged.hasSameContents(as: parsed))
        _ = damaged.prompts
        #expect(fallbacks.value.withLock { $0 } == 1, "the files are parsed once")
    }

    @Test(
        "every fixture folder laid over the shipped files round-trips, diagnostics and all",
        arguments: ["broken-case", "duplicate-id", "evaluation-settings", "malformed-practice", "malformed-scale", "override"])
    func roundTrip(fixture: String) throws {
        let organisation = try PromptFixtures.read(directory: Self.fixtures.appendingPathComponent(fixture).path)
        let catalog = PromptCatalog(shipped: ShippedPrompts.files, organisation: organisation)
        let text = try #require(CatalogCompactForm.encode(catalog))
        let back = try #require(CatalogCompactForm.decode(text))
        #expect(back.hasSameContents(as: catalog))
        #expect(CatalogCompactForm.encode(back) == text)
    }

    @Test("a fixture with diagnostics keeps them, with their files, lines and severities")
    func diagnosticsKept() throws {
        let organisation = try PromptFixtures.read(directory: Self.fixtures.appendingPathComponent("duplicate-id").path)
        let catalog = PromptCatalog(shipped: ShippedPrompts.files, organisation: organisation)
        #expect(!catalog.diagnostics.isEmpty)
        let back = try #require(CatalogCompactForm.encode(catalog).flatMap(CatalogCompactForm.decode))
        #expect(back.diagnostics == catalog.diagnostics)
    }

    @Test("a text holding the separator is refused by the writer, so the files are parsed instead")
    func separatorRefused() throws {
        let file = PromptFile(
            path: "nl/welcome-extra.md",
            bytes: Array(
                "---\nid: welcome-extra\ntechnique: welcome\nphases: welcome\n---\n# Welkom\n\n## everyone\nHallo \u{1F} daar\n\n## tip\nZeg hallo.\n"
                    .utf8))
        let catalog = PromptCatalog(shipped: ShippedPrompts.files, organisation: [file])
        #expect(catalog.prompt("welcome-extra", .nl)?.wording(for: .everyone).contains("\u{1F}") == true)
        #expect(CatalogCompactForm.encode(catalog) == nil)
    }

    @Test("a damaged form reads as nothing, never as part of a catalogue")
    func damagedRefused() throws {
        let text = try #require(CatalogCompactForm.encode(ShippedPrompts.catalog))
        let fields = text.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
        #expect(CatalogCompactForm.decode("") == nil)
        #expect(CatalogCompactForm.decode(text + "\u{1F}x") == nil, "a field too many")
        #expect(CatalogCompactForm.decode(String(text.dropLast(text.count / 3))) == nil, "cut short")
        for cut in 1...12 { #expect(CatalogCompactForm.decode(String(text.dropLast(cut))) == nil, "cut short by \(cut)") }
        var older = fields
        older[0] = "keukentafel-catalog-0"
        #expect(CatalogCompactForm.decode(older.joined(separator: "\u{1F}")) == nil, "another version")
        // Every cut at a field boundary, and a few counts and names changed, are refused.
        for cut in stride(from: 1, to: fields.count, by: max(1, fields.count / 50)) {
            #expect(CatalogCompactForm.decode(fields.prefix(cut).joined(separator: "\u{1F}")) == nil, "cut at \(cut)")
        }
        for (index, field) in fields.enumerated().filter({ Int($0.element) != nil && $0.offset > 1 }).prefix(40) {
            var changed = fields
            changed[index] = String(Int(field)! + 1)
            let read = CatalogCompactForm.decode(changed.joined(separator: "\u{1F}"))
            // A count one higher or lower shifts every later field; a line number or order may read but differs.
            if let read { #expect(!read.hasSameContents(as: ShippedPrompts.catalog), "field \(index)") }
        }
    }
}
