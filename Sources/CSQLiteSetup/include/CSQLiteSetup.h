#ifndef CSQLITESETUP_H
#define CSQLITESETUP_H

/// Sets SQLite up for connections that are each used by one thread at a time (GRDB's
/// rule): no mutex per call on a connection, no memory statistics behind a global mutex.
/// Only takes effect before SQLite's first use in the process; returns 1 when it did.
int kt_sqlite_set_up_for_serial_connections(void);

#endif
