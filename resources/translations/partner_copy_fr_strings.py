"""French strings of the editors in a partner copy (read-only notes) and of the Export step's polish.

fr_strings.py merges them into FR, so update.py fills medicen_fr.ts with them.
"""

FR = {
    "Read only: in a partner copy only the coordinator chooses the call and the dossier language.":
        "Lecture seule : dans une copie partenaire, seul le coordinateur choisit l'appel et la langue du dossier.",
    "Read only: in a partner copy only the coordinator changes the project's general information.":
        "Lecture seule : dans une copie partenaire, seul le coordinateur modifie les informations générales "
        "du projet.",
    "Read only in this partner copy: only the partner's assigned parts can be changed.":
        "Lecture seule dans cette copie partenaire : seules les parties attribuées au partenaire sont modifiables.",
    "Export a PDF to check the page limit.": "Exportez un PDF pour vérifier la limite de pages.",
}
