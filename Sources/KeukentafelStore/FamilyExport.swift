import Foundation
import GRDB
import KeukentafelDomain

/// The complete, versioned, lossless JSON export of one family's events.
///
/// Times are seconds since 2001-01-01 UTC as stored (exact); `timeText` is only for people.
public enum FamilyExport {
    public static let format = "keukentafel-family"
    public static let formatVersion = 1

    public static func encode(family: UUID, events: [Event]) throws -> Data {
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        // The same bytes as below, written straight (QuickExportWriter.swift); what it does
        // not write exactly is left to JSONSerialization.
        if let data = QuickExportWriter.write(family: family, events: events, formatter: iso) { return data }
        return try encodeThoroughly(family: family, events: events, formatter: iso)
    }

    /// The reference writer: Foundation's JSONSerialization, pretty, keys sorted.
    static func encodeThoroughly(family: UUID, events: [Event], formatter iso: ISO8601DateFormatter) throws -> Data {
        var list: [[String: Any]] = []
        for e in events {
            let payload = try JSONSerialization.jsonObject(with: e.payload.encodedData())
            var item: [String: Any] = [
                "id": e.id.uuidString, "familyID": e.familyID.uuidString,
                "time": e.time.timeIntervalSinceReferenceDate, "timeText": iso.string(from: e.time),
                "author": e.author, "schemaVersion": e.schemaVersion, "type": e.payload.typeName, "payload": payload,
            ]
            if let s = e.sessionID { item["sessionID"] = s.uuidString }
            list.append(item)
        }
        let root: [String: Any] = ["format": format, "formatVersion": formatVersion, "family": family.uuidString, "events": list]
        return try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
    }

    /// Reads an export, checking every field; the error names the place in the file.
    public static func decode(_ data: Data) throws(StoreError) -> (family: UUID, events: [Event]) {
        let read = try decodeKeepingPayloads(data)
        return (read.family, read.events)
    }

    /// A read export: the family, its events, and each event's payload as the store keeps it.
    typealias Read = (family: UUID, events: [Event], payloads: [Data])

    /// As `decode`, with each event's payload as the store keeps it (encoding it again for
    /// the store was a good part of an import).
    static func decodeKeepingPayloads(_ data: Data) throws(StoreError) -> Read {
        // Nearly every file is as `encode` wrote it: the quick reader takes those. Whatever
        // it does not take exactly, and every refusal with its message, is the thorough reader's.
        if let read = QuickExportReader.read(data) { return read }
        return try decodeThoroughly(data)
    }

