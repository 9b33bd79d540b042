#!/usr/bin/env python3
"""Generates a benchmark library of N article files from ../shared/corpus/.

Usage: scripts/generate-library.py N OUTDIR

Cycles through the corpus's article files (sorted by path, so the output is deterministic),
writing file i as OUTDIR/DDDD/iiiiii-<original name>, 100 files a folder. Each gets a distinct
title: ` #i` is appended to the front matter's title (YAML, TOML or Pelican `Title:`); a file
with no front matter, or none with a title, gets a YAML one naming its original file. Bodies are
kept byte for byte. The corpus folder can be overridden with FOLIO_SHARED_DIR (the `shared` folder).
"""

import os
import re
import sys

ARTICLE_EXTENSIONS = (".md", ".markdown", ".html", ".htm", ".txt")
PER_FOLDER = 100


def corpus_folder():
    shared = os.environ.get("FOLIO_SHARED_DIR")
    if not shared:
        here = os.path.dirname(os.path.abspath(__file__))
        shared = os.path.join(here, "..", "..", "shared")
    return os.path.join(shared, "corpus")


def corpus_files(folder):
    found = []
    for directory, subfolders, names in os.walk(folder):
        subfolders.sort()
        for name in sorted(names):
            if name.lower().endswith(ARTICLE_EXTENSIONS) and name != "README.md":
                found.append(os.path.join(directory, name))
    return sorted(found)


def retitled_line(line, suffix):
    """The title line with ` #i` added, or None when it is not a title line."""
    ending = "\r\n" if line.endswith("\r\n") else ("\n" if line.endswith("\n") else "")
    body = line[: len(line) - len(ending)]
    yaml = re.match(r"^(title\s*:\s*)(.*?)\s*$", body)
    if yaml:
        head, value = yaml.groups()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            return head + value[:-1] + suffix + value[-1] + ending
        if not value:
            return None
        return head + "'" + value.replace("'", "''") + suffix + "'" + ending
    toml = re.match(r'^(title\s*=\s*)(["\'])(.*)\2\s*$', body)
    if toml:
        head, quote, value = toml.groups()
        return head + quote + value + suffix + quote + ending
    pelican = re.match(r"^(Title:\s*)(.+?)\s*$", body)
    if pelican:
        return pelican.group(1) + pelican.group(2) + suffix + ending
    return None


def retitle(text, number, source_name):
    suffix = " #%d" % number
    lines = text.splitlines(keepends=True)
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    first = lines[start].rstrip("\r\n") if start < len(lines) else ""
    if first in ("---", "+++"):
        for n in range(start + 1, len(lines)):
            stripped = lines[n].rstrip("\r\n")
            if stripped == first:
                break
            replaced = retitled_line(lines[n], suffix)
            if replaced is not None:
                lines[n] = replaced
                return "".join(lines)
        if first == "---":
            title = "title: '%s%s'\n" % (source_name.replace("'", "''"), suffix)
            return "".join(lines[: start + 1]) + title + "".join(lines[start + 1 :])
    elif start < len(lines) and re.match(r"^Title:", lines[start]):
        lines[start] = retitled_line(lines[start], suffix) or lines[start]
        return "".join(lines)
    title = source_name.replace("'", "''")
    return "---\ntitle: '%s%s'\n---\n%s" % (title, suffix, text)


def main(arguments):
    if len(arguments) != 3 or not arguments[1].isdigit():
        sys.stderr.write("usage: generate-library.py N OUTDIR\n")
        return 2
    count, out = int(arguments[1]), arguments[2]
    sources = corpus_files(corpus_folder())
    if not sources:
        sys.stderr.write("generate-library.py: no corpus files in %s\n" % corpus_folder())
        return 1
    texts = []
    for path in sources:
        with open(path, encoding="utf-8", errors="surrogateescape", newline="") as handle:
            texts.append(handle.read())
    for number in range(count):
        source = number % len(sources)
        name = os.path.basename(sources[source])
        folder = os.path.join(out, "%04d" % (number // PER_FOLDER))
        if number % PER_FOLDER == 0:
            os.makedirs(folder, exist_ok=True)
        stem = os.path.splitext(name)[0].lstrip(".")
        target = os.path.join(folder, "%06d-%s" % (number, name.lstrip(".")))
        with open(target, "w", encoding="utf-8", errors="surrogateescape", newline="") as handle:
            handle.write(retitle(texts[source], number, stem))
    print("%d files from %d corpus articles in %s" % (count, len(sources), out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
