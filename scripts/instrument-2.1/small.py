"""Small agencies first-class: every step read under size up-to-10 gets a full variant a 9-officer agency can do."""
import re

SMALL = ["up-to-10"]
# Words a 9-officer agency's plan must not use (the test lists the same words).
FORBIDDEN = [r"command staff", r"\bunits?\b", r"patrol areas?", r"lieutenants?", r"middle managers?", r"working group", r"budget line",
             r"\bexecutives\b", r"\bdivision\b", r"\bdispatchers\b", r"in-house", r"training commander", r"public information officer",
             r"each shift or unit", r"wellness unit"]

SUBS = [
    (r"\bas chief executive together with command staff\b", "together with the sergeant or senior officer"),
    (r"\bthe chief executive and command staff\b", "the chief and the sergeant"),
    (r"\ball command staff\b", "the chief and the sergeant"),
    (r"\bcommand staff meetings\b", "staff meetings"),
    (r"\bcommand staff\b", "the chief"),
    (r"\bplanned with the working group\b", "planned with officers at a staff meeting"),
    (r"\bworking group input\b", "officers' input"),
    (r"\bofficers from (each|every) (patrol )?area\b", "officers"),
    (r"\b(each|every) shift (or|and) unit\b", r"\1 shift"),
    (r"\b(shifts|ranks), (and )?units\b", r"\1"),
    (r"\bunits,? (and|or) shifts\b", "shifts"),
    (r"\bshifts (and|or) units\b", "shifts"),
    (r"\b(each|every) unit\b", r"\1 shift"),
    (r"\bone unit's\b", "one shift's"),
    (r"\bone unit\b", "one shift"),
    (r"\b(in )?(each|every) patrol area\b", "across the community the agency serves"),
    (r"\blieutenants and sergeants\b", "the sergeant"),
    (r"\blieutenants?\b", "sergeant"),
    (r"\bmiddle managers and supervisors\b", "supervisors"),
    (r"\bmiddle managers\b", "supervisors"),
    (r"\ball executives\b", "the chief"),
    (r"\bexecutives\b", "the chief"),
    (r"\bthe chief executive and command staff\b", "the chief and the sergeant"),
    (r"\bstanding working group\b", "standing item at staff meetings"),
    (r"\bworking group\b", "staff meeting"),
    (r"\b[Aa] budget line\b", "a cost agreed with the city or county"),
    (r"\b[Bb]udget line approved\b", "Cost agreed with the city or county"),
    (r",? including dispatch\b", ""),
    (r"\bdispatchers\b", "the shared dispatch centre's staff"),
    (r"\bin-house trainer\b", "seat at a regional course"),
    (r"\bthe training commander\b", "the sergeant or senior officer"),
]

