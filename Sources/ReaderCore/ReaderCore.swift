/// ReaderCore holds the reader's state, keymap, views and event loop, with no terminal.
public enum ReaderCore {}
