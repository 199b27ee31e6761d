import Crypto
import Foundation
import _CryptoExtras

/// An encrypted hand-over bundle (`.ktb`): one or more family exports sealed under a
/// passphrase. The layout (all integers big-endian) is
///
///     magic "KTBUNDLE" (8) · version (2) · KDF id (1, 1 = scrypt) · log2 N (1) · r (4) · p (4)
///     · salt (16) · cipher id (1, 1 = ChaCha20-Poly1305) · nonce (12) · plaintext length (8)
///     · ciphertext · tag (16)
///
/// Every header byte is authenticated as associated data, so a changed parameter, salt or
/// length fails like a changed ciphertext byte. Inside: a count (4) and, per family, the
/// export's length (8) and its bytes, exactly as `export --format json` writes them.
public enum SharingBundle {
    public static let magic = Data("KTBUNDLE".utf8)
    /// The one layout this Keukentafel writes and reads.
    public static let version: UInt16 = 1
    public static let fileExtension = "ktb"
    static let saltSize = 16
    static let nonceSize = 12
    static let tagSize = 16
    /// magic, version, KDF id, log2 N, r, p, salt, cipher id, nonce, plaintext length.
    public static let headerSize = 8 + 2 + 1 + 1 + 4 + 4 + saltSize + 1 + nonceSize + 8
    /// A bundle larger than this is refused unread (and never written).
    public static let sizeLimit = 1 << 30
    /// The most memory a bundle's parameters may ask of the reader: a damaged or hostile
    /// header must not make opening it take gigabytes.
    public static let memoryLimit = 512 << 20

    /// The scrypt cost: N = 2^log2N, block size r, parallelism p; memory is 128·N·r·p bytes.
    public struct KDFParameters: Equatable, Sendable {
        public var log2N: UInt8
        public var r: UInt32
        public var p: UInt32

        public init(log2N: UInt8, r: UInt32, p: UInt32) {
            self.log2N = log2N
            self.r = r
            self.p = p
        }

        /// What `share` writes: N = 2^17, r = 8, p = 1, so 128 MiB of memory per guess.
        public static let standard = KDFParameters(log2N: 17, r: 8, p: 1)

        public var memoryBytes: Int { 128 * Int(r) * (1 << Int(log2N)) * Int(p) }

        /// Parameters a reader accepts: scrypt's own bounds and at most `memoryLimit`.
        var isAcceptable: Bool {
            (1...24).contains(log2N) && (1...64).contains(r) && (1...16).contains(p) && memoryBytes <= SharingBundle.memoryLimit
        }
    }

    /// Why a bundle cannot be opened; nothing of it is to be used.
    public enum OpenError: Error, Equatable, Sendable {
        case notABundle
        case unknownVersion(UInt16)
        case unknownAlgorithm
        case unacceptableParameters
        case cutShort(missing: Int)
        case addedTo(extra: Int)
        /// The tag does not match: a wrong passphrase, or any byte changed.
        case wrongPassphraseOrChanged
        case damagedInside
        case tooLarge
    }

    /// Seals `exports` (each a family's JSON export) under `passphrase`.
    public static func seal(_ exports: [Data], passphrase: String, parameters: KDFParameters = .standard) throws -> Data {
        var plaintext = Data()
        append(UInt32(exports.count), to: &plaintext)
        for export in exports {
            append(UInt64(export.count), to: &plaintext)
            plaintext.append(export)
        }
        let salt = Data((0..<saltSize).map { _ in UInt8.random(in: .min ... .max) })
        let nonce = ChaChaPoly.Nonce()
        var header = magic
        append(version, to: &header)
        header.append(1)
        header.append(parameters.log2N)
        append(parameters.r, to: &header)
        append(parameters.p, to: &header)
        header.append(salt)
        header.append(1)
        header.append(contentsOf: Array(nonce))
        append(UInt64(plaintext.count), to: &header)
        let key = try deriveKey(passphrase, salt: salt, parameters: parameters)
        let box = try ChaChaPoly.seal(plaintext, using: key, nonce: nonce, authenticating: header)
        return header + box.ciphertext + box.tag
    }

    /// The header's fields, read without the passphrase.
    struct Header {
        var parameters: KDFParameters
        var salt: Data
        var nonce: Data
        var plaintextLength: Int
        var bytes: Data
    }

