import ArgumentParser
import KeukentafelDomain
import Testing

@testable import keukentafel

/// The quick reading of the common command lines (`QuickCommandLine`) against
/// ArgumentParser's: whatever the quick one takes, ArgumentParser takes too, as the same
/// command with the same values; the rest is left to ArgumentParser.
@Suite("Quick command line")
struct QuickCommandLineTests {
    static let words = [
        "families", "--store", "/tmp/kt store", "--practice", "--json", "--lang", "nl", "EN", "de", "--prompts", "org", "--worker",
        "Marieke", "--role", "supervisor", "Trainee", "boss", "--ascii", "--no-color", "--mouse", "--store=/x", "-h", "--help",
        "--version", "demo", "", "-x", "--", "search",
    ]

    /// What ArgumentParser makes of `arguments`, in the quick reading's terms; nil when it
    /// refuses them or makes another command of them.
    static func argumentParser(_ arguments: [String]) -> QuickCommandLine? {
        switch try? Keukentafel.parseAsRoot(arguments) {
        case let command as Keukentafel:
            return .interactive(
                command.common.choices, command.storeOptions.choices, command.workerOptions.choices, command.display.choices)
        case let command as FamiliesCommand:
            return .families(command.storeOptions.choices, json: command.json)
        default:
            return nil
        }
    }

    @Test("random command lines: what the quick reading takes, ArgumentParser reads the same")
    func randomLines() {
        var rng = SplitMix64(seed: 17)
        var taken = 0
        for _ in 0..<3_000 {
            var line: [String] = Bool.random(using: &rng) ? ["families"] : []
            for _ in 0..<Int.random(in: 0...6, using: &rng) { line.append(Self.words.randomElement(using: &rng)!) }
            guard let quick = QuickCommandLine(line) else { continue }
            taken += 1
            #expect(Self.argumentParser(line) == quick, "\(line)")
        }
        // Not a test of nothing: a good share of lines is read quickly.
        #expect(taken > 300, "\(taken) taken")
    }

    @Test(
        "the lines a worker types are read quickly, and as ArgumentParser reads them",
        arguments: [
            [], ["--store", "/s"], ["--lang", "nl", "--ascii"], ["--practice", "--no-color", "--mouse"],
            ["--worker", "Marieke", "--role", "supervisor", "--prompts", "org"], ["families"], ["families", "--json", "--store", "/s"],
            ["families", "--practice"],
        ])
    func common(line: [String]) throws {
        let quick = try #require(QuickCommandLine(line))
        #expect(Self.argumentParser(line) == quick)
    }

    @Test(
        "anything else is left to ArgumentParser",
        arguments: [
            ["--help"], ["--version"], ["-h"], ["--store=/s"], ["--store"], ["--store", "--practice"], ["--lang", "de"],
            ["--role", "boss"], ["--ascii", "--ascii"], ["families", "--lang", "nl"], ["demo"], ["--json"], ["--", "x"],
            ["families", "--store", "/a", "--store", "/b"],
        ])
    func others(line: [String]) {
        #expect(QuickCommandLine(line) == nil)
    }
}
