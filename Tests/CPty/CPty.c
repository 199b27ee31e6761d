#define _GNU_SOURCE 1
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <wchar.h>

#include "CPty.h"

int kt_pty_open(void) {
    int fd = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return -1;
    if (grantpt(fd) != 0 || unlockpt(fd) != 0) return -1;
    return fd;
}

int kt_pty_name(int master, char *buffer, size_t length) { return ptsname_r(master, buffer, length); }

int kt_pty_addchdir(void *actions, const char *path) { return posix_spawn_file_actions_addchdir_np(actions, path); }

short kt_pty_setsid_flag(void) { return POSIX_SPAWN_SETSID; }

int kt_pty_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }
