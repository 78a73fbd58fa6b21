#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
"""Writes the unfinished messages of a .ts file as JSON, ready to translate and import back.

    scripts/i18n-export.py translations/pathway_fa.ts > fa.json      (unfinished only)
    scripts/i18n-export.py --all translations/pathway_fa.ts > fa.json

Each entry has the context, source, comment (disambiguation) and translator's note. "translation"
is a string, or for a plural message a list with one text per plural form of the language
("forms" says how many, in Qt's order: see README, Translations). Fill it in and run
scripts/i18n-import.py.
"""
import argparse
import json
import sys

import i18n_ts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts")
    parser.add_argument("--all", action="store_true", help="also messages already translated")
    args = parser.parse_args()
    tree = i18n_ts.load(args.ts)
    lang = i18n_ts.language(tree)
    forms = i18n_ts.PLURAL_FORMS.get(lang)
    if forms is None:
        sys.exit(f"{args.ts}: no plural rule known for language '{lang}' (add it to scripts/i18n_ts.py)")
    entries = []
    for context, msg in i18n_ts.messages(tree):
        if not args.all and i18n_ts.is_finished(msg):
            continue
        numerus = msg.get("numerus") == "yes"
        entry = {"context": context, "source": msg.findtext("source") or ""}
        if msg.findtext("comment"):
            entry["comment"] = msg.findtext("comment")
        if msg.findtext("extracomment"):
            entry["note"] = msg.findtext("extracomment")
        current = i18n_ts.texts(msg) if i18n_ts.is_finished(msg) else None
        if numerus:
            entry["forms"] = forms
            entry["translation"] = current if current else [""] * forms
        else:
            entry["translation"] = current or ""
        entries.append(entry)
    json.dump({"language": lang, "messages": entries}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
