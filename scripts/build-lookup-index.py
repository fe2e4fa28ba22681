#!/usr/bin/env python3
"""Builds the lookup indexes the compliance engine loads at start-up.

The engine looks words up by their *folded* form (lower case, accents removed,
ß→ss, æ→ae, œ→oe, ø→o, ł→l, đ→d, ı→i, ð→d, þ→t, curly apostrophes → '), the same
folding as TextAnalysis::fold() in core/compliance/TextAnalysis.cpp. Sorting the
files by that key here means the engine only has to index line starts when it
loads them (no parsing, no sorting, well inside its 50 ms start-up budget).

  scripts/build-lookup-index.py            # rebuilds every index below
  scripts/build-lookup-index.py names      # only names/names.idx (or: places)

Inputs and outputs (all under resources/):
  names/given.tsv, names/surnames.tsv, names/common-words.tsv, names/dictionary-words.tsv
      -> names/names.idx   key<TAB>given weight<TAB>surname weight<TAB>word langs
  places/places.tsv (if present)
      -> places/places.idx key<TAB>kind<TAB>tags
Output lines are sorted by the UTF-8 bytes of the key; keys are unique.
"""
import os
import sys
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources")

SPECIAL = {
    "\u00df": "ss", "\u00c6": "ae", "\u00e6": "ae", "\u0152": "oe", "\u0153": "oe",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'",
}
OVERRIDE = {
    "\u00d8": "o", "\u00f8": "o", "\u0141": "l", "\u0142": "l", "\u0110": "d", "\u0111": "d",
    "\u0131": "i", "\u00d0": "d", "\u00f0": "d", "\u00de": "t", "\u00fe": "t",
}


def fold(s):
    out = []
    for c in s:
        o = ord(c)
        if o < 0x80:
            out.append(c.lower())
        elif c in SPECIAL:
            out.append(SPECIAL[c])
        elif c in OVERRIDE:
            out.append(OVERRIDE[c])
        elif 0xC0 <= o < 0x180:
            d = unicodedata.normalize("NFD", c)
            out.append(d[0].lower() if d[0].isalpha() else c.lower())
        elif unicodedata.category(c) == "Mn":
            continue
        else:
            low = c.lower()
            out.append(low if len(low) == 1 else c)
    return "".join(out)


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def write_sorted(path, rows):
    lines = sorted(rows.items(), key=lambda kv: kv[0].encode("utf-8"))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for key, cols in lines:
            f.write(key + "\t" + "\t".join(str(c) for c in cols) + "\n")
    print(f"{path}: {len(lines)} keys")


def build_names():
    d = os.path.join(ROOT, "names")
    rows = {}
    for col, name in ((0, "given.tsv"), (1, "surnames.tsv")):
        for parts in read_tsv(os.path.join(d, name)):
            key = fold(parts[0])
            if not key or "\t" in key:
                continue
            r = rows.setdefault(key, [0, 0, ""])
            r[col] = max(r[col], int(parts[1]))
    for parts in read_tsv(os.path.join(d, "common-words.tsv")):
        key = fold(parts[0])
        if key in rows:
            langs = set(filter(None, rows[key][2].split(","))) | set(parts[1].split(","))
            rows[key][2] = ",".join(sorted(langs))
    # Ordinary words that are no names (names/dictionary-words.tsv, scripts/names/build-dictionary.py):
    # known words, so the detector never takes them for unknown names. Names keep their own flags.
    dictionary = os.path.join(d, "dictionary-words.tsv")
    if os.path.exists(dictionary):
        for parts in read_tsv(dictionary):
            key = fold(parts[0])
            if key and key not in rows:
                rows[key] = [0, 0, parts[1]]
    for r in rows.values():
        r[2] = r[2] or "-"
    write_sorted(os.path.join(d, "names.idx"), rows)


def build_places():
    d = os.path.join(ROOT, "places")
    src = os.path.join(d, "places.tsv")
    if not os.path.exists(src):
        return
    rank = {"country": 4, "region": 3, "county": 2, "city": 1}
    rows = {}
    for parts in read_tsv(src):
        key = fold(parts[0])
        kind = parts[1]
        tags = parts[2] if len(parts) > 2 else ""
        old = rows.get(key)
        if old is None or rank.get(kind, 0) > rank.get(old[0], 0):
            rows[key] = [kind, tags or "-"]
        else:
            merged = set(filter(lambda t: t != "-", old[1].split(","))) | set(filter(None, tags.split(",")))
            old[1] = ",".join(sorted(merged)) or "-"
    write_sorted(os.path.join(d, "places.idx"), rows)


if __name__ == "__main__":
    targets = sys.argv[1:] or ["names", "places"]
    if any(t not in ("names", "places") for t in targets):
        print(__doc__)
        sys.exit(0 if targets in (["-h"], ["--help"]) else 2)
    if "names" in targets:
        build_names()
    if "places" in targets:
        build_places()
