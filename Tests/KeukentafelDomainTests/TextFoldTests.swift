import KeukentafelDomain
import Testing

@Suite("Text fold for matching")
struct TextFoldTests {
    @Test(
        "case and accents fold away",
        arguments: [
            ("Zoë", "zoe"), ("É", "e"), ("Émile", "emile"), ("e\u{301}cht", "echt"), ("ÇA VA", "ca va"), ("İ", "i"),
        ])
    func caseAndAccents(input: String, expected: String) {
        #expect(foldedForMatching(input) == expected)
    }

    @Test(
        "letters without a decomposition are spelled out",
        arguments: [
            ("Straße", "strasse"), ("Æsop", "aesop"), ("Ærø", "aero"), ("Søren", "soren"), ("Łódź", "lodz"),
            ("Đorđe", "dorde"), ("ı", "i"), ("Cœur", "coeur"), ("Œuvre", "oeuvre"), ("Þór", "thor"), ("Ðað", "dad"), ("ĳs", "ijs"),
        ])
    func lettersWithoutDecomposition(input: String, expected: String) {
        #expect(foldedForMatching(input) == expected)
    }

    @Test("plain text, other scripts and emoji stay as they are, apart from case")
    func restStays() {
        #expect(foldedForMatching("Oma Riet") == "oma riet")
        #expect(foldedForMatching("家族 👍🏽") == "家族 👍🏽")
        #expect(foldedForMatching("") == "")
    }

    @Test("a substring folds like the string")
    func substring() {
        let line = "Zoë, dochter van Sandra"
        #expect(foldedForMatching(line.prefix(3)) == "zoe")
    }
}
