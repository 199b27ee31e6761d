import Foundation

// A family's record saved whole (a snapshot of the fold), so opening a long record need
// not read and replay every event. The entries, most of a long record, go in a compact
// binary form; the rest as JSON through the record's own `Codable` conformances. Reading
// refuses anything it does not read exactly. The store keeps a digest and the build beside
// each snapshot, and replays from the events when one is missing, damaged or of another
// build; a test holds snapshot-then-replay equal to a full replay for random logs.

extension FamilyRecord {
    /// The first bytes of a snapshot: its format, raised whenever the layout changes.
    static let snapshotMagic = Array("KTFOLD1\n".utf8)

    /// Everything but the entries, as JSON.
    private struct SnapshotRest: Codable {
        var familyID: UUID
        var name: String
        var created: Date?
        var members: [Member]
        var sessions: [Session]
        var scales: [Scale]
        var goals: [Goal]
        var safetyMap: [EventPayload.SafetyMapEntry]
        var options: [EventPayload.OptionAdded]
        var preferences: [EventPayload.PreferenceRecorded]
        var decisions: [EventPayload.DecisionRecorded]
        var agreements: [EventPayload.AgreementMade]
        var timeline: [EventPayload.TimelineEventAdded]
        var instruments: [EventPayload.InstrumentScored]
        var evaluations: [EventPayload.EvaluationRecorded]
        var sessionEvaluations: [SessionEvaluation]
        var summaries: [EventPayload.SummaryChecked]
        var nextAppointment: EventPayload.AppointmentSet?
        var persons: [EventPayload.PersonAdded]
        var genogram: Genogram
        var relations: [EventPayload.RelationAdded]
        var networkContacts: [NetworkContact]
        var networkSectors: [String]
        var annotations: [Annotation]
        var observations: [Observation]
        var eventCount: Int
        var lastEventTime: Date?
        /// The links of the entries that have any, by the entry's position.
        var links: [Int: [AnswerTarget]]
    }

    /// Each tag alone, as a list: shared by the entries read with just that tag.
    private static let singleTags = Tag.allCases.map { [$0] }

    private enum EntryFlag {
        static let session: UInt8 = 1
        static let speaker: UInt8 = 2
        static let retracted: UInt8 = 4
        static let aloud: UInt8 = 8
    }

    /// The record as a snapshot's bytes.
    public func snapshotData() throws -> Data {
        var out = ByteWriter()
        out.bytes(Self.snapshotMagic)
        out.u32(UInt32(entries.count))
        var links: [Int: [AnswerTarget]] = [:]
        for (i, e) in entries.enumerated() {
            out.id(e.id)
            var flags: UInt8 = 0
            if e.sessionID != nil { flags |= EntryFlag.session }
            if e.speaker != nil { flags |= EntryFlag.speaker }
            if e.retracted { flags |= EntryFlag.retracted }
            if e.aloud { flags |= EntryFlag.aloud }
            out.byte(flags)
            if let s = e.sessionID { out.id(s) }
            if let s = e.speaker { out.id(s) }
            out.u64(e.time.timeIntervalSinceReferenceDate.bitPattern)
            out.u32(UInt32(e.versions.count))
            for v in e.versions { out.text(v) }
            out.u32(UInt32(e.tags.count))
            // By position among the cases: a snapshot of another build is never read.
            for t in e.tags { out.byte(UInt8(Tag.allCases.firstIndex(of: t)!)) }
            if !e.links.isEmpty { links[i] = e.links }
        }
        let rest = SnapshotRest(
            familyID: familyID, name: name, created: created, members: members, sessions: sessions, scales: scales, goals: goals,
            safetyMap: safetyMap, options: options, preferences: preferences, decisions: decisions, agreements: agreements,
            timeline: timeline, instruments: instruments, evaluations: evaluations, sessionEvaluations: sessionEvaluations,
            summaries: summaries, nextAppointment: nextAppointment, persons: persons, genogram: genogram, relations: relations,
            networkContacts: networkContacts, networkSectors: networkSectors, annotations: annotations, observations: observations,
            eventCount: eventCount, lastEventTime: lastEventTime, links: links)
        let json = try JSONEncoder().encode(rest)
        out.u32(UInt32(json.count))
        out.bytes(json)
        return Data(out.buffer)
    }

    /// The record a snapshot holds, or nil for anything that is not exactly a snapshot of
    /// this format.
    public init?(snapshot data: Data) {
        guard
            let read = data.withUnsafeBytes({ buffer -> (entries: [Entry], rest: SnapshotRest)? in
                var input = ByteReader(buffer)
                return try? Self.readSnapshot(&input)
            })
        else { return nil }
        var entries = read.entries
        for (i, targets) in read.rest.links {
            guard entries.indices.contains(i), !targets.isEmpty else { return nil }
            entries[i].links = targets
        }
        var index: [UUID: Int] = [:]
        index.reserveCapacity(entries.count)
        for (i, e) in entries.enumerated() where index.updateValue(i, forKey: e.id) != nil { return nil }
        let r = read.rest
        self.init(familyID: r.familyID)
        name = r.name
        created = r.created
        members = r.members
        sessions = r.sessions
        self.entries = entries
        entryIndex = index
        scales = r.scales
        goals = r.goals
        safetyMap = r.safetyMap
        options = r.options
        preferences = r.preferences
        decisions = r.decisions
        agreements = r.agreements
        timeline = r.timeline
        instruments = r.instruments
        evaluations = r.evaluations
        sessionEvaluations = r.sessionEvaluations
        summaries = r.summaries
        nextAppointment = r.nextAppointment
        persons = r.persons
        genogram = r.genogram
        relations = r.relations
        networkContacts = r.networkContacts
        networkSectors = r.networkSectors
        annotations = r.annotations
        observations = r.observations
        eventCount = r.eventCount
        lastEventTime = r.lastEventTime
    }

