#!/usr/bin/env python3
"""Generate TextLayout's Unicode lookup tables from the Unicode Character Database.

Reads (Debian package `unicode-data`, Unicode 15.0.0):
    EastAsianWidth.txt, LineBreak.txt, UnicodeData.txt, emoji/emoji-data.txt
Writes:
    Sources/TextLayout/Unicode/WidthTable.generated.swift
    Sources/TextLayout/Unicode/LineBreakTable.generated.swift

Each table is a two-stage lookup: stage 1 maps a code point's block (cp >> SHIFT) to a
block number, stage 2 holds the deduplicated blocks of one byte per code point. Both
stages are stored as `StaticString` literals (read-only data, no start-up cost): every
value is offset by OFFSET so that it is printable ASCII; stage 1 uses two characters
per entry (base BASE).

Usage: scripts/generate_unicode_tables.py [--ucd DIR] [--out DIR] [--check] [--compare-wcwidth]
    --check            exit 1 if the committed files differ from what would be generated
    --compare-wcwidth  print how many widths differ from the C library's wcwidth (C.UTF-8)
Standard library only.
"""

import argparse
import os
import re
import sys

MAX_CP = 0x110000
SHIFT = 7
OFFSET = 0x23  # '#': every encoded byte is in 0x23...0x7E
BASE = 0x7F - OFFSET  # 92 values per character

# Width table bits (must match WidthTable.swift).
WIDTH_MASK = 0x03
FLAG_EMOJI_PRESENTATION = 0x04  # Emoji_Presentation=Yes, regional indicators excluded
FLAG_EMOJI_BASE = 0x08  # Emoji=Yes or Extended_Pictographic=Yes
FLAG_UNSAFE_ZERO_WIDTH = 0x10  # zero width here, but not a combining mark or ZWJ

# Line break classes after LB1 resolution, plus pseudo-classes that carry the one extra
# property a rule needs (LB30 East Asian width, LB30b unassigned pictographs, LB15a/b
# Pi and Pf quotation marks) and the CL of the CJK tailoring's closing quotation marks.
LINE_BREAK_CLASSES = [
    "AL", "B2", "BA", "BB", "BK", "CB", "CL", "CM", "CP", "CR", "EB", "EM", "EX", "GL",
    "H2", "H3", "HL", "HY", "ID", "IN", "IS", "JL", "JT", "JV", "LF", "NL", "NS", "NU",
    "OP", "PO", "PR", "QU", "RI", "SP", "SY", "WJ", "ZW", "ZWJ",
    "OPEastAsian", "CPEastAsian", "IDUnassignedPictographic", "CLQuotation",
    "QUInitial", "QUFinal",
]
CLASS_DOCS = {
    "OPEastAsian": "OP whose East_Asian_Width is F, W or H (excluded from LB30).",
    "CPEastAsian": "CP whose East_Asian_Width is F, W or H (excluded from LB30).",
    "IDUnassignedPictographic": "ID that is unassigned and Extended_Pictographic (LB30b).",
    "CLQuotation": "CL given to U+2019 and U+201D by the CJK tailoring; never in the table.",
    "QUInitial": "QU with General_Category Pi (LB15a of Unicode 15.1, CJK tailoring).",
    "QUFinal": "QU with General_Category Pf (LB15b of Unicode 15.1, CJK tailoring).",
}


def parse_ranges(path):
    """Yields (first, last, value, comment) for every data line of a UCD property file."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            data, _, comment = line.partition("#")
            if not data.strip():
                continue
            fields = [x.strip() for x in data.split(";")]
            first, _, last = fields[0].partition("..")
            yield int(first, 16), int(last or first, 16), fields[1], comment


def missing_defaults(path):
    """The `# @missing:` default of a property file."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"#\s*@missing:\s*([0-9A-F]+)\.\.([0-9A-F]+);\s*(\w+)", line)
            if m:
                return m.group(3)
    raise SystemExit(f"{path}: no @missing line")


def unicode_version(ucd):
    """The version named in the headers of LineBreak.txt and EastAsianWidth.txt (must agree)."""
    versions = set()
    for name in ("LineBreak.txt", "EastAsianWidth.txt"):
        with open(os.path.join(ucd, name), encoding="utf-8") as f:
            m = re.match(r"#\s*\w+-(\d+\.\d+\.\d+)\.txt", f.readline())
        if not m:
            raise SystemExit(f"{name}: no version in the first line")
        versions.add(m.group(1))
    if len(versions) != 1:
        raise SystemExit(f"UCD files disagree on the version: {sorted(versions)}")
    return versions.pop()


