"""The benchmarks stop with a message naming a missing input, before they start a server or a cluster."""
import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def bench(script: str):
    spec = importlib.util.spec_from_file_location(f"bench_{script}", BENCH / f"{script}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("script, args, named", [
    ("run", ["--corpus", "{tmp}/articles.jsonl.gz"], "SaudiNewsNet corpus"),
    ("run", ["--facts", "{tmp}/facts.jsonl"], "--facts"),
    ("reduce", ["--corpus", "{tmp}/articles.jsonl.gz", "--shards", "{tmp}/shards"], "SaudiNewsNet corpus"),
])
def test_a_missing_input_is_named_and_nothing_runs(script, args, named, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        bench(script).main([a.format(tmp=tmp_path) for a in args])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and str(tmp_path) in err and named in err and "no such file" in err
