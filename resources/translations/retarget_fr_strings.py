"""French strings of the Call step's preview of a change of call (gui/retarget_view.py, gui/steps/call.py).

No-break spaces (\\u00a0) inside « » and before : and ?, so that a line never starts with them.

fr_strings.py merges them into FR, so update.py fills medicen_fr.ts with them.
"""

FR = {
    "Preparing what switching to {name} would change…": "Calcul de ce que changerait le passage à {name}…",
    "Switch to another call": "Changer d’appel",
    "Switch from {old} to {new}?": "Passer de {old} à {new}\u00a0?",
    "Nothing is written until you confirm. A switch never deletes any text, and Edit ▸ Undo switches back.":
        "Rien n’est enregistré avant votre confirmation. Changer d’appel ne supprime aucun texte, et "
        "Édition\u00a0▸\u00a0Annuler revient à l’appel actuel.",
    "&Switch to this call": "&Passer à cet appel",
    "none": "aucun",
    "€{amount}": "{amount}\u00a0€",
    "{value}%": "{value}\u00a0%",
    "“{old}” becomes “{new}”": "«\u00a0{old}\u00a0» devient «\u00a0{new}\u00a0»",
    "Sections kept": "Sections conservées",
    "No section of the proposal has a place in this call.": "Aucune section de la proposition n’a sa place dans cet appel.",
    "Sections newly required (added empty, to write)": "Sections désormais exigées (ajoutées vides, à rédiger)",
    "Sections no longer part of this call (their text is kept but not exported: move it into another section)":
        "Sections que cet appel ne prévoit pas (leur texte est conservé mais pas exporté\u00a0: déplacez-le dans une "
        "autre section)",
    "Limits under this call": "Limites de cet appel",
    "Summary: at most {new} characters (now: {old})": "Résumé\u00a0: {new} caractères au plus (actuellement\u00a0: {old})",
    "no limit": "sans limite",
    "Summary: no character limit (now: {old})": "Résumé\u00a0: sans limite de caractères (actuellement\u00a0: {old})",
    "Technical annex: at most {new} pages (now: {old})":
        "Annexe technique\u00a0: {new} pages au plus (actuellement\u00a0: {old})",
    "Technical annex: no page limit (now: {old})": "Annexe technique\u00a0: sans limite de pages (actuellement\u00a0: {old})",
    "No text limit or eligibility rule is exceeded under this call.":
        "Avec cet appel, aucune limite de texte ni règle d’éligibilité n’est dépassée.",
    "Budget rules": "Règles budgétaires",
    "Budget category “{old}” becomes “{new}”": "La catégorie budgétaire «\u00a0{old}\u00a0» devient «\u00a0{new}\u00a0»",
    "Budget category “{name}”: unknown to this call — its lines are kept, choose another category in Budget":
        "Catégorie budgétaire «\u00a0{name}\u00a0»\u00a0: inconnue de cet appel — ses lignes sont conservées, choisissez une "
        "autre catégorie dans Budget",
    "{partner}: funding rate {new} (now: {old})": "{partner}\u00a0: taux d’aide {new} (actuellement\u00a0: {old})",
    "{partner}: no funding rate of this call applies (now: {old})":
        "{partner}\u00a0: aucun taux d’aide de cet appel ne s’applique (actuellement\u00a0: {old})",
    "Overheads": "Frais généraux",
    "Eligible cost": "Coût éligible",
    "Requested aid": "Aide demandée",
    "Companies' share": "Part des entreprises",
    "Research organisations' share": "Part des organismes de recherche",
    "Subcontracting share": "Part de la sous-traitance",
    "{what}: {new} (now: {old})": "{what}\u00a0: {new} (actuellement\u00a0: {old})",
    "Funding rates, overheads, requested aid and shares stay the same.":
        "Les taux d’aide, les frais généraux, l’aide demandée et les parts restent les mêmes.",
}
