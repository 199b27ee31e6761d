import Foundation
import KeukentafelDomain
import Testing

@Suite("Event kinds table")
struct EventKindsTests {
    @Test("no stored name is in the table twice")
    func namesAreUnique() {
        var counts: [String: Int] = [:]
        for kind in EventPayload.kinds { counts[kind.name, default: 0] += 1 }
        for (name, count) in counts.sorted(by: { $0.key < $1.key }) where count > 1 {
            Issue.record("the event kind '\(name)' is in EventPayload.kinds \(count) times")
        }
        #expect(EventPayload.kinds.count >= 40, "the table lost kinds")
    }

    @Test("a name the table does not know is refused when read")
    func unknownNameIsRefused() {
        #expect(throws: EventDecodingError.unknownType("familycreated")) {
            try EventPayload.decode(type: "familycreated", data: Data("{\"name\":\"x\"}".utf8))
        }
        #expect(throws: (any Error).self) { try EventPayload.decode(type: "familyCreated", data: Data("{}".utf8)) }
    }

    @Test("the stored bytes are the record's own JSON with sorted keys")
    func encodingIsTheRecordsJSON() throws {
        let record = EventPayload.MemberAdded(
            memberID: UUID(uuidString: "5E5532FB-EEA2-43F8-8B00-000000000001") ?? UUID(),
            name: "Zoë", role: .child, birthYear: 2017)
        let data = try EventPayload.memberAdded(record).encodedData()
        #expect(
            String(decoding: data, as: UTF8.self)
                == #"{"birthYear":2017,"memberID":"5E5532FB-EEA2-43F8-8B00-000000000001","name":"Zoë","role":"child"}"#)
        #expect(EventPayload.memberAdded(record).typeName == "memberAdded")
    }
}
