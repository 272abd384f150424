"""Access to the language data in extract/lang/ (JSON files, data only)."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
import sys
from pathlib import Path

from .arabic import normalize


@lru_cache(maxsize=None)
def load(name: str) -> dict | list:
    """Parsed contents of extract/lang/<name>.json."""
    return json.loads(resources.files("extract").joinpath("lang", f"{name}.json").read_text(encoding="utf-8"))


def data_files() -> list[str]:
    """Names of all language data files."""
    folder = Path(str(resources.files("extract").joinpath("lang")))
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


@lru_cache(maxsize=None)
def known_words(extra: tuple[str, ...] = ()) -> frozenset[str]:
    """Every normalised word that appears in the language data (plus `extra` files).

    The normaliser strips an attached particle only when the rest is one of
    these, so adding a name to a data file is enough to make "و"/"ب"/"لل"
    forms of it match.
    """
    words: set[str] = set()
    for name in data_files():
        for s in strings(load(name)):
            words.update(normalize(s.rstrip("*")).split())     # "فرض*": a trigger with its endings
    for path in extra:
        for s in strings(json.loads(Path(path).read_text(encoding="utf-8"))):
            words.update(normalize(s).split())
    return frozenset(w for w in words if len(w) > 1)


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
