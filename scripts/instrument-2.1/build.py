"""Builds assessments/safer-together.v2.1.json and the 2.0.0 -> 2.1.0 crosswalk from 2.0.0 and the audit's fixes.

Run from the repository root: python3 scripts/instrument-2.1/build.py
2.0.0 is read, never written. Every note's quotation is checked against the seed it names.
"""
import copy, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from items import *
from changes import CHANGES, REMOVED
from small import small_agency_pass
from spanish import spanish_pass
from outcomes import outcomes

ROOT = os.getcwd()
SEEDS = os.path.normpath(os.path.join(ROOT, "..", "shared", "seeds"))
v2 = json.load(open(os.path.join(ROOT, "assessments", "safer-together.v2.json"), encoding="utf-8"))
d = copy.deepcopy(v2)
d["version"] = "2.1.0"
d["description"] = d["description"].replace(
    "Version 2 states one practice per item, allows \"not applicable\" where a practice can honestly be absent,",
    "Version 2.1 states one practice per item, allows \"not applicable\" where a practice can honestly be absent or depends on an event that may not have happened, offers shared steps once in a plan,").replace(
    "adapts its recommendations to the agency's size and arrangements (the agency profile).",
    "adapts its recommendations to the agency's size and arrangements (the agency profile), including small and rural agencies with shared dispatch, a city or county employee assistance program and no academy of their own.")
assert "Version 2.1" in d["description"]

# Scale level 2 that a 9-officer agency can use.
lvl2 = d["scale"]["levels"][2]
lvl2["description"] = "Partly in place: some people or shifts do it, or it happens some of the time, but not across the whole agency."
lvl2["translations"]["es"]["description"] = "Existe en parte: algunas personas o turnos lo hacen, o se hace a veces, pero no en toda la agencia."

# hearStaff: dispatchers only where the agency has them.
d["hearStaff"]["action"] = "Before acting on this plan, hear staff: run this assessment across ranks (line officers, supervisors and civilian staff, and dispatchers where the agency employs them) and hold a listening session, first with people of similar rank and then mixed, so the plan rests on more than one view."

# Role "establish" steps cite the passage that carries the role's work.
ROLE_SOURCES = {
    "Wellness coordinator": f"{S003} — Learner Outcomes",
    "Training commander": TRAIN,
    "Field training coordinator": TRAIN,
    "Emergency management coordinator": PLAN,
    "Community engagement lead": GROW,
    "Patrol division commander": BUYIN,
    "Planning and research manager": INST,
    "Human resources manager": INST,
    "Policy and accreditation manager": INST + "; " + TRAIN,
    "Public information officer": PLAN,
    "Peer support team lead": WELL,
    "Communications (dispatch) manager": f"{S002} — Training Program Overview",
}
for role in d["roles"]:
    role["establish"]["source"] = ROLE_SOURCES[role["title"]]
    if role["title"] == "Community engagement lead":
        role["establish"]["action"] = "Ask an officer to volunteer as community engagement lead, a collateral duty with set hours each month."
    if role["title"] == "Wellness coordinator":
        role["establish"]["action"] = "Name a wellness coordinator. In a small agency this is a collateral duty for an officer volunteer with set hours each month; a larger agency may make it a full-time post."

# Items: change, remove, add.
by_id = {}
for s in d["sections"]:
    for dm in s["domains"]:
        for it in dm["items"]:
            by_id[it["id"]] = (dm, it)
for item_id, ch in CHANGES.items():
    dm, it = by_id[item_id]
    if "id" in ch:
        it["id"] = ch["id"]
    if "text" in ch:
        it["text"] = ch["text"]
    if "es" in ch:
        it["translations"]["es"]["text"] = ch["es"]
    if "allowNotApplicable" in ch:
        it["allowNotApplicable"] = ch["allowNotApplicable"]
    if "source" in ch:
        it["source"] = ch["source"]
    it["note"] = ch["note"]
    for level, st in ch.get("steps", {}).items():
        it["recommendations"][level] = st
for dm, it in list(by_id.values()):
    if it["id"] in REMOVED:
        dm["items"].remove(it)
for after, new in new_items():
    es = new.pop("es")
    new = {"id": new["id"], "text": new["text"], "translations": {"es": {"text": es}}, **{k: v for k, v in new.items() if k not in ("id", "text")}}
    for s in d["sections"]:
        for dm in s["domains"]:
            ids = [i["id"] for i in dm["items"]]
            if after in ids:
                dm["items"].insert(ids.index(after) + 1, new)

# Indicator leftovers from 2.0.0's splits.
def item(i):
    return next(it for s in d["sections"] for dm in s["domains"] for it in dm["items"] if it["id"] == i)
item("plan-early.response-plan")["recommendations"][1]["indicator"] = "Plan reviewed and signed; copies where every on-duty supervisor or officer can reach them at any hour"
item("plan-early.response-team")["recommendations"][1]["indicator"] = "Each team member has a written role and a backup"
item("plan-early.response-team")["recommendations"][2]["indicator"] = "Team roles written into the crisis plan; team trained together in the period"
pt0 = item("collaboration.planning-team")["recommendations"][0]
pt0["indicator"] = re.sub(r",? and dispatchers", "", pt0["indicator"])

