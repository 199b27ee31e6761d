import Foundation
import KeukentafelDomain
import Testing

/// Every event kind in `EventPayload.kinds` is generated, stored and read back.
@Suite("Event kinds")
struct EventKindTests {
    @Test("every kind in the table has a generator for the property tests, and every generator a kind")
    func everyKindHasAGenerator() {
        let names = EventPayload.kinds.map(\.name)
        for name in names where EventGenerator.makers[name] == nil {
            Issue.record("the event kind '\(name)' has no generator: add one to EventGenerator.makers in StoreTestSupport.swift")
        }
        for name in EventGenerator.makers.keys where !names.contains(name) {
            Issue.record("EventGenerator.makers has '\(name)', which is not in EventPayload.kinds")
        }
    }

    @Test("each generator makes its own kind, and it round-trips through its stored form")
    func everyKindRoundTrips() throws {
        var gen = EventGenerator(seed: 11)
        let family = UUID()
        gen.families = [family]
        for kind in EventPayload.kinds {
            let make = try #require(EventGenerator.makers[kind.name], "no generator for '\(kind.name)'")
            for _ in 0..<20 {
                let payload = make(&gen, family)
                #expect(payload.typeName == kind.name, "the generator for '\(kind.name)' made a '\(payload.typeName)'")
                let data = try payload.encodedData()
                let back = try EventUpcaster.decode(type: payload.typeName, version: Event.currentSchemaVersion, data: data)
                #expect(back == payload, "'\(kind.name)' did not round-trip")
                #expect(try back.encodedData() == data, "'\(kind.name)' encodes to other bytes the second time")
            }
        }
    }

    @Test("3,000 generated events hold every kind")
    func generatorCoversEveryKind() {
        var gen = EventGenerator(seed: 3)
        var seen = Set<String>()
        for _ in 0..<3_000 { seen.insert(gen.next().payload.typeName) }
        for kind in EventPayload.kinds where !seen.contains(kind.name) {
            Issue.record("3,000 generated events hold no '\(kind.name)'")
        }
    }
}
