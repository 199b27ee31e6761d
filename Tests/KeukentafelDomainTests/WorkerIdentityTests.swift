import Foundation
import Testing

@testable import KeukentafelDomain

@Suite("Who is working")
struct WorkerIdentityTests {
    @Test("--worker wins, then the config file, then the login name; the role comes from --role, then the file's, with its name only")
    func order() {
        let config = """
            # Keukentafel
            name: "Fatma Yılmaz"
            role: supervisor
            """
        #expect(
            WorkerIdentity.resolve(option: "Marieke", roleOption: nil, config: config, loginName: "mk")
                == WorkerIdentity(name: "Marieke", role: .worker), "another worker at a shared laptop is not the file's supervisor")
        #expect(
            WorkerIdentity.resolve(option: nil, roleOption: nil, config: config, loginName: "mk")
                == WorkerIdentity(name: "Fatma Yılmaz", role: .supervisor))
        #expect(
            WorkerIdentity.resolve(option: nil, roleOption: .trainee, config: config, loginName: "mk")
                == WorkerIdentity(name: "Fatma Yılmaz", role: .trainee))
        #expect(WorkerIdentity.resolve(option: "  ", roleOption: nil, config: nil, loginName: "mk") == WorkerIdentity(name: "mk"))
        #expect(
            WorkerIdentity.resolve(option: nil, roleOption: nil, config: "role: chef", loginName: nil) == WorkerIdentity(name: "unknown"))
    }

    @Test("the config file: key: value lines, comments and quotes; odd lines are ignored")
    func config() {
        let fields = WorkerIdentity.parseConfig("name: Sanne # my name\nnonsense\nROLE: 'trainee'\n\n: x")
        #expect(fields == ["name": "Sanne", "role": "trainee"])
    }

    @Test("spaces at the ends are trimmed as Foundation's trimming of whitespace does, on random text of every kind of space")
    func trimmedAsFoundation() {
        let pieces = [
            " ", "\t", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2009}", "\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}", "\n", "\r",
            "\u{200B}", "\u{FEFF}", "\u{301}", "e\u{301}", "a", "Zoë", "家", "👍🏽", "\u{85}", "\u{2028}", "x y",
        ]
        // Every scalar up to the ideographic space alone, between letters and at the ends.
        for v in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            for text in ["\(scalar)", "a\(scalar)", "\(scalar)b", "a\(scalar)b"] {
                #expect(trimmedSpaces(text) == text.trimmingCharacters(in: .whitespaces), "U+\(String(v, radix: 16))")
            }
        }
        var random = SplitMix64(seed: 0x7A1)
        for _ in 0..<5_000 {
            let text = (0..<Int(random.next() % 7)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(trimmedSpaces(text) == text.trimmingCharacters(in: .whitespaces), "\(text.unicodeScalars.map { $0.value })")
            #expect(trimmedSpaces(text.dropFirst()) == text.dropFirst().trimmingCharacters(in: .whitespaces))
        }
    }
}
