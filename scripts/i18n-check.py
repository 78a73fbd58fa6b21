#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
"""Fails unless every shipped translation is finished, with all plural forms, and up to date.

    scripts/i18n-check.py --lupdate LUPDATE --lrelease LRELEASE --sources DIR... -- TS...

For each .ts: lupdate runs on a temporary copy (so a string in the code that the file lacks shows
up as unfinished), then every message must be translated, every plural message must have the
language's number of forms, placeholders and markup must match, and lrelease must report no
unfinished or ignored text. English (pathway_en.ts) only needs its plural messages.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import i18n_ts  # noqa: E402


def check(ts, args, tmp):
    copy = os.path.join(tmp, os.path.basename(ts))
    shutil.copy(ts, copy)
    update = subprocess.run([args.lupdate, "-locations", "none", "-extensions", "cpp,h,qml",
                             *args.sources, "-ts", copy], capture_output=True, text=True, check=True)
    if "won't be updated" in update.stdout + update.stderr:
        return [f"{ts}: lupdate cannot update it (is its language attribute one Qt knows?)"]
    tree = i18n_ts.load(copy)
    lang = i18n_ts.language(tree)
    english = lang == "en"
    forms = i18n_ts.PLURAL_FORMS.get(lang)
    found = []
    if forms is None:
        return [f"{ts}: language '{lang}' has no plural rule in scripts/i18n_ts.py"]
    total = 0
    for context, msg in i18n_ts.messages(tree):
        numerus = msg.get("numerus") == "yes"
        if english and not numerus:
            continue
        total += 1
        k = i18n_ts.key(context, msg)
        if not i18n_ts.is_finished(msg):
            found.append(f"{ts}: untranslated {k}")
            continue
        text = i18n_ts.texts(msg)
        if numerus and len(text) != forms:
            found.append(f"{ts}: {len(text)} plural forms instead of {forms}: {k}")
        found += [f"{ts}: {k}: {p}" for p in i18n_ts.problems(k[1], text, numerus)]
    out = subprocess.run([args.lrelease, copy, "-qm", copy + ".qm"], capture_output=True, text=True,
                         check=True).stdout
    print(f"{os.path.basename(ts)} ({lang}): {total} checked; lrelease: {' '.join(out.split()[-6:])}")
    if not english and (re.search(r"[1-9][0-9]* unfinished", out) or "Ignored" in out):
        found.append(f"{ts}: lrelease: {out.strip()}")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--lrelease", required=True)
    parser.add_argument("--sources", nargs="+", required=True)
    parser.add_argument("ts", nargs="+")
    args = parser.parse_args()
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in args.ts:
            problems += check(ts, args, tmp)
    for p in problems[:200]:
        print(p)
    if problems:
        sys.exit(f"{len(problems)} problem(s) in the translations")


if __name__ == "__main__":
    main()
