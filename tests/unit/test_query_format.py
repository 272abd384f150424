"""graph.query.format_rows: tables a bidi-aware terminal shows as they are meant."""
from athar.graph.query import END_ISOLATE, ISOLATE, format_rows

COLUMNS = ["state", "city", "date"]
ROWS = [{"state": "قطر", "city": "الدوحة", "date": "--05-11"},
        {"state": "Saudi Arabia", "city": "الرِّياض", "date": "2018-04-25"}]


def test_each_table_cell_is_a_bidi_isolate_padded_outside_it():
    lines = format_rows(COLUMNS, ROWS, "table").splitlines()
    row = lines[2]
    assert row.startswith(f"{ISOLATE}قطر{END_ISOLATE}" + " " * (len("Saudi Arabia") - 3) + "  ")
    assert f"{ISOLATE}--05-11{END_ISOLATE}" in row
    # no strong character outside the isolates: the line keeps the terminal's direction
    stripped = row
    for cell in ROWS[0].values():
        stripped = stripped.replace(ISOLATE + cell + END_ISOLATE, "")
    assert stripped.strip() == ""
    # columns line up by what the terminal shows: harakat take no column
    visible = [line.replace(ISOLATE, "").replace(END_ISOLATE, "") for line in lines[2:4]]
    city_at = [len(v[: v.index(c)]) for v, c in zip(visible, ("الدوحة", "الرِّياض"))]
    assert city_at[0] == city_at[1]
    date_at = [v.index(d) - sum(ch in "\u0650\u0651" for ch in v[: v.index(d)])
               for v, d in zip(visible, ("--05-11", "2018-04-25"))]
    assert date_at[0] == date_at[1]
    assert lines[-1] == "(2 rows)"


def test_markdown_is_a_pipe_table_with_pipes_in_cells_escaped():
    text = format_rows(["a", "b"], [{"a": "x|y", "b": "قطر"}], "markdown")
    assert text.splitlines() == ["| a | b |", "|---|---|", "| x\\|y | قطر |", "", "(1 row)"]
