import CNcursesw
import ReaderCore

/// What one `wget_wch` result means to the reader.
public enum CursesInput: Hashable, Sendable {
    /// A key.
    case key(Key)
    /// `KEY_RESIZE`: the terminal changed size.
    case resize
    /// `KEY_MOUSE`: a mouse event is waiting in `getmouse`.
    case mouse
    /// Nothing the reader uses (an unknown key code, a C1 control).
    case ignored
}

/// Turns `wget_wch` results into keys; pure, so it is tested without a terminal.
///
/// Characters: CR, LF → `.enter` (terminals send CR; `nonl()` keeps it raw); HT → `.tab`;
/// DEL, BS → `.backspace`; ESC → `.escape` (ncurses has already waited `ESCDELAY` for a
/// sequence); any other C0 control → `.control` with its caret letter in lower case
/// (0x0C → `control("l")`, 0x00 → `control("@")`); C1 controls and non-scalars are ignored;
/// everything else, CJK and emoji included, → `.character`.
public enum KeyDecoder {
    /// Curses key codes and the keys they mean.
    public static let keyCodes: [Int32: Key] = [
        KEY_DOWN: .down, KEY_UP: .up, KEY_LEFT: .left, KEY_RIGHT: .right, KEY_HOME: .home,
        KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_NPAGE: .pageDown, KEY_PPAGE: .pageUp,
        KEY_ENTER: .enter, KEY_BTAB: .backTab, KEY_END: .end,
    ]
    /// `KEY_F0`: function key n is `KEY_F(n)`, that is `KEY_F0 + n`.
    public static let functionKeyBase = folio_key_f(0)
    /// `KEY_RESIZE`.
    public static let resizeCode = KEY_RESIZE
    /// `KEY_MOUSE`.
    public static let mouseCode = KEY_MOUSE

    /// A character returned with status `OK`.
    public static func decode(character value: UInt32) -> CursesInput {
        switch value {
        case 0x0D, 0x0A: return .key(.enter)
        case 0x09: return .key(.tab)
        case 0x08, 0x7F: return .key(.backspace)
        case 0x1B: return .key(.escape)
        case 0x00..<0x20:
            guard let caret = Unicode.Scalar(value + 0x40) else { return .ignored }
            return .key(.control(Character(String(caret).lowercased())))
        case 0x80..<0xA0:
            return .ignored
        default:
            guard let scalar = Unicode.Scalar(value) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }

    /// A key code returned with status `KEY_CODE_YES`.
    public static func decode(keyCode code: Int32) -> CursesInput {
        if code == resizeCode { return .resize }
        if code == mouseCode { return .mouse }
        if let key = keyCodes[code] { return .key(key) }
        let function = code - functionKeyBase
        if (1...12).contains(function) { return .key(.function(Int(function))) }
        return .ignored
    }
}
