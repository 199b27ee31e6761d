#ifndef KT_CPTY_H
#define KT_CPTY_H
// What Swift's Glibc module does not import (GNU and XSI extensions). The header stays free
// of feature macros and system types: defining _GNU_SOURCE here would give Swift a second,
// conflicting copy of the system headers.
#include <stddef.h>

/// A new pseudo-terminal master (close-on-exec, not our controlling terminal), granted and
/// unlocked; -1 on failure.
int kt_pty_open(void);
/// The slave's path into `buffer`; 0 on success.
int kt_pty_name(int master, char *buffer, size_t length);
/// posix_spawn_file_actions_addchdir_np on a `posix_spawn_file_actions_t *`.
int kt_pty_addchdir(void *actions, const char *path);
/// POSIX_SPAWN_SETSID: the child starts a session, so the slave it opens becomes its controlling terminal.
short kt_pty_setsid_flag(void);
/// wcwidth under the current LC_CTYPE, as ncurses counts columns.
int kt_pty_wcwidth(unsigned int scalar);

#endif