    /// The reference reader: Foundation's JSONSerialization of the whole file, every field
    /// checked in turn; the error names the first problem's place.
    static func decodeThoroughly(_ data: Data) throws(StoreError) -> Read {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .malformedImport(place: place(of: error, in: data), detail: "not valid JSON")
        }
        guard let object = root as? [String: Any] else { throw .malformedImport(place: "the top", detail: "expected a JSON object") }
        guard object["format"] as? String == format else {
            throw .malformedImport(place: "\"format\"", detail: "this is not a Keukentafel family export")
        }
        if let unknown = object.keys.sorted().first(where: { !rootFields.contains($0) }) {
            throw .malformedImport(place: "\"\(unknown)\"", detail: unknownField)
        }
        guard let version = object["formatVersion"] as? Int else {
            throw .malformedImport(place: "\"formatVersion\"", detail: "missing or not a whole number")
        }
        try known(version, upTo: formatVersion, at: "\"formatVersion\"")
        guard let familyText = object["family"] as? String, let family = UUID(uuidString: familyText) else {
            throw .malformedImport(place: "\"family\"", detail: "expected the family's id")
        }
        guard let list = object["events"] as? [[String: Any]] else {
            throw .malformedImport(place: "\"events\"", detail: "expected a list of events")
        }
        var events: [Event] = []
        var payloads: [Data] = []
        var seen: Set<UUID> = []
        for (i, item) in list.enumerated() {
            let at = "events[\(i)]"
            if let unknown = item.keys.sorted().first(where: { !eventFields.contains($0) }) {
                throw .malformedImport(place: "\(at).\(unknown)", detail: unknownField)
            }
            func string(_ key: String) throws(StoreError) -> String {
                guard let s = item[key] as? String else { throw .malformedImport(place: "\(at).\(key)", detail: "missing or not text") }
                return s
            }
            func uuid(_ key: String) throws(StoreError) -> UUID {
                guard let u = UUID(uuidString: try string(key)) else { throw .malformedImport(place: "\(at).\(key)", detail: "not an id") }
                return u
            }
            let id = try uuid("id")
            guard seen.insert(id).inserted else { throw .malformedImport(place: "\(at).id", detail: "the same event id twice") }
            let familyID = try uuid("familyID")
            guard familyID == family else { throw .malformedImport(place: "\(at).familyID", detail: "belongs to another family") }
            let session = item["sessionID"] == nil ? nil : try uuid("sessionID")
            guard let time = (item["time"] as? NSNumber)?.doubleValue else {
                throw .malformedImport(place: "\(at).time", detail: "missing or not a number")
            }
            // Seconds since 2001 within about ±3,000 years: beyond that no screen can show it.
            guard time.isFinite, abs(time) < 1e11 else {
                throw .malformedImport(place: "\(at).time", detail: "not a time Keukentafel can show")
            }
            guard let schema = item["schemaVersion"] as? Int else {
                throw .malformedImport(place: "\(at).schemaVersion", detail: "missing or not a whole number")
            }
            try known(schema, upTo: Event.currentSchemaVersion, at: "\(at).schemaVersion")
            let type = try string("type")
            let (payload, encoded) = try checkedPayload(item["payload"], type: type, schema: schema, at: at)
            payloads.append(encoded)
            events.append(
                Event(
                    id: id, familyID: family, sessionID: session, time: Date(timeIntervalSinceReferenceDate: time),
                    author: try string("author"), schemaVersion: Event.currentSchemaVersion, payload: payload))
        }
        if let missing = RecordReferences.firstMissing(in: events) {
            throw .malformedImport(
                place: "events[\(missing.index)].\(missing.field)",
                detail: "names \(missing.kind.named) (\(missing.id.uuidString)) that is not in the file")
        }
        return (family, events, payloads)
    }

    /// One event's payload (`object` as JSONSerialization read it) decoded as the store reads
    /// it, and encoded as the store keeps it; refused when decoding would drop a field.
    static func checkedPayload(_ object: Any?, type: String, schema: Int, at: String) throws(StoreError) -> (EventPayload, Data) {
        guard let object, JSONSerialization.isValidJSONObject(object) else {
            throw .malformedImport(place: "\(at).payload", detail: "missing or not an object")
        }
        let payload: EventPayload
        let encoded: Data
        let written: Any
        do {
            payload = try EventUpcaster.decode(type: type, version: schema, data: try JSONSerialization.data(withJSONObject: object))
            encoded = try payload.encodedData()
            written = try JSONSerialization.jsonObject(with: encoded)
        } catch {
            throw .malformedImport(place: "\(at).payload", detail: describe(error))
        }
        // Decoding skips fields it does not know; what it skipped would be lost unseen.
        if let unknown = firstUnknownField(in: object, keptIn: written) {
            throw .malformedImport(place: "\(at).payload.\(unknown)", detail: unknownField)
        }
        return (payload, encoded)
    }

    /// The fields of the file and of each event; `timeText` is only for people and not read.
    static let rootFields: Set<String> = ["format", "formatVersion", "family", "events"]
    static let eventFields: Set<String> = ["id", "familyID", "sessionID", "time", "timeText", "author", "schemaVersion", "type", "payload"]
    static let unknownField = "a field this Keukentafel does not know (from a newer version, or edited by hand); it is not dropped silently"

    /// Versions start at 1; one above ours is from a newer Keukentafel.
    private static func known(_ version: Int, upTo current: Int, at place: String) throws(StoreError) {
        guard version >= 1 else { throw .malformedImport(place: place, detail: "version \(version) does not exist (versions start at 1)") }
        guard version <= current else {
            throw .malformedImport(
                place: place, detail: "version \(version) is from a newer Keukentafel (this one reads up to \(current)); please update")
        }
    }

    /// The path of the first field in `read` (the file's JSON) that is not in `kept` (the
    /// payload written back after decoding): a field decoding passed over. A null stands for
    /// an absent optional field, which is written back as absent.
    static func firstUnknownField(in read: Any, keptIn kept: Any) -> String? {
        if let object = read as? [String: Any] {
            let keptObject = kept as? [String: Any] ?? [:]
            for key in object.keys.sorted() {
                guard let value = object[key], !(value is NSNull) else { continue }
                guard let keptValue = keptObject[key] else { return key }
                if let inner = firstUnknownField(in: value, keptIn: keptValue) { return key + (inner.hasPrefix("[") ? "" : ".") + inner }
            }
        } else if let array = read as? [Any], let keptArray = kept as? [Any] {
            for (i, value) in array.enumerated() where i < keptArray.count {
                if let inner = firstUnknownField(in: value, keptIn: keptArray[i]) {
                    return "[\(i)]" + (inner.hasPrefix("[") ? "" : ".") + inner
                }
            }
        }
        return nil
    }

    private static func describe(_ error: Error) -> String {
        if let d = error as? DecodingError {
            switch d {
            case .keyNotFound(let key, let c): return "missing '\((c.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
            case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
                return "bad value at '\(c.codingPath.map(\.stringValue).joined(separator: "."))'"
            @unknown default: return "\(d)"
            }
        }
        return "\(error)"
    }

    /// "line L" from JSONSerialization's character offset, when it gives one.
    private static func place(of error: Error, in data: Data) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
        if let r = text.range(of: "character "), let n = Int(text[r.upperBound...].prefix { $0.isNumber }) {
            let line = data.prefix(n).filter { $0 == 0x0A }.count + 1
            return "line \(line)"
        }
        return "the JSON text (\(text.isEmpty ? "unreadable" : text))"
    }
}

