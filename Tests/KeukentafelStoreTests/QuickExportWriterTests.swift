import Foundation
import KeukentafelDomain
import Testing

@testable import KeukentafelStore

/// The quick export writer (QuickExportWriter.swift) writes exactly the bytes
/// JSONSerialization writes, and leaves to it what it cannot.
@Suite("Quick export writer")
struct QuickExportWriterTests {
    static func formatter() -> ISO8601DateFormatter {
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return iso
    }

    /// JSONSerialization's pretty, sorted form of a compact JSON value.
    static func reference(_ json: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        return String(
            decoding: try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .fragmentsAllowed]),
            as: UTF8.self)
    }

    /// The quick writer's form of the same value, or nil when it leaves it alone.
    static func quick(_ json: String) -> String? {
        var out = QuickExportWriter.Output()
        let done = Data(json.utf8).withUnsafeBytes { buffer -> Bool in
            var reader = QuickExportWriter.PayloadReader(bytes: buffer)
            return reader.copyWhole(into: &out, indent: 0)
        }
        return done ? String(decoding: out.bytes, as: UTF8.self) : nil
    }

    @Test(
        "random families of every kind, times with fractions, texts with accents, quotes and emoji: the same bytes as JSONSerialization",
        arguments: [1, 2, 3, 4] as [UInt64])
    func randomFamilies(seed: UInt64) throws {
        var families = QuickExportReaderTests.randomFamilies(seed: seed, events: 1500)
        let demo = DemoFamily.events(now: Date(timeIntervalSinceReferenceDate: 800_000_000.25), seed: seed)
        families.append((demo[0].familyID, demo))
        var kinds = Set<String>()
        for (family, events) in families where !events.isEmpty {
            let reference = try FamilyExport.encodeThoroughly(family: family, events: events, formatter: Self.formatter())
            let quick = QuickExportWriter.write(family: family, events: events, formatter: Self.formatter())
            #expect(quick != nil, "left alone: family \(family)")
            if let quick, quick != reference {
                let q = Array(quick)
                let r = Array(reference)
                let at = q.indices.first { $0 >= r.count || q[$0] != r[$0] } ?? q.count
                Issue.record(
                    "differs at byte \(at): \(String(decoding: q[max(0, at - 200)..<min(q.count, at + 100)], as: UTF8.self)) | reference: \(String(decoding: r[max(0, at - 200)..<min(r.count, at + 100)], as: UTF8.self))"
                )
            }
            #expect(try FamilyExport.encode(family: family, events: events) == reference)
            kinds.formUnion(events.map(\.payload.typeName))
        }
        #expect(kinds.count >= 30, "kinds covered: \(kinds.count)")
    }

    @Test("a family without events, and times at the edges of a Double's forms")
    func edges() throws {
        let family = UUID()
        let empty = try FamilyExport.encodeThoroughly(family: family, events: [], formatter: Self.formatter())
        let quickEmpty = QuickExportWriter.write(family: family, events: [], formatter: Self.formatter())
        #expect(quickEmpty == empty, "\(String(decoding: quickEmpty ?? Data(), as: UTF8.self))\n\(String(decoding: empty, as: UTF8.self))")
        let times: [Double] = [0, -1.5, 1e-7, 0.1, 123_456_789.000_001, 1e16, 4.2e21, -800_000_000.987654321, .leastNonzeroMagnitude]
        let events = times.map {
            Event(
                familyID: family, time: Date(timeIntervalSinceReferenceDate: $0), author: "Ilse/Brouwer \"\\\u{1}\u{1f}\t",
                payload: .familyRenamed(.init(name: "x")))
        }
        let quick = try #require(QuickExportWriter.write(family: family, events: events, formatter: Self.formatter()))
        #expect(quick == (try FamilyExport.encodeThoroughly(family: family, events: events, formatter: Self.formatter())))
    }

    @Test("payload values of every form: nested, empty, numbers, escapes, written as JSONSerialization writes them")
    func values() throws {
        let cases = [
            #"{"b":1,"a":[1,2,{"z":null,"y":true,"x":false}],"c":{},"d":[],"e":[[],[{}]]}"#,
            #"{"n":[0,-1,12,9007199254740993,-9223372036854775808,0.5,-0.25,1e-7,1.5e300,2.5E-5,3.0,1e3,123456789.123456]}"#,
            #"{"s":["","a\/b","\"q\"","back\\slash","\n\r\t\b\f","\u0001\u001f\u007f","é","\u00e9","家族 👍🏽","e\u0301"]}"#,
            #"{"a10":1,"a9":2,"B":3,"a":4,"Ab":5,"ab":6,"_":7,"z1":8,"Z0":9,"memberID":10,"memberId":11,"members":12}"#,
            #"[1,"two",[3]]"#,
            // Sets of keys that read alike when joined with NUL: each keeps its own order.
            #"{"x":{"a":1,"b":2},"y":{"a\u0000b":3},"z":{"b":4,"a":5}}"#,
            #"{"y":{"a\u0000b":3},"x":{"a":1,"b":2}}"#,
            #"{"n":[1.234567e-05,12345678901234.5,-0.000001]}"#,
            // An escaped surrogate pair, read as the one character it stands for.
            #"{"s":"\ud83d\ude00 \u00e9\u0041"}"#,
            #"{"a\"b":1,"a\/b":2,"家族":3,"é":4,"e":5,"":6,"\n":7}"#,
        ]
        for json in cases {
            let quick = try #require(Self.quick(json), "left alone: \(json)")
            let reference = try Self.reference(json)
            #expect(quick == reference, "\(json)\n\(quick)\n\(reference)")
        }
    }

    @Test("what it cannot write exactly it leaves to JSONSerialization: keys twice, escaped keys, lone surrogates, bad input")
    func leftAlone() {
        for json in [
            #"{"a":1,"a":2}"#, #"{"s":"\ud800"}"#, #"{"s":"\udc00x"}"#, #"{"a":1"#, #"{"a":}"#,
            #"{"n":-0}"#, #"{"n":01}"#, #"{"n":1.2345678901234567e-05}"#, #"{"n":1.2345678901234567e+16}"#, #"{"n":.5}"#,
            #"{"n":1.}"#, #"{"n":1e}"#, #"{"s":"\u+041"}"#, "{\"s\":\"a\tb\"}", "{\"s\":\"a\u{1}b\"}", #"{"n":18446744073709551616}"#,
            #"{"n":1e999}"#, #"{"a":tru}"#, #"{"a":1}x"#,
        ] {
            #expect(Self.quick(json) == nil, "\(json)")
        }
    }
}
