"""athar report: one self-contained HTML page drawn from the graph, for reading offline.

Four pictures, each from stored queries run in read transactions (graph.query):
a timeline of the dated events with their participants (`events`), a states x
events attendance matrix (`attendance` for who attended, directly or through a
person, `event_profile` for invitations, denials and hosts), the funding and
sanction flows (`flows`, negated facts included) and the most-connected actors
(`connected`). The page carries its own CSS
and draws with HTML and inline SVG: no script, font or file is fetched when it
is viewed. Every name sits in an element with dir="auto", so the browser lays
out each one by its own first strong character (Arabic right to left) without
this module knowing any language.
"""
from __future__ import annotations

import datetime as dt
import html
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver

from athar.graph.query import run_query

ALL_ROWS = 100_000           # `limit` of the queries whose every row the page needs
CELL_STATES = ("attended", "reported", "planned", "via", "hosted", "invited", "not_invited", "not_attended")
CELL_TEXT = {"attended": "●", "reported": "◐", "planned": "○", "via": "•", "hosted": "H", "invited": "✉",
             "not_invited": "✕", "not_attended": "–"}
CELL_HELP = {"attended": "attended", "reported": "reported: attended", "planned": "planned: attends or hosts",
             "via": "attended through a person of the state", "hosted": "hosted or organised", "invited": "invited",
             "not_invited": "not invited", "not_attended": "did not attend"}


@dataclass
class ReportData:
    """What the page shows, as the stored queries return it."""

    events: list[dict[str, Any]]
    attendance: list[dict[str, Any]]
    event_facts: list[dict[str, Any]]
    flows: list[dict[str, Any]]
    actors: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def read_report(driver: Driver, database: str | None = None, max_actors: int = 20) -> ReportData:
    """The rows of the report's stored queries (each in a read transaction)."""
    def rows(name: str, **params) -> list[dict[str, Any]]:
        return run_query(driver, name, params, database)[1]

    return ReportData(events=rows("events", limit=ALL_ROWS),
                      attendance=rows("attendance", limit=ALL_ROWS, evidence=0),
                      event_facts=rows("event_profile", evidence=0),
                      flows=rows("flows", limit=ALL_ROWS),
                      actors=rows("connected", limit=max_actors))


# --- time ----------------------------------------------------------------------------------------

