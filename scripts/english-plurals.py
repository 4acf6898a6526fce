#!/usr/bin/env python3
"""Fills the singular and plural forms of resources/translations/roundtable_en.ts.

Every user-visible "%n" message is written with "(s)" markers in the code
("%n day(s)"); this writes "%n day" and "%n days" into the English translation
file, with the few irregular words spelled out below. Forms a person has
already written are kept. Run after `cmake --build build --target update_translations`.
"""
import re
import sys
import xml.etree.ElementTree as ET

TS = sys.argv[1] if len(sys.argv) > 1 else "resources/translations/roundtable_en.ts"

# (marker with its context, singular, plural) for words "(s)" cannot spell.
IRREGULAR = [
    ("person(s) are", "person is", "people are"),
    ("person(s)", "person", "people"),
    ("workshop(s) use", "workshop uses", "workshops use"),
    ("row(s) refer", "row refers", "rows refer"),
    ("people(s)", "person", "people"),
]


def forms(source):
    singular, plural = source, source
    for marker, one, many in IRREGULAR:
        singular = singular.replace(marker, one)
        plural = plural.replace(marker, many)
    singular = singular.replace("(s)", "")
    plural = plural.replace("(s)", "s")
    return singular, plural


def main():
    tree = ET.parse(TS)
    changed = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text
        translation = message.find("translation")
        numerus = translation.findall("numerusform")
        if all(n.text for n in numerus) and translation.get("type") != "unfinished":
            continue
        one, many = forms(source)
        for n in numerus:
            translation.remove(n)
        for text in (one, many):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        changed += 1
    ET.indent(tree, space="    ")
    with open(TS, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"{TS}: filled {changed} plural message(s)")


if __name__ == "__main__":
    main()
