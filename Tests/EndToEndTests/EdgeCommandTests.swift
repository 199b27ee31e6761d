import Foundation
import Testing
import TestSupport

/// What the binary's edges promise: the prompt folder reader's messages.
@Suite("Edge commands")
struct EdgeCommandTests {
    @Test("a file given as the prompt folder is a clear error")
    func notADirectory() throws {
        let file = PromptCommandTests.fixtures.appendingPathComponent("override/nl/scaling-question.md").path
        let r = try PromptCommandTests.run(["prompts", "check", file])
        #expect(r.status == 2)
        #expect(r.output.contains("\(file): not a directory"), "\(r.output)")
    }
}
