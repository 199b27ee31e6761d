import KeukentafelDomain
import Testing

@testable import PromptLibrary
@testable import ShippedPrompts

@Suite("Review checklist")
struct ReviewChecklistTests {
    static func file(_ text: String) -> PromptFile {
        PromptFile(path: PromptCatalog.reviewChecklistPath, bytes: Array(text.utf8), displayPath: "org/review-checklist.md")
    }

    @Test("the shipped checklist loads: codes in order, each in Dutch and English, no problems")
    func shipped() {
        let catalog = PromptCatalog(shipped: ShippedPrompts.files)
        #expect(catalog.reviewChecklist.count >= 8)
        #expect(catalog.reviewChecklist.first?.code == "scale-no-competence")
        for item in catalog.reviewChecklist {
            #expect(item.label(.nl) != item.label(.en))
        }
        #expect(!catalog.diagnostics.contains { $0.file.contains("review-checklist") })
    }

    @Test("an organisation's checklist replaces the shipped one; a broken one is reported and the shipped one stays")
    func organisation() {
        let own = Self.file("---\nkind: checklist\n---\n## warm-welcome\nnl: Warm welkom\nen: Warm welcome\n")
        let catalog = PromptCatalog(shipped: ShippedPrompts.files, organisation: [own])
        #expect(catalog.reviewChecklist.map(\.code) == ["warm-welcome"])
        let broken = Self.file("---\nkind: checklist\n---\n## Warm Welcome\nnl: Warm welkom\n## no-english\nnl: alleen Nederlands\n")
        let kept = PromptCatalog(shipped: ShippedPrompts.files, organisation: [broken])
        #expect(kept.reviewChecklist.first?.code == "scale-no-competence")
        let messages = kept.errors.map(\.description)
        #expect(messages.contains { $0.hasPrefix("org/review-checklist.md:4: error:") })
        #expect(messages.contains { $0.contains("code 'no-english' has no 'en: …' line") })
    }
}
