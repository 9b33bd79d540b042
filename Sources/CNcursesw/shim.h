// The one C shim for ncursesw: wide characters on, curses macros wrapped as functions.
#ifndef FOLIO_CNCURSESW_SHIM_H
#define FOLIO_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *folio_stdscr(void) { return stdscr; }
static inline int folio_lines(void) { return LINES; }
static inline int folio_cols(void) { return COLS; }
static inline attr_t folio_a_bold(void) { return A_BOLD; }
static inline attr_t folio_a_underline(void) { return A_UNDERLINE; }
static inline attr_t folio_a_reverse(void) { return A_REVERSE; }
static inline attr_t folio_a_dim(void) { return A_DIM; }
static inline attr_t folio_a_italic(void) { return A_ITALIC; }
static inline attr_t folio_a_normal(void) { return A_NORMAL; }
static inline mmask_t folio_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t folio_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline mmask_t folio_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t folio_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline int folio_key_f(int n) { return KEY_F(n); }
#endif
