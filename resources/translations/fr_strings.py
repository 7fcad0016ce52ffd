"""French UI strings, by English source text (fed into medicen_fr.ts by update.py)."""

FR = {
    "&Call": "&Appel", "&Project": "&Projet", "C&onsortium": "C&onsortium", "&Sections": "&Sections",
    "&Work plan": "Programme de &travail", "&Budget": "&Budget", "&Risks": "&Risques", "&Annexes": "A&nnexes",
    "Re&view": "&Vérification", "&Export": "&Export",
    "Work plan": "Programme de travail", "Start": "Début", "End": "Fin", "No.": "N°", "Title": "Titre",
    "Leader": "Responsable", "WP": "LT", "Type": "Type", "Dissemination": "Diffusion", "Public": "Public",
    "Sensitive": "Sensible", "Due (month)": "Échéance (mois)", "Means of verification": "Moyen de vérification",
    "Work packages": "Lots de travail",
    "No work packages yet — add the first one (coordination).":
        "Aucun lot de travail — ajoutez le premier (coordination).",
    "Add &work package": "Ajouter un &lot", "Tasks": "Tâches",
    "No tasks yet — select a work package, then add its tasks.":
        "Aucune tâche — sélectionnez un lot, puis ajoutez ses tâches.",
    "Add &task": "Ajouter une &tâche", "Deliverables": "Livrables",
    "No deliverables yet — each work package should produce one.":
        "Aucun livrable — chaque lot devrait en produire un.",
    "Add &deliverable": "Ajouter un livra&ble", "Milestones": "Jalons",
    "No milestones yet — mark the project's decision points.": "Aucun jalon — marquez les points de décision du projet.",
    "Add &milestone": "Ajouter un &jalon", "Effort (person-months)": "Effort (personnes-mois)",
    "Report": "Rapport", "Data": "Données", "Software": "Logiciel", "Demonstrator": "Démonstrateur", "Other": "Autre",
    "Risks": "Risques", "Low": "Faible", "Medium": "Moyen", "High": "Élevé", "Risk": "Risque",
    "Likelihood": "Probabilité", "Severity": "Gravité", "Mitigation": "Mesure d'atténuation",
    "No risks yet — list what could delay the project and how you would react (“Add risk”).":
        "Aucun risque — listez ce qui pourrait retarder le projet et comment vous réagiriez (« Ajouter un risque »).",
    "&Add risk": "&Ajouter un risque", "Delete risk": "Supprimer le risque", "Export": "Export",
    "&Word (.docx)": "&Word (.docx)", "&PDF": "&PDF", "&Budget workbook (.xlsx)": "Classeur &budgétaire (.xlsx)",
    "Folder:": "Dossier :", "C&hoose…": "C&hoisir…", "E&xport": "E&xporter", "Cancel": "Annuler",
    "Choose the formats and press Export. The page-limit check runs with the PDF.":
        "Choisissez les formats puis Exporter. La vérification du nombre de pages se fait avec le PDF.",
    "&Open": "&Ouvrir", "Open &folder": "Ouvrir le &dossier", "Page-limit check": "Limite de pages",
    "PDF preview is not available (QtPdf missing).": "Aperçu PDF indisponible (QtPdf absent).",
    "&Acronym:": "&Acronyme :", "&Title:": "&Titre :", "&Start date:": "&Date de début :", "not set": "non définie",
    "&Duration:": "D&urée :", " months": " mois", "Domains:": "Domaines :", "Clinical aim:": "Finalité clinique :",
    "Prognosis": "Pronostic", "Diagnosis": "Diagnostic", "Therapy": "Thérapie", "—": "—", "from": "de", "to": "à",
    "&TRL:": "&TRL :", "&Keywords:": "&Mots-clés :", "separated by semicolons": "séparés par des points-virgules",
    "Su&mmary:": "Résu&mé :", "Imaging": "Imagerie", "Biomarkers": "Biomarqueurs", "Bio-engineering": "Bio-ingénierie",
    "Biotherapies": "Biothérapies", "Bio-digital": "Bio-numérique", "Bio-instrumentation": "Bio-instrumentation",
    "Annexes": "Annexes", "Letter of commitment": "Lettre d'engagement", "CV": "CV", "Logo": "Logo", "File": "Fichier",
    "Kind": "Type", "Size (bytes)": "Taille (octets)", "SHA-256": "SHA-256", "Description": "Description",
    "No annexes yet — drop letters of commitment and CVs here.":
        "Aucune annexe — déposez ici les lettres d'engagement et les CV.",
    "Remove annex": "Retirer l'annexe", "Coordinator": "Coordinateur", "Partner": "Partenaire",
    "Short name": "Sigle", "Legal name": "Raison sociale", "Role": "Rôle", "SIRET": "SIRET", "Contact": "Contact",
    "E-mail": "Courriel", "Partners": "Partenaires",
    "No partners yet — add the coordinator first.": "Aucun partenaire — ajoutez d'abord le coordinateur.",
    "&Add partner…": "&Ajouter un partenaire…", "Remove partner": "Retirer le partenaire", "Name": "Nom",
    "Job title": "Fonction", "Person-months": "Personnes-mois", "Team of the selected partner": "Équipe du partenaire sélectionné",
    "Select a partner above, then add the people who will work on the project.":
        "Sélectionnez un partenaire ci-dessus, puis ajoutez les personnes qui travailleront sur le projet.",
    "Add &member": "Ajouter un &membre", "Remove member": "Retirer le membre", "Budget": "Budget",
    "Amounts in euros, per year. Type “12 500,50” or “12500.5”.":
        "Montants en euros, par année. Saisissez « 12 500,50 » ou « 12500.5 ».",
    "No partners yet — add them in the Consortium step, then enter their costs here.":
        "Aucun partenaire — ajoutez-les à l'étape Consortium, puis saisissez leurs coûts ici.",
    "Funding per partner (all years)": "Financement par partenaire (toutes années)", "Direct costs": "Coûts directs",
    "Overheads": "Frais généraux", "Eligible": "Éligible", "Funding rate": "Taux d'aide", "Requested aid": "Aide demandée",
    "Add a partner": "Ajouter un partenaire", "&Legal name:": "&Raison sociale :", "&Short name:": "&Sigle :",
    "&Kind:": "&Type :", "Attaching files is not available in this version yet.":
        "Joindre des fichiers n'est pas encore possible dans cette version.",
    "Letters of commitment of every partner and the CVs of key people, as the call asks.":
        "Lettres d'engagement de chaque partenaire et CV des personnes clés, comme l'appel le demande.",
    "Year {n}": "Année {n}", "The call's budget rules are not available: totals only.":
        "Les règles budgétaires de l'appel sont indisponibles : totaux seulement.",
    "Total": "Total", "Companies": "Entreprises", "Research organisations": "Organismes de recherche",
    "Subcontracting": "Sous-traitance",
    "Enter each partner's costs per category and year. Overheads, the funding rate and the requested aid follow the call's rules.":
        "Saisissez les coûts de chaque partenaire par catégorie et par année. Frais généraux, taux d'aide et aide "
        "demandée suivent les règles de l'appel.",
    "Call": "Appel", "&Call template:": "&Modèle d'appel :", "Dossier &language:": "&Langue du dossier :",
    "Funder:": "Financeur :", "Source:": "Source :", "Limits:": "Limites :", "Notes:": "Remarques :",
    "This call's template is not available: no guidance or checks.":
        "Le modèle de cet appel est indisponible : ni conseils ni vérifications.",
    "read on {date}": "consulté le {date}", "{pages} pages for the technical annex": "{pages} pages pour l'annexe technique",
    "summary ≤ {chars} characters": "résumé ≤ {chars} caractères", "{count} sections": "{count} sections",
    "Change call": "Changer d'appel", "Change dossier language": "Changer la langue du dossier",
    "Choose the call the proposal answers: its sections, limits, budget rules and eligibility checks follow from it.":
        "Choisissez l'appel auquel le projet répond : sections, limites, règles budgétaires et critères "
        "d'éligibilité en découlent.",
    "Consortium": "Consortium", "Add partner {name}": "Ajouter le partenaire {name}",
    "Add organisation": "Ajouter l'organisme", "Add partner": "Ajouter un partenaire",
    "Select a partner first.": "Sélectionnez d'abord un partenaire.", "New member": "Nouveau membre",
    "Add team member": "Ajouter un membre",
    "List every partner with its legal identity; the coordinator comes first. Select a partner to list its team.":
        "Listez chaque partenaire avec son identité légale ; le coordinateur d'abord. Sélectionnez un partenaire "
        "pour voir son équipe.",
    "Move up": "Monter", "Move down": "Descendre", "Delete": "Supprimer", "Reorder": "Réordonner",
    "Edit {what}": "Modifier {what}", "Unexpected error": "Erreur inattendue",
    "Something went wrong. Your work up to the last change is saved.\n\n{summary}":
        "Un problème est survenu. Votre travail jusqu'à la dernière modification est enregistré.\n\n{summary}",
    "&Copy details": "&Copier les détails", "Choose at least one format.": "Choisissez au moins un format.",
    "This folder does not exist: {folder}": "Ce dossier n'existe pas : {folder}",
    "Export cancelled; nothing was written.": "Export annulé ; rien n'a été écrit.", "Exporting…": "Export en cours…",
    " — {n} pages": " — {n} pages", "Within the page limits.": "Dans les limites de pages.",
    "Exported {count} file(s) to {folder}.": "{count} fichier(s) exporté(s) dans {folder}.",
    "Cannot write the file: {error}": "Impossible d'écrire le fichier : {error}",
    "Export the dossier in Word and PDF. The PDF tells how many pages the technical part takes against the call's limit. Exports run in the background: keep working.":
        "Exportez le dossier en Word et en PDF. Le PDF indique le nombre de pages de la partie technique face à "
        "la limite de l'appel. L'export tourne en arrière-plan : continuez à travailler.",
    "No work packages yet — add one above; its bar appears here.":
        "Aucun lot — ajoutez-en un ci-dessus ; sa barre apparaîtra ici.",
    "Move in the Gantt chart": "Déplacer dans le Gantt", "Enter an amount": "Saisir un montant",
    "Change an amount": "Modifier un montant", "Academic lab": "Laboratoire académique",
    "Hospital / clinical": "Hôpital / clinique", "SME": "PME", "Young innovative company": "Jeune entreprise innovante",
    "Mid-cap": "ETI", "Large company": "Grande entreprise", "Acronym": "Acronyme", "Last change": "Dernière modification",
    "Your proposals": "Vos projets", "&New proposal…": "&Nouveau projet…", "D&uplicate": "D&upliquer",
    "&Rename…": "&Renommer…", "&Delete": "&Supprimer", "Open the &sample proposal": "Ouvrir le projet d'&exemple",
    "No proposal yet — create one from a call with “New proposal…”, or open the sample proposal to look around.":
        "Aucun projet — créez-en un à partir d'un appel avec « Nouveau projet… », ou ouvrez le projet d'exemple "
        "pour découvrir l'application.",
    "Rename proposal": "Renommer le projet", "New acronym:": "Nouvel acronyme :", "Delete proposal": "Supprimer le projet",
    "Delete {acronym} and everything in it? You can undo this with Ctrl+Z.":
        "Supprimer {acronym} et tout son contenu ? Ctrl+Z permet d'annuler.",
    "Delete {acronym}": "Supprimer {acronym}",
    "{acronym} deleted — Edit ▸ Undo brings it back.": "{acronym} supprimé — Édition ▸ Annuler le rétablit.",
    "Medicen Desktop": "Medicen Desktop", "saving…": "enregistrement…", "saved ✓": "enregistré ✓",
    "&File": "&Fichier", "&Open library": "&Ouvrir la bibliothèque", "&Recent proposals": "Projets &récents",
    "Save a &copy…": "Enregistrer une &copie…", "&Quit": "&Quitter", "&Edit": "É&dition", "&Undo": "&Annuler",
    "&Redo": "&Rétablir", "&Undo {what}": "&Annuler : {what}", "&Redo {what}": "&Rétablir : {what}",
    "&Find in sections…": "Rec&hercher dans les sections…", "&Preferences…": "&Préférences…", "&Proposal": "&Projet",
    "Check &now": "&Vérifier maintenant", "&View": "&Affichage",
    "&Guidance and findings panel": "Panneau &conseils et remarques", "&Help": "A&ide",
    "&About Medicen Desktop": "À &propos de Medicen Desktop", "Copy saved to {path}": "Copie enregistrée : {path}",
    "About Medicen Desktop": "À propos de Medicen Desktop",
    "Medicen Desktop builds collaborative translational-medicine R&D proposals offline.":
        "Medicen Desktop construit hors ligne des projets collaboratifs de R&D en médecine translationnelle.",
    "New proposal": "Nouveau projet",
    "Choose the call, name the project and its coordinator. You can change all of it later.":
        "Choisissez l'appel, nommez le projet et son coordinateur. Tout reste modifiable ensuite.",
    "(no call template available)": "(aucun modèle d'appel disponible)", "e.g. ÉPI-DIAG": "p. ex. ÉPI-DIAG",
    "Full title of the project": "Titre complet du projet",
    "Legal name of the coordinating organisation": "Raison sociale de l'organisme coordinateur",
    "&Call:": "&Appel :", "C&oordinator:": "C&oordinateur :", "Coordinator &kind:": "&Type de coordinateur :",
    "&Language of the dossier:": "&Langue du dossier :", "Choose a call.": "Choisissez un appel.",
    "Give the project an acronym.": "Donnez un acronyme au projet.",
    "Name the coordinating organisation.": "Nommez l'organisme coordinateur.",
    "“{text}” is not a number": "« {text} » n'est pas un nombre",
    "The PDF appears here after an export.": "Le PDF s'affiche ici après un export.", "Preferences": "Préférences",
    "System language": "Langue du système", "&Language:": "&Langue :", "Project": "Projet",
    "Edit project {field}": "Modifier le projet ({field})", "{count} characters": "{count} caractères",
    "{count} / {limit} characters": "{count} / {limit} caractères",
    "Name the project, set its dates and its technology readiness (TRL) at start and end, and write a summary a reviewer understands in one minute.":
        "Nommez le projet, fixez ses dates et sa maturité technologique (TRL) au début et à la fin, et écrivez un "
        "résumé qu'un évaluateur comprend en une minute.",
    "Typing": "Saisie", "Review": "Vérification", "Step": "Étape", "Finding": "Remarque",
    "No findings: the proposal meets every rule the application checks.":
        "Aucune remarque : le projet respecte toutes les règles vérifiées.",
    "{errors} error(s) and {warnings} warning(s) — double-click one to fix it.":
        "{errors} erreur(s) et {warnings} avertissement(s) — double-cliquez pour corriger.",
    "Everything the rules of the call find missing, inconsistent or ineligible. Fix the errors before exporting; warnings are worth a look.":
        "Tout ce que les règles de l'appel trouvent manquant, incohérent ou inéligible. Corrigez les erreurs avant "
        "d'exporter ; les avertissements méritent un coup d'œil.",
    "New risk": "Nouveau risque", "Add risk": "Ajouter un risque",
    "For each risk, say how likely and how serious it is, and what you will do about it. Double-click a cell to edit it.":
        "Pour chaque risque, indiquez sa probabilité, sa gravité et la réponse prévue. Double-cliquez une cellule "
        "pour la modifier.",
    "Sections": "Sections", "To do": "À faire", "Drafting": "En rédaction", "Done": "Terminé", "S&tatus:": "É&tat :",
    "Wr&itten by:": "Rédi&gé par :", "Bold (Ctrl+B)": "Gras (Ctrl+B)", "Italic (Ctrl+I)": "Italique (Ctrl+I)",
    "Bulleted list": "Liste à puces", "Numbered list": "Liste numérotée", "Insert a table": "Insérer un tableau",
    "Find in sections (Enter)": "Rechercher dans les sections (Entrée)",
    "This call has no sections to write, or none are created yet.":
        "Cet appel n'a pas de section à rédiger, ou aucune n'est encore créée.",
    "(coordinator)": "(coordinateur)", "{words} words": "{words} mots", "{chars} characters": "{chars} caractères",
    "{words} / {limit} words": "{words} / {limit} mots", "{chars} / {limit} characters": "{chars} / {limit} caractères",
    "Edit section": "Modifier la section", "“{text}” is not in any section.": "« {text} » ne figure dans aucune section.",
    "Write each section of the dossier. Bold, italic, lists and tables are kept.":
        "Rédigez chaque section du dossier. Gras, italique, listes et tableaux sont conservés.",
    "Limit: {n} words.": "Limite : {n} mots.", "Limit: {n} characters.": "Limite : {n} caractères.",
    "Guidance": "Conseils", "No guidance from the call for this step.": "L'appel ne donne pas de conseil pour cette étape.",
    "Findings ({count})": "Remarques ({count})", "Nothing to fix on this step.": "Rien à corriger à cette étape.",
    "{call} · {percent} % complete": "{call} · complet à {percent} %", "{count} finding(s)": "{count} remarque(s)",
    "Add a work package first.": "Ajoutez d'abord un lot de travail.", "New work package": "Nouveau lot",
    "Add work package": "Ajouter un lot", "New task": "Nouvelle tâche", "Add task": "Ajouter une tâche",
    "New deliverable": "Nouveau livrable", "Add deliverable": "Ajouter un livrable", "New milestone": "Nouveau jalon",
    "Add milestone": "Ajouter un jalon",
    "Split the project into work packages with a leader and dates, then tasks, deliverables and milestones. Drag a bar in the chart to move it; drag its right end to change its length. Person-months per partner go in the Effort tab.":
        "Découpez le projet en lots avec un responsable et des dates, puis en tâches, livrables et jalons. Faites "
        "glisser une barre du diagramme pour la déplacer, son extrémité droite pour changer sa durée. Les "
        "personnes-mois par partenaire se saisissent dans l'onglet Effort.",
    "Medicen Desktop is already open": "Medicen Desktop est déjà ouvert",
    "This database ({path}) is already open in another Medicen Desktop window. Switch to that window, or close it and try again.":
        "Cette base ({path}) est déjà ouverte dans une autre fenêtre de Medicen Desktop. Passez à cette fenêtre, "
        "ou fermez-la et réessayez.",
    "Cannot open the database": "Impossible d'ouvrir la base", "Save a copy": "Enregistrer une copie",
    "Export to folder": "Exporter vers le dossier",
    "{label}: {share} % ({rule})": "{label} : {share} % ({rule})",
    "Exported files": "Fichiers exportés", "Nothing exported yet.": "Rien n'a encore été exporté.",
    # annexes, partners from profiles, call switch, new-proposal wizard
    "Size": "Taille",
    "No annexes yet — drop the partners’ letters of commitment and the CVs of key people here, or use “Attach files…”.":
        "Aucune annexe — déposez ici les lettres d’engagement des partenaires et les CV des personnes clés, "
        "ou utilisez « Joindre des fichiers… ».",
    "&Attach files…": "&Joindre des fichiers…",
    "Attach {count} file(s)": "Joindre {count} fichier(s)",
    "Attach {name}": "Joindre {name}",
    "Join each partner’s signed letter of commitment and the CVs of key people, as the call asks. Drop files on this page or use “Attach files…”; set each annex’s kind and partner by double-clicking the cell. Files are kept in the proposal (up to 25 MB each).":
        "Joignez la lettre d’engagement signée de chaque partenaire et les CV des personnes clés, comme l’appel le "
        "demande. Déposez les fichiers sur cette page ou utilisez « Joindre des fichiers… » ; indiquez le type et le "
        "partenaire de chaque annexe d’un double-clic sur la cellule. Les fichiers sont conservés dans le projet "
        "(25 Mo au plus chacun).",
    "Attach files": "Joindre des fichiers",
    "Documents (*.pdf *.docx *.doc *.odt *.png *.jpg *.jpeg *.svg);;All files (*)":
        "Documents (*.pdf *.docx *.doc *.odt *.png *.jpg *.jpeg *.svg);;Tous les fichiers (*)",
    "Change call to {name}": "Changer d’appel pour {name}",
    "Which call?": "Quel appel ?",
    "The call decides the sections, the limits, the budget rules and the checks. You can change it later.":
        "L’appel détermine les sections, les limites, les règles budgétaires et les vérifications. "
        "Vous pourrez le changer ensuite.",
    "No call template is available: the application's templates failed to load.":
        "Aucun modèle d’appel n’est disponible : les modèles de l’application n’ont pas pu être chargés.",
    "The coordinator": "Le coordinateur",
    "The organisation that leads the project and submits the dossier. Pick one you already know, or create it.":
        "L’organisme qui pilote le projet et dépose le dossier. Choisissez-en un déjà connu, ou créez-le.",
    "The dossier's language": "La langue du dossier",
    "The language the dossier is written and exported in; the section titles follow it.":
        "La langue dans laquelle le dossier est rédigé et exporté ; les titres des sections la suivent.",
    "An organisation already &known": "Un organisme déjà &connu",
    "Search by name, SIRET or city": "Rechercher par nom, SIRET ou ville",
    "Already a partner of this proposal": "Déjà partenaire de ce projet",
    "A &new organisation": "Un &nouvel organisme",
    "K&ind:": "T&ype :",
    "Choose an organisation in the list, or create a new one below.":
        "Choisissez un organisme dans la liste, ou créez-en un nouveau ci-dessous.",
    "Give the new organisation its legal name.": "Indiquez la raison sociale du nouvel organisme.",
    "The project": "Le projet",
    "A short acronym and the full title, as they will appear on the cover page.":
        "Un acronyme court et le titre complet, tels qu’ils figureront en page de garde.",
    "Give the project its full title.": "Donnez au projet son titre complet.",
    "<b>Switched from {old} to {new}.</b> Nothing was deleted; Edit ▸ Undo switches back.":
        "<b>Appel changé : {old} → {new}.</b> Rien n’a été supprimé ; Édition ▸ Annuler revient en arrière.",
    "{count} section(s) kept as they were": "{count} section(s) conservée(s) telle(s) quelle(s)",
    "“{old}” now answers “{new}”": "« {old} » répond désormais à « {new} »",
    "budget category “{old}” becomes “{new}”": "la catégorie budgétaire « {old} » devient « {new} »",
    "What carried over": "Ce qui a été repris",
    "New sections this call asks for (empty, to write)": "Nouvelles sections demandées par cet appel (vides, à rédiger)",
    "section “{name}”: its text is kept but this call has no place for it — move it into another section":
        "section « {name} » : son texte est conservé mais cet appel n’a pas de place pour elle — "
        "déplacez-le dans une autre section",
    "budget category “{name}”: unknown to this call — its lines are kept, choose another category in Budget":
        "catégorie budgétaire « {name} » : inconnue de cet appel — ses lignes sont conservées, "
        "choisissez une autre catégorie dans Budget",
    "What no longer fits": "Ce qui ne trouve plus sa place",
    # budget lines, team CVs
    "Select a partner’s row in the grid to see its lines.":
        "Sélectionnez la ligne d’un partenaire dans la grille pour voir ses lignes budgétaires.",
    "Category": "Catégorie",
    "Amount (€)": "Montant (€)",
    "No lines for this partner and year — type amounts in the grid above, or add a line here to give it person-months and a description.":
        "Aucune ligne pour ce partenaire et cette année — saisissez des montants dans la grille ci-dessus, ou "
        "ajoutez ici une ligne pour lui donner des personnes-mois et une description.",
    "Add a &line": "Ajouter une &ligne",
    "Delete line": "Supprimer la ligne",
    "Lines of {partner}, year {year}": "Lignes de {partner}, année {year}",
    "Select a partner’s row in the grid first.": "Sélectionnez d’abord la ligne d’un partenaire dans la grille.",
    "Add a budget line": "Ajouter une ligne budgétaire",
    "This cell adds up {count} budget lines: change them one by one under “Lines of the partner” below.":
        "Cette case additionne {count} lignes budgétaires : modifiez-les une à une sous « Lignes du partenaire » "
        "ci-dessous.",
    "Lines of the partner": "Lignes du partenaire",
    "A short CV: degrees, current position, experience relevant to the project, five key publications or patents.":
        "Un CV court : diplômes, poste actuel, expérience utile au projet, cinq publications ou brevets clés.",
    "CV of {name}": "CV de {name}",
    "CV — select a team member": "CV — sélectionnez un membre de l’équipe",
    "This cell adds up {count} entries: change them one by one.":
        "Cette case additionne {count} saisies : modifiez-les une à une.",
    "Complete": "Avancement",
}

from exchange_fr_strings import FR as _EXCHANGE  # noqa: E402 - partner packages and merge window (gui/exchange_*.py)

FR.update(_EXCHANGE)

from partner_copy_fr_strings import FR as _PARTNER_COPY  # noqa: E402 - read-only notes of a partner copy, Export polish

FR.update(_PARTNER_COPY)

from retarget_fr_strings import FR as _RETARGET  # noqa: E402 - preview of a change of call (gui/retarget_view.py)

FR.update(_RETARGET)

from startup_fr_strings import FR as _STARTUP  # noqa: E402 - the window shown while the database opens

FR.update(_STARTUP)
