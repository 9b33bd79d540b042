// The one C shim for ncursesw: wide characters on, curses macros wrapped as functions.
// Imported by the CursesTerminal target alone.
#ifndef FOLIO_CNCURSESW_SHIM_H
#define FOLIO_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

extern int wcwidth(wchar_t);

// Windows and sizes.
static inline WINDOW *folio_stdscr(void) { return stdscr; }
static inline int folio_colors(void) { return COLORS; }
static inline int folio_color_pairs(void) { return COLOR_PAIRS; }

// Attributes.
static inline attr_t folio_a_normal(void) { return A_NORMAL; }
static inline attr_t folio_a_bold(void) { return A_BOLD; }
static inline attr_t folio_a_underline(void) { return A_UNDERLINE; }
static inline attr_t folio_a_reverse(void) { return A_REVERSE; }
static inline attr_t folio_a_dim(void) { return A_DIM; }
static inline attr_t folio_a_italic(void) { return A_ITALIC; }

// Keys and mouse masks (ncurses 6 moved BUTTON5 to other bits: always go through these).
static inline int folio_key_f(int n) { return KEY_F(n); }
static inline mmask_t folio_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t folio_button1_clicked(void) {
    return BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON1_TRIPLE_CLICKED;
}
static inline mmask_t folio_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t folio_button5_pressed(void) { return BUTTON5_PRESSED; }

// Terminal setup without ncurses printing "Error opening terminal" and exiting.

/// Probes terminfo for `term` on `fd`: 1 usable, 0 unknown terminal, -1 no terminfo database,
/// 2 known but unable to address the cursor (hardcopy, dumb). Leaves `cur_term` as it was.
static inline int folio_probe_terminal(const char *term, int fd) {
    int status = 0;
    TERMINAL *previous = cur_term;
    if (setupterm(term, fd, &status) != OK) {
        return status == -1 ? -1 : 0;
    }
    const char *cup = tigetstr("cup");
    int usable = (cup != NULL && cup != (const char *)-1 && tigetflag("hc") <= 0) ? 1 : 2;
    del_curterm(set_curterm(previous));
    return usable;
}

/// A new screen on standard output and input, or NULL.
static inline SCREEN *folio_newterm(const char *term) { return newterm(term, stdout, stdin); }

/// A string capability of the current terminal, or NULL when absent or not a string.
static inline const char *folio_tigetstr(const char *name) {
    const char *value = tigetstr(name);
    return value == (const char *)-1 ? NULL : value;
}
#endif
