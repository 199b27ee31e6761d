import Foundation
import Testing

@testable import KeukentafelDomain

/// The quick payload reader (EventJSONDecoding.swift) gives exactly what Foundation's
/// JSONDecoder gives, and leaves to it whatever it does not read exactly.
@Suite("Payload decoding")
struct PayloadDecodingTests {
    /// Foundation's answer for a payload: the value, or that it failed.
    static func foundation(_ type: String, _ data: Data) -> EventPayload? {
        try? EventPayload.kindsByName[type]?.decodeRecord(JSONDecoder(), data)
    }

    static func quick(_ type: String, _ data: Data) -> EventPayload? {
        try? EventPayload.kindsByName[type]?.decodeQuickly(data)
    }

    /// The direct reader of a frequent kind (nil for a kind without one, or when it refuses).
    static func direct(_ type: String, _ data: Data) -> EventPayload? {
        try? EventPayload.kindsByName[type]?.decodeDirectly?(data)
    }

    /// The kinds that have a direct reader.
    static let directKinds = ["utteranceRecorded", "noteRecorded", "workerSaid", "scaleValueSet", "promptShown", "phaseChanged"]

    /// Foundation's answer and ours agree: the same value, or both an error (the same error).
    static func agree(_ type: String, _ data: Data, sourceLocation: SourceLocation = #_sourceLocation) {
        let json = String(decoding: data, as: UTF8.self)
        let foundation = Result { try EventPayload.kindsByName[type]!.decodeRecord(JSONDecoder(), data) }
        let ours = Result { try EventPayload.decode(type: type, data: data) }
        switch (foundation, ours) {
        case (.success(let a), .success(let b)): #expect(a == b, "\(json)", sourceLocation: sourceLocation)
        case (.failure(let a), .failure(let b)): #expect("\(a)" == "\(b)", "the same error: \(json)", sourceLocation: sourceLocation)
        default: Issue.record("\(json): Foundation \(foundation), ours \(ours)", sourceLocation: sourceLocation)
        }
    }

    @Test(
        "every kind of random event reads back the same through the quick reader and through Foundation", arguments: [41, 42] as [UInt64])
    func randomEvents(seed: UInt64) throws {
        var gen = EventGenerator(seed: seed)
        var kinds: Set<String> = []
        for _ in 0..<3000 {
            let event = gen.next()
            let type = event.payload.typeName
            let data = try event.payload.encodedData()
            kinds.insert(type)
            let quick = Self.quick(type, data)
            #expect(quick == event.payload, "\(type): \(String(decoding: data, as: UTF8.self))")
            #expect(quick == Self.foundation(type, data))
            if Self.directKinds.contains(type) {
                #expect(Self.direct(type, data) == event.payload, "direct: \(String(decoding: data, as: UTF8.self))")
            }
        }
        #expect(kinds.count == Set(EventGenerator.schedule).count, "every kind came up")
        #expect(Set(Self.directKinds).isSubset(of: kinds), "every kind with a direct reader came up")
    }

    @Test("the direct readers read random words, tags, ids and numbers as Foundation does", arguments: [7, 8, 9] as [UInt64])
    func directRandom(seed: UInt64) throws {
        var ids = SeededIDs(seed: seed)
        // Letters that need escaping, that JSON may escape, and that take several bytes.
        let pieces = ["a", "Zoë", " ", "\"", "\\", "/", "\n", "\t", "\u{1}", "家", "👨‍👩‍👧", "e\u{301}", "\u{7F}", "\u{2028}", "{", "]", ","]
        for _ in 0..<2000 {
            let text = (0..<Int(ids.nextRandom() % 12)).map { _ in pieces[Int(ids.nextRandom() % UInt64(pieces.count))] }.joined()
            let tags = Tag.allCases.filter { _ in ids.nextRandom() % 4 == 0 }
            let id = ids.next()
            let payloads: [EventPayload] = [
                .utteranceRecorded(.init(entryID: id, speaker: ids.next(), text: text, tags: tags)),
                .noteRecorded(.init(entryID: id, text: text, tags: tags)),
                .workerSaid(.init(entryID: id, text: text, tags: tags)),
                .scaleValueSet(
                    .init(
                        scaleID: id, memberID: ids.next(), value: Int(Int64(bitPattern: ids.nextRandom()) >> Int64(ids.nextRandom() % 64)))),
                .promptShown(.init(promptID: text)),
                .phaseChanged(.init(phase: Phase.allCases[Int(ids.nextRandom() % UInt64(Phase.allCases.count))])),
            ]
            for payload in payloads {
                let data = try payload.encodedData()
                #expect(Self.direct(payload.typeName, data) == payload, "\(String(decoding: data, as: UTF8.self))")
                #expect(Self.foundation(payload.typeName, data) == payload)
            }
        }
    }