# Key order of items: id, text, translations, weight?, allowNotApplicable, source, note, recommendations.
ORDER = ["id", "text", "translations", "weight", "allowNotApplicable", "source", "note", "recommendations"]
for s in d["sections"]:
    for dm in s["domains"]:
        dm["items"] = [{k: it[k] for k in ORDER if k in it} for it in dm["items"]]

small_agency_pass(d)
spanish_pass(d)

# Outcome items (issue 22, item 6): after the sections, scored apart from every practice score.
d = {**{k: v for k, v in d.items()}, "outcomes": outcomes()}

# Every note's quotation is in the seed it names.
def norm(t):
    return re.sub(r"\s+", " ", t.replace("’", "'").replace("“", '"').replace("”", '"')).strip().lower()
seed_text = {f: norm(open(os.path.join(SEEDS, f), encoding="utf-8").read()) for f in os.listdir(SEEDS) if f.endswith(".txt")}
bad = []
for s in d["sections"]:
    for dm in s["domains"]:
        for it in dm["items"]:
            if "note" not in it:
                continue
            quotes = re.findall(r'[Ss]eed (\d{3}_[0-9a-f]{16}\.txt): "([^"]+)"', it["note"])
            if not quotes:
                bad.append((it["id"], "no quotation"))
            for f, q in quotes:
                if norm(q) not in seed_text[f]:
                    bad.append((it["id"], q))
for it in d["outcomes"]:
    quotes = re.findall(r'[Ss]eed (\d{3}_[0-9a-f]{16}\.txt): "([^"]+)"', it["note"])
    if not quotes:
        bad.append((it["id"], "no quotation"))
    for f, q in quotes:
        if norm(q) not in seed_text[f]:
            bad.append((it["id"], q))
if bad:
    for b in bad:
        print("BAD QUOTE", b)
    sys.exit(1)

with open(os.path.join(ROOT, "assessments", "safer-together.v2.1.json"), "w", encoding="utf-8") as f:
    json.dump(d, f, ensure_ascii=False, indent=2)
    f.write("\n")

# Crosswalk 2.0.0 -> 2.1.0.
RELATIONS = {
    "training.fto-selection": ("reworded", ["training.fto-selection"]),
    "training.fto-preparation": ("split", ["training.fto-selection"]),
    "strategic-buy-in.middle-managers": ("reworded", ["strategic-buy-in.middle-managers"]),
    "officer-trust.validate-fears": ("split", ["officer-trust.job-security"]),
    "officer-trust.engagement-antidote": ("new", []),
    "community-relationships.residents-learn": ("split", ["community-relationships.two-way-learning"]),
    "culture-growth.engagement-expectation": ("split", ["culture-growth.engagement-expectation"]),
    "culture-growth.success-measures": ("split", ["culture-growth.success-measures"]),
    "culture-growth.success-reporting": ("split", ["culture-growth.success-measures"]),
    "plan-early.crisis-resources": ("split", ["plan-early.crisis-resources"]),
    "engage-community.crisis-partners": ("not-comparable", ["engage-community.crisis-partners"]),
    "set-the-tone.transparency-public": ("split", ["set-the-tone.transparency"]),
    "set-the-tone.transparency-staff": ("split", ["set-the-tone.transparency"]),
    "wellness-culture.resource-network": ("not-comparable", ["wellness-culture.resource-network"]),
    "wellness-culture.family-supports": ("not-comparable", ["wellness-culture.family-supports"]),
    "reflect-assess.lessons-learned": ("split", ["reflect-assess.lessons-learned"]),
    "institutionalization.hiring": ("split", ["institutionalization.hiring"]),
    "institutionalization.whole-person": ("new", []),
    "wellness-supports.resilience-training": ("split", ["wellness-supports.resilience-training"]),
    "psychological-health.stigma": ("merged", ["psychological-health.stigma", "physical-health.leaders-prioritize"]),
    "psychological-health.warning-signs": ("split", ["psychological-health.warning-signs"]),
    "psychological-health.crisis-lines": ("split", ["psychological-health.crisis-lines"]),
    "psychological-health.burnout": ("split", ["psychological-health.burnout"]),
    "psychological-health.benefits": ("split", ["psychological-health.benefits"]),
    "psychological-health.former-military": ("new", []),
    "physical-health.fitness": ("split", ["physical-health.fitness"]),
    "physical-health.health-checks": ("split", ["physical-health.fitness"]),
    "physical-health.schedules": ("not-comparable", ["physical-health.schedules"]),
    "wellness-supports.vetted-providers": ("reworded", ["wellness-supports.vetted-providers"]),
    "collaboration.dispatch": ("reworded", ["collaboration.dispatch"]),
}
v2_text = {it["id"]: it["text"] for s in v2["sections"] for dm in s["domains"] for it in dm["items"]}
entries = []
for s in d["sections"]:
    for dm in s["domains"]:
        for it in dm["items"]:
            if it["id"] in RELATIONS:
                rel, prev = RELATIONS[it["id"]]
            elif it["id"] in v2_text:
                rel, prev = ("same" if v2_text[it["id"]] == it["text"] else "reworded"), [it["id"]]
            else:
                raise SystemExit(f"no crosswalk relation for {it['id']}")
            entries.append({"item": it["id"], "relation": rel, "previous": prev})
