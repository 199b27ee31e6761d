import Foundation
import KeukentafelDomain

/// How the worker's words are read as questions, in Dutch and English: whether they are
/// one, open or closed, and which of their words carry content (README: "Practice").
///
/// A reading of the words, not of the intonation or the intent, so it has limits: a
/// question typed without `?` that starts with a verb ("Heb je dat vaker") is not counted,
/// because verbs start commands as often ("Ga zitten"); a polite closed form that asks
/// for a story ("Kun je vertellen hoe…") counts as closed, as trainers point out; a short
/// passed-on question ("En jij?") counts as closed.
public enum QuestionReading {
    /// The form of `text` as a question, or nil when it is not one. `names` are folded
    /// words of the family's names, skipped as a form of address ("Ben, wat vind jij?").
    ///
    /// A question: a sentence ending in `?` (the last such sentence is read), or, without
    /// any `?`, a last sentence that starts with an invitation ("Vertel eens…", "Tell me…")
    /// or, with no end mark at all, with a question word (not an exclamation: "Wat knap").
    /// Open: among the sentence's first three words (names left out), the first that is a
    /// question word or an invitation comes before any verb that starts a closed question.
    /// Closed: such a verb comes first, or neither is there ("Dus het ging goed?").
    public static func form(of text: String, names: Set<String> = []) -> TraineeFigures.Form? {
        let sentences = sentences(text)
        if let asked = sentences.last(where: { $0.end.contains("?") }) {
            return decide(asked.words(names)) ?? .closed
        }
        guard let last = sentences.last, !last.end.contains("!") else { return nil }
        let words = last.words(names)
        guard decide(words) == .open, let first = words.first(where: { openWords.contains($0) || invitations.contains($0) }) else {
            return nil
        }
        if invitations.contains(first) { return .open }
        // Without `?`, a question word counts only in an unfinished sentence that is no exclamation.
        guard last.end.isEmpty, let i = words.firstIndex(of: first) else { return nil }
        return i + 1 < words.count && exclamationWords.contains(words[i + 1]) ? nil : .open
    }

    /// The content words of `text`: folded, each once, in order, without the stop words of
    /// either language and without `names`. A session does not record its language, and
    /// the two lists hardly meet, so both apply to every text.
    public static func contentWords(_ text: String, names: Set<String> = []) -> [String] {
        var seen: Set<String> = []
        return words(text).filter { !stopWords.contains($0) && !names.contains($0) && seen.insert($0).inserted }
    }

    /// Folded words as the session analysis splits them, with `’` read as `'` so that
    /// "what’s" and "what's" are one word.
    public static func words(_ text: String) -> [String] {
        SessionAnalysis.words(text.replacingOccurrences(of: "\u{2019}", with: "'"))
    }

    /// The first deciding word among the first three: open or closed; nil when none decides.
    static func decide(_ words: [String]) -> TraineeFigures.Form? {
        for word in words.prefix(3) {
            if openWords.contains(word) || invitations.contains(word) { return .open }
            if closedStarters.contains(word) { return .closed }
        }
        return nil
    }

    /// A sentence and the marks that ended it (empty for an unfinished last sentence).
    struct Sentence {
        var text: String
        var end: String
        func words(_ names: Set<String>) -> [String] { QuestionReading.words(text).filter { !names.contains($0) } }
    }

    static func sentences(_ text: String) -> [Sentence] {
        let marks: Set<Character> = [".", "!", "?", "\u{2026}", "\u{FF1F}", "\u{FF01}"]
        var out: [Sentence] = []
        var current = Sentence(text: "", end: "")
        for c in text {
            if marks.contains(c) {
                current.end.append(c == "\u{FF1F}" ? "?" : c == "\u{FF01}" ? "!" : c)
            } else {
                if !current.end.isEmpty {
                    out.append(current)
                    current = Sentence(text: "", end: "")
                }
                current.text.append(c)
            }
        }
        if !current.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || !current.end.isEmpty { out.append(current) }
        return out.filter { !QuestionReading.words($0.text).isEmpty }
    }

    /// Question words that open a question: Dutch, then English.
    static let openWords: Set<String> = [
        "wat", "hoe", "wanneer", "wie", "waar", "welke", "welk", "waardoor", "waarom", "waarmee", "waarover", "waaraan",
        "waarin", "waarvan", "waarop", "waarnaar", "waarvoor", "hoeveel", "hoelang", "hoezo", "wiens",
        "what", "how", "when", "who", "whom", "whose", "where", "which", "why",
        "what's", "how's", "who's", "where's", "when's", "why's",
    ]

