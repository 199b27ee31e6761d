import Crypto
import Foundation
import KeukentafelDomain
import KeukentafelStore
import Sharing

/// What a bundle costs: the key derivation at the parameters `share` writes (and 2^16 for
/// comparison), ChaCha20-Poly1305 throughput, and sealing and opening a demo family's bundle.
func sharingBenchmarks(quick: Bool) throws {
    header("Sharing: scrypt key derivation (once per share and per import)", nameWidth: 52)
    let salt = Data(repeating: 7, count: 16)
    for (name, p) in [
        ("scrypt N=2^17 r=8 p=1, 128 MiB (share writes this)", SharingBundle.KDFParameters.standard),
        ("scrypt N=2^16 r=8 p=1, 64 MiB (the floor)", SharingBundle.KDFParameters(log2N: 16, r: 8, p: 1)),
    ] {
        let samples = try (0..<(quick ? 2 : 5)).map { _ in
            try clock { _ = try SharingBundle.deriveKey("kaas en brood op de keukentafel", salt: salt, parameters: p) }
        }
        row(name, samples, nameWidth: 52)
    }

    header("Sharing: ChaCha20-Poly1305 on 64 MiB (MB/s = 67.1 / seconds)", nameWidth: 52)
    let plaintext = Data((0..<(64 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    let key = SymmetricKey(size: .bits256)
    var sealed: ChaChaPoly.SealedBox?
    let sealTimes = try (0..<(quick ? 2 : 5)).map { _ in try clock { sealed = try ChaChaPoly.seal(plaintext, using: key) } }
    row("seal 64 MiB", sealTimes, nameWidth: 52)
    let openTimes = try (0..<(quick ? 2 : 5)).map { _ in try clock { _ = try ChaChaPoly.open(sealed!, using: key) } }
    row("open 64 MiB", openTimes, nameWidth: 52)
    for (name, times) in [("seal", sealTimes), ("open", openTimes)] {
        let mbps = Double(plaintext.count) / 1e6 / (percentile(times, 0.5) / 1000)
        print("  \(name): \(String(format: "%.0f", mbps)) MB/s")
    }

    header("Sharing: a demo family's bundle, whole (key derivation included)", nameWidth: 52)
    let events = DemoFamily.events(now: Date(), worker: "bench", seed: 3)
    let export = try FamilyExport.encode(family: events[0].familyID, events: events)
    var bundle = Data()
    let whole = try (0..<(quick ? 2 : 3)).map { _ in
        try clock { bundle = try SharingBundle.seal([export, export], passphrase: "kaas en brood op de keukentafel") }
    }
    row("seal two families (\(2 * export.count / 1024) KiB)", whole, nameWidth: 52)
    let opened = try (0..<(quick ? 2 : 3)).map { _ in
        try clock { _ = try SharingBundle.open(bundle, passphrase: "kaas en brood op de keukentafel") }
    }
    row("open them", opened, nameWidth: 52)
}
