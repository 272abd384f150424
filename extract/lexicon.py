"""Access to the language data in extract/lang/ (JSON files, data only)."""
from __future__ import annotations

import json
from collections.abc import Container
from functools import lru_cache
from importlib import resources
import sys
from pathlib import Path

from .arabic import normalize, split_proclitics


# Data files of names (of states, places, organisations, persons, well-known events): their words are
# no evidence that a word is common, unlike those of the rule files.
NAMING_FILES = frozenset({"states", "states_variants", "places", "cities", "organizations", "persons",
                          "transliteration", "known_events"})


@lru_cache(maxsize=None)
def load(name: str) -> dict | list:
    """Parsed contents of extract/lang/<name>.json."""
    return json.loads(resources.files("athar.extract").joinpath("lang", f"{name}.json").read_text(encoding="utf-8"))


def data_files() -> list[str]:
    """Names of all language data files."""
    folder = Path(str(resources.files("athar.extract").joinpath("lang")))
    return sorted(p.stem for p in folder.glob("*.json"))


def strings(value):
    """Every string inside a parsed data file, depth first."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def words(value) -> set[str]:
    """The normalised words of a parsed data file, its documentation ("_about…" keys) aside."""
    if isinstance(value, dict):
        return set().union(*(words(v) for k, v in value.items() if not k.startswith("_about")))
    if isinstance(value, list):
        return set().union(*(words(v) for v in value))
    return set(normalize(value.rstrip("*")).split()) if isinstance(value, str) else set()     # "فرض*": a stem


def split_word(word: str, known: Container[str]) -> tuple[int, str]:
    """split_proclitics as the normaliser applies it: "ك" only before four letters or more ("كيري" is a name)."""
    stripped, stem = split_proclitics(word, known)
    if stripped and word[stripped - 1] == "ك" and len(stem) < 4:
        return 0, word
    return stripped, stem


class _Without:
    """A word set less one word."""

    def __init__(self, known: set[str], word: str):
        self.known, self.word = known, word

    def __contains__(self, w: str) -> bool:
        return w != self.word and w in self.known


@lru_cache(maxsize=None)
def known_words(extra: tuple[str, ...] = ()) -> frozenset[str]:
    """The normaliser's vocabulary: it strips an attached particle only before one of these words.

    Every word of the data files (and of `extra` files), but not one that is itself a particle + another
    of them ("لتنظيم", "والثقافة"): listing a prefixed form in a rule never keeps that form whole
    elsewhere. vocabulary.json "whole" names the exceptions (see its _about).
    """
    found: set[str] = set()
    for name in data_files():
        found |= words(load(name))
    for path in extra:
        found |= words(json.loads(Path(path).read_text(encoding="utf-8")))
    found = {w for w in found if len(w) > 1}
    whole = {normalize(w) for w in load("vocabulary")["whole"]}
    return frozenset(w for w in found if w in whole or split_word(w, _Without(found, w))[1] == w)


def norm(text: str) -> str:
    """The NORM the normaliser gives the words of `text`: how a rule's entry must be compared with token.norm_."""
    known = known_words()
    return " ".join(split_word(w, known)[1] for w in normalize(text).split())


@lru_cache(maxsize=None)
def coordinates() -> dict[str, dict[str, float]]:
    """{place key: {"lat", "lon"}} for every place with a point: cities.json's own, place_coords.json's (GeoNames)."""
    points = {k: {"lat": c["lat"], "lon": c["lon"]} for k, c in load("cities")["places"].items() if "lat" in c}
    points.update({k: {"lat": c["lat"], "lon": c["lon"]} for k, c in load("place_coords")["places"].items()})
    return points


def render_generated(data: dict, section: str) -> str:
    """Text of a generated data file: its _about, then one entry of `section` per line, so diffs stay readable."""
    lines = ["{", f'  "_about": {json.dumps(data["_about"], ensure_ascii=False)},', f'  "{section}": {{']
    items = list(data[section].items())
    for i, (key, entry) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        lines.append(f"    {json.dumps(key)}: {json.dumps(entry, ensure_ascii=False)}{comma}")
    lines += ["  }", "}", ""]
    return "\n".join(lines)


def write_generated(path: Path, text: str, argv: list[str], command: str, summary: str) -> int:
    """Main of a build script that generates a data file: write it, or with --check exit 1 when it is stale."""
    if "--check" in argv:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path} is out of date: run {command}", file=sys.stderr)
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path} ({summary})")
    return 0
