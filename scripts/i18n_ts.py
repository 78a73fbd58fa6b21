# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
"""Reads and writes Qt Linguist .ts files the way lupdate writes them (shared by the i18n scripts)."""
import re
import xml.etree.ElementTree as ET

# Plural forms per language, as Qt's lrelease counts them (lupdate makes this many <numerusform>s).
# Qt 6.4 does not know "ckb": pathway_ckb.ts (Sorani) says language="ku" (Kurdish), whose rule in Qt
# (one, other) is Sorani's too; without a known language lupdate would refuse to update the file.
PLURAL_FORMS = {"en": 2, "ar": 6, "fa": 1, "ps": 2, "ti": 2, "ku": 2, "sq": 2, "vi": 1, "so": 2}

PLACEHOLDER = re.compile(r"%(?:n|L?[1-9][0-9]?)")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def load(path):
    return ET.parse(path)


def language(tree):
    return tree.getroot().get("language", "").split("_")[0]


def messages(tree):
    """Yields (context name, message element) for every message lupdate still finds."""
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            kind = msg.find("translation").get("type")
            if kind in ("vanished", "obsolete"):
                continue
            yield name, msg


def key(context, msg):
    return (context, msg.findtext("source") or "", msg.findtext("comment") or "")


def is_finished(msg):
    tr = msg.find("translation")
    if tr.get("type") == "unfinished":
        return False
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((tr.text or "").strip())


def texts(msg):
    """The translation's text, or the list of its plural forms."""
    tr = msg.find("translation")
    if msg.get("numerus") == "yes":
        return [f.text or "" for f in tr.findall("numerusform")]
    return tr.text or ""


def problems(source, translation, numerus):
    """Placeholders and markup the translation lost or added (a plural form may leave %n out)."""
    found = []
    want = sorted(set(PLACEHOLDER.findall(source)))
    want_tags = sorted(TAG.findall(source))
    forms = translation if isinstance(translation, list) else [translation]
    for i, text in enumerate(forms):
        have = sorted(set(PLACEHOLDER.findall(text)))
        if numerus:
            # Forms such as "one day" or "two days" (Arabic) name the number in words.
            want_here = [p for p in want if p != "%n"]
            have = [p for p in have if p != "%n"]
        else:
            want_here = want
        if have != want_here:
            found.append(f"form {i}: placeholders {have} instead of {want_here}")
        if sorted(TAG.findall(text)) != want_tags:
            found.append(f"form {i}: markup differs from the source")
    return found


def _escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def _write(el, depth, out):
    pad = "    " * depth
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in el.attrib.items())
    children = list(el)
    text = el.text or ""
    if not children:
        if text:
            out.append(f"{pad}<{el.tag}{attrs}>{_escape(text)}</{el.tag}>\n")
        else:
            out.append(f"{pad}<{el.tag}{attrs}></{el.tag}>\n" if el.tag in ("translation", "source")
                       else f"{pad}<{el.tag}{attrs}/>\n")
        return
    out.append(f"{pad}<{el.tag}{attrs}>\n")
    for child in children:
        # lupdate keeps <context> at the root's own indentation
        _write(child, depth if el.tag == "TS" else depth + 1, out)
    out.append(f"{pad}</{el.tag}>\n")


def save(tree, path):
    out = ['<?xml version="1.0" encoding="utf-8"?>\n', "<!DOCTYPE TS>\n"]
    _write(tree.getroot(), 0, out)
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))