    /// Words that ask for a story without a question word ("Vertel eens", "Tell me").
    static let invitations: Set<String> = ["vertel", "beschrijf", "tell", "describe"]

    /// Verbs that start a question answered with yes, no or a choice: Dutch, then English.
    static let closedStarters: Set<String> = [
        "is", "ben", "bent", "zijn", "was", "waren", "heb", "hebt", "heeft", "hebben", "had", "hadden",
        "kun", "kunt", "kan", "kunnen", "kon", "konden", "wil", "wilt", "willen", "wilde", "wou",
        "zal", "zult", "zullen", "zou", "zouden", "mag", "mogen", "mocht", "moet", "moeten", "moest",
        "weet", "weten", "wist", "gaat", "ga", "gaan", "ging", "doe", "doet", "doen", "deed",
        "vind", "vindt", "vinden", "vond", "denk", "denkt", "dacht", "klopt", "klopte", "lukt", "lukte",
        "herken", "herkent", "merk", "merkt", "voel", "voelt", "zie", "ziet", "hoor", "hoort", "snap", "snapt",
        "are", "am", "were", "do", "does", "did", "can", "could", "will", "would", "have", "has",
        "should", "shall", "may", "might", "must",
        "isn't", "aren't", "wasn't", "don't", "doesn't", "didn't", "can't", "couldn't", "won't", "wouldn't",
        "haven't", "hasn't", "shouldn't",
    ]

    /// Words after a question word that make an exclamation ("Wat een doorzetter", "What a day").
    static let exclamationWords: Set<String> = [
        "een", "knap", "mooi", "fijn", "goed", "leuk", "sterk", "bijzonder", "lief", "prachtig", "geweldig", "dapper",
        "slim", "tof", "heerlijk", "fantastisch",
        "a", "an", "great", "nice", "lovely", "good", "brave", "kind", "wonderful", "amazing", "clever", "strong",
    ]

    /// Dutch stop words: articles, pronouns, prepositions, small adverbs, auxiliaries and
    /// the verbs of asking, which say nothing of what the family said.
    static let dutchStopWords = Set<String>([
        "de", "het", "een", "en", "of", "maar", "want", "dus", "dan", "als", "dat", "die", "dit", "deze", "daar", "hier", "er",
        "ik", "je", "jij", "jou", "jouw", "u", "uw", "hij", "zij", "ze", "we", "wij", "ons", "onze", "jullie", "hun", "hen",
        "hem", "haar", "mij", "me", "mijn", "m'n", "z'n", "zo'n", "zich", "zelf", "men",
        "in", "op", "aan", "met", "voor", "van", "naar", "bij", "om", "te", "tot", "uit", "over", "onder", "door", "na", "tegen",
        "al", "ook", "nog", "wel", "niet", "geen", "nu", "toen", "zo", "eens", "even", "heel", "erg", "toch", "nou",
        "ja", "nee", "oke", "ok", "hoor", "zeg", "iets", "niets", "alles", "veel", "wordt", "word", "worden", "werd",
        "vertellen", "zeggen", "zegt", "zei", "s", "t", "k", "n", "m",
    ]).union(openWords).union(closedStarters).union(invitations)

    /// English stop words, chosen the same way.
    static let englishStopWords = Set<String>([
        "the", "a", "an", "and", "or", "but", "so", "then", "if", "that", "this", "these", "those", "there", "here", "it", "its",
        "i", "you", "your", "yours", "he", "she", "they", "we", "us", "our", "them", "their", "him", "her", "me", "my",
        "be", "been", "being", "in", "on", "at", "with", "for", "of", "to", "from", "by", "about", "into", "over", "under",
        "after", "before", "up", "out", "not", "no", "yes", "ok", "okay", "well", "just", "also", "too", "very", "really",
        "now", "some", "any", "something", "nothing", "think", "know", "say", "said", "tell",
        "i'm", "you're", "it's", "that's", "we're", "they're", "i've", "you've", "d", "ll", "ve", "re",
    ]).union(openWords).union(closedStarters).union(invitations)

    static let stopWords = dutchStopWords.union(englishStopWords)
}