# Hand-written small-agency texts where substitution is not enough: (item, level) -> fields.
OVERRIDES = {
    ("collaboration.dispatch", 0): dict(indicator="Someone from the shared dispatch centre attends"),
    ("collaboration.dispatch", 1): dict(indicator="Someone from the shared dispatch centre attends every planning meeting in the period"),
    ("wellness-supports.debriefings", 2): dict(action="Make debriefing attendance mandatory in policy for all agency staff exposed to a critical incident, and ask the shared dispatch centre to offer the same to its staff. Check first with the city or county whether civil-service rules apply."),
    ("training.academy", 0): dict(action="List what the regional academy our recruits attend teaches on community relationships and officer wellness, using its published course outline, and compare it with the Safer Together curriculum.", indicator="Written gap list for the regional academy's course"),
    ("training.academy", 1): dict(indicator="Request sent to the state standards board (POST) or the regional academy, with the curriculum attached"),
    ("training.academy", 2): dict(indicator="Block required in the regional academy's recruit classes, or the board's written answer on file"),
    ("training.academy", 3): dict(action="Ask each new hire what the academy taught on these topics, and pass the gaps to the regional academy or the state standards board every year.", indicator="New-hire feedback sent to the academy or board every year"),
    ("culture-growth.academy-culture", 0): dict(action="Ask the agency's last recruits how the regional academy treated them and what behaviour it modelled.", indicator="Recruits' accounts noted"),
    ("culture-growth.academy-culture", 1): dict(indicator="Concerns and suggestions sent in writing to the regional academy or the state standards board"),
    ("culture-growth.academy-culture", 2): dict(indicator="Written answer from the academy or board on file; follow-up requested"),
    ("culture-growth.academy-culture", 3): dict(action="Ask each new hire about the academy's culture, and pass what they say to the regional academy or the state standards board every year.", indicator="New-hire feedback sent every year"),
    ("strategic-buy-in.rank-and-file", 1): dict(action="Make new practices a standing item at staff meetings, so every officer can help plan them before they start.", indicator="Item on every staff meeting agenda; officers' input noted"),
    ("strategic-buy-in.rank-and-file", 3): dict(action="Ask officers every year whether they had a real say in new practices, and change how they are involved.", indicator="Annual check with changes made"),
    ("strategic-buy-in.champions", 1): dict(action="Ask one or two respected officers to champion these principles, and agree what help they need.", indicator="Champions named; their needs written down"),
    ("strategic-buy-in.champions", 2): dict(indicator="Champions have set hours each month, and any cost agreed with the city or county"),
    ("strategic-buy-in.tailored-by-group", 2): dict(indicator="A written approach for each group the agency has, with an owner"),
    ("officer-trust.listening-sessions", 2): dict(action="Make routine conversations with every officer a written practice for the chief and the sergeant, covering every shift.", indicator="Written practice; conversations held with every officer each quarter"),
    ("plan-early.response-team", 2): dict(indicator="Team roles, including members from neighbouring agencies or the county, written into the crisis plan"),
    ("wellness-culture.crisis-support-plan", 2): dict(indicator="Written agreement with the county EAP or regional team for support during and after a crisis"),
    ("institutionalization.wellness-plan", 2): dict(indicator="Wellness plan adopted in writing; its costs agreed with the city or county"),
    ("wellness-supports.low-barrier", 2): dict(indicator="Written confirmation from the city or county that staff can self-refer confidentially, including by tele-health where providers are far away"),
    ("wellness-supports.vetted-providers", 2): dict(indicator="The city or county's answer on vetting on file; at least one provider with law enforcement experience listed"),
    ("wellness-supports.peer-support", 0): dict(action="Find the regional or shared peer support team that serves agencies nearby, and ask how staff can reach it, since confidentiality is hard among a few colleagues.", indicator="Regional team found; how to reach it shared with all staff"),
    ("wellness-supports.peer-support", 2): dict(indicator="Written agreement with the regional team; every shift knows how to reach it"),
    ("community-relationships.community-of-work", 2): dict(action="Introduce every new officer to the community leaders and places that matter where the agency works, in their first months.", indicator="Every new officer introduced within 3 months"),
    ("engage-community.leader-relationships", 1): dict(action="Share out the listed community leaders between the chief, the sergeant and the community engagement lead, each to meet their share.", indicator="Every listed leader met in the period"),
    ("engage-community.local-knowledge", 1): dict(action="Invite a rotation of community members to brief officers at staff meetings on local history, concerns and sensitivities.", indicator="Briefing at every staff meeting in the period"),
    ("set-the-tone.visible-leadership", 1): dict(action="Set a schedule of community appearances shared by the chief and the sergeant.", indicator="Schedule kept for the period"),
    ("set-the-tone.visible-leadership", 2): dict(action="Write down the expectation that the chief and supervisors are visible in the community.", indicator="Written expectation; appearances logged"),
    ("set-the-tone.credibility-deposits", 2): dict(action="Agree with the city or county and local partners a year-round community support calendar the agency can keep with its staff, for example one event a month.", indicator="Calendar agreed and kept"),
    ("culture-growth.engagement-expectation", 1): dict(action="Agree with each officer how they will take part in community events or volunteer service this year.", indicator="Each officer's plan agreed"),
    ("officer-trust.recognition", 3): dict(action="Review every year whether recognition reaches all officers and shifts fairly, and adjust.", indicator="Annual review with changes made"),
    ("reflect-assess.lessons-learned", 1): dict(action="Check progress on each lesson at staff meetings until it is done.", indicator="Progress noted at each staff meeting"),
    ("institutionalization.hiring", 0): dict(action="Ask the city or county human resources or civil-service office how interview questions are set, and propose questions on community relationship building.", indicator="Proposed questions sent; the process for changing them known"),
}


