import Foundation
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

/// The search index's fold (SearchIndex.folded) is the app's fold, quick for plain ASCII.
@Suite("Search index fold")
struct SearchIndexFoldTests {
    @Test("every ASCII character, random ASCII texts and texts beyond ASCII fold as foldedForMatching folds them")
    func sameFold() {
        for byte in UInt8(0)...UInt8(127) {
            let s = String(decoding: [byte], as: UTF8.self)
            #expect(SearchIndex.folded(s) == foldedForMatching(s), "\(byte)")
            #expect(Array(SearchIndex.folded(s).utf8) == Array(foldedForMatching(s).utf8), "\(byte), byte for byte")
        }
        var rng = SeededIDs(seed: 31)
        for _ in 0..<2000 {
            let bytes = (0..<Int(rng.nextRandom() % 40)).map { _ in UInt8(rng.nextRandom() % 128) }
            let s = String(decoding: bytes, as: UTF8.self)
            #expect(Array(SearchIndex.folded(s).utf8) == Array(foldedForMatching(s).utf8), "\(bytes)")
        }
        for s in ["Zoë", "Yılmaz", "Małgorzata", "STRASSE Straße", "e\u{301}cht", "家族 👍🏽", "ÆRØ", "", "Mama zegt HET"] {
            #expect(Array(SearchIndex.folded(s).utf8) == Array(foldedForMatching(s).utf8), "\(s)")
        }
    }
}