    /// Reads and checks the header: what is wrong before any passphrase is tried is said as such.
    static func header(_ file: Data) throws(OpenError) -> Header {
        let bytes = [UInt8](file.prefix(headerSize))
        guard bytes.count >= magic.count, Data(bytes.prefix(magic.count)) == magic else {
            // A prefix of the magic is a bundle cut short within its first bytes.
            if !bytes.isEmpty, magic.starts(with: bytes) { throw .cutShort(missing: headerSize + tagSize - bytes.count) }
            throw .notABundle
        }
        guard bytes.count >= 10 else { throw .cutShort(missing: headerSize + tagSize - bytes.count) }
        let version = UInt16(bytes[8]) << 8 | UInt16(bytes[9])
        guard version == Self.version else { throw .unknownVersion(version) }
        guard bytes.count == headerSize else { throw .cutShort(missing: headerSize + tagSize - bytes.count) }
        guard bytes[10] == 1, bytes[36] == 1 else { throw .unknownAlgorithm }
        let parameters = KDFParameters(log2N: bytes[11], r: uint32(bytes, at: 12), p: uint32(bytes, at: 16))
        guard parameters.isAcceptable else { throw .unacceptableParameters }
        let salt = Data(bytes[20..<(20 + saltSize)])
        let nonce = Data(bytes[37..<(37 + nonceSize)])
        let length = uint64(bytes, at: 49)
        guard length <= UInt64(sizeLimit) else { throw .tooLarge }
        return Header(parameters: parameters, salt: salt, nonce: nonce, plaintextLength: Int(length), bytes: Data(bytes))
    }

    /// Opens a bundle: the exports inside, or why not (nothing partial is ever returned).
    public static func open(_ file: Data, passphrase: String) throws(OpenError) -> [Data] {
        let header = try checked(file)
        let plaintext: Data
        do {
            let key = try deriveKey(passphrase, salt: header.salt, parameters: header.parameters)
            let start = file.startIndex + headerSize
            let box = try ChaChaPoly.SealedBox(
                nonce: ChaChaPoly.Nonce(data: header.nonce),
                ciphertext: file[start..<(start + header.plaintextLength)],
                tag: file[(start + header.plaintextLength)...])
            plaintext = try ChaChaPoly.open(box, using: key, authenticating: header.bytes)
        } catch {
            throw .wrongPassphraseOrChanged
        }
        return try exports(in: plaintext)
    }

    /// Checks what can be checked without the passphrase: the header, the version and the
    /// length, so a file cut short or of a newer version is said before a passphrase is asked.
    public static func check(_ file: Data) throws(OpenError) {
        _ = try checked(file)
    }

    private static func checked(_ file: Data) throws(OpenError) -> Header {
        guard file.count <= sizeLimit + headerSize + tagSize else { throw .tooLarge }
        let header = try header(file)
        let expected = headerSize + header.plaintextLength + tagSize
        if file.count < expected { throw .cutShort(missing: expected - file.count) }
        if file.count > expected { throw .addedTo(extra: file.count - expected) }
        return header
    }

    /// The framed exports; authenticated, so a mismatch means a bug or a forged key, not a typo.
    static func exports(in plaintext: Data) throws(OpenError) -> [Data] {
        let bytes = [UInt8](plaintext)
        guard bytes.count >= 4 else { throw .damagedInside }
        let count = Int(uint32(bytes, at: 0))
        var at = 4
        var out: [Data] = []
        for _ in 0..<count {
            guard at + 8 <= bytes.count else { throw .damagedInside }
            let length = uint64(bytes, at: at)
            at += 8
            guard length <= UInt64(bytes.count - at) else { throw .damagedInside }
            out.append(Data(bytes[at..<(at + Int(length))]))
            at += Int(length)
        }
        guard at == bytes.count else { throw .damagedInside }
        return out
    }

    /// scrypt over the passphrase in Unicode NFC, so the same words typed as composed or
    /// decomposed characters (`ë` or `e` + `¨`) open the same bundle.
    public static func deriveKey(_ passphrase: String, salt: Data, parameters: KDFParameters) throws -> SymmetricKey {
        try KDF.Scrypt.deriveKey(
            from: Data(passphrase.precomposedStringWithCanonicalMapping.utf8), salt: salt, outputByteCount: 32,
            rounds: 1 << Int(parameters.log2N), blockSize: Int(parameters.r), parallelism: Int(parameters.p))
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to data: inout Data) {
        withUnsafeBytes(of: value.bigEndian) { data.append(contentsOf: $0) }
    }

    private static func uint32(_ b: [UInt8], at i: Int) -> UInt32 {
        b[i..<(i + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func uint64(_ b: [UInt8], at i: Int) -> UInt64 {
        b[i..<(i + 8)].reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Whether `head` (a file's first bytes) starts like a bundle.
    public static func looksLikeBundle(_ head: Data) -> Bool { head.starts(with: magic) }
}
