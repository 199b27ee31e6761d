import GRDB

/// The store's tables. `event` is the append-only log; everything else is an index
/// derived from it in the same transaction (and rebuilt or removed with it).
enum Schema {
    /// Marks the file as ours (`PRAGMA application_id`): "KTAF".
    static let applicationID: Int32 = 0x4B54_4146

    /// Every migration's identifier, in order: a store with exactly these applied is
    /// current (`EventStore.quickFamilies` reads it without GRDB; a test holds this list
    /// equal to the migrator's).
    static let migrationIdentifiers = [
        "v1: event log, indexes, search, access log",
        "v2: every recorded text searchable, folded for every script",
        "v3: sessions found by family, search rows found by what they belong to",
        "v4: access log append-only, indexed by family",
        "v6: sync with a team server",
        "v7: snapshots of long records",
        "v8: search rows kept once, FTS5 indexing them in place",
    ]

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: event log, indexes, search, access log") { db in
            try db.execute(
                sql: """
                    PRAGMA application_id = \(applicationID);
                    CREATE TABLE event (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        id TEXT NOT NULL UNIQUE,
                        family_id TEXT NOT NULL,
                        session_id TEXT,
                        time REAL NOT NULL,            -- seconds since 2001-01-01 UTC, exactly as Date holds them
                        author TEXT NOT NULL,
                        type TEXT NOT NULL,
                        schema_version INTEGER NOT NULL,
                        payload TEXT NOT NULL
                    );
                    CREATE INDEX event_by_family ON event(family_id, seq);

                    -- Events are immutable: no UPDATE ever, DELETE only inside a destruction.
                    CREATE TABLE destruction_guard (id INTEGER PRIMARY KEY CHECK (id = 1), open INTEGER NOT NULL);
                    INSERT INTO destruction_guard VALUES (1, 0);
                    CREATE TRIGGER event_no_update BEFORE UPDATE ON event
                    BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
                    CREATE TRIGGER event_no_delete BEFORE DELETE ON event
                    WHEN (SELECT open FROM destruction_guard WHERE id = 1) IS NOT 1
                    BEGIN SELECT RAISE(ABORT, 'events are immutable; only destroying a family removes them'); END;
                    CREATE TRIGGER guard_no_delete BEFORE DELETE ON destruction_guard
                    BEGIN SELECT RAISE(ABORT, 'the destruction guard stays'); END;

                    CREATE TABLE family_index (
                        family_id TEXT PRIMARY KEY, name TEXT NOT NULL, created REAL, last_time REAL, event_count INTEGER NOT NULL
                    );
                    CREATE TABLE member_index (family_id TEXT NOT NULL, member_id TEXT NOT NULL, name TEXT NOT NULL,
                        PRIMARY KEY (family_id, member_id));
                    CREATE TABLE session_index (session_id TEXT PRIMARY KEY, family_id TEXT NOT NULL, number INTEGER NOT NULL, started REAL NOT NULL);

                    -- Every recorded word, case- and accent-insensitive.
                    CREATE VIRTUAL TABLE words USING fts5(
                        text, entry_id UNINDEXED, family_id UNINDEXED, session_id UNINDEXED,
                        speaker_id UNINDEXED, is_note UNINDEXED, time UNINDEXED,
                        tokenize = 'unicode61 remove_diacritics 2'
                    );

                    -- Who opened, exported or destroyed which family (NEN 7513); never content.
                    CREATE TABLE access_log (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT, time REAL NOT NULL, user TEXT NOT NULL,
                        family_id TEXT NOT NULL, action TEXT NOT NULL
                    );
                    """)
        }
        m.registerMigration("v2: every recorded text searchable, folded for every script") { db in
            try db.execute(sql: SearchIndex.createTable)
            try SearchIndex.rebuild(db)
            try db.execute(sql: "DROP TABLE words")
        }
        m.registerMigration("v3: sessions found by family, search rows found by what they belong to") { db in
            // The home list counts each family's sessions; without this it read all of them per family.
            try db.execute(sql: "CREATE INDEX session_by_family ON session_index(family_id)")
            try db.execute(sql: SearchIndex.createKeys)
            try db.execute(sql: "INSERT INTO text_key (rowid, ref_id, family_id, kind) SELECT rowid, ref_id, family_id, kind FROM texts")
            try db.execute(sql: SearchIndex.createKeyIndex)
        }
        m.registerMigration("v4: access log append-only, indexed by family") { db in
            // As for events: nothing rewrites or removes who looked at what, not even a
            // destruction (it keeps the family's id, never its name or content).
            try db.execute(
                sql: """
                    CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
                    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
                    CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
                    BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
                    CREATE INDEX access_log_by_family ON access_log(family_id, seq);
                    """)
        }
        m.registerMigration("v6: sync with a team server") { db in
            // Per server (and login): how far this store has pushed its events and its destroys,
            // the snapshot its last pull reached, and this store's own id there.
            // Per server and family: pulled whole or pushed ('synced'), or refused by the server ('refused').
            try db.execute(
                sql: """
                    CREATE TABLE sync_server (
                        server TEXT PRIMARY KEY, device TEXT NOT NULL, pushed_seq INTEGER NOT NULL DEFAULT 0,
                        destroys_seq INTEGER NOT NULL DEFAULT 0, pulled_xmin TEXT NOT NULL DEFAULT '0', last_sync REAL
                    );
                    CREATE TABLE sync_family (
                        server TEXT NOT NULL, family_id TEXT NOT NULL, state TEXT NOT NULL, PRIMARY KEY (server, family_id)
                    );
                    """)
        }
        m.registerMigration("v7: snapshots of long records") { db in
            // A family's record folded up to `seq` (see EventStore+Snapshot.swift): a cache of
            // the events, never trusted unless its digest, build and event count agree.
            try db.execute(
                sql: """
                    CREATE TABLE fold_snapshot (
                        family_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, event_count INTEGER NOT NULL,
                        build TEXT NOT NULL, digest BLOB NOT NULL, data BLOB NOT NULL
                    );
                    """)
        }
        m.registerMigration("v8: search rows kept once, FTS5 indexing them in place") { db in
            // The rows as they are (same rowids, same values), then FTS5 reads its words from them again.
            try db.execute(sql: SearchIndex.createRows)
            try db.execute(
                sql: """
                    INSERT INTO text_row (rowid, folded, text, kind, ref_id, family_id, session_id, speaker_id, time)
                    SELECT rowid, folded, text, kind, ref_id, family_id, session_id, speaker_id, time FROM texts ORDER BY rowid
                    """)
            try db.execute(sql: "DROP TABLE texts")
            try db.execute(sql: "DROP TABLE text_key")
            try db.execute(sql: SearchIndex.createIndexOnRows)
            try db.execute(sql: "INSERT INTO texts(texts) VALUES ('rebuild')")
            try db.execute(sql: SearchIndex.createRowIndex)
        }
        return m
    }
}
