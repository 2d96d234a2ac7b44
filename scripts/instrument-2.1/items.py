"""Item-level changes from 2.0.0 to 2.1.0 (audit sections 2-4 and 8). Imported by build.py."""

S004 = "004_b76c2984046042d5.txt"
S000 = "000_bbd14c9f56c5d390.txt"
S001 = "001_f6d2cb753744042a.txt"
S002 = "002_c20ff45a33e77018.txt"
S003 = "003_9414bad443d9c253.txt"
HIST = f"{S004} — History and Evolution of the Officer Safety and Wellness Group"
INST = f"{S004} — Institutionalizing and Sustaining a Culture of Community Partnership"
GROW = f"{S004} — Embracing opportunities for growth in the culture of law enforcement"
TRUST = f"{S004} — Building officer trust and engagement"
ENGAGE = f"{S004} — Engaging communities in building positive relationships"
TRAIN = f"{S004} — Training"
BUYIN = f"{S004} — Strategic approaches to establishing buy-in"
CRISIS = f"{S004} — Fostering an Environment that Can Withstand Crisis"
PLAN = CRISIS + ": Plan early and often"
COLLAB = CRISIS + ": Establish a culture of collaboration"
WELL = CRISIS + ": Strengthen the culture of wellness"
REFLECT = CRISIS + ": Reflect and assess"
CONCL = f"{S004} — Conclusion"


def step(level, action, owner, days, indicator, resource=None, shared=None, variants=None):
    label = {30: "30 days", 60: "60 days", 90: "90 days", 180: "6 months", 365: "12 months"}[days]
    s = {"level": level, "action": action, "owner": owner, "timeframe": label, "timeframeDays": days, "indicator": indicator}
    if resource:
        s["resource"] = resource
    if shared:
        s["shared"] = shared
    if variants:
        s["variants"] = variants
    return s


# Shared steps: one text, offered once in a plan with every item it serves (ActionPlanner merges equal keys).
RESOURCE_LIST = dict(
    action="Keep one list of where staff can get help (peer support, the employee assistance program or city or county provider, crisis lines at any hour, chaplain, family supports), share it with every employee and their families, and check each number works.",
    owner="Wellness coordinator", days=30,
    indicator="One resource list issued to every employee; each number called and working",
    shared="resource-list")
VALUES_STATEMENT = dict(
    action="Write one short statement of the agency's values, including strong community relationships, officer wellness and the officer as a community partner, with staff from every rank; use it for every item this step serves.",
    owner="Chief executive", days=60,
    indicator="One values statement adopted and shared with all staff",
    shared="values-statement")
MANDATORY_TRAINING = dict(
    action="Make one yearly training required for all staff that covers the topics of every item this step serves, using the no-cost Safer Together curriculum or a regional course, rather than a separate mandate for each topic.",
    owner="Sergeant or senior officer", days=180,
    indicator="One required yearly training covers the listed topics; every employee completed it in the period",
    resource="Safer Together (BJA VALOR): no-cost training curriculum for every rank, community discussion guides and social media toolkits, valorforblue.org/Training/ExploreSaferTogether",
    shared="mandatory-training")
COMMUNITY_CONTACTS = dict(
    action="Keep one list of community leaders and partners (faith, school, business, neighbourhood and service organizations) with how to reach each at any hour, and note who has agreed to help in a crisis.",
    owner="Community engagement lead", days=30,
    indicator="One community contact list with 24-hour contacts, reviewed in the last 6 months",
    shared="community-contacts")
FEEDBACK_LOG = dict(
    action="Keep one log of officer feedback, review it every month, and post what was done with each point and why.",
    owner="Sergeant or senior officer", days=90,
    indicator="Feedback log reviewed monthly; what was done with each point posted for all staff",
    shared="feedback-log")


def shared(level, spec, **over):
    spec = {**spec, **over}
    return step(level, spec["action"], spec["owner"], spec["days"], spec["indicator"], spec.get("resource"), spec["shared"])


