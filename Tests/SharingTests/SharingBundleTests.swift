import Foundation
import Testing

@testable import Sharing

/// The bundle format: round trip, and every way a file can be wrong refused whole.
@Suite("Sharing bundle")
struct SharingBundleTests {
    /// Cheap parameters, so every byte of a file can be flipped in a test (the command writes `.standard`).
    static let fast = SharingBundle.KDFParameters(log2N: 10, r: 8, p: 1)
    static let exports = [Data("{\"family\":\"Gezin Yılmaz\"}".utf8), Data("{\"family\":\"Nguyễn Thị Mai\"}".utf8)]

    @Test("what is sealed opens to the same bytes, in order")
    func roundTrip() throws {
        let file = try SharingBundle.seal(Self.exports, passphrase: "kaas en brood op tafel", parameters: Self.fast)
        #expect(try SharingBundle.open(file, passphrase: "kaas en brood op tafel") == Self.exports)
        #expect(file.count == SharingBundle.headerSize + 4 + Self.exports.map { 8 + $0.count }.reduce(0, +) + 16)
    }

    @Test("the passphrase typed composed or decomposed opens the same bundle")
    func normalisedPassphrase() throws {
        let file = try SharingBundle.seal(Self.exports, passphrase: "Zo\u{EB} zingt elke ochtend", parameters: Self.fast)
        #expect(try SharingBundle.open(file, passphrase: "Zoe\u{308} zingt elke ochtend") == Self.exports)
    }

    @Test("the standard parameters ask at least 64 MiB")
    func standardCost() {
        #expect(SharingBundle.KDFParameters.standard.memoryBytes >= 64 << 20)
        #expect(SharingBundle.KDFParameters.standard.isAcceptable)
    }

    @Test("a wrong passphrase is refused")
    func wrongPassphrase() throws {
        let file = try SharingBundle.seal(Self.exports, passphrase: "kaas en brood op tafel", parameters: Self.fast)
        #expect(throws: SharingBundle.OpenError.wrongPassphraseOrChanged) {
            try SharingBundle.open(file, passphrase: "kaas en brood op tafel!")
        }
    }

    @Test("one flipped bit anywhere in the file is refused, whatever byte it is")
    func everyByteFlipped() throws {
        let file = try SharingBundle.seal(Self.exports, passphrase: "kaas en brood op tafel", parameters: Self.fast)
        for i in 0..<file.count {
            var changed = file
            changed[i] ^= 0x01
            #expect(throws: SharingBundle.OpenError.self, "byte \(i)") {
                try SharingBundle.open(changed, passphrase: "kaas en brood op tafel")
            }
        }
    }

    @Test("every length cut short is refused as cut short; bytes added are refused")
    func cutShort() throws {
        let file = try SharingBundle.seal(Self.exports, passphrase: "kaas en brood op tafel", parameters: Self.fast)
        for n in 1..<file.count {
            #expect(throws: SharingBundle.OpenError.self) { try SharingBundle.open(file.prefix(n), passphrase: "kaas en brood op tafel") }
        }
        #expect(throws: SharingBundle.OpenError.cutShort(missing: 1)) { try SharingBundle.check(file.dropLast()) }
        #expect(throws: SharingBundle.OpenError.addedTo(extra: 1)) { try SharingBundle.check(file + Data([0])) }
        #expect(throws: SharingBundle.OpenError.notABundle) { try SharingBundle.check(Data("{\"format\":".utf8)) }
    }

    @Test("an unknown version, an unknown cipher and a header asking too much memory are named")
    func header() throws {
        let file = try SharingBundle.seal(Self.exports, passphrase: "kaas en brood op tafel", parameters: Self.fast)
        var newer = file
        newer[9] = 2
        #expect(throws: SharingBundle.OpenError.unknownVersion(2)) { try SharingBundle.check(newer) }
        var cipher = file
        cipher[36] = 7
        #expect(throws: SharingBundle.OpenError.unknownAlgorithm) { try SharingBundle.check(cipher) }
        var greedy = file
        greedy[11] = 30
        #expect(throws: SharingBundle.OpenError.unacceptableParameters) { try SharingBundle.check(greedy) }
    }

    @Test("the file holds none of the plaintext")
    func noPlaintext() throws {
        let file = try SharingBundle.seal(Self.exports, passphrase: "kaas en brood op tafel", parameters: Self.fast)
        for word in ["Gezin", "family", "Nguy", "Mai"] { #expect(file.range(of: Data(word.utf8)) == nil) }
    }
}
