"""French strings of partner packages and the merge window (gui/exchange_*.py), by English source text.

fr_strings.py merges them into FR, so update.py fills medicen_fr.ts with them.
"""

FR = {
    # Menus and status
    "Open &package…": "Ouvrir un &paquet…",
    "Assi&gn parts to partners…": "Attrib&uer les parties aux partenaires…",
    "Export pac&kage for a partner…": "Exporter un pa&quet pour un partenaire…",
    "&Merge a contribution…": "&Fusionner une contribution…",
    "Undo &last merge": "Annuler la &dernière fusion",
    "Export m&y contribution…": "Exporter &ma contribution…",
    "Partner copy for {partner}: only its assigned parts can be edited":
        "Copie partenaire de {partner} : seules ses parties attribuées sont modifiables",
    "Export your contribution (Proposal menu) and send it to the coordinator.":
        "Exportez votre contribution (menu Projet) et envoyez-la au coordinateur.",
    "Cannot open this package": "Impossible d'ouvrir ce paquet",
    "Package opened: your copy for {partner}": "Paquet ouvert : votre copie pour {partner}",
    "Contribution saved to {path}": "Contribution enregistrée dans {path}",
    "Cannot export the contribution": "Impossible d'exporter la contribution",
    "Cannot save the assignment": "Impossible d'enregistrer l'attribution",
    "Assignments saved": "Attributions enregistrées",
    "Package for {partner} saved to {path}": "Paquet pour {partner} enregistré dans {path}",
    "Cannot export the package": "Impossible d'exporter le paquet",
    "Cannot merge this contribution": "Impossible de fusionner cette contribution",
    "Merge {partner}'s contribution": "Fusion de la contribution de {partner}",
    "{partner}'s contribution merged (changes applied: {n})":
        "Contribution de {partner} fusionnée (modifications appliquées : {n})",
    "Cannot undo the merge": "Impossible d'annuler la fusion",
    "No merge to undo in this proposal.": "Aucune fusion à annuler dans ce projet.",
    "The proposal changed since this merge: undo those later edits first (Edit ▸ Undo).":
        "Le projet a changé depuis cette fusion : annulez d'abord ces modifications (Édition ▸ Annuler).",
    "Merge of {partner}'s contribution undone": "Fusion de la contribution de {partner} annulée",
    # File dialogs and messages
    "All files": "Tous les fichiers",
    "Open a partner package": "Ouvrir un paquet partenaire",
    "Partner packages": "Paquets partenaires",
    "Export a package for a partner": "Exporter un paquet pour un partenaire",
    "Merge a partner's contribution": "Fusionner la contribution d'un partenaire",
    "Contributions": "Contributions",
    "Export my contribution": "Exporter ma contribution",
    "Partner who will receive the package:": "Partenaire destinataire du paquet :",
    "Nothing was changed.": "Rien n'a été modifié.",
    "Undo the merge of {partner}'s contribution? The proposal returns to how it was before the merge; "
    "the contribution can be merged again.":
        "Annuler la fusion de la contribution de {partner} ? Le projet revient à son état d'avant la fusion ; "
        "la contribution pourra être fusionnée à nouveau.",
    "Undo last merge": "Annuler la dernière fusion",
    # Assignment dialog
    "Assign parts to partners": "Attribuer les parties aux partenaires",
    "Check what each partner may write in its package. Its own organisation, team, budget lines and effort "
    "are always included.":
        "Cochez ce que chaque partenaire peut rédiger dans son paquet. Son organisme, son équipe, ses lignes "
        "de budget et son effort sont toujours inclus.",
    "&Partner": "&Partenaire",
    "A work package comes with its tasks and deliverables.": "Un lot de travail inclut ses tâches et ses livrables.",
    "&Work packages": "&Lots de travail",
    "Use &defaults (sections assigned, work packages led)":
        "Attribution par &défaut (sections attribuées, lots dirigés)",
    "sections: {n} · work packages: {m}": "sections : {n} · lots : {m}",
    # Conflict view
    "{partner}'s version": "Version de {partner}",
    "Your version": "Votre version",
    "&Keep mine": "&Garder la mienne",
    "&Take {partner}'s": "Pre&ndre celle de {partner}",
    "&Edit the result myself": "Ré&diger moi-même le résultat",
    "The text to keep, as it will be written": "Le texte à garder, tel qu'il sera enregistré",
    "Since the package was sent: {yours} {theirs} {removed}": "Depuis l'envoi du paquet : {yours} {theirs} {removed}",
    "added by you": "ajouté par vous",
    "added by {partner}": "ajouté par {partner}",
    "removed": "supprimé",
    "(deleted)": "(supprimé)",
    "You and the partner changed the same paragraphs. Only those are shown; every other paragraph change of "
    "both sides is merged already.":
        "Vous et le partenaire avez modifié les mêmes paragraphes. Seuls ceux-ci sont affichés ; toutes les "
        "autres modifications de paragraphes des deux côtés sont déjà fusionnées.",
    "One side deleted this entry while the other changed it.":
        "Un côté a supprimé cet élément pendant que l'autre le modifiait.",
    "You and the partner changed this value differently.": "Vous et le partenaire avez modifié cette valeur différemment.",
    # Names
    "text": "texte", "title": "titre", "status": "état", "amount": "montant", "description": "description",
    "person-months": "personnes-mois", "start month": "mois de début", "end month": "mois de fin",
    "due month": "mois d'échéance", "objectives": "objectifs", "legal name": "raison sociale",
    "short name": "nom court",
    "Section “{title}”": "Section « {title} »",
    "Task {number}: {title}": "Tâche {number} : {title}",
    "Budget of {partner}: {category}, year {year}": "Budget de {partner} : {category}, année {year}",
    "(whole entry)": "(élément entier)",
    "outside {partner}'s assignment": "hors de l'attribution de {partner}",
    "only the coordinator sets this field": "seul le coordinateur fixe ce champ",
    "a partner cannot add or delete these": "un partenaire ne peut pas en ajouter ni en supprimer",
    # Report tables
    "changed by the partner": "modifié par le partenaire",
    "merged paragraph by paragraph": "fusionné paragraphe par paragraphe",
    "added by the partner": "ajouté par le partenaire",
    "deleted by the partner": "supprimé par le partenaire",
    "conflict resolved": "conflit résolu",
    "What": "Quoi", "Field": "Champ", "Change": "Modification", "Before": "Avant", "After": "Après",
    "Why it is refused": "Motif du refus",
    "Partner's value (not applied)": "Valeur du partenaire (non appliquée)",
    # Merge window
    "Merge a contribution — {file}": "Fusionner une contribution — {file}",
    "Checking {file}…": "Vérification de {file}…",
    "Every change of the partner that will be written, including paragraphs merged with yours.":
        "Toutes les modifications du partenaire qui seront enregistrées, y compris les paragraphes fusionnés "
        "avec les vôtres.",
    "&Apply the merge": "&Appliquer la fusion",
    "Keep all &mine": "Garder toutes les mienne&s",
    "Take all the &partner's": "Prendre toutes celles du &partenaire",
    "No conflicts: every change of the partner can be applied as it is.":
        "Aucun conflit : toutes les modifications du partenaire peuvent être appliquées telles quelles.",
    "&Conflicts ({n})": "&Conflits ({n})",
    "C&hanges to apply ({n})": "&Modifications à appliquer ({n})",
    "&Refused ({n})": "&Refusées ({n})",
    "Contribution of {partner}": "Contribution de {partner}",
    "Changes outside {partner}'s assignment are not applied. Ask the partner or make them yourself.":
        "Les modifications hors de l'attribution de {partner} ne sont pas appliquées. Demandez-les au partenaire "
        "ou faites-les vous-même.",
    "Nothing refused: every change is inside {partner}'s assignment.":
        "Rien n'est refusé : toutes les modifications sont dans l'attribution de {partner}.",
    "changes to apply: {n}": "modifications à appliquer : {n}",
    "refused: {n}": "refusées : {n}",
    "conflicts resolved: {n} / {total}": "conflits résolus : {n} / {total}",
    "WP{number} {title}": "LT{number} {title}",
    "Choose a version for each conflict ({n} left).": "Choisissez une version pour chaque conflit (reste {n}).",
    "Every conflict is resolved.": "Tous les conflits sont résolus.",
    "Close": "Fermer",
    "Merged. Changes written: {n} · refused: {refused}. Edit ▸ Undo (or Proposal ▸ Undo last merge) reverts the "
    "whole merge.":
        "Fusion faite. Modifications enregistrées : {n} · refusées : {refused}. Édition ▸ Annuler (ou Projet ▸ "
        "Annuler la dernière fusion) annule toute la fusion.",
    # Partner mode
    "Read only: this section is not assigned to {partner}. Only the coordinator can change it.":
        "Lecture seule : cette section n'est pas attribuée à {partner}. Seul le coordinateur peut la modifier.",
    "Read only:": "Lecture seule :",
}
