#include "CSQLiteSetup.h"
#include <sqlite3.h>

// sqlite3_config is variadic, which Swift cannot call; this is its one caller.
int kt_sqlite_set_up_for_serial_connections(void) {
    if (sqlite3_threadsafe() == 0) return 0;
    int threads = sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    int statistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return threads == SQLITE_OK && statistics == SQLITE_OK;
}
