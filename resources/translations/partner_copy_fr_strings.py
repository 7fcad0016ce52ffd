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
    # Refusing to write an export, copy or package over the open database (mainwindow, exchange_actions)
    "{path} is the database itself: choose another name.":
        "{path} est la base ouverte elle-même : choisissez un autre nom.",
    "Cannot save the copy": "Impossible d'enregistrer la copie",
    # The page-level notes of Work plan, Budget, Consortium, Risks and Annexes in a partner copy
    "Partner copy for {partner}: no work package is assigned to you; you can only fill in your row of the Effort "
    "tab. The rest of the work plan is read-only: the coordinator owns it.":
        "Copie partenaire de {partner} : aucun lot ne vous est attribué ; vous pouvez seulement remplir votre "
        "ligne de l'onglet Effort. Le reste du programme de travail est en lecture seule : il appartient au "
        "coordinateur.",
    "Partner copy for {partner}: you can edit {wps} (title, dates, tasks and deliverables) and your row of the "
    "Effort tab. The rest of the work plan is read-only: the coordinator owns it.":
        "Copie partenaire de {partner} : vous pouvez modifier {wps} (titre, dates, tâches et livrables) et votre "
        "ligne de l'onglet Effort. Le reste du programme de travail est en lecture seule : il appartient au "
        "coordinateur.",
    "Partner copy for {partner}: you can enter your own costs only (your row of the grid and your lines). The "
    "other partners' costs are read-only: the coordinator owns them.":
        "Copie partenaire de {partner} : vous ne pouvez saisir que vos propres coûts (votre ligne du tableau et "
        "vos lignes de détail). Les coûts des autres partenaires sont en lecture seule : ils appartiennent au "
        "coordinateur.",
    "Partner copy for {partner}: you can edit your organisation's profile, your contact and your team (with "
    "their CVs). The other partners, the roles and the order are read-only: the coordinator owns them.":
        "Copie partenaire de {partner} : vous pouvez modifier le profil de votre organisation, votre contact et "
        "votre équipe (avec les CV). Les autres partenaires, les rôles et l'ordre sont en lecture seule : ils "
        "appartiennent au coordinateur.",
    "Read only: in a partner copy only the coordinator changes the risks. Tell the coordinator about any risk "
    "you see in your part.":
        "Lecture seule : dans une copie partenaire, seul le coordinateur modifie les risques. Signalez-lui tout "
        "risque que vous voyez dans votre partie.",
    "Partner copy for {partner}: you can attach your own annexes (letters, CVs) and change or remove them. The "
    "other partners' annexes are read-only: the coordinator owns them.":
        "Copie partenaire de {partner} : vous pouvez joindre vos propres annexes (lettres, CV), les modifier ou "
        "les retirer. Les annexes des autres partenaires sont en lecture seule : elles appartiennent au "
        "coordinateur.",
}
