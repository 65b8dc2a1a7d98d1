#!/usr/bin/env python3
"""Consistency check for the catalog files (issue #12): run `python3 seeds/catalog/check.py`.

Checks what a person editing the JSON by hand can get wrong and what ingest would otherwise reject late:
well-formed JSON, citation keys defined and unique across files, every state and depositary an actor,
aliases unique across treaties, dates valid and in order, limits well formed. Prints counts of checked and
unchecked values. Exit status 1 when anything is wrong. Standard library only.
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATE_KINDS = {'signed', 'opened-for-signature', 'entered-into-force', 'central-limits-due', 'extended', 'expires',
              'terminated', 'suspended'}
ACTION_KINDS = {'signed', 'ratified', 'acceded', 'succeeded', 'withdrew', 'suspended', 'resumed',
                'ratification-withdrawn'}
MEASURES = {'count': None, 'percent': {'percent'}, 'mass': {'kilograms'}, 'distance': {'kilometers'}}
CITATION_KINDS = {'treaty-text', 'reference'}
DURATION = re.compile(r'^P(?!$)(\d+Y)?(\d+M)?(\d+D)?$')
errors = []


def err(where, msg):
    errors.append(f'{where}: {msg}')


def load(name):
    path = os.path.join(HERE, name)
    try:
        with open(path, encoding='utf-8') as f:
            return json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        err(name, f'cannot read: {e}')
        return {}


def day(where, value):
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        err(where, f'not a YYYY-MM-DD date: {value!r}')
        return None


def norm(alias):
    return ' '.join(alias.split()).casefold()


def check_citations(name, cits, all_keys):
    for key, c in cits.items():
        if key in all_keys:
            err(name, f'citation key {key!r} is defined in {all_keys[key]} too')
        all_keys[key] = name
        where = f'{name} citations.{key}'
        if not c.get('title') or not str(c.get('url', '')).startswith(('https://', 'http://')):
            err(where, 'needs a title and an http(s) url')
        if 'kind' in c and c['kind'] not in CITATION_KINDS:
            err(where, f'kind {c["kind"]!r} is not one of {sorted(CITATION_KINDS)}')


def cited(where, obj, keys, tally):
    if obj.get('citation') not in keys:
        err(where, f'citation {obj.get("citation")!r} is not defined')
    if not isinstance(obj.get('checked'), bool):
        err(where, 'checked must be true or false')
    tally[bool(obj.get('checked'))] += 1


def main():
    actors = load('actors.json')
    treaties = load('treaties.json')
    limits = load('treaty-limits.json')
    actions = load('state-actions.json')
    all_keys = {}
    for name, doc in (('actors.json', actors), ('treaties.json', treaties), ('treaty-limits.json', limits),
                      ('state-actions.json', actions)):
        check_citations(name, doc.get('citations', {}), all_keys)
    keys = set(all_keys)
    actor_kind = {a['slug']: a['kind'] for a in actors.get('actors', [])}
    states = {s for s, k in actor_kind.items() if k == 'state'}
    tally = {True: 0, False: 0}

    by_slug, alias_owner = {}, {}
    for i, t in enumerate(treaties.get('treaties', [])):
        where = f'treaties.json treaties[{i}] ({t.get("slug")})'
        if t.get('slug') in by_slug:
            err(where, 'duplicate slug')
        by_slug[t.get('slug')] = t
        for alias in t.get('aliases', []):
            owner = alias_owner.setdefault(norm(alias), t['slug'])
            if owner != t['slug']:
                err(where, f'alias {alias!r} also names {owner}')
        if t.get('kind') not in ('bilateral', 'multilateral'):
            err(where, f'kind {t.get("kind")!r}')
        for s in t.get('parties', []):
            if s not in states:
                err(where, f'party {s!r} is not a state in actors.json')
        if t.get('kind') == 'bilateral' and len(t.get('parties', [])) != 2:
            err(where, 'a bilateral treaty names its two parties')
        for s in t.get('depositaries', []):
            if s not in actor_kind:
                err(where, f'depositary {s!r} is not in actors.json')
        dates = {}
        for j, dd in enumerate(t.get('dates', [])):
            w = f'{where} dates[{j}] ({dd.get("kind")})'
            if dd.get('kind') not in DATE_KINDS:
                print(f'note: {w}: named event {dd.get("kind")!r} (not one of the standard date kinds)')
            if dd.get('kind') in dates:
                err(w, 'date kind given twice')
            dates[dd.get('kind')] = day(w, dd.get('date'))
            cited(w, dd, keys, tally)
        start = dates.get('signed') or dates.get('opened-for-signature') or dates.get('concluded')
        for later in ('entered-into-force', 'central-limits-due', 'extended', 'expires', 'terminated'):
            if start and dates.get(later) and dates[later] < start:
                err(where, f'{later} {dates[later]} is before signature {start}')
        if dates.get('extended') and dates.get('expires') and dates['expires'] < dates['extended']:
            err(where, 'expires before extended')
        pc = t.get('partyCount')
        if pc:
            day(f'{where} partyCount', pc.get('asOf'))
            cited(f'{where} partyCount', pc, keys, tally)
        t['_dates'] = dates

    limit_keys = set()
    for i, lim in enumerate(limits.get('limits', [])):
        where = f'treaty-limits.json limits[{i}] ({lim.get("treaty")}/{lim.get("key")})'
        t = by_slug.get(lim.get('treaty'))
        if t is None:
            err(where, 'unknown treaty')
            continue
        if (lim['treaty'], lim.get('key')) in limit_keys:
            err(where, 'duplicate key for this treaty')
        limit_keys.add((lim['treaty'], lim.get('key')))
        if lim.get('measure') not in MEASURES:
            err(where, f'measure {lim.get("measure")!r}')
        elif MEASURES[lim['measure']] and lim.get('unit') not in MEASURES[lim['measure']]:
            err(where, f'unit {lim.get("unit")!r} does not fit measure {lim["measure"]}')
        if not isinstance(lim.get('value'), (int, float)):
            err(where, 'value must be a number')
        if lim.get('min') is not None and not lim['min'] <= lim.get('value', 0):
            err(where, 'min is above value')
        for s in lim.get('binds', []):
            if s not in states:
                err(where, f'binds {s!r}, not a state in actors.json')
        for field, ref in (('deadline', 'relativeTo'), ('duration', 'from')):
            obj = lim.get(field)
            if not obj:
                continue
            if 'date' in obj:
                day(f'{where} {field}', obj['date'])
            else:
                if obj.get(ref) not in t['_dates']:
                    err(where, f'{field}.{ref} {obj.get(ref)!r} is not a date of {t["slug"]}')
                if not DURATION.match(obj.get('offset', '')):
                    err(where, f'{field}.offset {obj.get("offset")!r} is not an ISO 8601 duration (PnYnMnD)')
        cited(where, lim, keys, tally)

    seen = {}
    for i, ac in enumerate(actions.get('actions', [])):
        where = f'state-actions.json actions[{i}] ({ac.get("treaty")}/{ac.get("state")}/{ac.get("kind")})'
        t = by_slug.get(ac.get('treaty'))
        if t is None:
            err(where, 'unknown treaty')
            continue
        if ac.get('state') not in states:
            err(where, f'state {ac.get("state")!r} is not a state in actors.json')
        if ac.get('kind') not in ACTION_KINDS:
            err(where, f'kind {ac.get("kind")!r}')
        when = day(where, ac.get('date'))
        if ac.get('kind') == 'withdrew':
            eff = day(f'{where} effective', ac.get('effective'))
            if when and eff and eff < when:
                err(where, f'effective {eff} is before the notice {when}')
        elif ac.get('effective') is not None:
            err(where, 'effective is only for withdrew')
        start = t['_dates'].get('signed') or t['_dates'].get('opened-for-signature') or t['_dates'].get('concluded')
        if when and start and when < start and ac.get('kind') in ('signed', 'ratified', 'acceded', 'succeeded'):
            err(where, f'{ac["kind"]} {when} before the treaty was signed or opened ({start})')
        key = (ac['treaty'], ac.get('state'))
        prior = seen.setdefault(key, {})
        if ac.get('kind') in prior:
            err(where, 'same kind twice for this state and treaty')
        prior[ac.get('kind')] = when
        cited(where, ac, keys, tally)
    for (treaty, state), kinds in seen.items():
        if kinds.get('signed') and kinds.get('ratified') and kinds['ratified'] < kinds['signed']:
            err(f'state-actions.json {treaty}/{state}', 'ratified before signed')
        if kinds.get('ratified') and kinds.get('ratification-withdrawn') and \
                kinds['ratification-withdrawn'] < kinds['ratified']:
            err(f'state-actions.json {treaty}/{state}', 'ratification withdrawn before it was given')

    for e in errors:
        print('ERROR', e)
    n_limits, n_actions = len(limits.get('limits', [])), len(actions.get('actions', []))
    print(f'treaties {len(by_slug)}, limits {n_limits}, actions {n_actions}, citations {len(keys)}; '
          f'values checked {tally[True]}, unchecked {tally[False]}')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
