import Foundation
import TestSupport
import Testing

/// What the binary's edges promise: the prompt folder reader's messages, and no
/// test-only commands in what ships.
@Suite("Edge commands")
struct EdgeCommandTests {
    @Test("a file given as the prompt folder is a clear error")
    func notADirectory() throws {
        let file = PromptCommandTests.fixtures.appendingPathComponent("override/nl/scaling-question.md").path
        let r = try PromptCommandTests.run(["prompts", "check", file])
        #expect(r.status == 2)
        #expect(r.output.contains("\(file): not a directory"), "\(r.output)")
    }

    @Test("the crash test's writer is not a command of the shipped binary")
    func noAppendForever() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kt-edge-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Bounded: were the command still there, it would append forever.
        let r = try Subprocess.run(["timeout", "10", TmuxSession.binary.path, "append-forever", "--store", dir])
        #expect(r.status == 64, "\(r.output)")
        #expect(r.output.contains("append-forever"), "\(r.output)")
    }
}