def read_general_category(ucd):
    gc = ["Cn"] * MAX_CP
    pending = None
    with open(os.path.join(ucd, "UnicodeData.txt"), encoding="utf-8") as f:
        for line in f:
            fields = line.split(";")
            cp, name, cat = int(fields[0], 16), fields[1], fields[2]
            if name.endswith(", First>"):
                pending = cp
                continue
            start = pending if name.endswith(", Last>") else cp
            pending = None
            for c in range(start, cp + 1):
                gc[c] = cat
    return gc


def read_east_asian_width(ucd):
    path = os.path.join(ucd, "EastAsianWidth.txt")
    eaw = [missing_defaults(path)] * MAX_CP
    # Documented defaults for unassigned code points (file header).
    for first, last in [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
                        (0x20000, 0x2FFFD), (0x30000, 0x3FFFD)]:
        eaw[first:last + 1] = ["W"] * (last - first + 1)
    for first, last, value, _ in parse_ranges(path):
        eaw[first:last + 1] = [value] * (last - first + 1)
    return eaw


def read_line_break(ucd):
    path = os.path.join(ucd, "LineBreak.txt")
    lb = [missing_defaults(path)] * MAX_CP
    # Documented defaults for unassigned code points (file header).
    for first, last, value in [(0x3400, 0x4DBF, "ID"), (0x4E00, 0x9FFF, "ID"),
                               (0xF900, 0xFAFF, "ID"), (0x20000, 0x2FFFD, "ID"),
                               (0x30000, 0x3FFFD, "ID"), (0x1F000, 0x1FAFF, "ID"),
                               (0x1FC00, 0x1FFFD, "ID"), (0x20A0, 0x20CF, "PR")]:
        lb[first:last + 1] = [value] * (last - first + 1)
    for first, last, value, _ in parse_ranges(path):
        lb[first:last + 1] = [value] * (last - first + 1)
    return lb


def read_emoji(ucd):
    props = {}
    for first, last, value, _ in parse_ranges(os.path.join(ucd, "emoji", "emoji-data.txt")):
        props.setdefault(value, set()).update(range(first, last + 1))
    return props


def is_regional_indicator(cp):
    return 0x1F1E6 <= cp <= 0x1F1FF


def width_values(gc, eaw, emoji):
    presentation = emoji["Emoji_Presentation"]
    base = emoji["Emoji"] | emoji["Extended_Pictographic"]
    values = bytearray(MAX_CP)
    for cp in range(MAX_CP):
        cat = gc[cp]
        if cat in ("Cc", "Cf", "Mn", "Me", "Zl", "Zp", "Cs"):
            width = 0
        elif 0x1160 <= cp <= 0x11FF or 0xD7B0 <= cp <= 0xD7FF:
            width = 0  # Hangul medial vowels and final consonants join the syllable
        elif eaw[cp] in ("W", "F"):
            width = 2
        else:
            width = 1
        value = width
        if cp in presentation and not is_regional_indicator(cp):
            value |= FLAG_EMOJI_PRESENTATION
        if cp in base:
            value |= FLAG_EMOJI_BASE
        if width == 0 and cat not in ("Mn", "Me") and cp != 0x200D:
            value |= FLAG_UNSAFE_ZERO_WIDTH
        values[cp] = value
    return values


def line_break_values(lb, gc, eaw, emoji):
    index = {name: i for i, name in enumerate(LINE_BREAK_CLASSES)}
    pictographic = emoji["Extended_Pictographic"]
    values = bytearray(MAX_CP)
    for cp in range(MAX_CP):
        cls = lb[cp]
        # LB1: resolve classes the algorithm does not use directly.
        if cls in ("AI", "SG", "XX"):
            cls = "AL"
        elif cls == "SA":
            cls = "CM" if gc[cp] in ("Mn", "Mc") else "AL"
        elif cls == "CJ":
            cls = "NS"
        if cls in ("OP", "CP") and eaw[cp] in ("F", "W", "H"):
            cls += "EastAsian"
        elif cls == "ID" and gc[cp] == "Cn" and cp in pictographic:
            cls = "IDUnassignedPictographic"
        elif cls == "QU" and gc[cp] in ("Pi", "Pf"):
            cls = "QUInitial" if gc[cp] == "Pi" else "QUFinal"
        values[cp] = index[cls]
    return values


def two_stage(values):
    size = 1 << SHIFT
    blocks, stage1, stage2 = {}, [], bytearray()
    for start in range(0, MAX_CP, size):
        block = bytes(values[start:start + size])
        if block not in blocks:
            blocks[block] = len(blocks)
            stage2 += block
        stage1.append(blocks[block])
    assert len(blocks) < BASE * BASE
    return stage1, stage2


