"""Outcome items of 2.1.0 (issue 22, item 6): what the practices are for, scored apart from every practice score.

Imported by build.py. Each outcome quotes the seed passage that carries it (build.py checks the quotation against the
seed); the Spanish follows docs/glossary-es.md (agencia, oficial, usted register).
"""
from items import S004, TRUST, HIST, INST, CONCL

AGREEMENT = {
    "min": 0,
    "max": 4,
    "levels": [
        {"value": 0, "label": "Strongly disagree", "translations": {"es": {"label": "Totalmente en desacuerdo"}}},
        {"value": 1, "label": "Disagree", "translations": {"es": {"label": "En desacuerdo"}}},
        {"value": 2, "label": "Neither agree nor disagree", "translations": {"es": {"label": "Ni de acuerdo ni en desacuerdo"}}},
        {"value": 3, "label": "Agree", "translations": {"es": {"label": "De acuerdo"}}},
        {"value": 4, "label": "Strongly agree", "translations": {"es": {"label": "Totalmente de acuerdo"}}},
    ],
}

OUTCOMES = [
    ("outcome.trust-leadership",
     "I trust the leadership of this agency.",
     "Confío en el liderazgo de esta agencia.",
     TRUST,
     f'2.1: new outcome item (trust in the agency, internally). Seed {S004}: "officer trust—both in their agencies (internally) and in their communities (externally)—is at an all-time low"'),
    ("outcome.intent-to-stay",
     "I intend to still be working for this agency two years from now.",
     "Tengo la intención de seguir trabajando para esta agencia dentro de dos años.",
     TRUST,
     f'2.1: new outcome item (retention). Seed {S004}: "unprecedented recruitment and retention challenges, including soaring numbers of resignations"'),
    ("outcome.supported-wellness",
     "I feel supported by this agency in looking after my own wellness.",
     "Siento que esta agencia me apoya en el cuidado de mi propio bienestar.",
     TRUST + "; " + CONCL,
     f'2.1: new outcome item (feeling supported). Seed {S004}: "Officers are seeking confirmation that they are supported by leadership"; seed {S004}: "national and local leaders encouraging officers to prioritize their wellness"'),
    ("outcome.seek-help",
     "If I were struggling with stress or my mental health, I would feel free to ask for help here.",
     "Si tuviera dificultades por estrés o por mi salud mental, me sentiría libre de pedir ayuda aquí.",
     HIST,
     f'2.1: new outcome item (willingness to seek help). Seed {S004}: "the particularly strong stigma associated with mental health care in law enforcement and eliminating additional barriers to accessing mental health supports"'),
    ("outcome.concerns-acted-on",
     "If I raised a concern, I am confident this agency would act on it.",
     "Si planteara una inquietud, confío en que esta agencia tomaría medidas al respecto.",
     INST,
     f'2.1: new outcome item (confidence the agency acts on concerns). Seed {S004}: "want to see evidence that they are heard and that their feedback is taken into consideration"'),
]


def outcomes():
    """The outcome items as instrument JSON, in presentation order."""
    return [
        {"id": i, "text": text, "translations": {"es": {"text": es}}, "scale": AGREEMENT, "source": source, "note": note}
        for i, text, es, source, note in OUTCOMES
    ]