extension EventStore {
    /// The export of one family (logged as an export).
    public func export(family: UUID, user: String) throws(StoreError) -> Data {
        let events = try events(family: family)
        guard !events.isEmpty else { throw .familyNotFound(family.uuidString) }
        let data: Data
        do { data = try FamilyExport.encode(family: family, events: events) } catch { throw .database("\(error)") }
        try logAccess(family: family, action: "export", user: user)
        return data
    }

    /// Imports an export in one transaction: all of it or, on any problem, nothing.
    @discardableResult
    public func importFamily(_ data: Data, user: String) throws(StoreError) -> UUID {
        let (family, events, payloads) = try FamilyExport.decodeKeepingPayloads(data)
        guard !events.isEmpty else { throw .malformedImport(place: "\"events\"", detail: "no events") }
        do {
            try writeImport { try Self.insertImported((family, events, payloads), user: user, $0) }
        } catch {
            throw Self.map(error, path: databasePath)
        }
        return family
    }

    /// Writes one checked export inside the caller's transaction, each payload as the file
    /// held it: refused before anything is written when the family is already in the store,
    /// logged as an import.
    static func insertImported(_ read: FamilyExport.Read, user: String, _ writer: EventWriter) throws {
        let db = writer.db
        // Into a store without events, no family can be here (and `event_by_family`, which
        // this would scan the events without, is built after the rows): only a repeat in
        // the same import, which its caller refuses.
        if !writer.intoEmptyStore,
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM event WHERE family_id = ?)", arguments: [read.family.uuidString])
                ?? false
        {
            throw StoreError.familyExists(read.family)
        }
        try writer.writeFamily(read.family, read.events, payloads: read.payloads)
        try insertAccess(db, family: read.family, action: "import", user: user, time: Date())
    }
}
