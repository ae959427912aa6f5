#!/usr/bin/env python3
"""Checks that the files of a unity-built target do not define the same namespace-scope name.

The CLI's commands and the unit tests are compiled as unity files (several .cpp files
included into one), where each file's anonymous namespace is the others' too: a helper of
one file can silently become a better overload for a call in another (a json-returning
`number` once turned a table's cells into garbage). This flags every name defined at
column 0 (functions, variables, types, aliases) in more than one of the given files.
Headers may repeat their own declarations' names, so only .cpp files are compared with
each other; namespace aliases and `namespace` lines are allowed to repeat.

Usage: check-unity-names.py FILE.cpp...   exit 1, naming each clash and its files.
"""
import collections
import re
import sys

PATTERNS = [
    re.compile(r'^(?:static |inline |constexpr |const |template <[^>]*> )*[\w:<>,\*& ]+?[\s\*&](\w+)\s*\('),
    re.compile(r'^(?:static |inline |constexpr |const )*[\w:<>,\*& ]+?\s(\w+)(?:\[\w*\])?\s*(?:=|\{)'),
    re.compile(r'^(?:struct|class|enum(?: class)?|union)\s+(\w+)'),
    re.compile(r'^using\s+(\w+)\s*='),
]
IGNORED = {'TEST_CASE', 'TEMPLATE_TEST_CASE', 'SECTION', 'if', 'for', 'while', 'return', 'switch', 'main'}


def defined_names(path):
    names = set()
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith((' ', '\t', '#', '/', '}')) or line.startswith(('namespace', 'using namespace')):
                continue
            for pattern in PATTERNS:
                m = pattern.match(line)
                if m:
                    if m.group(1) not in IGNORED:
                        names.add(m.group(1))
                    break
    return names


def main(paths):
    where = collections.defaultdict(list)
    for path in paths:
        for name in defined_names(path):
            where[name].append(path)
    clashes = {n: ps for n, ps in where.items() if len(ps) > 1}
    for name, ps in sorted(clashes.items()):
        print(f'{name}: defined in {", ".join(ps)}')
    if clashes:
        print(f'{len(clashes)} name(s) defined in more than one file of a unity build: rename them')
        return 1
    print(f'{len(paths)} files, {sum(len(v) for v in where.values())} names, no clash')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