def period(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day an ISO date stands for ('2018' its year, '2018-04' its month); None without a year."""
    if not value or not value[:4].isdigit():
        return None
    parts = value[:10].split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
            return dt.date(year, month, 1), last
        day = dt.date(year, month, int(parts[2]))
        return day, day
    except ValueError:
        return None


def event_span(event: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The days an event row covers: its date's period through its end date's, when that comes later."""
    start = period(event.get("date"))
    if start is None:
        return None
    end = period(event.get("end_date"))
    return start[0], max(start[1], end[1]) if end else start[1]


def axis_range(spans: list[tuple[dt.date, dt.date]]) -> tuple[dt.date, dt.date]:
    """First and last day of the time axis: all spans, or, when a few far outliers (a date of 1979 among the
    news of 2015) would squeeze the rest into a sliver, the 10th to 90th percentile (the outliers drawn at
    the edge with an arrow)."""
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    if len(spans) >= 10:
        starts, ends = sorted(s for s, _ in spans), sorted(e for _, e in spans)
        lo, hi = starts[len(spans) // 10], ends[-1 - len(spans) // 10]
        if 3 * (hi - lo).days < (last - first).days:
            return lo, hi
    return first, last


def _ticks(first: dt.date, last: dt.date) -> list[dt.date]:
    """Axis ticks: years, or months when the span is under two years."""
    if (last - first).days < 730:
        ticks, d = [], dt.date(first.year, first.month, 1)
        step = 1 if (last - first).days < 370 else 3
        while d <= last:
            ticks.append(d)
            m = d.month - 1 + step
            d = dt.date(d.year + m // 12, m % 12 + 1, 1)
        return ticks
    step = max(1, math.ceil((last.year - first.year + 1) / 12))
    return [dt.date(y, 1, 1) for y in range(first.year, last.year + 1, step)]


# --- rendering -----------------------------------------------------------------------------------

def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _name(text: Any, key: Any = None, cls: str = "name") -> str:
    """A name laid out by its own direction (dir=auto), its key as a tooltip."""
    title = f' title="{_e(key)}"' if key else ""
    return f'<span class="{cls}" dir="auto"{title}>{_e(text if text not in (None, "") else key)}</span>'


def _short(text: Any, width: int) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= width else text[:width - 1] + "…"


def timeline(events: list[dict[str, Any]], max_events: int) -> tuple[str, dict[str, int]]:
    """The dated events on a time axis (one row each, with its participants) and the counts."""
    dated = [(event_span(e), e) for e in events]
    dated = [(span, e) for span, e in dated if span]
    undated = len(events) - len(dated)
    shown = sorted(dated, key=lambda d: (-d[1]["documents"] - len(d[1]["participants"]), d[1]["event"]))[:max_events]
    shown.sort(key=lambda d: (d[0][0], d[1]["event"]))
    counts = {"events": len(events), "dated": len(dated), "timeline": len(shown), "undated": undated}
    if not shown:
        return '<p class="empty">No event with a known year.</p>', counts
    first, last = axis_range([span for span, _ in shown])
    ticks = _ticks(first, last)
    first = min(first, ticks[0])
    days = max((last - first).days + 1, 1)

    def x(day: dt.date) -> float:
        return 100 * (day - first).days / days

    axis = "".join(f'<span class="tick" style="left:{x(t):.2f}%">{t.year if t.month == 1 else t.strftime("%Y-%m")}'
                   f'</span>' for t in ticks)
    grid = "".join(f'<span class="gridline" style="left:{x(t):.2f}%"></span>' for t in ticks)
    rows = []
    for (start, end), e in shown:
        clipped = "◀" if start < first else "▶" if start > last else ""
        start, end = min(max(start, first), last), min(max(end, first), last)
        width = max(100 * ((end - start).days + 1) / days, 0.6)
        when = e["date"] + (f" → {e['end_date']}" if e.get("end_date") else "")
        place = " · ".join(_name(v) for v in (e.get("city"), e.get("country")) if v)
        people = (" ".join(_name(p, cls="who") for p in e["participants"])
                  or '<span class="none">no participant read</span>')
        edge = "left:0" if clipped == "◀" else "right:0"
        rows.append(
            f'<div class="trow"><div class="tlabel">{_name(_short(e["name"], 70), e["event"], "ename")}'
            f'<div class="meta"><span class="date">{_e(when)}</span> {place} · {e["documents"]} doc.</div>'
            f'<div class="people">{people}</div></div>'
            f'<div class="track">{grid}<span class="bar" style="left:{x(start):.2f}%;width:{width:.2f}%" '
            f'title="{_e(e["name"])} ({_e(when)})"></span>'
            + (f'<span class="clip" style="{edge}">{clipped} {_e(e["date"][:4])}</span>' if clipped else "")
            + '</div></div>')
    chosen = ", those most documents describe or most actors attend" if len(shown) < len(dated) else ""
    note = f"{len(shown)} of {len(dated)} dated events{chosen}; {undated} without a known year are not on the axis."
    return (f'<p class="note">{note}</p><div class="timeline"><div class="trow axis"><div class="tlabel"></div>'
            f'<div class="track">{axis}</div></div>{"".join(rows)}</div>'), counts


def matrix_cells(attendance: list[dict[str, Any]], event_facts: list[dict[str, Any]]) -> dict[tuple[str, str], set]:
    """{(state, event): cell states}: attendance by modality (or through a person), hosts and organisers,
    invitations and denials."""
    cells: dict[tuple[str, str], set] = defaultdict(set)
    for row in attendance:
        state = "via" if row.get("via") else {"asserted": "attended"}.get(row["modality"], row["modality"])
        cells[row["state"], row["event"]].add(state)
    for row in event_facts:
        if row.get("actor_type") != "State" or row["direction"] != "actor->event":
            continue
        if row["relation"] == "INVITED":
            cells[row["actor"], row["event"]].add("not_invited" if row["negated"] else "invited")
        elif row["relation"] == "ATTENDED" and row["negated"]:
            cells[row["actor"], row["event"]].add("not_attended")
        elif row["relation"] in ("HOSTED", "ORGANIZED") and not row["negated"]:
            cells[row["actor"], row["event"]].add("planned" if row["modality"] == "planned" else "hosted")
    return cells


def matrix(data: ReportData, max_states: int, max_events: int) -> tuple[str, dict[str, int]]:
    """States x events: what the graph says of each state at each event."""
    cells = matrix_cells(data.attendance, data.event_facts)
    names: dict[str, str] = {}
    events: dict[str, dict[str, Any]] = {}
    for row in data.attendance:
        names[row["state"]] = row["state_name"]
        events[row["event"]] = {"name": row["event_name"], "date": row["event_date"]}
    for row in data.event_facts:
        if (row["actor"], row["event"]) in cells:
            names[row["actor"]] = row["actor_name"]
            events[row["event"]] = {"name": row["event_name"], "date": row["event_date"]}
    per_state = Counter(s for s, _ in cells)
    per_event = Counter(e for _, e in cells)
    states = sorted(per_state, key=lambda s: (-per_state[s], s))[:max_states]
    chosen = sorted(per_event, key=lambda e: (-per_event[e], e))[:max_events]
    chosen.sort(key=lambda e: (events[e]["date"] is None, events[e]["date"] or "", e))
    counts = {"matrix_states": len(states), "matrix_events": len(chosen), "states": len(per_state),
              "state_events": len(per_event), "not_invited": sum("not_invited" in v for v in cells.values())}
    if not cells:
        return '<p class="empty">No state attended, hosted or was invited to an event.</p>', counts
    head = "".join(f'<th class="ev" title="{_e(k)}"><div>{_name(_short(events[k]["name"], 42))}'
                   f'<span class="date">{_e(events[k]["date"] or "")}</span></div></th>' for k in chosen)
    body = []
    for s in states:
        tds = []
        for k in chosen:
            marks = [c for c in CELL_STATES if c in cells.get((s, k), ())]
            if not marks:
                tds.append("<td></td>")
                continue
            help_text = "; ".join(CELL_HELP[m] for m in marks)
            tds.append(f'<td class="{" ".join("c-" + m for m in marks)}" title="{_e(names[s])} · '
                       f'{_e(events[k]["name"])}: {_e(help_text)}">{"".join(CELL_TEXT[m] for m in marks)}</td>')
        body.append(f'<tr><th class="st">{_name(names[s], s)} <span class="key">{_e(s)}</span></th>{"".join(tds)}</tr>')
    legend = "".join(f'<span class="lg"><span class="swatch c-{m}">{CELL_TEXT[m]}</span>{_e(CELL_HELP[m])}</span>'
                     for m in CELL_STATES)
    note = (f'{len(states)} of {len(per_state)} states, {len(chosen)} of {len(per_event)} events (those with most '
            f'states); {counts["not_invited"]} not-invited cells.')
    return (f'<p class="note">{note}</p><div class="legend">{legend}</div><div class="mwrap"><table class="matrix">'
            f'<thead><tr><th></th>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>'), counts


FLOW_KINDS = (("FUNDED", "Funding", "funder", "recipient"), ("SANCTIONED", "Sanctions", "sanctioner", "target"))
ROW_HEIGHT = 30


def flow_panel(rows: list[dict[str, Any]], title: str, left: str, right: str, relation: str) -> str:
    """One bipartite picture: sources on the left, targets on the right, one curve per fact."""
    if not rows:
        return f'<div class="fpanel"><h3>{_e(title)}</h3><p class="empty">No {_e(title.lower())} fact.</p></div>'
    out_degree = Counter(r["source"] for r in rows)
    sources = sorted(out_degree, key=lambda k: (-out_degree[k], k))
    s_index = {k: i for i, k in enumerate(sources)}
    at = defaultdict(list)
    for r in rows:
        at[r["target"]].append(s_index[r["source"]])
    targets = sorted(at, key=lambda k: (sum(at[k]) / len(at[k]), k))
    t_index = {k: i for i, k in enumerate(targets)}
    name = {r["source"]: r["source_name"] for r in rows} | {r["target"]: r["target_name"] for r in rows}
    height = ROW_HEIGHT * max(len(sources), len(targets))
    width = 360

    def y(i: int, n: int) -> float:
        return (i + 0.5) * height / n

    paths = []
    for r in sorted(rows, key=lambda r: (not r["negated"], r["documents"])):
        y1, y2 = y(s_index[r["source"]], len(sources)), y(t_index[r["target"]], len(targets))
        style = "neg" if r["negated"] else r["modality"]
        stroke = 1.5 + 1.5 * math.log2(max(r["documents"], 1))
        amount = f", {r['amount']:,} {r['currency'] or ''}" if r.get("amount") is not None else ""
        tip = f"{name[r['source']]} → {name[r['target']]}: {r['label']}{amount} ({r['documents']} doc.)"
        paths.append(f'<path class="f-{relation} m-{style}" stroke-width="{stroke:.1f}" '
                     f'd="M4,{y1:.1f} C{width / 2:.0f},{y1:.1f} {width / 2:.0f},{y2:.1f} {width - 10},{y2:.1f}">'
                     f'<title>{_e(tip)}</title></path>')
        if r["negated"]:
            paths.append(f'<text class="negmark" x="{width / 2:.0f}" y="{(y1 + y2) / 2 + 4:.1f}">✕ {_e(r["label"])}'
                         f'</text>')
    labels = {side: "".join(f'<div class="fnode" style="height:{height / len(keys):.1f}px">{_name(name[k], k)}</div>'
                            for k in keys) for side, keys in (("l", sources), ("r", targets))}
    svg = (f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img">'
           f'<defs><marker id="arrow-{relation}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" '
           f'markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" class="ah-{relation}"/></marker></defs>'
           f'{"".join(paths)}</svg>')
    return (f'<div class="fpanel"><h3>{_e(title)} <span class="note">{len(rows)} facts: {_e(left)} → {_e(right)}'
            f'</span></h3><div class="flow"><div class="fcol l">{labels["l"]}</div>{svg}'
            f'<div class="fcol r">{labels["r"]}</div></div></div>')


def flows(rows: list[dict[str, Any]]) -> tuple[str, dict[str, int]]:
    panels = [flow_panel([r for r in rows if r["relation"] == rel], title, left, right, rel)
              for rel, title, left, right in FLOW_KINDS]
    legend = ('<div class="legend"><span class="lg"><svg width="40" height="10"><path class="f-FUNDED m-asserted" '
              'd="M0,5 H40"/></svg>funded</span><span class="lg"><svg width="40" height="10"><path '
              'class="f-SANCTIONED m-asserted" d="M0,5 H40"/></svg>sanctioned</span><span class="lg"><svg width="40" '
              'height="10"><path class="f-FUNDED m-reported" d="M0,5 H40"/></svg>reported</span><span class="lg">'
              '<svg width="40" height="10"><path class="f-FUNDED m-planned" d="M0,5 H40"/></svg>planned</span>'
              '<span class="lg"><svg width="40" height="10"><path class="f-FUNDED m-neg" d="M0,5 H40"/></svg>negated '
              '(✕: the text denies it)</span><span class="lg">thicker: more documents</span></div>')
    counts = {"flows": len(rows), "negated_flows": sum(bool(r["negated"]) for r in rows)}
    return legend + '<div class="flows">' + "".join(panels) + "</div>", counts


def actors(rows: list[dict[str, Any]]) -> str:
    """The most-connected actors as bars: facts they take part in, documents describing them."""
    if not rows:
        return '<p class="empty">No actor in a fact.</p>'
    most = max(r["facts"] for r in rows)
    bars = "".join(f'<div class="arow">{_name(r["name"], r["key"])}<span class="key">{_e(r["type"])}</span>'
                   f'<span class="abar" style="width:{100 * r["facts"] / most:.1f}%"></span>'
                   f'<span class="anum">{r["facts"]} facts · {r["documents"]} doc.</span></div>' for r in rows)
    return f'<p class="note">The {len(rows)} actors in most facts (either side, denials included).</p>' \
           f'<div class="actors">{bars}</div>'


CSS = """
body{font-family:"DejaVu Sans","Noto Sans","Noto Sans Arabic",Arial,sans-serif;margin:24px;color:#222;max-width:1500px}
h1{margin:0 0 4px}h2{margin:28px 0 6px;border-bottom:2px solid #ddd}h3{margin:8px 0}
.note{color:#555;font-size:13px;font-weight:normal}.empty{color:#888;font-style:italic}
.summary{color:#444}.key{color:#888;font-size:11px}
.timeline{border:1px solid #ddd}.trow{display:grid;grid-template-columns:480px 1fr;border-top:1px solid #eee}
.trow.axis{border-top:none;background:#fafafa;height:22px}
.tlabel{padding:3px 8px}.ename{font-weight:bold}.meta{font-size:12px;color:#666}
.date{direction:ltr;unicode-bidi:isolate}
.people{font-size:12px}.who{display:inline-block;background:#eef3fb;border-radius:3px;padding:0 4px;margin:1px 2px}
.none{color:#aaa}.track{position:relative;min-height:24px}
.tick{position:absolute;top:3px;font-size:11px;color:#555;padding-left:3px;border-left:1px solid #999}
.gridline{position:absolute;top:0;bottom:0;border-left:1px dotted #ddd}
.clip{position:absolute;top:2px;font-size:11px;color:#b00020;direction:ltr;white-space:nowrap}
.bar{position:absolute;top:40%;height:10px;min-width:8px;background:#1f5fa8;border-radius:5px}
.legend{margin:6px 0;font-size:12px}.lg{margin-right:16px;white-space:nowrap}
.swatch{display:inline-block;width:22px;text-align:center;margin-right:4px;border:1px solid #ccc}
.mwrap{overflow-x:auto}table.matrix{border-collapse:collapse;font-size:13px}
.matrix td{width:26px;height:24px;text-align:center;border:1px solid #e2e2e2;padding:0}
.matrix th.st{text-align:start;padding:0 8px;white-space:nowrap;font-weight:normal;border-bottom:1px solid #e2e2e2}
.matrix th.ev{vertical-align:bottom;padding:2px 0;font-weight:normal;font-size:12px}
.matrix th.ev div{writing-mode:vertical-rl;transform:rotate(180deg);max-height:260px;white-space:nowrap;overflow:hidden;
 margin:auto}
.matrix th.ev .date{color:#777;margin-top:6px}
.c-attended{background:#1f5fa8;color:#fff}.c-reported{background:#8fb3dd;color:#123}
.c-planned{background:#fff;color:#1f5fa8;box-shadow:inset 0 0 0 2px #1f5fa8}.c-via{background:#d6e4f5;color:#1f5fa8}
.c-hosted{background:#fde7b0;color:#7a5200;font-weight:bold}.c-invited{background:#dff0d8;color:#2e6b2e}
.c-not_invited{background:repeating-linear-gradient(45deg,#f8c9c9 0 4px,#fff 4px 8px);color:#b00020;font-weight:bold;
 box-shadow:inset 0 0 0 2px #b00020}
.c-not_attended{background:repeating-linear-gradient(45deg,#ddd 0 4px,#fff 4px 8px);color:#555}
.flows{display:flex;flex-wrap:wrap;gap:40px}.flow{display:flex;align-items:flex-start}
.fcol{width:240px;font-size:13px}.fcol.l{text-align:end}.fcol.r{text-align:start}
.fnode{display:flex;align-items:center;overflow:hidden;white-space:nowrap}.fcol.l .fnode{justify-content:flex-end}
.fnode .name{padding:1px 6px;border-radius:3px;background:#f3f3f3}
path.f-FUNDED,path.f-SANCTIONED{fill:none}.f-FUNDED{stroke:#2e7d32;marker-end:url(#arrow-FUNDED)}
.f-SANCTIONED{stroke:#c0392b;marker-end:url(#arrow-SANCTIONED)}.ah-FUNDED{fill:#2e7d32}.ah-SANCTIONED{fill:#c0392b}
.m-reported{stroke-opacity:.45}.m-planned{stroke-dasharray:2 4}
.m-neg{stroke:#888 !important;stroke-dasharray:8 5;stroke-opacity:.9}
.actors{display:grid;grid-template-columns:max-content;gap:2px;font-size:13px}
.arow{display:grid;grid-template-columns:280px 90px 420px 160px;align-items:center}
.arow .name{text-align:right;padding-right:8px}.abar{height:12px;background:#6a51a3;border-radius:2px}
.anum{padding-left:8px;color:#555}
.negmark{font-size:11px;fill:#b00020;text-anchor:middle;direction:ltr}
"""


def render(data: ReportData, title: str = "athar report", max_events: int = 40, max_states: int = 40,
           generated: str | None = None) -> str:
    """The whole page (HTML text); its counts are left in data.counts."""
    tl, c1 = timeline(data.events, max_events)
    mx, c2 = matrix(data, max_states, max_events)
    fl, c3 = flows(data.flows)
    data.counts = {**c1, **c2, **c3}
    c = data.counts
    summary = (f'{c["events"]} events ({c["dated"]} with a year), {c["states"]} states at {c["state_events"]} events, '
               f'{c["flows"]} funding and sanction facts ({c["negated_flows"]} negated).')
    stamp = f' Generated {_e(generated)}.' if generated else ""
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f'<meta name="viewport" content="width=device-width"><style>{CSS}</style></head><body>'
            f'<h1 dir="auto">{_e(title)}</h1><p class="summary">{summary}{stamp} Hover a mark for its details; keys '
            f'are in the tooltips.</p>'
            f'<h2 id="timeline">Timeline of events</h2>{tl}'
            f'<h2 id="attendance">Attendance: states × events</h2>{mx}'
            f'<h2 id="flows">Funding and sanctions</h2>{fl}'
            f'<h2 id="actors">Most-connected actors</h2>{actors(data.actors)}</body></html>\n')
