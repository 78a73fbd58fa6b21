#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
"""Puts translations from JSON (as i18n-export.py writes it) into a .ts file, and marks them finished.

    scripts/i18n-import.py translations/pathway_fa.ts fa.json [more.json ...]

A message is matched by context, source and comment. A translation whose placeholders (%1, %n)
or markup differ from the source, or a plural message with the wrong number of forms, is
refused with a message, and the file is left as it was if anything was refused.
"""
import argparse
import json
import sys
import xml.etree.ElementTree as ET

import i18n_ts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts")
    parser.add_argument("json", nargs="+")
    args = parser.parse_args()
    tree = i18n_ts.load(args.ts)
    lang = i18n_ts.language(tree)
    forms = i18n_ts.PLURAL_FORMS[lang]
    index = {i18n_ts.key(c, m): m for c, m in i18n_ts.messages(tree)}
    errors, done, unknown = [], 0, 0
    for path in args.json:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        entries = data["messages"] if isinstance(data, dict) else data
        for e in entries:
            text = e.get("translation")
            if not text or (isinstance(text, list) and not all(t.strip() for t in text)):
                continue
            k = (e["context"], e["source"], e.get("comment", ""))
            msg = index.get(k)
            if msg is None:
                unknown += 1
                print(f"not in {args.ts} (gone from the code?): {k}", file=sys.stderr)
                continue
            numerus = msg.get("numerus") == "yes"
            if numerus and (not isinstance(text, list) or len(text) != forms):
                errors.append(f"{k}: needs a list of {forms} plural forms")
                continue
            if not numerus and not isinstance(text, str):
                errors.append(f"{k}: needs one text, not a list")
                continue
            for p in i18n_ts.problems(e["source"], text, numerus):
                errors.append(f"{k}: {p}")
            tr = msg.find("translation")
            tr.attrib.pop("type", None)
            for child in list(tr):
                tr.remove(child)
            if numerus:
                tr.text = None
                for t in text:
                    ET.SubElement(tr, "numerusform").text = t
            else:
                tr.text = text
            done += 1
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(f"{len(errors)} problem(s): {args.ts} not changed")
    i18n_ts.save(tree, args.ts)
    print(f"{args.ts}: {done} translation(s) imported, {unknown} not found")


if __name__ == "__main__":
    main()