def encode(data):
    out = []
    for v in data:
        assert v < BASE, v
        c = chr(OFFSET + v)
        out.append("\\\\" if c == "\\" else c)
    return out


def string_literal(chars, indent="    ", width=100):
    lines, line, n = [], [], 0
    for c in chars:
        line.append(c)
        n += 1
        if n == width:
            lines.append("".join(line) + "\\")
            line, n = [], 0
    if line:
        lines.append("".join(line))
    else:
        lines[-1] = lines[-1][:-1]
    body = "\n".join(lines)
    return f'"""\n{body}\n"""'


def table_source(version, type_name, summary, stage1, stage2, extra=""):
    stage1_chars = []
    for n in stage1:
        stage1_chars += encode([n // BASE, n % BASE])
    return f"""// generated, do not edit: scripts/generate_unicode_tables.py
// Source: Unicode Character Database {version} ({SOURCES}).
// {summary}
// swift-format-ignore-file
{extra}
extension {type_name} {{
    /// Code points per stage-2 block (`scalar >> blockShift` indexes stage 1).
    @inline(__always) static var blockShift: UInt32 {{ {SHIFT} }}
    /// Added to every stored value to keep the literals printable ASCII.
    @inline(__always) static var valueOffset: UInt8 {{ {OFFSET} }}
    /// Stage-1 entries are two digits in this base: `high * base + low` is the block number.
    @inline(__always) static var base: Int {{ {BASE} }}
    /// Stage 1: {len(stage1)} blocks, two characters each.
    @inline(__always) static var stage1: StaticString {{
{string_literal(stage1_chars)}
    }}
    /// Stage 2: {len(stage2) >> SHIFT} distinct blocks of {1 << SHIFT} values.
    @inline(__always) static var stage2: StaticString {{
{string_literal(encode(stage2))}
    }}
}}
"""


SOURCES = "EastAsianWidth.txt, LineBreak.txt, UnicodeData.txt, emoji/emoji-data.txt"


def line_break_enum(version):
    lines = [f"/// A Line_Break class after LB1 resolution (UAX #14, Unicode {version}).",
             "enum LineBreakClass: UInt8, Sendable {"]
    for i, name in enumerate(LINE_BREAK_CLASSES):
        doc = CLASS_DOCS.get(name, f"Line_Break={name}.")
        lines.append(f"    /// {doc}")
        lines.append(f"    case {name} = {i}")
    lines.append("}")
    return "\n" + "\n".join(lines) + "\n"


def compare_wcwidth(values):
    """Counts disagreements with the C library's wcwidth in C.UTF-8 (information only)."""
    import ctypes
    libc = ctypes.CDLL("libc.so.6")
    libc.setlocale.restype = ctypes.c_char_p
    if not libc.setlocale(6, b"C.UTF-8"):
        print("C.UTF-8 locale unavailable", file=sys.stderr)
        return
    libc.wcwidth.argtypes = [ctypes.c_wchar]
    differ, covered = 0, 0
    for cp in range(0x20, MAX_CP):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = libc.wcwidth(chr(cp))
        if c < 0:
            continue  # unassigned for glibc
        ours = values[cp] & WIDTH_MASK
        if c != ours:
            differ += 1
            if values[cp] & FLAG_UNSAFE_ZERO_WIDTH:
                covered += 1
    print(f"wcwidth disagreements: {differ}, flagged terminal-unsafe: {covered}", file=sys.stderr)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ucd", default="/usr/share/unicode")
    parser.add_argument("--out", default=os.path.join(root, "Sources/TextLayout/Unicode"))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--compare-wcwidth", action="store_true")
    args = parser.parse_args()

    gc = read_general_category(args.ucd)
    eaw = read_east_asian_width(args.ucd)
    emoji = read_emoji(args.ucd)
    widths = width_values(gc, eaw, emoji)
    breaks = line_break_values(read_line_break(args.ucd), gc, eaw, emoji)

    version = unicode_version(args.ucd)
    outputs = {
        "WidthTable.generated.swift": table_source(
            version, "WidthTable", "Display width and emoji flags per scalar.",
            *two_stage(widths)),
        "LineBreakTable.generated.swift": table_source(
            version, "LineBreakTable", "Line_Break class per scalar after LB1.",
            *two_stage(breaks), line_break_enum(version)),
    }
    stale = []
    for name, source in outputs.items():
        path = os.path.join(args.out, name)
        if args.check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != source:
                        stale.append(path)
            except FileNotFoundError:
                stale.append(path)
            continue
        os.makedirs(args.out, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
    if args.compare_wcwidth:
        compare_wcwidth(widths)
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
