import CNcursesw
import ReaderCore

/// The only code that touches curses.
public enum CursesTerminal {}
