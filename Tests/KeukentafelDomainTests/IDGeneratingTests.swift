import Foundation
import KeukentafelDomain
import Testing

@Suite("Id generators")
struct IDGeneratingTests {
    func take(_ n: Int, from ids: inout some IDGenerating) -> [UUID] { (0..<n).map { _ in ids.next() } }

    @Test("the same seed gives the same ids, another seed others; none repeats")
    func seeded() {
        var a = SeededIDs(seed: 7)
        var b = SeededIDs(seed: 7)
        var c = SeededIDs(seed: 8)
        let first = take(100, from: &a)
        #expect(first == take(100, from: &b))
        #expect(Set(first).isDisjoint(with: take(100, from: &c)))
        #expect(Set(first).count == 100)
        #expect(first.allSatisfy { $0.uuidString.dropFirst(14).first == "4" }, "version-4 UUIDs")
    }

    @Test("the system generator gives fresh ids")
    func system() {
        var ids = SystemIDs()
        #expect(Set(take(100, from: &ids)).count == 100)
    }
}
