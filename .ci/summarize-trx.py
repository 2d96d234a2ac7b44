"""Prints 'tests: N passed, N failed, N skipped in M min S s' summed over the TRX files in a folder.

The time is the wall time of the test command when its start (seconds since the epoch) is given as the second argument."""
import pathlib
import sys
import time
import xml.etree.ElementTree as ET

folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "TestResults")
passed = failed = skipped = 0
for trx in folder.rglob("*.trx"):
    counters = ET.parse(trx).getroot().find(".//{*}ResultSummary/{*}Counters")
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
took = ""
if len(sys.argv) > 2:
    seconds = int(time.time() - float(sys.argv[2]))
    took = f" in {seconds // 60} min {seconds % 60} s"
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped{took}")
