#!/usr/bin/env python3
"""Regenerates enrich/src/main/resources/io/newsflow/enrich/topics/iptc-mediatopics-en.tsv.

Input: the IPTC Media Topic vocabulary as JSON lines, one concept per line with the keys
qcode, level, top, name, retired (the shared data folder's iptc/mediatopic-en-GB.jsonl,
itself derived from IPTC's NewsCodes spreadsheet). Output on stdout: the header, then one row per
active (not retired) concept in the vocabulary's order: top-level qcode, level, qcode, en-GB name.
Whitespace runs inside a name become one space.

Usage: python3 enrich/tools/iptc_mediatopics_tsv.py ../shared/data/iptc/mediatopic-en-GB.jsonl > .../iptc-mediatopics-en.tsv
"""
import json
import sys

HEADER = """\
# Derived from IPTC Media Topic NewsCodes (version 2023-10-24), active concepts only.
# Source: IPTC (International Press Telecommunications Council), Media Topic NewsCodes,
# https://cv.iptc.org/newscodes/mediatopic/ - licensed under Creative Commons Attribution 4.0 (CC BY 4.0).
# Columns: top-level qcode, level, concept qcode, English (en-GB) name."""


def clean(field):
    return " ".join((field or "").split())


def main(path):
    print(HEADER)
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            if c["retired"]:
                continue
            print("\t".join([c["top"], str(c["level"]), c["qcode"], clean(c["name"])]))


if __name__ == "__main__":
    main(sys.argv[1])
