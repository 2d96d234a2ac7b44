"""Records one measured fact of a benchmark run in its facts.json (used by scripts/benchmarks.sh)."""
import json
import pathlib
import sys

path = pathlib.Path(sys.argv[1])
facts = json.loads(path.read_text()) if path.exists() else {}
kind, args = sys.argv[2], sys.argv[3:]
if kind == "set":
    facts[args[0]] = args[1]
elif kind == "http":
    route, connections, rps, failures, reference, reference_rps = args
    facts.setdefault("http", []).append({"route": route, "connections": int(connections), "rps": float(rps), "failures": int(failures),
                                         "reference": reference, "reference_rps": float(reference_rps)})
elif kind == "submissions":
    facts.setdefault("submissions", []).append(json.loads(pathlib.Path(args[0]).read_text()))
elif kind == "cli":
    command, wall, rss_kb, reference, reference_rss_kb = args
    facts.setdefault("cli", []).append({"command": command, "wall": wall, "rss_mb": round(int(rss_kb) / 1024),
                                        "reference": reference, "reference_rss_mb": round(int(reference_rss_kb) / 1024)})
else:
    raise SystemExit(f"unknown fact kind {kind}")
path.write_text(json.dumps(facts, indent=1))