crosswalk = {
    "$schema": "../crosswalk.schema.json",
    "from": {"id": "safer-together", "version": "2.0.0"},
    "to": {"id": "safer-together", "version": "2.1.0"},
    "description": "How the items of safer-together 2.1.0 relate to those of 2.0.0. \"same\": the same text; \"reworded\": the same practice in other words (comparable); \"split\": one part of a 2.0.0 item that asked about two practices; \"merged\": one item replacing overlapping 2.0.0 items; \"not-comparable\": the item continues a 2.0.0 item but now measures another practice; \"new\": content 2.0.0 did not cover. A trend compares only same and reworded items, and domains made of them.",
    "items": entries,
}
def dump_crosswalk(cw, path):
    lines = ["{", f'  "$schema": {json.dumps(cw["$schema"])},', f'  "from": {json.dumps(cw["from"]).replace("{", "{ ").replace("}", " }")},',
             f'  "to": {json.dumps(cw["to"]).replace("{", "{ ").replace("}", " }")},', f'  "description": {json.dumps(cw["description"], ensure_ascii=False)},', '  "items": [']
    for i, e in enumerate(cw["items"]):
        lines += ["    {", f'      "item": {json.dumps(e["item"])},', f'      "relation": {json.dumps(e["relation"])},', f'      "previous": {json.dumps(e["previous"]).replace(", ", ", ")}', "    }" + ("," if i < len(cw["items"]) - 1 else "")]
    lines += ["  ]", "}"]
    open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
dump_crosswalk(crosswalk, os.path.join(ROOT, "assessments", "crosswalks", "safer-together.2.0.0-to-2.1.0.json"))
n = sum(len(dm["items"]) for s in d["sections"] for dm in s["domains"])
print("items", n, "crosswalk", {r: sum(1 for e in entries if e["relation"] == r) for r in ["same", "reworded", "split", "merged", "not-comparable", "new"]})

# Crosswalk 1.0.0 -> 2.1.0, composed from the two steps (a test checks the file equals the composition).
def compose(first, second):
    by_item = {e["item"]: e for e in first["items"]}
    out = []
    for e2 in second["items"]:
        chain = [by_item[p] for p in e2["previous"]]
        ancestors = list(dict.fromkeys(p for e1 in chain for p in e1["previous"]))
        if e2["relation"] in ("same", "reworded") and len(chain) == 1 and chain[0]["relation"] in ("same", "reworded"):
            rel = "same" if e2["relation"] == chain[0]["relation"] == "same" else "reworded"
        elif not ancestors:
            rel = "new"
        elif len(ancestors) > 1:
            rel = "merged"
        elif e2["relation"] == "split" or any(e1["relation"] == "split" for e1 in chain):
            rel = "split"
        else:
            rel = "not-comparable"
        out.append({"item": e2["item"], "relation": rel, "previous": ancestors})
    return out
first = json.load(open(os.path.join(ROOT, "assessments", "crosswalks", "safer-together.1.0.0-to-2.0.0.json"), encoding="utf-8"))
composed = {
    "$schema": "../crosswalk.schema.json",
    "from": {"id": "safer-together", "version": "1.0.0"},
    "to": {"id": "safer-together", "version": "2.1.0"},
    "description": "How the items of safer-together 2.1.0 relate to those of 1.0.0: the composition of the 1.0.0 -> 2.0.0 and 2.0.0 -> 2.1.0 crosswalks. An item is \"same\" or \"reworded\" (comparable) only when both steps are; otherwise \"split\", \"merged\", \"not-comparable\" or \"new\" by its 1.0.0 ancestors. A trend compares only same and reworded items, and domains made of them.",
    "items": compose(first, crosswalk),
}
dump_crosswalk(composed, os.path.join(ROOT, "assessments", "crosswalks", "safer-together.1.0.0-to-2.1.0.json"))
print("composed", {r: sum(1 for e in composed["items"] if e["relation"] == r) for r in ["same", "reworded", "split", "merged", "not-comparable", "new"]})
# Consumed (merged) and continued (same/reworded) ids must not overlap; each earlier id is continued at most once.
for cw in (first, crosswalk, composed):
    consumed = {p for e in cw["items"] if e["relation"] == "merged" for p in e["previous"]}
    continued = [e["previous"][0] for e in cw["items"] if e["relation"] in ("same", "reworded")]
    assert not consumed & set(continued), (cw["to"], consumed & set(continued))
    assert len(continued) == len(set(continued)), cw["to"]
