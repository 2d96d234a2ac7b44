"""Reports what a 9-officer agency's steps still get wrong, and the chief's share (read-only)."""
import json, re, sys, collections, os
sys.path.insert(0, os.path.dirname(__file__))
from small import FORBIDDEN, resolve_fields
d = json.load(open("assessments/safer-together.v2.1.json", encoding="utf-8"))
profiles = [{"size": ["up-to-10"], "ownAcademy": False, "dispatch": "shared", "employeeAssistance": "city-county", "unionOrAssociation": u} for u in (False, True)]
owners = collections.Counter()
for pi, prof in enumerate(profiles):
    for s in d["sections"]:
        for dm in s["domains"]:
            for it in dm["items"]:
                for rec in it["recommendations"]:
                    f, v = resolve_fields(rec, prof)
                    if pi == 0:
                        owners[f["owner"]] += 1
                    for k in ("action", "indicator", "owner", "resource"):
                        for w in FORBIDDEN:
                            if re.search(w, f.get(k) or "", re.I):
                                print(pi, it["id"], rec["level"], k, w, "|", f[k][:200])
tot = sum(owners.values())
print(owners, "chief share", round(owners["Chief executive"] / tot, 3))
