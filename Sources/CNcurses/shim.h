// Shim for ncursesw. These two defines must come before any include, or the
// wide-character API (cchar_t, setcchar, get_wch, add_wch) is not declared.
#ifndef KT_CNCURSES_SHIM_H
#define KT_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 600
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// C globals and function-like macros cannot be used from Swift 6: wrap each one.

static inline WINDOW *kt_stdscr(void) { return stdscr; }
static inline WINDOW *kt_curscr(void) { return curscr; }
static inline int kt_lines(void) { return LINES; }
static inline int kt_cols(void) { return COLS; }
static inline int kt_colors(void) { return COLORS; }
static inline int kt_color_pairs(void) { return COLOR_PAIRS; }
static inline int kt_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int kt_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }
static inline int kt_key_f(int n) { return KEY_F(n); }
static inline int kt_ccharw_max(void) { return CCHARW_MAX; }

static inline attr_t kt_wa_normal(void) { return WA_NORMAL; }
static inline attr_t kt_wa_bold(void) { return WA_BOLD; }
static inline attr_t kt_wa_dim(void) { return WA_DIM; }
static inline attr_t kt_wa_reverse(void) { return WA_REVERSE; }
static inline attr_t kt_wa_underline(void) { return WA_UNDERLINE; }
static inline attr_t kt_wa_italic(void) { return WA_ITALIC; }

static inline mmask_t kt_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t kt_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t kt_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t kt_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t kt_button5_pressed(void) { return BUTTON5_PRESSED; }

/// Opens the terminal on the process's stdin/stdout; NULL when it cannot (no terminal).
static inline SCREEN *kt_newterm(void) { return newterm(NULL, stdout, stdin); }

/// Writes raw bytes to the terminal (escape sequences ncurses has no call for).
static inline void kt_write_raw(const char *s) { fputs(s, stdout); fflush(stdout); }

/// Makes the keys the terminal driver would act on reach the program as keys, for as
/// long as curses is on (endwin restores the user's settings, the next refresh these):
/// Ctrl-S and Ctrl-Q no longer stop and start output (IXON), Ctrl-backslash no longer sends
/// SIGQUIT, and where the system has them Ctrl-O no longer discards output and Ctrl-Y
/// no longer suspends (macOS). Ctrl-C and Ctrl-Z keep their signals. Records the result
/// as curses' program mode; returns ERR when the terminal could not be read or set.
static inline int kt_keys_as_input(void) {
    struct termios t;
    if (tcgetattr(STDIN_FILENO, &t) != 0) return ERR;
    t.c_iflag &= ~(tcflag_t)IXON;
    t.c_cc[VQUIT] = _POSIX_VDISABLE;
#ifdef VDISCARD
    t.c_cc[VDISCARD] = _POSIX_VDISABLE;
#endif
#ifdef VDSUSP
    t.c_cc[VDSUSP] = _POSIX_VDISABLE;
#endif
    if (tcsetattr(STDIN_FILENO, TCSANOW, &t) != 0) return ERR;
    return def_prog_mode();
}

/// True when the current locale's character set is UTF-8.
static inline int kt_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/// Builds a cchar_t from up to CCHARW_MAX wide characters; returns ERR when ncurses refuses.
static inline int kt_setcchar(cchar_t *out, const wchar_t *wch, attr_t attrs, short pair) {
    return setcchar(out, wch, attrs, pair, NULL);
}

#endif