# New items: id -> (after, item). Every new or changed item carries a note quoting the seed passage.
def new_items():
    return [
        ("training.fto-selection", {
            "id": "training.fto-preparation",
            "text": "Field training officers and instructors are prepared to model community engagement for the officers they train.",
            "es": "Se prepara a los oficiales de entrenamiento de campo (FTO) y a los instructores para servir de ejemplo de trabajo con la comunidad ante los oficiales que entrenan.",
            "allowNotApplicable": True, "source": TRAIN,
            "note": f'2.1: split from fto-selection (preparing, not choosing). Seed {S004}: "buy-in strategies must strategically engage law enforcement instructors and field training officers (FTO)"',
            "recommendations": [
                step(0, "Brief field training officers and instructors on the Safer Together principles and ask each to coach one trainee on community engagement.", "Field training coordinator", 30, "Briefing held; each field training officer coached at least one trainee"),
                step(1, "Give field training officers and instructors a short guide on teaching community engagement as more than a check-the-box topic.", "Field training coordinator", 90, "Guide issued to every field training officer and instructor"),
                step(2, "Include community engagement in the preparation course or refresher every field training officer and instructor takes.", "Field training coordinator", 180, "Preparation course covers community engagement; every new field training officer completed it"),
                step(3, "Ask trainees every year how well their field training officers modelled community engagement, and refresh the preparation from the answers.", "Field training coordinator", 365, "Trainee feedback collected for every field training officer; preparation updated"),
            ]}),
        ("officer-trust.leadership-support", {
            "id": "officer-trust.validate-fears",
            "text": "Leaders acknowledge officers' low morale and their fear of being sued, fired or arrested for actions on the job.",
            "es": "Los líderes reconocen el bajo ánimo (la moral) de los oficiales y su temor a ser demandados, despedidos o arrestados por actuaciones en el trabajo.",
            "source": TRUST,
            "note": f'2.1: split from job-security; the legal-support half is not in the seed and is dropped. Seed {S004}: "must validate the feelings of low morale and lack of public trust and create safe spaces for officers to share openly about their experiences"',
            "recommendations": [
                step(0, "In a listening session, name officers' fears of being sued, fired or arrested, and let officers say what worries them without reply or judgement.", "Chief executive", 30, "Session held; concerns noted without names"),
                step(1, "Tell staff what was heard, and which concerns the agency, the city or county attorney or the state can answer, and when.", "Chief executive", 60, "Summary shared with all staff; each concern has a named person to answer it"),
                step(2, "Make acknowledging morale a standing part of routine conversations with officers, at least every quarter.", "Sergeant or senior officer", 90, "Quarterly conversations held and noted"),
                step(3, "Ask staff every year whether leaders understand their concerns, and act on the answers.", "Chief executive", 365, "Annual check with actions taken"),
            ]}),
        ("officer-trust.validate-fears", {
            "id": "officer-trust.engagement-antidote",
            "text": "Leaders present more engagement with the community as the answer to mistrust and fear, for officers and residents alike.",
            "es": "Los líderes presentan el mayor acercamiento a la comunidad como la respuesta a la desconfianza y al miedo, tanto para los oficiales como para los residentes.",
            "source": TRUST,
            "note": f'2.1: new; the seed\'s framing was missing from 2.0.0. Seed {S004}: "more engagement with communities is the antidote to mistrust and fear for both officers and community members alike"',
            "recommendations": [
                step(0, "In routine conversations, explain how community engagement makes officers safer, using the Safer Together material, and ask officers what gets in the way.", "Chief executive", 30, "Message given on every shift; obstacles noted", "Safer Together (BJA VALOR): no-cost training curriculum for every rank, community discussion guides and social media toolkits, valorforblue.org/Training/ExploreSaferTogether"),
                step(1, "Share a local example every month of engagement that eased a tense situation or built trust.", "Sergeant or senior officer", 90, "Examples shared monthly"),
                step(2, "Remove one obstacle officers named, for example call time or coverage, so engagement is possible.", "Chief executive", 180, "One named obstacle removed; officers told"),
                step(3, "Ask officers every year whether they see engagement as making them safer, and adjust the message from the answers.", "Chief executive", 365, "Annual check with changes made"),
            ]}),
        ("community-relationships.co-design", {
            "id": "community-relationships.residents-learn",
            "text": "Residents have regular chances to learn about how the agency works, for example ride-alongs, open days or a community academy.",
            "es": "Los residentes tienen oportunidades periódicas de conocer cómo trabaja la agencia, por ejemplo acompañando a un oficial en su turno, en jornadas de puertas abiertas o en una academia comunitaria.",
            "source": GROW + "; " + f"{S004} — BJA's Safer Together Campaign",
            "note": f'2.1: split from two-way-learning (residents learning); the other half, officers learning from residents, is engage-community.local-knowledge. Seed {S004}: "Create opportunities that not only allow community members to learn about law enforcement but also allow law enforcement to learn from community members"',
            "recommendations": [
                step(0, "Hold one open session where residents meet officers and learn how a call is handled, using a Safer Together community discussion guide.", "Community engagement lead", 60, "One session held; residents and officers attended", "Safer Together (BJA VALOR): no-cost training curriculum for every rank, community discussion guides and social media toolkits, valorforblue.org/Training/ExploreSaferTogether"),
                step(1, "Offer ride-alongs or visits on request and say so on the agency's page and at community events.", "Community engagement lead", 90, "Offer published; requests answered"),
                step(2, "Run a yearly series (a community academy or open days) on a published calendar.", "Community engagement lead", 180, "Yearly calendar published; sessions held"),
                step(3, "Ask residents after each session what they learned and what they want next, and change the series from the answers.", "Community engagement lead", 365, "Feedback collected at every session; series updated"),
            ]}),
        ("culture-growth.success-measures", {
            "id": "culture-growth.success-reporting",
            "text": "The agency's reports to the public and to the city or county count non-enforcement community interaction as a measure of success.",
            "es": "Los informes de la agencia al público y a la ciudad o el condado cuentan como medida de éxito la interacción con la comunidad que no implica hacer cumplir la ley (sin multas, citaciones ni arrestos).",
            "source": GROW,
            "note": f'2.1: split from success-measures (agency reports; evaluations stay in success-measures). Seed {S004}: "Embed nonenforcement community interaction as an indicator of success"',
            "recommendations": [
                step(0, "List what the agency's reports count today, and which measures count only arrests and citations.", "Sergeant or senior officer", 30, "List of current report measures"),
                step(1, "Add one count of non-enforcement community contact to the next report to the public or the city or county.", "Chief executive", 90, "Measure appears in the next report"),
                step(2, "Report the measure in every regular report, explained in plain words.", "Chief executive", 180, "Measure in every report in the period"),
                step(3, "Ask community partners and officers every year whether the measure shows what matters, and adjust it.", "Chief executive", 365, "Annual review with changes made"),
            ]}),
        ("set-the-tone.transparency-public", {
            "id": "set-the-tone.transparency-staff",
            "text": "In a crisis, the agency tells its own staff openly and early what is known.",
            "es": "En una crisis, la agencia informa a su propio personal, de forma abierta y temprana, de lo que se sabe.",
            "allowNotApplicable": True, "source": CRISIS + "; " + PLAN,
            "note": f'2.1: split from transparency (staff; the public is transparency-public); N/A where no crisis has occurred. Seed {S004}: "provide clear communication both internally and externally"',
            "recommendations": [
                step(0, "Decide who tells staff what is known in a crisis, how (group text, roll call, phone) and how often.", "Chief executive", 30, "Staff update routine written down"),
                step(1, "Test the routine once, for example after a major incident or in an exercise, and note what staff missed.", "Sergeant or senior officer", 90, "Routine tested; gaps noted"),
                step(2, "Put the staff update routine in the crisis plan, with who covers it when the chief is away.", "Chief executive", 180, "Crisis plan includes the routine and a backup"),
                step(3, "Ask staff after each crisis or exercise whether they heard in time, and improve the routine.", "Sergeant or senior officer", 365, "Staff feedback collected; routine updated"),
            ]}),
        ("physical-health.fitness", {
            "id": "physical-health.health-checks",
            "text": "Officers are offered regular health checks, including of heart health.",
            "es": "Se ofrece a los oficiales chequeos de salud periódicos, incluida la salud del corazón.",
            "source": HIST,
            "note": f'2.1: new, so that the physical-health domain measures physical health. Seed {S004}: "OSW Group meeting conversations centered on cardiac issues, exercise and diet habits among officers"',
            "recommendations": [
                step(0, "Ask the city or county what health checks its health plan already covers for officers.", "Wellness coordinator", 30, "Covered checks listed and shared with staff"),
                step(1, "Arrange time on duty for officers to use the covered checks.", "Sergeant or senior officer", 90, "Officers can book a check on duty"),
                step(2, "Agree with the city or county a regular health check for every officer, including heart health.", "City or county human resources", 180, "Regular check in place for every officer"),
                step(3, "Review take-up every year without names, and adjust how checks are offered.", "Wellness coordinator", 365, "Annual take-up review with changes made"),
            ]}),
        ("psychological-health.benefits", {
            "id": "psychological-health.former-military",
            "text": "Officers who served in the military get support suited to them, for example a contact who knows veterans' services.",
            "es": "Los oficiales que sirvieron en el ejército reciben un apoyo adecuado a ellos, por ejemplo una persona de contacto que conoce los servicios para veteranos.",
            "allowNotApplicable": True, "source": HIST,
            "note": f'2.1: new; one of the OSW Group\'s priorities, missing from 2.0.0. The seed names the topic only, so the practice is the instrument\'s. Seed {S004}: "4. Former military in law enforcement"',
            "recommendations": [
                step(0, "Ask officers who served in the military what support would help them, and list the veterans' services in the area.", "Wellness coordinator", 60, "Needs noted; local veterans' services listed"),
                step(1, "Name a contact who knows veterans' services, and add them to the resource list.", "Wellness coordinator", 90, "Contact named and listed"),
                step(2, "Agree with the city or county or a veterans' organization how veteran officers can reach support confidentially.", "Wellness coordinator", 180, "Written agreement or referral route"),
                step(3, "Ask veteran officers every year whether the support fits, and adjust it.", "Wellness coordinator", 365, "Annual check with changes made"),
            ]}),
        ("institutionalization.wellness-plan", {
            "id": "institutionalization.whole-person",
            "text": "The agency's wellness program looks after the whole person: body, mind and spirit.",
            "es": "El programa de bienestar de la agencia atiende a la persona en su totalidad: cuerpo, mente y espíritu.",
            "source": f"{S003} — Course Description",
            "note": f'2.1: new; whole-person wellness was missing from 2.0.0. Seed {S003}: "Wellness goes beyond physical fitness and wellness plans to focus on whole-person wellness to embody body, mind, and spirit"',
            "recommendations": [
                step(0, "Check the wellness program against body, mind and spirit, and list what each part offers today.", "Wellness coordinator", 30, "Gap list for body, mind and spirit"),
                step(1, "Add one support for the weakest part, for example a chaplain contact or a mindfulness session.", "Wellness coordinator", 90, "One support added"),
                step(2, "Write all three parts into the wellness plan, each with a named support.", "Wellness coordinator", 180, "Plan covers body, mind and spirit"),
                step(3, "Ask staff every year which parts help, and adjust.", "Wellness coordinator", 365, "Annual check with changes made"),
            ]}),
    ]
