"""Spanish fixes of the audit's section 7, applied to every Spanish text of 2.1.0 (docs/glossary-es.md)."""
import re

REPLACE = [
    ("tiempo real", "tiempo suficiente y realista"),
    ("una sesión de análisis psicológico", "una sesión de apoyo psicológico posterior al incidente (debriefing)"),
    ("sesiones psicológicas obligatorias", "sesiones obligatorias de apoyo psicológico posterior al incidente (debriefing)"),
    ("fuera de las tareas de control", "que no implica hacer cumplir la ley"),
    ("normalmente se espera", "se espera como norma establecida"),
    ("la participación comunitaria", "el acercamiento a la comunidad"),
    ("La participación comunitaria", "El acercamiento a la comunidad"),
    ("participación comunitaria", "acercamiento a la comunidad"),
    ("el jefe ejecutivo", "el jefe de policía o el sheriff"),
    ("jefe ejecutivo", "jefe de policía o sheriff"),
    ("El jefe, el alguacil", "El jefe de policía, el sheriff"),
    ("oficiales de color", "oficiales de minorías raciales o étnicas"),
    ("se exigen responsabilidad unos a otros", "se piden cuentas mutuamente"),
    ("actores locales", "organizaciones y líderes locales"),
    ("posteriores a la acción", "posteriores al incidente"),
    ("calmado", "sereno"),
    ("Se anima a", "Se alienta a"), ("se anima a", "se alienta a"),
    ("incluidas unas relaciones sólidas", "entre ellos, mantener relaciones sólidas"),
    ("Contar con los miembros de la comunidad local", "Involucrar a los miembros de la comunidad local"),
    ("Sostenibilidad y apoyos de bienestar", "Continuidad y apoyos de bienestar"),
    ("Componentes para lograr el compromiso", "Componentes para lograr la aceptación (buy-in)"),
    ("Estrategias para lograr el compromiso", "Enfoques estratégicos para lograr la aceptación"),
    ("lograr el compromiso", "lograr la aceptación"),
    ("Confianza y participación de los oficiales", "Construir la confianza y la implicación de los oficiales"),
    ("Oportunidades de crecimiento en la cultura policial", "Aprovechar las oportunidades de crecimiento en la cultura policial"),
    ("El dinero y el equipo", "Los fondos"),
    ("aprendices", "oficiales en entrenamiento de campo"),
    ("la moral", "el ánimo (la moral)"),
    ("servicios comunitarios", "actividades de voluntariado"),
]
GROUPS = {
    "fto": "Oficiales de entrenamiento de campo (FTO) e instructores",
    "line-officer": "Oficiales y agentes del sheriff sin rango de mando",
    "dispatcher": "Personal de despacho (911)",
}


def walk(o, fn):
    if isinstance(o, dict):
        for k, v in o.items():
            if k == "es" and isinstance(v, dict):
                for kk, vv in v.items():
                    if isinstance(vv, str):
                        v[kk] = fn(vv)
            else:
                walk(v, fn)
    elif isinstance(o, list):
        for v in o:
            walk(v, fn)


def fix(t):
    for a, b in REPLACE:
        if b not in t:
            t = t.replace(a, b)
    t = re.sub(r"\bsocios\b", "aliados", t)
    t = re.sub(r"\bsocio\b", "aliado", t)
    t = re.sub(r"el ánimo \(el ánimo \(la moral\)\)", "el ánimo (la moral)", t)
    return t


def spanish_pass(d):
    walk(d, fix)
    for g in d["groups"]:
        if g["id"] in GROUPS:
            g["translations"]["es"]["title"] = GROUPS[g["id"]]