def resolve_fields(rec, cond):
    """Base fields overridden by the most specific variant met by the profile dict cond (as Recommendation.For)."""
    best = None
    for v in rec.get("variants", []):
        w = v["when"]
        ok = all((k == "size" and any(s in w[k] for s in cond.get("size", []))) or (k != "size" and k in cond and (cond[k] in w[k] if isinstance(w[k], list) else cond[k] == w[k])) for k in w)
        if ok and (best is None or len(w) > len(best["when"])):
            best = v
    out = {k: rec[k] for k in ("action", "owner", "timeframe", "timeframeDays", "indicator", "resource") if k in rec}
    if best:
        out.update({k: best[k] for k in ("action", "owner", "timeframe", "timeframeDays", "indicator", "resource") if k in best})
    return out, best


def small_owner(item_id, owner):
    dom = item_id.split(".")[0]
    if owner in ("Wellness coordinator", "Community engagement lead", "Communications (dispatch) manager"):
        return owner
    if owner == "Peer support team lead":
        return "Wellness coordinator"
    if "uman resources" in owner:
        return "City or county human resources"
    if owner == "Emergency management coordinator":
        return "City or county emergency manager" if item_id in ("plan-early.response-plan", "plan-early.crisis-resources") else "Sergeant or senior officer"
    if owner in ("Training commander", "Field training coordinator", "Patrol division commander", "Planning and research manager"):
        return "Sergeant or senior officer"
    if owner in ("Public information officer", "Policy and accreditation manager"):
        return "Chief executive"
    if owner == "Chief or a designated officer":
        if dom in ("community-relationships", "culture-growth", "engage-community", "set-the-tone"):
            return "Community engagement lead"
        if dom in ("wellness-culture", "wellness-supports", "psychological-health", "physical-health"):
            return "Wellness coordinator"
        return "Sergeant or senior officer"
    return owner


def fix(text):
    for pattern, repl in SUBS:
        text = re.sub(pattern, repl, text)
    return text


def small_fields(item_id, level, fields):
    out = dict(fields)
    out["action"] = fix(out["action"])
    out["indicator"] = fix(out["indicator"])
    out["owner"] = small_owner(item_id, out["owner"])
    out.update(OVERRIDES.get((item_id, level), {}))
    return out


def variant(when, fields):
    v = {"when": when}
    v.update({k: fields[k] for k in ("action", "owner", "timeframe", "timeframeDays", "indicator", "resource") if k in fields})
    return v


def same_when(a, b):
    return {k: sorted(v) if isinstance(v, list) else v for k, v in a.items()} == {k: sorted(v) if isinstance(v, list) else v for k, v in b.items()}


def small_agency_pass(d):
    for s in d["sections"]:
        for dm in s["domains"]:
            for it in dm["items"]:
                for rec in it["recommendations"]:
                    if "shared" in rec:
                        continue
                    if any("union or police association" in (v.get("action") or "") for v in rec.get("variants", [])):
                        rec["action"] += " Check first with the city or county whether civil-service rules apply."
                    level = rec["level"]
                    base_small, _ = resolve_fields(rec, {"size": SMALL})
                    new = [variant({"size": SMALL}, small_fields(it["id"], level, base_small))]
                    rest = []
                    for v in rec.get("variants", []):
                        w = v["when"]
                        if w == {"size": SMALL}:
                            continue
                        if "size" in w and "up-to-10" in w["size"]:
                            others = [x for x in w["size"] if x != "up-to-10"]
                            if others:
                                rest.append({**v, "when": {**w, "size": others}})
                            if len(w) > 1:
                                fields = {**base_small, **{k: v[k] for k in v if k != "when"}}
                                new.append(variant({**w, "size": SMALL}, small_fields(it["id"], level, fields)))
                        else:
                            rest.append(v)
                    for v in list(rest):
                        w = v["when"]
                        if "size" not in w:
                            cond = {**w, "size": SMALL}
                            if not any(same_when(cond, n["when"]) for n in new):
                                fields = {**base_small, **{k: v[k] for k in v if k != "when"}}
                                new.append(variant(cond, small_fields(it["id"], level, fields)))
                    rec["variants"] = new + rest
