import CSQLiteSetup

/// SQLite's process-wide settings, made once when a program starts.
public enum SQLiteSetup {
    /// Lets SQLite skip taking a mutex on every call on a connection and on every allocation
    /// (for its memory statistics): each connection here is used by one thread at a time,
    /// as GRDB serializes every connection, and nothing reads the statistics. Locking them
    /// was about 7% of an import's writing. Only before anything has opened a database:
    /// SQLite refuses the change afterwards, and false is returned.
    @discardableResult
    public static func setUp() -> Bool { kt_sqlite_set_up_for_serial_connections() == 1 }
}