    @Test("the direct readers refuse every other shape, and Foundation's answer or error stands")
    func directRefusals() throws {
        let a = "6F9619FF-8B86-D011-B42D-00C04FC964FF"
        let b = "7f9619ff-8b86-d011-b42d-00c04fc964ff"
        let accepted: [(String, String)] = [
            ("utteranceRecorded", #"{"entryID":"\#(a)","speaker":"\#(b)","tags":["goal","coping"],"text":"ja \u00EB \/"}"#),
            ("utteranceRecorded", " {\n \"text\" : \"x\" , \"tags\" : [ ] , \"speaker\" : \"\(a)\" , \"entryID\" : \"\(b)\" } \n"),
            ("scaleValueSet", #"{"memberID":"\#(a)","scaleID":"\#(b)","value":-0}"#),
            ("phaseChanged", #"{"phase":"goals"}"#),
        ]
        for (type, json) in accepted {
            #expect(Self.direct(type, Data(json.utf8)) != nil, "read directly: \(json)")
            Self.agree(type, Data(json.utf8))
        }
        let refused: [(String, String)] = [
            ("utteranceRecorded", #"{"entryID":"\#(a)","tags":[],"text":"x"}"#),
            ("utteranceRecorded", #"{"entryID":"\#(a)","speaker":null,"tags":[],"text":"x"}"#),
            ("utteranceRecorded", #"{"entryID":"\#(a)","speaker":"\#(a)","tags":[],"text":"x","text":"y"}"#),
            ("utteranceRecorded", #"{"entryID":"\#(a)","speaker":"\#(a)","tags":[],"text":"x","extra":1}"#),
            ("utteranceRecorded", #"{"entryID":"\#(a)","speaker":"\#(a)","tags":["nonsense"],"text":"x"}"#),
            ("utteranceRecorded", #"{"entryID":"\#(a)","speaker":"\#(a)","tags":"goal","text":"x"}"#),
            ("utteranceRecorded", #"{"entryID":"{\#(a)}","speaker":"\#(a)","tags":[],"text":"x"}"#),
            ("utteranceRecorded", #"{"entryID":"\#(a)","speaker":"\#(a)","tags":[],"text":"x"} x"#),
            ("utteranceRecorded", #"{"entryID":"\#(a)","speaker":"\#(a)","tags":[],"text":5}"#),
            ("utteranceRecorded", #"{"entry\u0049D":"\#(a)","speaker":"\#(a)","tags":[],"text":"x"}"#),
            ("noteRecorded", #"{"entryID":"\#(a)","speaker":"\#(a)","tags":[],"text":"x"}"#),
            ("workerSaid", #"{"entryID":"\#(a)","tags":[,],"text":"x"}"#),
            ("scaleValueSet", #"{"memberID":"\#(a)","scaleID":"\#(b)","value":7.0}"#),
            ("scaleValueSet", #"{"memberID":"\#(a)","scaleID":"\#(b)","value":99999999999999999999}"#),
            ("scaleValueSet", #"{"memberID":"\#(a)","scaleID":"\#(b)","value":"7"}"#),
            ("promptShown", #"{"promptID":null}"#),
            ("promptShown", "{\"promptID\":\"tab\u{09}inside\"}"),
            ("phaseChanged", #"{"phase":"Goals"}"#),
            ("phaseChanged", #"{}"#),
            ("phaseChanged", #"["phase"]"#),
        ]
        for (type, json) in refused {
            #expect(Self.direct(type, Data(json.utf8)) == nil, "refused: \(json)")
            Self.agree(type, Data(json.utf8))
        }
        let broken = Data(#"{"promptID":""#.utf8) + Data([0xC3, 0x28]) + Data(#""}"#.utf8)
        #expect(Self.direct("promptShown", broken) == nil)
        Self.agree("promptShown", broken)
    }

    @Test("escapes, spacing, key order, unknown keys and absent or null optionals read as Foundation reads them")
    func acceptedShapes() throws {
        let speaker = "6F9619FF-8B86-D011-B42D-00C04FC964FF"
        let entry = "7F9619FF-8B86-D011-B42D-00C04FC964FF"
        let cases: [(String, String)] = [
            (
                "utteranceRecorded",
                #"{"entryID":"\#(entry)","speaker":"\#(speaker)","tags":[],"text":"Zo\u00EB zegt \"ja\" \\ \/ \n\t\r\b\f \ud83d\ude00 e\u0301"}"#
            ),
            (
                "utteranceRecorded",
                "{ \"text\" : \"家族 👍🏽\" ,\n \"tags\" : [ \"exception\" , \"miracle-sign\" ] , \"speaker\" : \"\(speaker)\", \"entryID\":\"\(entry)\" , \"later\": {\"x\": [1, true, null]} }"
            ),
            ("memberAdded", #"{"memberID":"\#(entry)","name":"Riet","role":"other"}"#),
            ("memberAdded", #"{"memberID":"\#(entry)","name":"Riet","role":"other","birthYear":null}"#),
            ("memberAdded", #"{"memberID":"\#(entry)","name":"Riet","role":"child","birthYear":-12}"#),
            ("evaluationRecorded", #"{"ratings":{"a":0,"b":10,"":3}}"#),
            ("answerLinked", #"{"entryID":"\#(entry)","target":{"prompt":{"_0":"drieluik-wish"}}}"#),
            ("sessionEnded", "{}"),
        ]
        for (type, json) in cases {
            let data = Data(json.utf8)
            let expected = try #require(Self.foundation(type, data), "Foundation reads \(json)")
            #expect(Self.quick(type, data) == expected, "\(json)")
            #expect(try EventPayload.decode(type: type, data: data) == expected)
        }
    }

    @Test("what the quick reader does not read exactly goes to Foundation, whose answer or error stands")
    func refusedShapes() throws {
        let id = "6F9619FF-8B86-D011-B42D-00C04FC964FF"
        let cases: [(String, String)] = [
            ("memberAdded", #"{"memberID":"\#(id)","name":"Riet","role":"other","birthYear":1.0e3}"#),
            ("memberAdded", #"{"memberID":"\#(id)","name":"Riet","role":"other","birthYear":1960.0}"#),
            ("memberAdded", #"{"memberID":"\#(id)","name":"Riet","name":"Rita","role":"other"}"#),
            ("memberAdded", #"{"memberID":"\#(id)","name":"Riet","role":"other"} x"#),
            ("memberAdded", #"{"memberID":"\#(id)","name":"Riet","role":"oma"}"#),
            ("memberAdded", #"{"memberID":"not an id","name":"Riet","role":"other"}"#),
            ("memberAdded", #"{"memberID":"\#(id)","name":"\ud800","role":"other"}"#),
            ("memberAdded", #"{"memberID":"\#(id)","name":"Riet","role":"other","birthYear":01960}"#),
            ("familyCreated", "{\"name\":\"tab\u{09}inside\"}"),
            ("familyCreated", #"{"name":5}"#),
            ("familyCreated", #"["name"]"#),
        ]
        for (type, json) in cases {
            let data = Data(json.utf8)
            #expect(Self.quick(type, data) == nil, "refused: \(json)")
            let foundation = Result { try EventPayload.kindsByName[type]!.decodeRecord(JSONDecoder(), data) }
            let ours = Result { try EventPayload.decode(type: type, data: data) }
            switch (foundation, ours) {
            case (.success(let a), .success(let b)): #expect(a == b, "\(json)")
            case (.failure(let a), .failure(let b)): #expect("\(a)" == "\(b)", "the same error: \(json)")
            default: Issue.record("\(json): Foundation \(foundation), ours \(ours)")
            }
        }
        // Bytes that are not UTF-8.
        let broken = Data(#"{"name":""#.utf8) + Data([0xC3, 0x28]) + Data(#""}"#.utf8)
        #expect(Self.quick("familyCreated", broken) == nil)
    }

    @Test("ids parse as UUID(uuidString:) parses them, in either case, and nothing else parses")
    func quickIDs() {
        var ids = SeededIDs(seed: 43)
        for _ in 0..<2000 {
            let id = ids.next()
            #expect(UUID(quickText: id.uuidString) == id)
            #expect(UUID(quickText: id.uuidString.lowercased()) == id)
        }
        let text = "6F9619FF-8B86-D011-B42D-00C04FC964FF"
        #expect(UUID(quickText: text) == UUID(uuidString: text))
        let bad = [
            "", "6F9619FF8B86-D011-B42D-00C04FC964FF0", "6F9619FF-8B86-D011-B42D-00C04FC964F", "6F9619FF-8B86-D011-B42D-00C04FC964FFF",
            "{6F9619FF-8B86-D011-B42D-00C04FC964F}", "6G9619FF-8B86-D011-B42D-00C04FC964FF", "6F9619FF_8B86-D011-B42D-00C04FC964FF",
            " 6F9619FF-8B86-D011-B42D-00C04FC964F", "6F9619FF-8B86-D011-B42D-00C04FC964F\u{E9}",
        ]
        for text in bad {
            #expect(UUID(quickText: text) == nil, "\(text)")
            // Foundation's sscanf is laxer with some of these: a payload holding one goes to
            // Foundation and reads (or fails) exactly as before.
            let data = Data("{\"name\":\"Riet\",\"memberID\":\"\(text)\",\"role\":\"other\"}".utf8)
            #expect((try? EventPayload.decode(type: "memberAdded", data: data)) == Self.foundation("memberAdded", data), "\(text)")
        }
    }

    @Test("an id's text written from its bytes is uuidString's, byte for byte")
    func idTextWritten() {
        var ids = SeededIDs(seed: 44)
        let edges = [
            UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
            UUID(uuid: (255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255)),
        ]
        for id in edges + (0..<2000).map({ _ in ids.next() }) {
            #expect(id.withTextBytes { Array($0) } == Array(id.uuidString.utf8))
        }
    }
}
