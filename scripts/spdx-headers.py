#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
"""Puts the SPDX licence header at the top of every source file that lacks one.

Usage: python3 scripts/spdx-headers.py [--check]
With --check it changes nothing and exits 1, naming each file without a header.
Files that cannot carry a comment (data, images, translations) are covered by .reuse/dep5.
"""
import subprocess
import sys

TAG = "SPDX-"
COPYRIGHT = TAG + "FileCopyrightText: 2026 Pathway contributors"
LICENCE = TAG + "License-Identifier: MIT"

SLASHES = (".cpp", ".h", ".c", ".mm", ".qml", ".js")
HASHES = (".sh", ".py", ".cmake", ".yaml", ".yml", ".txt")


def comment_style(path):
    if path.endswith(SLASHES):
        return "//"
    name = path.rsplit("/", 1)[-1]
    if name == "CMakeLists.txt" or path.endswith(HASHES[:-1]) or name == "run":
        return "#"
    return None


def main():
    check = "--check" in sys.argv
    files = subprocess.run(["git", "ls-files", "-z"], capture_output=True, check=True).stdout.decode().split("\0")
    missing = []
    for path in filter(None, files):
        style = comment_style(path)
        if style is None or path.startswith(".ci/"):
            continue
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except (FileNotFoundError, UnicodeDecodeError):
            continue
        if LICENCE in text[:600]:
            continue
        missing.append(path)
        if check:
            continue
        header = f"{style} {COPYRIGHT}\n{style} {LICENCE}\n"
        if text.startswith("#!"):
            first, _, rest = text.partition("\n")
            text = f"{first}\n{header}{rest}"
        else:
            text = header + text
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    for path in missing:
        print(("no SPDX header: " if check else "added SPDX header: ") + path)
    return 1 if check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