    private static func readSnapshot(_ input: inout ByteReader) throws -> (entries: [Entry], rest: SnapshotRest) {
        guard try input.bytes(snapshotMagic.count).elementsEqual(snapshotMagic) else { throw ByteReader.Refusal() }
        let count = Int(try input.u32())
        // Each entry takes at least 34 bytes: a count beyond what is there is damage.
        guard count <= input.remaining / 34 else { throw ByteReader.Refusal() }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let id = try input.id()
            let flags = try input.byte()
            guard flags & ~(EntryFlag.session | EntryFlag.speaker | EntryFlag.retracted | EntryFlag.aloud) == 0 else {
                throw ByteReader.Refusal()
            }
            let session = flags & EntryFlag.session != 0 ? try input.id() : nil
            let speaker = flags & EntryFlag.speaker != 0 ? try input.id() : nil
            let time = Date(timeIntervalSinceReferenceDate: Double(bitPattern: try input.u64()))
            let versionCount = Int(try input.u32())
            guard versionCount >= 1, versionCount <= input.remaining / 4 else { throw ByteReader.Refusal() }
            var versions = [try input.text()]
            if versionCount > 1 {
                versions.reserveCapacity(versionCount)
                for _ in 1..<versionCount { versions.append(try input.text()) }
            }
            let tagCount = Int(try input.u32())
            guard tagCount <= input.remaining else { throw ByteReader.Refusal() }
            let tags: [Tag]
            if tagCount == 1 {
                // Most tagged words have one tag: those lists are shared, not made anew.
                let i = Int(try input.byte())
                guard i < singleTags.count else { throw ByteReader.Refusal() }
                tags = singleTags[i]
            } else {
                tags = try (0..<tagCount).map { _ in
                    let i = Int(try input.byte())
                    guard i < Tag.allCases.count else { throw ByteReader.Refusal() }
                    return Tag.allCases[i]
                }
            }
            entries.append(
                Entry(
                    id: id, sessionID: session, speaker: speaker, time: time, versions: versions, tags: tags,
                    retracted: flags & EntryFlag.retracted != 0, links: [], aloud: flags & EntryFlag.aloud != 0))
        }
        let json = try input.bytes(Int(try input.u32()))
        guard input.remaining == 0 else { throw ByteReader.Refusal() }
        let rest = try JSONDecoder().decode(SnapshotRest.self, from: Data(json))
        return (entries, rest)
    }
}

/// Appends a snapshot's fields, little-endian.
private struct ByteWriter {
    var buffer: [UInt8] = []

    mutating func byte(_ b: UInt8) { buffer.append(b) }
    mutating func bytes(_ b: some Sequence<UInt8>) { buffer.append(contentsOf: b) }
    mutating func u32(_ n: UInt32) { withUnsafeBytes(of: n.littleEndian) { buffer.append(contentsOf: $0) } }
    mutating func u64(_ n: UInt64) { withUnsafeBytes(of: n.littleEndian) { buffer.append(contentsOf: $0) } }
    mutating func id(_ id: UUID) { withUnsafeBytes(of: id.uuid) { buffer.append(contentsOf: $0) } }
    mutating func text(_ s: String) {
        u32(UInt32(s.utf8.count))
        buffer.append(contentsOf: s.utf8)
    }
}

/// Reads a snapshot's fields, throwing at any read past its end.
private struct ByteReader {
    struct Refusal: Error {}

    private let buffer: UnsafeRawBufferPointer
    private var at = 0

    init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }

    var remaining: Int { buffer.count - at }

    mutating func bytes(_ n: Int) throws -> UnsafeRawBufferPointer {
        guard n >= 0, n <= remaining else { throw Refusal() }
        defer { at += n }
        return UnsafeRawBufferPointer(rebasing: buffer[at..<(at + n)])
    }

    mutating func byte() throws -> UInt8 { try bytes(1)[0] }
    mutating func u32() throws -> UInt32 { UInt32(littleEndian: try bytes(4).loadUnaligned(as: UInt32.self)) }
    mutating func u64() throws -> UInt64 { UInt64(littleEndian: try bytes(8).loadUnaligned(as: UInt64.self)) }
    mutating func id() throws -> UUID { UUID(uuid: try bytes(16).loadUnaligned(as: uuid_t.self)) }

    /// Text as written: valid UTF-8, or the snapshot is refused. (Decoding repairs what is
    /// not UTF-8, so a text whose bytes changed on the way was not valid; this is several
    /// times quicker than `String(validating:)`.)
    mutating func text() throws -> String {
        let raw = try bytes(Int(try u32()))
        var s = String(decoding: raw, as: UTF8.self)
        let same = s.withUTF8 { $0.count == raw.count && ($0.count == 0 || memcmp($0.baseAddress!, raw.baseAddress!, $0.count) == 0) }
        guard same else { throw Refusal() }
        return s
    }
}
