import Foundation
import GRDB
import GRDBSQLite
import KeukentafelDomain

/// Reads rows of `EventStore.eventColumns` as events through SQLite's C API.
///
/// Opening a family reads every one of its events. Through GRDB's `Row` each column went
/// through a generic conversion and each id and payload through a copy; here the columns
/// are read where SQLite keeps them, ids are parsed from their bytes, and the few author
/// and kind names a family has are made into strings once. What an event reads as is the
/// same as through GRDB's rows (a test keeps the former reader as the reference, damaged
/// rows included).
struct EventRowReader {
    private var authors = NameCache()
    private var types = NameCache()

    /// Runs `statement` (arguments already set) and hands each row's event to `body`.
    mutating func read(_ statement: Statement, _ body: (Int64, Event) throws -> Void) throws {
        let raw = statement.sqliteStatement
        // The statement is cached: reset it so it holds no read snapshot once done.
        defer { sqlite3_reset(raw) }
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                let message = sqlite3_db_handle(raw).map { String(cString: sqlite3_errmsg($0)) }
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
            }
            let seq = sqlite3_column_int64(raw, 0)
            try body(seq, try event(raw, seq: seq))
        }
    }

    private mutating func event(_ raw: OpaquePointer, seq: Int64) throws -> Event {
        guard let id = Self.id(raw, 1), let familyID = Self.id(raw, 2) else {
            throw StoreError.unreadableEvent(seq: seq, detail: "bad id")
        }
        let sessionID = Self.id(raw, 3)
        do {
            let type = types.name(raw, 6)
            let version = Int(sqlite3_column_int64(raw, 7))
            let payload = try Self.withBytes(raw, 8) { bytes in
                // No copy: the payload is read before the next step moves SQLite on.
                let data =
                    bytes.count == 0
                    ? Data()
                    : Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: bytes.baseAddress!), count: bytes.count, deallocator: .none)
                return try EventUpcaster.decode(type: type, version: version, data: data)
            }
            return Event(
                id: id, familyID: familyID, sessionID: sessionID,
                time: Date(timeIntervalSinceReferenceDate: sqlite3_column_double(raw, 4)), author: authors.name(raw, 5),
                schemaVersion: Event.currentSchemaVersion, payload: payload)
        } catch {
            throw StoreError.unreadableEvent(seq: seq, detail: "\(error)")
        }
    }

    /// The column's bytes as SQLite holds them (text or blob; empty for NULL).
    static func withBytes<T>(_ raw: OpaquePointer, _ column: Int32, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        // Text is asked for first, then its length, as SQLite's documentation advises.
        let start =
            sqlite3_column_type(raw, column) == SQLITE_BLOB
            ? sqlite3_column_blob(raw, column) : UnsafeRawPointer(sqlite3_column_text(raw, column))
        let count = Int(sqlite3_column_bytes(raw, column))
        return try body(UnsafeRawBufferPointer(start: count == 0 ? nil : start, count: count))
    }

    /// The id in a text column: nil for NULL or text that is no id (as `UUID(uuidString:)`
    /// reads it, for text the quick parser does not take).
    static func id(_ raw: OpaquePointer, _ column: Int32) -> UUID? {
        guard sqlite3_column_type(raw, column) != SQLITE_NULL else { return nil }
        return withBytes(raw, column) { bytes in
            UUID(quickBytes: bytes) ?? UUID(uuidString: Self.text(bytes))
        }
    }

    /// Text as GRDB reads it: up to the first NUL, if any.
    static func text(_ bytes: UnsafeRawBufferPointer) -> String {
        let end = bytes.firstIndex(of: 0) ?? bytes.count
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
    }

    /// The last few names read, by their bytes: a family has a handful of authors and
    /// kinds, and a `String` made once is shared by every event that names it.
    private struct NameCache {
        private var names: [(bytes: [UInt8], name: String)] = []

        mutating func name(_ raw: OpaquePointer, _ column: Int32) -> String {
            EventRowReader.withBytes(raw, column) { bytes in
                for entry in names where entry.bytes.count == bytes.count {
                    if entry.bytes.withUnsafeBytes({ bytes.count == 0 || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
                        return entry.name
                    }
                }
                let name = EventRowReader.text(bytes)
                // Bounded, so odd input cannot make every lookup slow.
                if names.count < 64 { names.append((Array(bytes), name)) }
                return name
            }
        }
    }
}
