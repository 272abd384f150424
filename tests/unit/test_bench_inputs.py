"""bench/run.py stops with a message naming a missing input, before it starts a server."""
import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "run.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_run", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("args, named", [
    (["--corpus", "{tmp}/articles.jsonl.gz"], "SaudiNewsNet corpus"),
    (["--facts", "{tmp}/facts.jsonl"], "--facts"),
])
def test_a_missing_input_is_named_and_nothing_runs(bench, tmp_path, capsys, args, named):
    with pytest.raises(SystemExit) as stop:
        bench.main([a.format(tmp=tmp_path) for a in args])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and str(tmp_path) in err and named in err and "no such file" in err
