<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddPartnerDialog</name>
    <message>
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
</context>
<context>
    <name>AnnexesPage</name>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>Letter of commitment</source>
        <translation>Lettre d&apos;engagement</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>No annexes yet — drop the partners’ letters of commitment and the CVs of key people here, or use “Attach files…”.</source>
        <translation>Aucune annexe — déposez ici les lettres d’engagement des partenaires et les CV des personnes clés, ou utilisez « Joindre des fichiers… ».</translation>
    </message>
    <message>
        <source>Remove annex</source>
        <translation>Retirer l&apos;annexe</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Attach {count} file(s)</source>
        <translation>Joindre {count} fichier(s)</translation>
    </message>
    <message>
        <source>Attach {name}</source>
        <translation>Joindre {name}</translation>
    </message>
    <message>
        <source>Partner copy for {partner}: you can attach your own annexes (letters, CVs) and change or remove them. The other partners&apos; annexes are read-only: the coordinator owns them.</source>
        <translation>Copie partenaire de {partner} : vous pouvez joindre vos propres annexes (lettres, CV), les modifier ou les retirer. Les annexes des autres partenaires sont en lecture seule : elles appartiennent au coordinateur.</translation>
    </message>
    <message>
        <source>Join each partner’s signed letter of commitment and the CVs of key people, as the call asks. Drop files on this page or use “Attach files…”; set each annex’s kind and partner by double-clicking the cell. Files are kept in the proposal (up to 25 MB each).</source>
        <translation>Joignez la lettre d’engagement signée de chaque partenaire et les CV des personnes clés, comme l’appel le demande. Déposez les fichiers sur cette page ou utilisez « Joindre des fichiers… » ; indiquez le type et le partenaire de chaque annexe d’un double-clic sur la cellule. Les fichiers sont conservés dans le projet (25 Mo au plus chacun).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Medicen Desktop is already open</source>
        <translation>Medicen Desktop est déjà ouvert</translation>
    </message>
    <message>
        <source>This database ({path}) is already open in another Medicen Desktop window. Switch to that window, or close it and try again.</source>
        <translation>Cette base ({path}) est déjà ouverte dans une autre fenêtre de Medicen Desktop. Passez à cette fenêtre, ou fermez-la et réessayez.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <source>Assign parts to partners</source>
        <translation>Attribuer les parties aux partenaires</translation>
    </message>
    <message>
        <source>Check what each partner may write in its package. Its own organisation, team, budget lines and effort are always included.</source>
        <translation>Cochez ce que chaque partenaire peut rédiger dans son paquet. Son organisme, son équipe, ses lignes de budget et son effort sont toujours inclus.</translation>
    </message>
    <message>
        <source>A work package comes with its tasks and deliverables.</source>
        <translation>Un lot de travail inclut ses tâches et ses livrables.</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <source>&amp;Work packages</source>
        <translation>&amp;Lots de travail</translation>
    </message>
    <message>
        <source>WP{number} {title}</source>
        <translation>LT{number} {title}</translation>
    </message>
    <message>
        <source>Use &amp;defaults (sections assigned, work packages led)</source>
        <translation>Attribution par &amp;défaut (sections attribuées, lots dirigés)</translation>
    </message>
    <message>
        <source>sections: {n} · work packages: {m}</source>
        <translation>sections : {n} · lots : {m}</translation>
    </message>
</context>
<context>
    <name>AttachFilesDialog</name>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.doc *.odt *.png *.jpg *.jpeg *.svg);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>BudgetByWorkPackage</name>
    <message>
        <source>Work package</source>
        <translation>Lot de travaux</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personnes-mois</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Other direct costs</source>
        <translation>Autres coûts directs</translation>
    </message>
    <message>
        <source>Overheads</source>
        <translation>Frais généraux</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Requested aid</source>
        <translation>Aide demandée</translation>
    </message>
    <message>
        <source>Outside work packages</source>
        <translation>Hors lots de travaux</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>BudgetImport</name>
    <message>
        <source>Read back {partner}&apos;s workbook</source>
        <translation>Relire le classeur de {partner}</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Classeurs Excel</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Cannot read this workbook back</source>
        <translation>Impossible de relire ce classeur</translation>
    </message>
</context>
<context>
    <name>BudgetImportDialog</name>
    <message>
        <source>Read back {partner}&apos;s workbook</source>
        <translation>Relire le classeur de {partner}</translation>
    </message>
    <message>
        <source>{file} ({form}): {count} figure(s) of {partner} differ from the proposal. Nothing is written until you press Apply, and Edit ▸ Undo takes the whole import back.</source>
        <translation>{file} ({form}) : {count} valeur(s) de {partner} diffèrent du projet. Rien n&apos;est enregistré avant que vous n&apos;appuyiez sur Appliquer, et Édition ▸ Annuler reprend toute la relecture.</translation>
    </message>
    <message>
        <source>{file} ({form}): every figure of {partner} is already the proposal&apos;s; nothing to apply.</source>
        <translation>{file} ({form}) : toutes les valeurs de {partner} sont déjà celles du projet ; rien à appliquer.</translation>
    </message>
    <message>
        <source>the Horizon Europe lump-sum detailed budget table</source>
        <translation>le tableau budgétaire détaillé lump sum Horizon Europe</translation>
    </message>
    <message>
        <source>the Horizon Europe Part A budget table</source>
        <translation>le tableau budgétaire de la partie A Horizon Europe</translation>
    </message>
    <message>
        <source>the Bpifrance financial annex</source>
        <translation>l&apos;annexe financière Bpifrance</translation>
    </message>
    <message>
        <source>the ANR budget table</source>
        <translation>le tableau budgétaire ANR</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>In the proposal</source>
        <translation>Dans le projet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>Dans le classeur</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
</context>
<context>
    <name>BudgetLinesPanel</name>
    <message>
        <source>Select a partner’s row in the grid to see its lines.</source>
        <translation>Sélectionnez la ligne d’un partenaire dans la grille pour voir ses lignes budgétaires.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>WP</source>
        <translation>LT</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <source>Purchase cost (€)</source>
        <translation>Coût d&apos;achat (€)</translation>
    </message>
    <message>
        <source>Depreciation (months)</source>
        <translation>Amortissement (mois)</translation>
    </message>
    <message>
        <source>Months in the project</source>
        <translation>Mois dans le projet</translation>
    </message>
    <message>
        <source>Use for the project (%)</source>
        <translation>Utilisation pour le projet (%)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>No lines for this partner and year — type amounts in the grid above, or add a line here to give it person-months and a description.</source>
        <translation>Aucune ligne pour ce partenaire et cette année — saisissez des montants dans la grille ci-dessus, ou ajoutez ici une ligne pour lui donner des personnes-mois et une description.</translation>
    </message>
    <message>
        <source>Add a &amp;line</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Lines of {partner}, year {year}</source>
        <translation>Lignes de {partner}, année {year}</translation>
    </message>
    <message>
        <source>Select a partner’s row in the grid first.</source>
        <translation>Sélectionnez d’abord la ligne d’un partenaire dans la grille.</translation>
    </message>
    <message>
        <source>Add a budget line</source>
        <translation>Ajouter une ligne budgétaire</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Amounts in euros, per year. Type “12 500,50” or “12500.5”.</source>
        <translation>Montants en euros, par année. Saisissez « 12 500,50 » ou « 12500.5 ».</translation>
    </message>
    <message>
        <source>No partners yet — add them in the Consortium step, then enter their costs here.</source>
        <translation>Aucun partenaire — ajoutez-les à l&apos;étape Consortium, puis saisissez leurs coûts ici.</translation>
    </message>
    <message>
        <source>Funding per partner (all years)</source>
        <translation>Financement par partenaire (toutes années)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Personnel (effort × rates)</source>
        <translation>Personnel (effort × taux)</translation>
    </message>
    <message>
        <source>This cell adds up {count} budget lines: change them one by one under “Lines of the partner” below.</source>
        <translation>Cette case additionne {count} lignes budgétaires : modifiez-les une à une sous « Lignes du partenaire » ci-dessous.</translation>
    </message>
    <message>
        <source>Personnel is the effort matrix × the personnel rates: change person-months in the Work plan step (Effort tab) or the rates in the “Personnel rates” tab.</source>
        <translation>Le personnel est la matrice d&apos;effort × les taux de personnel : changez les personnes·mois à l&apos;étape Programme de travail (onglet Effort) ou les taux dans l&apos;onglet « Taux de personnel ».</translation>
    </message>
    <message>
        <source>Read back this partner&apos;s workbook…</source>
        <translation>Relire le classeur de ce partenaire…</translation>
    </message>
    <message>
        <source>Read the partner&apos;s figures back from a budget form it filled in (the lump-sum table, Part A, the Bpifrance annex or the ANR table): every changed cell is shown before it is applied.</source>
        <translation>Relire les montants du partenaire dans un formulaire budgétaire qu&apos;il a rempli (tableau lump sum, partie A, annexe financière Bpifrance ou tableau ANR) : chaque cellule modifiée est montrée avant d&apos;être appliquée.</translation>
    </message>
    <message>
        <source>Direct costs</source>
        <translation>Coûts directs</translation>
    </message>
    <message>
        <source>Overheads</source>
        <translation>Frais généraux</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Taux d&apos;aide</translation>
    </message>
    <message>
        <source>Requested aid</source>
        <translation>Aide demandée</translation>
    </message>
    <message>
        <source>Lines of the partner</source>
        <translation>Lignes du partenaire</translation>
    </message>
    <message>
        <source>Personnel rates</source>
        <translation>Taux de personnel</translation>
    </message>
    <message>
        <source>Budget by work package</source>
        <translation>Budget par lot</translation>
    </message>
    <message>
        <source>Year {n}</source>
        <translation>Année {n}</translation>
    </message>
    <message>
        <source>The call&apos;s budget rules are not available: totals only.</source>
        <translation>Les règles budgétaires de l&apos;appel sont indisponibles : totaux seulement.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Research organisations</source>
        <translation>Organismes de recherche</translation>
    </message>
    <message>
        <source>Subcontracting</source>
        <translation>Sous-traitance</translation>
    </message>
    <message>
        <source>{label}: {share} % ({rule})</source>
        <translation>{label} : {share} % ({rule})</translation>
    </message>
    <message>
        <source>Frozen by the coordinator: the budget of {partners}. No one can edit it until the coordinator unfreezes it (Proposal › To do).</source>
        <translation>Figé par le coordinateur : le budget de {partners}. Personne ne peut le modifier tant que le coordinateur ne l’a pas libéré (Projet › À faire).</translation>
    </message>
    <message>
        <source>Partner copy for {partner}: you can enter your own costs only (your row of the grid and your lines). The other partners&apos; costs are read-only: the coordinator owns them.</source>
        <translation>Copie partenaire de {partner} : vous ne pouvez saisir que vos propres coûts (votre ligne du tableau et vos lignes de détail). Les coûts des autres partenaires sont en lecture seule : ils appartiennent au coordinateur.</translation>
    </message>
    <message>
        <source>On the team server as {partner}: you enter your own costs only; the other partners&apos; costs are theirs and not shown to you.</source>
        <translation>Sur le serveur d&apos;équipe en tant que {partner} : vous saisissez vos seuls coûts ; ceux des autres partenaires leur appartiennent et ne vous sont pas montrés.</translation>
    </message>
    <message>
        <source>Enter each partner&apos;s costs per category and year, and its personnel rates: personnel costs are the effort matrix&apos;s person-months × these rates. Overheads, the funding rate and the requested aid follow the call&apos;s rules.</source>
        <translation>Saisissez les coûts de chaque partenaire par catégorie et par année, et ses taux de personnel : les frais de personnel sont les personnes-mois de la matrice d&apos;effort × ces taux. Les frais généraux, le taux d&apos;aide et l&apos;aide demandée suivent les règles de l&apos;appel.</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>&amp;Call template:</source>
        <translation>&amp;Modèle d&apos;appel :</translation>
    </message>
    <message>
        <source>Dossier &amp;language:</source>
        <translation>&amp;Langue du dossier :</translation>
    </message>
    <message>
        <source>Funder:</source>
        <translation>Financeur :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limites :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Édition :</translation>
    </message>
    <message>
        <source>The date the dossier is due at the funder, for the topic or cut-off this proposal answers (see the call&apos;s text).</source>
        <translation>La date à laquelle le dossier doit parvenir au financeur, pour le thème ou la relève auquel répond ce projet (voir le texte de l&apos;appel).</translation>
    </message>
    <message>
        <source>Submission &amp;deadline:</source>
        <translation>&amp;Date limite de dépôt :</translation>
    </message>
    <message>
        <source>Read only: in a partner copy only the coordinator chooses the call, its deadline and the dossier language.</source>
        <translation>Lecture seule : dans la copie d&apos;un partenaire, seul le coordinateur choisit l&apos;appel, sa date limite et la langue du dossier.</translation>
    </message>
    <message>
        <source>Template files left out (fix them, then restart):</source>
        <translation>Fichiers de modèle écartés (corrigez-les, puis redémarrez) :</translation>
    </message>
    <message>
        <source>This call&apos;s template is not available: no guidance or checks.</source>
        <translation>Le modèle de cet appel est indisponible : ni conseils ni vérifications.</translation>
    </message>
    <message>
        <source>read on {date}</source>
        <translation>consulté le {date}</translation>
    </message>
    <message>
        <source>{pages} pages for the technical annex</source>
        <translation>{pages} pages pour l&apos;annexe technique</translation>
    </message>
    <message>
        <source>summary ≤ {chars} characters</source>
        <translation>résumé ≤ {chars} caractères</translation>
    </message>
    <message>
        <source>{count} sections</source>
        <translation>{count} sections</translation>
    </message>
    <message>
        <source>{edition} (historical model, no longer open)</source>
        <translation>{edition} (modèle historique, appel clos)</translation>
    </message>
    <message>
        <source>See what edition {edition} changes…</source>
        <translation>Voir ce que change l’édition {edition}…</translation>
    </message>
    <message>
        <source>Preparing what switching to {name} would change…</source>
        <translation>Calcul de ce que changerait le passage à {name}…</translation>
    </message>
    <message>
        <source>Change call to {name}</source>
        <translation>Changer d’appel pour {name}</translation>
    </message>
    <message>
        <source>Set the submission deadline</source>
        <translation>Fixer la date limite de dépôt</translation>
    </message>
    <message>
        <source>Clear the submission deadline</source>
        <translation>Effacer la date limite de dépôt</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>dans {days} jours</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>passed yesterday</source>
        <translation>dépassée depuis hier</translation>
    </message>
    <message>
        <source>passed {days} days ago</source>
        <translation>dépassée depuis {days} jours</translation>
    </message>
    <message>
        <source>Change dossier language</source>
        <translation>Changer la langue du dossier</translation>
    </message>
    <message>
        <source>Choose the call the proposal answers: its sections, limits, budget rules and eligibility checks follow from it.</source>
        <translation>Choisissez l&apos;appel auquel le projet répond : sections, limites, règles budgétaires et critères d&apos;éligibilité en découlent.</translation>
    </message>
</context>
<context>
    <name>CommentPanel</name>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Comment threads</source>
        <translation>Fils de commentaires</translation>
    </message>
    <message>
        <source>Show &amp;resolved</source>
        <translation>Afficher les &amp;résolus</translation>
    </message>
    <message>
        <source>Write a comment or a reply (Ctrl+Enter: comment)</source>
        <translation>Écrivez un commentaire ou une réponse (Ctrl+Entrée : commenter)</translation>
    </message>
    <message>
        <source>Ne&amp;w comment:</source>
        <translation>&amp;Nouveau commentaire :</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Commenter</translation>
    </message>
    <message>
        <source>Start a thread on the paragraph where the cursor is</source>
        <translation>Ouvrir un fil sur le paragraphe où se trouve le curseur</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>Ré&amp;pondre</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <source>To do (¶{n}): {text}</source>
        <translation>À faire (¶{n}) : {text}</translation>
    </message>
    <message>
        <source>No comment yet. Write one below and press Comment.</source>
        <translation>Aucun commentaire. Écrivez-en un ci-dessous puis cliquez sur Commenter.</translation>
    </message>
    <message>
        <source>¶{n} · </source>
        <translation>¶{n} · </translation>
    </message>
    <message>
        <source>cell {cell} · </source>
        <translation>case {cell} · </translation>
    </message>
    <message>
        <source>row · </source>
        <translation>ligne · </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Figée</translation>
    </message>
    <message>
        <source>owner: {owner}</source>
        <translation>responsable : {owner}</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>échéance {date}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>“{field}” was changed by another writer while you were editing it.
Now stored: {theirs}
Yours: {mine}</source>
        <translation>« {field} » a été modifié par quelqu’un d’autre pendant que vous le modifiiez.
Enregistré maintenant : {theirs}
Votre version : {mine}</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Modifié entre-temps</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Prendre l’&amp;autre</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>{partner}&apos;s version</source>
        <translation>Version de {partner}</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>&amp;Take {partner}&apos;s</source>
        <translation>Pre&amp;ndre celle de {partner}</translation>
    </message>
    <message>
        <source>&amp;Edit the result myself</source>
        <translation>Ré&amp;diger moi-même le résultat</translation>
    </message>
    <message>
        <source>The text to keep, as it will be written</source>
        <translation>Le texte à garder, tel qu&apos;il sera enregistré</translation>
    </message>
    <message>
        <source>Since the package was sent: {yours} {theirs} {removed}</source>
        <translation>Depuis l&apos;envoi du paquet : {yours} {theirs} {removed}</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>ajouté par vous</translation>
    </message>
    <message>
        <source>added by {partner}</source>
        <translation>ajouté par {partner}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>You and the partner changed the same paragraphs. Only those are shown; every other paragraph change of both sides is merged already.</source>
        <translation>Vous et le partenaire avez modifié les mêmes paragraphes. Seuls ceux-ci sont affichés ; toutes les autres modifications de paragraphes des deux côtés sont déjà fusionnées.</translation>
    </message>
    <message>
        <source>One side deleted this entry while the other changed it.</source>
        <translation>Un côté a supprimé cet élément pendant que l&apos;autre le modifiait.</translation>
    </message>
    <message>
        <source>You and the partner changed this value differently.</source>
        <translation>Vous et le partenaire avez modifié cette valeur différemment.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
</context>
<context>
    <name>ConsortiumPage</name>
    <message>
        <source>Consortium</source>
        <translation>Consortium</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>No partners yet — add the coordinator first.</source>
        <translation>Aucun partenaire — ajoutez d&apos;abord le coordinateur.</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Ajouter un partenaire…</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Retirer le partenaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Personnes-mois</translation>
    </message>
    <message>
        <source>Team of the selected partner</source>
        <translation>Équipe du partenaire sélectionné</translation>
    </message>
    <message>
        <source>Select a partner above, then add the people who will work on the project.</source>
        <translation>Sélectionnez un partenaire ci-dessus, puis ajoutez les personnes qui travailleront sur le projet.</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Ajouter un &amp;membre</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>&amp;Identity…</source>
        <translation>&amp;Identité…</translation>
    </message>
    <message>
        <source>Every identity field of the selected partner: country, region, PIC, SIRET, VAT, legal status, size, contact</source>
        <translation>Toute l&apos;identité du partenaire sélectionné : pays, région, PIC, SIRET, TVA, statut juridique, taille, contact</translation>
    </message>
    <message>
        <source>Add partner {name}</source>
        <translation>Ajouter le partenaire {name}</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Ajouter l&apos;organisme</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Select a partner first.</source>
        <translation>Sélectionnez d&apos;abord un partenaire.</translation>
    </message>
    <message>
        <source>Edit identity of {name}</source>
        <translation>Modifier l&apos;identité de {name}</translation>
    </message>
    <message>
        <source>Edit identity</source>
        <translation>Modifier l&apos;identité</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>No one in the team of {partner} yet: add the people who will work on the project with “Add member”.</source>
        <translation>Personne encore dans l’équipe de {partner} : ajoutez les personnes qui travailleront sur le projet avec « Ajouter un membre ».</translation>
    </message>
    <message>
        <source>Partner copy for {partner}: you can edit your organisation&apos;s profile, your contact and your team (with their CVs). The other partners, the roles and the order are read-only: the coordinator owns them.</source>
        <translation>Copie partenaire de {partner} : vous pouvez modifier le profil de votre organisation, votre contact et votre équipe (avec les CV). Les autres partenaires, les rôles et l&apos;ordre sont en lecture seule : ils appartiennent au coordinateur.</translation>
    </message>
    <message>
        <source>On the team server as {partner}: you can edit your team and your organisation&apos;s confidential values. Adding or removing partners, the roles and the order are the coordinator&apos;s; the other partners&apos; teams and confidential values are theirs.</source>
        <translation>Sur le serveur d&apos;équipe en tant que {partner} : vous pouvez modifier votre équipe et les données confidentielles de votre organisme. Ajouter ou retirer des partenaires, les rôles et l&apos;ordre reviennent au coordinateur ; les équipes et données confidentielles des autres partenaires leur appartiennent.</translation>
    </message>
    <message>
        <source>List every partner with its legal identity; the coordinator comes first. Select a partner to list its team; Identity… (or a double-click on its country) edits its country, region, identifiers, legal status, size and contact.</source>
        <translation>Indiquez chaque partenaire avec son identité juridique ; le coordinateur vient en premier. Sélectionnez un partenaire pour afficher son équipe ; Identité… (ou un double-clic sur son pays) modifie son pays, sa région, ses identifiants, son statut juridique, sa taille et son contact.</translation>
    </message>
</context>
<context>
    <name>CvEditor</name>
    <message>
        <source>A short CV: degrees, current position, experience relevant to the project, five key publications or patents.</source>
        <translation>Un CV court : diplômes, poste actuel, expérience utile au projet, cinq publications ou brevets clés.</translation>
    </message>
    <message>
        <source>CV of {name}</source>
        <translation>CV de {name}</translation>
    </message>
    <message>
        <source>CV — select a team member</source>
        <translation>CV — sélectionnez un membre de l’équipe</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>not set — type a date ({format})</source>
        <translation>non renseignée — tapez une date ({format})</translation>
    </message>
    <message>
        <source>d</source>
        <comment>date pattern: the letter of the day, as in dd/mm/yyyy</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>m</source>
        <comment>date pattern: the letter of the month, as in dd/mm/yyyy</comment>
        <translation>m</translation>
    </message>
    <message>
        <source>y</source>
        <comment>date pattern: the letter of the year, as in dd/mm/yyyy</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as {format}.</source>
        <translation>« {text} » n&apos;est pas une date : tapez-la sous la forme {format}.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporter vers le dossier</translation>
    </message>
    <message>
        <source>PDF preview is not available (QtPdf missing).</source>
        <translation>Aperçu PDF indisponible (QtPdf absent).</translation>
    </message>
    <message>
        <source>Insert a table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <source>&amp;Rows (with the header row):</source>
        <translation>&amp;Lignes (ligne d&apos;en-tête comprise) :</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes :</translation>
    </message>
</context>
<context>
    <name>DraftImport</name>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Documents Word</translation>
    </message>
    <message>
        <source>Import a Word draft</source>
        <translation>Importer un brouillon Word</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Cannot import this Word draft</source>
        <translation>Impossible d&apos;importer ce brouillon Word</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <source>{file} imported into {count} section(s)</source>
        <translation>{file} importé dans {count} section(s)</translation>
    </message>
</context>
<context>
    <name>DraftImportDialog</name>
    <message>
        <source>Import a Word draft</source>
        <translation>Importer un brouillon Word</translation>
    </message>
    <message>
        <source>Where each part of {file} will go. Change a line if needed: nothing is written until you press Import, and Edit ▸ Undo takes the whole import back.</source>
        <translation>Où ira chaque partie de {file}. Modifiez une ligne si besoin : rien n&apos;est écrit avant d&apos;appuyer sur Importer, et Édition ▸ Annuler défait toute l&apos;importation.</translation>
    </message>
    <message>
        <source>Heading in the draft</source>
        <translation>Titre dans le brouillon</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <source>Resembles</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>(text before the first heading)</source>
        <translation>(texte avant le premier titre)</translation>
    </message>
    <message>
        <source>The proposal&apos;s summary</source>
        <translation>Le résumé du projet</translation>
    </message>
    <message>
        <source>Inside the part above</source>
        <translation>Dans la partie au-dessus</translation>
    </message>
    <message>
        <source>Imported, not placed</source>
        <translation>Importé, non placé</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>Sections that already have text</source>
        <translation>Sections qui ont déjà du texte</translation>
    </message>
    <message>
        <source>Add the imported text after it</source>
        <translation>Ajouter le texte importé à la suite</translation>
    </message>
    <message>
        <source>Replace it with the imported text</source>
        <translation>Le remplacer par le texte importé</translation>
    </message>
    <message>
        <source>Keep it; the imported text goes to “Imported, not placed”</source>
        <translation>Le garder ; le texte importé va dans « Importé, non placé »</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>a table the app generates</source>
        <translation>un tableau que l&apos;application génère</translation>
    </message>
    <message>
        <source>{title} ({percent} %)</source>
        <translation>{title} ({percent} %)</translation>
    </message>
    <message>
        <source>{what}, generated by the app</source>
        <translation>{what}, généré par l&apos;application</translation>
    </message>
    <message>
        <source>Footnotes were moved after the text.</source>
        <translation>Les notes de bas de page ont été placées après le texte.</translation>
    </message>
    <message>
        <source>A table inside a list was reduced to text.</source>
        <translation>Un tableau dans une liste a été réduit à son texte.</translation>
    </message>
    <message>
        <source>A table inside a table was reduced to text.</source>
        <translation>Un tableau dans un tableau a été réduit à son texte.</translation>
    </message>
    <message>
        <source>Merged table cells were split (the text stays in the first).</source>
        <translation>Les cellules fusionnées ont été séparées (le texte reste dans la première).</translation>
    </message>
    <message>
        <source>Images become annexes of the proposal.</source>
        <translation>Les images deviennent des annexes du projet.</translation>
    </message>
    <message>
        <source>Struck-through text was kept as plain text.</source>
        <translation>Le texte barré a été gardé en texte simple.</translation>
    </message>
    <message>
        <source>Footnote markers became plain text.</source>
        <translation>Les appels de note sont devenus du texte simple.</translation>
    </message>
    <message>
        <source>Links became text followed by their address.</source>
        <translation>Les liens sont devenus du texte suivi de leur adresse.</translation>
    </message>
    <message>
        <source>The Gantt chart the app draws was left out: it is drawn again from the work plan.</source>
        <translation>Le diagramme de Gantt que l&apos;application dessine a été laissé de côté : il est redessiné à partir du programme de travail.</translation>
    </message>
</context>
<context>
    <name>EffortGridModel</name>
    <message>
        <source>{wp}: these person-months are the sum of the partner&apos;s tasks; change them in the task columns (Ctrl+Right on {wp} shows them).</source>
        <translation>{wp} : ces personnes·mois sont la somme des tâches du partenaire ; changez-les dans les colonnes des tâches (Ctrl+Droite sur {wp} les affiche).</translation>
    </message>
    <message>
        <source>{wp}, no task</source>
        <translation>{wp}, hors tâche</translation>
    </message>
</context>
<context>
    <name>EffortTab</name>
    <message>
        <source>Show the &amp;tasks of the WP</source>
        <translation>Afficher les &amp;tâches du lot</translation>
    </message>
    <message>
        <source>Ctrl+Right shows the tasks of the current work package, Ctrl+Left hides them.</source>
        <translation>Ctrl+Droite affiche les tâches du lot courant, Ctrl+Gauche les masque.</translation>
    </message>
    <message>
        <source>C&amp;harged at:</source>
        <translation>I&amp;mputé au taux :</translation>
    </message>
    <message>
        <source>Select a cell of a work package first.</source>
        <translation>Sélectionnez d&apos;abord une cellule d&apos;un lot.</translation>
    </message>
    <message>
        <source>This work package has no tasks yet: add them in the Tasks tab.</source>
        <translation>Ce lot n&apos;a pas encore de tâches : ajoutez-les dans l&apos;onglet Tâches.</translation>
    </message>
    <message>
        <source>Select a cell to see the rate its person-months are charged at.</source>
        <translation>Sélectionnez une cellule pour voir le taux auquel ses personnes·mois sont imputés.</translation>
    </message>
    <message>
        <source>This partner has no personnel rate yet: add one in the Budget step (Personnel rates tab).</source>
        <translation>Ce partenaire n&apos;a pas encore de taux de personnel : ajoutez-en un à l&apos;étape Budget (onglet Taux de personnel).</translation>
    </message>
    <message>
        <source>These months are the sum of the partner&apos;s tasks: choose the rate in each task&apos;s column.</source>
        <translation>Ces mois sont la somme des tâches du partenaire : choisissez le taux dans la colonne de chaque tâche.</translation>
    </message>
    <message>
        <source>Type the person-months first, then choose the rate they are charged at.</source>
        <translation>Saisissez d&apos;abord les personnes·mois, puis choisissez le taux auquel ils sont imputés.</translation>
    </message>
    <message>
        <source>Partner&apos;s first rate ({label}, €{rate}/month)</source>
        <translation>Premier taux du partenaire ({label}, {rate} €/mois)</translation>
    </message>
    <message>
        <source>{label}, €{rate}/month</source>
        <translation>{label}, {rate} €/mois</translation>
    </message>
    <message>
        <source>Choose the rate of an effort</source>
        <translation>Choisir le taux d&apos;un effort</translation>
    </message>
</context>
<context>
    <name>EntityTable</name>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Read only in this partner copy: only the partner&apos;s assigned parts can be changed.</source>
        <translation>Lecture seule dans cette copie partenaire : seules les parties attribuées au partenaire sont modifiables.</translation>
    </message>
    <message>
        <source>On the team server, only the coordinator adds or removes partners, work packages and sections.</source>
        <translation>Sur le serveur d&apos;équipe, seul le coordinateur ajoute ou retire des partenaires, des lots de travail et des sections.</translation>
    </message>
    <message>
        <source>On the team server, you add or remove your own organisation&apos;s entries only: another partner&apos;s are theirs.</source>
        <translation>Sur le serveur d&apos;équipe, vous n&apos;ajoutez ou ne retirez que les éléments de votre organisme : ceux d&apos;un autre partenaire lui appartiennent.</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Réordonner</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Modifier {what}</translation>
    </message>
    <message>
        <source>Hidden: only {partner} and the coordinator see this</source>
        <translation>Masqué : seuls {partner} et le coordinateur voient cette information</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong. Your work up to the last change is saved.

{summary}</source>
        <translation>Un problème est survenu. Votre travail jusqu&apos;à la dernière modification est enregistré.

{summary}</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Open &amp;package…</source>
        <translation>Ouvrir un &amp;paquet…</translation>
    </message>
    <message>
        <source>Assi&amp;gn parts to partners…</source>
        <translation>Attrib&amp;uer les parties aux partenaires…</translation>
    </message>
    <message>
        <source>Export pac&amp;kage for a partner…</source>
        <translation>Exporter un pa&amp;quet pour un partenaire…</translation>
    </message>
    <message>
        <source>&amp;Merge a contribution…</source>
        <translation>&amp;Fusionner une contribution…</translation>
    </message>
    <message>
        <source>Undo &amp;last merge</source>
        <translation>Annuler la &amp;dernière fusion</translation>
    </message>
    <message>
        <source>Packages an&amp;d merges…</source>
        <translation>Pa&amp;quets et fusions…</translation>
    </message>
    <message>
        <source>Con&amp;fidentiality…</source>
        <translation>Co&amp;nfidentialité…</translation>
    </message>
    <message>
        <source>Export m&amp;y contribution…</source>
        <translation>Exporter &amp;ma contribution…</translation>
    </message>
    <message>
        <source>Partner copy for {partner}: only its assigned parts can be edited</source>
        <translation>Copie partenaire de {partner} : seules ses parties attribuées sont modifiables</translation>
    </message>
    <message>
        <source>Export your contribution (Proposal menu) and send it to the coordinator.</source>
        <translation>Exportez votre contribution (menu Projet) et envoyez-la au coordinateur.</translation>
    </message>
    <message>
        <source>Cannot open this package</source>
        <translation>Impossible d&apos;ouvrir ce paquet</translation>
    </message>
    <message>
        <source>Your copy for {partner} was updated to round {round}; your edits were kept</source>
        <translation>Votre copie pour {partner} est passée au tour {round} ; vos modifications sont conservées</translation>
    </message>
    <message>
        <source>Package opened: your copy for {partner}</source>
        <translation>Paquet ouvert : votre copie pour {partner}</translation>
    </message>
    <message>
        <source>Contribution saved to {path}</source>
        <translation>Contribution enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Cannot export the contribution</source>
        <translation>Impossible d&apos;exporter la contribution</translation>
    </message>
    <message>
        <source>Cannot change the confidentiality</source>
        <translation>Impossible de modifier la confidentialité</translation>
    </message>
    <message>
        <source>Confidentiality saved</source>
        <translation>Confidentialité enregistrée</translation>
    </message>
    <message>
        <source>Assign parts to partners</source>
        <translation>Attribuer les parties aux partenaires</translation>
    </message>
    <message>
        <source>Cannot save the assignment</source>
        <translation>Impossible d&apos;enregistrer l&apos;attribution</translation>
    </message>
    <message>
        <source>Assignments saved</source>
        <translation>Attributions enregistrées</translation>
    </message>
    <message>
        <source>Package for {partner} saved to {path}</source>
        <translation>Paquet pour {partner} enregistré dans {path}</translation>
    </message>
    <message>
        <source>Cannot export the package</source>
        <translation>Impossible d&apos;exporter le paquet</translation>
    </message>
    <message>
        <source>Cannot merge this contribution</source>
        <translation>Impossible de fusionner cette contribution</translation>
    </message>
    <message>
        <source>Cannot add the text</source>
        <translation>Impossible d’ajouter le texte</translation>
    </message>
    <message>
        <source>Text added to the end of {section}</source>
        <translation>Texte ajouté à la fin de {section}</translation>
    </message>
    <message>
        <source>Merge {partner}&apos;s contribution</source>
        <translation>Fusion de la contribution de {partner}</translation>
    </message>
    <message>
        <source>{partner}&apos;s contribution merged (changes applied: {n})</source>
        <translation>Contribution de {partner} fusionnée (modifications appliquées : {n})</translation>
    </message>
    <message>
        <source>Cannot undo the merge</source>
        <translation>Impossible d&apos;annuler la fusion</translation>
    </message>
    <message>
        <source>No merge to undo in this proposal.</source>
        <translation>Aucune fusion à annuler dans ce projet.</translation>
    </message>
    <message>
        <source>Merge of {partner}&apos;s contribution undone</source>
        <translation>Fusion de la contribution de {partner} annulée</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Word packages, for partners without the app</source>
        <translation>Paquets Word, pour les partenaires sans l’application</translation>
    </message>
    <message>
        <source>Open a partner package</source>
        <translation>Ouvrir un paquet partenaire</translation>
    </message>
    <message>
        <source>Partner packages</source>
        <translation>Paquets partenaires</translation>
    </message>
    <message>
        <source>Export a package for a partner</source>
        <translation>Exporter un paquet pour un partenaire</translation>
    </message>
    <message>
        <source>Merge a partner&apos;s contribution</source>
        <translation>Fusionner la contribution d&apos;un partenaire</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Export my contribution</source>
        <translation>Exporter ma contribution</translation>
    </message>
    <message>
        <source>Partner who will receive the package:</source>
        <translation>Partenaire destinataire du paquet :</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Undo the merge of {partner}&apos;s contribution? The proposal returns to how it was before the merge; the contribution can be merged again.</source>
        <translation>Annuler la fusion de la contribution de {partner} ? Le projet revient à son état d&apos;avant la fusion ; la contribution pourra être fusionnée à nouveau.</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>Annuler la dernière fusion</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>person-months</source>
        <translation>personnes-mois</translation>
    </message>
    <message>
        <source>start month</source>
        <translation>mois de début</translation>
    </message>
    <message>
        <source>end month</source>
        <translation>mois de fin</translation>
    </message>
    <message>
        <source>due month</source>
        <translation>mois d&apos;échéance</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <source>legal name</source>
        <translation>raison sociale</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>nom court</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>acronyme</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <source>Section “{title}”</source>
        <translation>Section « {title} »</translation>
    </message>
    <message>
        <source>WP{number} {title}</source>
        <translation>LT{number} {title}</translation>
    </message>
    <message>
        <source>Task {number}: {title}</source>
        <translation>Tâche {number} : {title}</translation>
    </message>
    <message>
        <source>Budget of {partner}: {category}, year {year}</source>
        <translation>Budget de {partner} : {category}, année {year}</translation>
    </message>
    <message>
        <source>(whole entry)</source>
        <translation>(élément entier)</translation>
    </message>
    <message>
        <source>outside {partner}&apos;s assignment</source>
        <translation>hors de l&apos;attribution de {partner}</translation>
    </message>
    <message>
        <source>only the coordinator sets this field</source>
        <translation>seul le coordinateur fixe ce champ</translation>
    </message>
    <message>
        <source>a partner cannot add or delete these</source>
        <translation>un partenaire ne peut pas en ajouter ni en supprimer</translation>
    </message>
    <message>
        <source>changed by the partner</source>
        <translation>modifié par le partenaire</translation>
    </message>
    <message>
        <source>merged paragraph by paragraph</source>
        <translation>fusionné paragraphe par paragraphe</translation>
    </message>
    <message>
        <source>added by the partner</source>
        <translation>ajouté par le partenaire</translation>
    </message>
    <message>
        <source>deleted by the partner</source>
        <translation>supprimé par le partenaire</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>conflit résolu</translation>
    </message>
    <message>
        <source>changed in the coordinator&apos;s package</source>
        <translation>modifié dans le paquet du coordinateur</translation>
    </message>
    <message>
        <source>added in the coordinator&apos;s package</source>
        <translation>ajouté dans le paquet du coordinateur</translation>
    </message>
    <message>
        <source>deleted in the coordinator&apos;s package</source>
        <translation>supprimé dans le paquet du coordinateur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Why it is refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Partner&apos;s value (not applied)</source>
        <translation>Valeur du partenaire (non appliquée)</translation>
    </message>
    <message>
        <source>Add text from a Word package</source>
        <translation>Ajouter un texte d’un paquet Word</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <source>&amp;Word (.docx)</source>
        <translation>&amp;Word (.docx)</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Budget workbook (.xlsx)</source>
        <translation>Classeur &amp;budgétaire (.xlsx)</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose the formats and press Export. The page-limit check runs with the PDF.</source>
        <translation>Choisissez les formats puis Exporter. La vérification du nombre de pages se fait avec le PDF.</translation>
    </message>
    <message>
        <source>Exported files</source>
        <translation>Fichiers exportés</translation>
    </message>
    <message>
        <source>Nothing exported yet.</source>
        <translation>Rien n&apos;a encore été exporté.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Page-limit check</source>
        <translation>Limite de pages</translation>
    </message>
    <message>
        <source>&amp;Review copy: a Word file with the comment threads as Word comments</source>
        <translation>Copie de &amp;relecture : un fichier Word avec les fils de commentaires en commentaires Word</translation>
    </message>
    <message>
        <source>For the consortium&apos;s own reading, written as NAME-review.docx beside the dossier; the dossier itself never carries a comment.</source>
        <translation>Pour la relecture au sein du consortium, écrite sous le nom NOM-review.docx à côté du dossier ; le dossier lui-même ne porte jamais de commentaire.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message>
        <source>This folder does not exist: {folder}</source>
        <translation>Ce dossier n&apos;existe pas : {folder}</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source> — {n} pages</source>
        <translation> — {n} pages</translation>
    </message>
    <message>
        <source>Within the page limits.</source>
        <translation>Dans les limites de pages.</translation>
    </message>
    <message>
        <source>Exported {count} file(s) to {folder}.</source>
        <translation>{count} fichier(s) exporté(s) dans {folder}.</translation>
    </message>
    <message>
        <source>Beware: {count} error(s) are still open (see Review); the funder may refuse the dossier as it is.</source>
        <translation>Attention : {count} erreur(s) restent ouvertes (voir Vérification) ; le financeur pourrait refuser le dossier en l&apos;état.</translation>
    </message>
    <message>
        <source>Export a PDF to check the page limit.</source>
        <translation>Exportez un PDF pour vérifier la limite de pages.</translation>
    </message>
    <message>
        <source>Cannot write the file: {error}</source>
        <translation>Impossible d&apos;écrire le fichier : {error}</translation>
    </message>
    <message>
        <source>Export the dossier in Word and PDF. The PDF tells how many pages the technical part takes against the call&apos;s limit. Exports run in the background: keep working.</source>
        <translation>Exportez le dossier en Word et en PDF. Le PDF indique le nombre de pages de la partie technique face à la limite de l&apos;appel. L&apos;export tourne en arrière-plan : continuez à travailler.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} is the database itself: choose another name.</source>
        <translation>{path} est la base ouverte elle-même : choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>No work packages yet — add one above; its bar appears here.</source>
        <translation>Aucun lot — ajoutez-en un ci-dessus ; sa barre apparaîtra ici.</translation>
    </message>
    <message>
        <source>Move in the Gantt chart</source>
        <translation>Déplacer dans le Gantt</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>This cell adds up {count} entries: change them one by one.</source>
        <translation>Cette case additionne {count} saisies : modifiez-les une à une.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Enter an amount</source>
        <translation>Saisir un montant</translation>
    </message>
    <message>
        <source>Clear an amount</source>
        <translation>Effacer un montant</translation>
    </message>
    <message>
        <source>Change an amount</source>
        <translation>Modifier un montant</translation>
    </message>
</context>
<context>
    <name>KeptTyping</name>
    <message>
        <source>What you typed meanwhile could not be saved anywhere; copy it from here before closing this message:</source>
        <translation>Ce que vous avez saisi entre-temps n’a pu être enregistré nulle part ; copiez-le d’ici avant de fermer ce message :</translation>
    </message>
    <message>
        <source>What you typed meanwhile is not lost: it is kept in {path} and offered again when this proposal next opens.</source>
        <translation>Ce que vous avez saisi entre-temps n’est pas perdu : il est conservé dans {path} et vous sera proposé à la prochaine ouverture de ce projet.</translation>
    </message>
    <message>
        <source>text typed before the proposal showed</source>
        <translation>texte saisi avant l’affichage du projet</translation>
    </message>
    <message>
        <source>On {when}, text typed in {acronym} could not be saved (the database did not open): {fields}. Type it in again now? Where someone changed the same text since, both versions are kept for you to choose.</source>
        <translation>Le {when}, du texte saisi dans {acronym} n’a pas pu être enregistré (la base de données ne s’est pas ouverte) : {fields}. Le saisir à nouveau maintenant ? Là où quelqu’un a modifié le même texte depuis, les deux versions sont conservées pour que vous choisissiez.</translation>
    </message>
    <message>
        <source>Text typed earlier, not saved yet</source>
        <translation>Texte saisi plus tôt, pas encore enregistré</translation>
    </message>
    <message>
        <source>&amp;Type it in again</source>
        <translation>&amp;Le saisir à nouveau</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Text typed earlier stays kept in {path}.</source>
        <translation>Le texte saisi plus tôt reste conservé dans {path}.</translation>
    </message>
    <message>
        <source>Text typed earlier is back; it is saved in a moment.</source>
        <translation>Le texte saisi plus tôt est de retour ; il sera enregistré dans un instant.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Biological diagnostics</source>
        <translation>Diagnostic biologique</translation>
    </message>
    <message>
        <source>Biotherapies and molecules</source>
        <translation>Biothérapies et molécules</translation>
    </message>
    <message>
        <source>Techno-therapies</source>
        <translation>Technothérapies</translation>
    </message>
    <message>
        <source>Medical imaging</source>
        <translation>Imagerie médicale</translation>
    </message>
    <message>
        <source>Digital health</source>
        <translation>Santé numérique</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imagerie</translation>
    </message>
    <message>
        <source>Biomarkers</source>
        <translation>Biomarqueurs</translation>
    </message>
    <message>
        <source>Bio-engineering</source>
        <translation>Bio-ingénierie</translation>
    </message>
    <message>
        <source>Biotherapies</source>
        <translation>Biothérapies</translation>
    </message>
    <message>
        <source>Bio-digital</source>
        <translation>Bio-numérique</translation>
    </message>
    <message>
        <source>Bio-instrumentation</source>
        <translation>Bio-instrumentation</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Demonstrator</source>
        <translation>Démonstrateur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Acronym</source>
        <translation>Acronyme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Your proposals</source>
        <translation>Vos projets</translation>
    </message>
    <message>
        <source>&amp;New proposal…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Open the &amp;sample proposal</source>
        <translation>Ouvrir le projet d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>No proposal yet — create one from a call with “New proposal…”, or open the sample proposal to look around.</source>
        <translation>Aucun projet — créez-en un à partir d&apos;un appel avec « Nouveau projet… », ou ouvrez le projet d&apos;exemple pour découvrir l&apos;application.</translation>
    </message>
    <message>
        <source>Opening the database… this follows in a moment.</source>
        <translation>Ouverture de la base de données… la suite dans un instant.</translation>
    </message>
    <message>
        <source>Rename proposal</source>
        <translation>Renommer le projet</translation>
    </message>
    <message>
        <source>New acronym:</source>
        <translation>Nouvel acronyme :</translation>
    </message>
    <message>
        <source>Delete proposal</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <source>Delete {acronym} and everything in it? You can undo this with Ctrl+Z.</source>
        <translation>Supprimer {acronym} et tout son contenu ? Ctrl+Z permet d&apos;annuler.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete {acronym}</source>
        <translation>Supprimer {acronym}</translation>
    </message>
    <message>
        <source>{acronym} deleted — Edit ▸ Undo brings it back.</source>
        <translation>{acronym} supprimé — Édition ▸ Annuler le rétablit.</translation>
    </message>
</context>
<context>
    <name>LiveChanges</name>
    <message>
        <source>another writer</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>{who} changed {what}</source>
        <translation>{who} a modifié {what}</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>« {title} »</translation>
    </message>
    <message>
        <source>{entry} (added)</source>
        <translation>{entry} (ajouté)</translation>
    </message>
    <message>
        <source>{entry} (deleted)</source>
        <translation>{entry} (supprimé)</translation>
    </message>
    <message>
        <source>{entry}: {field}</source>
        <translation>{entry} : {field}</translation>
    </message>
    <message>
        <source>Task {wp}.{number}</source>
        <translation>Tâche {wp}.{number}</translation>
    </message>
    <message>
        <source>Risk {n}</source>
        <translation>Risque {n}</translation>
    </message>
    <message>
        <source>{partner}, year {year}</source>
        <translation>{partner}, année {year}</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>une section</translation>
    </message>
    <message>
        <source>a work package</source>
        <translation>un lot de travaux</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>une tâche</translation>
    </message>
    <message>
        <source>a deliverable</source>
        <translation>un livrable</translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation>un jalon</translation>
    </message>
    <message>
        <source>a risk</source>
        <translation>un risque</translation>
    </message>
    <message>
        <source>a budget line</source>
        <translation>une ligne budgétaire</translation>
    </message>
    <message>
        <source>an effort</source>
        <translation>un effort</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>un partenaire</translation>
    </message>
    <message>
        <source>a team member</source>
        <translation>un membre de l’équipe</translation>
    </message>
    <message>
        <source>a staff category</source>
        <translation>une catégorie de personnel</translation>
    </message>
    <message>
        <source>an annex</source>
        <translation>une annexe</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>un commentaire</translation>
    </message>
    <message>
        <source>a part&apos;s status</source>
        <translation>l’état d’une partie</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Kept for the proposal that is reopening: what you type goes into it once it shows.</source>
        <translation>Conservé pour le projet en cours de réouverture : ce que vous tapez y sera saisi dès qu’il s’affiche.</translation>
    </message>
    <message>
        <source>Warning: {what}</source>
        <translation>Attention : {what}</translation>
    </message>
    <message>
        <source>Medicen Desktop was not closed normally last time; everything typed until about 1.5 s before it stopped was saved.</source>
        <translation>Medicen Desktop ne s&apos;est pas fermé normalement ; tout ce qui a été tapé jusqu&apos;à 1,5 s avant l&apos;arrêt est enregistré.</translation>
    </message>
    <message>
        <source>What you typed before a proposal was open is on the clipboard: paste it where it belongs.</source>
        <translation>Ce que vous avez tapé avant l’ouverture d’un projet est dans le presse-papiers : collez-le où il faut.</translation>
    </message>
    <message>
        <source>Connecting to the database… the last proposal reopens then.</source>
        <translation>Connexion à la base de données… le dernier projet se rouvrira ensuite.</translation>
    </message>
    <message>
        <source>Reopening {acronym}…</source>
        <translation>Réouverture de {acronym}…</translation>
    </message>
    <message>
        <source>Opening the database… the proposal follows in a moment.</source>
        <translation>Ouverture de la base de données… le projet s&apos;ouvre dans un instant.</translation>
    </message>
    <message>
        <source>Not undone: {reason}</source>
        <translation>Non annulé : {reason}</translation>
    </message>
    <message>
        <source>Not saved, retrying in a moment: {reason}</source>
        <translation>Non enregistré, nouvel essai dans un instant : {reason}</translation>
    </message>
    <message>
        <source>Medicen Desktop</source>
        <translation>Medicen Desktop</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>enregistrement…</translation>
    </message>
    <message>
        <source>saved ✓</source>
        <translation>enregistré ✓</translation>
    </message>
    <message>
        <source>{acronym} — {partner}&apos;s copy</source>
        <translation>{acronym} — copie de {partner}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New proposal…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open library</source>
        <translation>&amp;Ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>Open the &amp;sample proposal</source>
        <translation>Ouvrir le projet d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Recent proposals</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler : {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir : {what}</translation>
    </message>
    <message>
        <source>&amp;Find in sections…</source>
        <translation>Rec&amp;hercher dans les sections…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Import &amp;Word draft…</source>
        <translation>Importer un brouillon &amp;Word…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>&amp;To do and statuses…</source>
        <translation>À &amp;faire et états…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Guidance and findings panel</source>
        <translation>Panneau &amp;conseils et remarques</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Medicen Desktop</source>
        <translation>À &amp;propos de Medicen Desktop</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Impossible d&apos;enregistrer la copie</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>Copie enregistrée : {path}</translation>
    </message>
    <message>
        <source>About Medicen Desktop</source>
        <translation>À propos de Medicen Desktop</translation>
    </message>
    <message>
        <source>Medicen Desktop builds collaborative translational-medicine R&amp;D proposals offline.</source>
        <translation>Medicen Desktop construit hors ligne des projets collaboratifs de R&amp;D en médecine translationnelle.</translation>
    </message>
    <message>
        <source>“{name}” was also changed meanwhile (a merge or another window) in {count} paragraph(s) you were editing: both versions are kept, yours first. Keep the one you want and delete the other.</source>
        <translation>« {name} » a aussi été modifié entre-temps (une fusion ou une autre fenêtre) dans {count} paragraphe(s) que vous modifiiez : les deux versions sont gardées, la vôtre d’abord. Gardez celle que vous voulez et supprimez l’autre.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>What you typed last could not be saved: {reason}

Close anyway and lose it? (Cancel, fix the cause, and it is saved again within seconds.)</source>
        <translation>Ce que vous avez tapé en dernier n’a pas pu être enregistré : {reason}

Fermer quand même et le perdre ? (Annulez, corrigez la cause, et il est de nouveau enregistré en quelques secondes.)</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Fermer et le perdre</translation>
    </message>
    <message>
        <source>Redone in {step}: {what}</source>
        <translation>Rétabli dans {step} : {what}</translation>
    </message>
    <message>
        <source>Undone in {step}: {what}</source>
        <translation>Annulé dans {step} : {what}</translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message>
        <source>Merge a contribution — {file}</source>
        <translation>Fusionner une contribution — {file}</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>Every change of the partner that will be written, including paragraphs merged with yours.</source>
        <translation>Toutes les modifications du partenaire qui seront enregistrées, y compris les paragraphes fusionnés avec les vôtres.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Apply the merge</source>
        <translation>&amp;Appliquer la fusion</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Garder toutes les mienne&amp;s</translation>
    </message>
    <message>
        <source>Take all the &amp;partner&apos;s</source>
        <translation>Prendre toutes celles du &amp;partenaire</translation>
    </message>
    <message>
        <source>No conflicts: every change of the partner can be applied as it is.</source>
        <translation>Aucun conflit : toutes les modifications du partenaire peuvent être appliquées telles quelles.</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({n})</source>
        <translation>&amp;Conflits ({n})</translation>
    </message>
    <message>
        <source>C&amp;hanges to apply ({n})</source>
        <translation>&amp;Modifications à appliquer ({n})</translation>
    </message>
    <message>
        <source>&amp;Refused ({n})</source>
        <translation>&amp;Refusées ({n})</translation>
    </message>
    <message>
        <source>From &amp;Word</source>
        <translation>Depuis &amp;Word</translation>
    </message>
    <message>
        <source>Contribution of {partner}</source>
        <translation>Contribution de {partner}</translation>
    </message>
    <message>
        <source>Changes outside {partner}&apos;s assignment are not applied. Ask the partner or make them yourself.</source>
        <translation>Les modifications hors de l&apos;attribution de {partner} ne sont pas appliquées. Demandez-les au partenaire ou faites-les vous-même.</translation>
    </message>
    <message>
        <source>Nothing refused: every change is inside {partner}&apos;s assignment.</source>
        <translation>Rien n&apos;est refusé : toutes les modifications sont dans l&apos;attribution de {partner}.</translation>
    </message>
    <message>
        <source>its first: {partner}&apos;s signing key {key} is required from then on</source>
        <translation>sa première : la clé de signature {key} de {partner} sera exigée désormais</translation>
    </message>
    <message>
        <source>changes to apply: {n}</source>
        <translation>modifications à appliquer : {n}</translation>
    </message>
    <message>
        <source>refused: {n}</source>
        <translation>refusées : {n}</translation>
    </message>
    <message>
        <source>conflicts resolved: {n} / {total}</source>
        <translation>conflits résolus : {n} / {total}</translation>
    </message>
    <message>
        <source>Choose a version for each conflict ({n} left).</source>
        <translation>Choisissez une version pour chaque conflit (reste {n}).</translation>
    </message>
    <message>
        <source>Every conflict is resolved.</source>
        <translation>Tous les conflits sont résolus.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Merged. Changes written: {n} · refused: {refused}. Edit ▸ Undo (or Proposal ▸ Undo last merge) reverts the whole merge.</source>
        <translation>Fusion faite. Modifications enregistrées : {n} · refusées : {refused}. Édition ▸ Annuler (ou Projet ▸ Annuler la dernière fusion) annule toute la fusion.</translation>
    </message>
</context>
<context>
    <name>NewProposalCallPage</name>
    <message>
        <source>No call template is available: the application&apos;s templates failed to load.</source>
        <translation>Aucun modèle d’appel n’est disponible : les modèles de l’application n’ont pas pu être chargés.</translation>
    </message>
    <message>
        <source>Which call?</source>
        <translation>Quel appel ?</translation>
    </message>
    <message>
        <source>The call decides the sections, the limits, the budget rules and the checks. You can change it later.</source>
        <translation>L’appel détermine les sections, les limites, les règles budgétaires et les vérifications. Vous pourrez le changer ensuite.</translation>
    </message>
</context>
<context>
    <name>NewProposalCoordinatorPage</name>
    <message>
        <source>The coordinator</source>
        <translation>Le coordinateur</translation>
    </message>
    <message>
        <source>The organisation that leads the project and submits the dossier. Pick one you already know, or create it.</source>
        <translation>L’organisme qui pilote le projet et dépose le dossier. Choisissez-en un déjà connu, ou créez-le.</translation>
    </message>
</context>
<context>
    <name>NewProposalLanguagePage</name>
    <message>
        <source>The dossier&apos;s language</source>
        <translation>La langue du dossier</translation>
    </message>
    <message>
        <source>The language the dossier is written and exported in; the section titles follow it.</source>
        <translation>La langue dans laquelle le dossier est rédigé et exporté ; les titres des sections la suivent.</translation>
    </message>
</context>
<context>
    <name>NewProposalProjectPage</name>
    <message>
        <source>Give the project an acronym.</source>
        <translation>Donnez un acronyme au projet.</translation>
    </message>
    <message>
        <source>Give the project its full title.</source>
        <translation>Donnez au projet son titre complet.</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <source>A short acronym and the full title, as they will appear on the cover page.</source>
        <translation>Un acronyme court et le titre complet, tels qu’ils figureront en page de garde.</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Acronyme :</translation>
    </message>
    <message>
        <source>e.g. ÉPI-DIAG</source>
        <translation>p. ex. ÉPI-DIAG</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Full title of the project</source>
        <translation>Titre complet du projet</translation>
    </message>
</context>
<context>
    <name>NewProposalWizard</name>
    <message>
        <source>New proposal</source>
        <translation>Nouveau projet</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>“{text}” is not a number</source>
        <translation>« {text} » n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>OrphanBox</name>
    <message>
        <source>Found between {after} and {before}</source>
        <translation>Trouvé entre {after} et {before}</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Add to the end of this section</source>
        <translation>&amp;Ajouter à la fin de cette section</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
</context>
<context>
    <name>OrphanDialog</name>
    <message>
        <source>Text to place by hand</source>
        <translation>Texte à placer à la main</translation>
    </message>
    <message>
        <source>No text was found in its place.</source>
        <translation>Aucun texte n’a été trouvé à sa place.</translation>
    </message>
</context>
<context>
    <name>PackageChangesDialog</name>
    <message>
        <source>What changed since your last package</source>
        <translation>Ce qui a changé depuis votre dernier paquet</translation>
    </message>
    <message>
        <source>Since the package of {date} UTC: {changed} changed, {added} added, {removed} removed.</source>
        <translation>Depuis le paquet du {date} UTC : {changed} modifiés, {added} ajoutés, {removed} supprimés.</translation>
    </message>
</context>
<context>
    <name>PackagesDialog</name>
    <message>
        <source>Packages and merges</source>
        <translation>Paquets et fusions</translation>
    </message>
    <message>
        <source>Per partner: each package sent (round, date, what it assigns) and each contribution merged. A merge can be undone unless a later merge changed what it wrote.</source>
        <translation>Par partenaire : chaque paquet envoyé (tour, date, parties confiées) et chaque contribution fusionnée. Une fusion peut être annulée sauf si une fusion ultérieure a modifié ce qu’elle a écrit.</translation>
    </message>
    <message>
        <source>Partner / event</source>
        <translation>Partenaire / événement</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Scope or changes</source>
        <translation>Périmètre ou modifications</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>No package sent yet: assign parts to partners, then export a package for each (Proposal menu).</source>
        <translation>Aucun paquet envoyé : confiez des parties aux partenaires, puis exportez un paquet pour chacun (menu Projet).</translation>
    </message>
    <message>
        <source>&amp;Undo this merge…</source>
        <translation>&amp;Annuler cette fusion…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{packages} package(s) sent, {merges} contribution(s) merged</source>
        <translation>{packages} paquet(s) envoyé(s), {merges} contribution(s) fusionnée(s)</translation>
    </message>
    <message>
        <source>no section</source>
        <translation>aucune section</translation>
    </message>
    <message>
        <source>no work package</source>
        <translation>aucun lot de travail</translation>
    </message>
    <message>
        <source>Package, round {round}</source>
        <translation>Paquet, tour {round}</translation>
    </message>
    <message>
        <source>can be undone</source>
        <translation>peut être annulée</translation>
    </message>
    <message>
        <source>blocked by a later merge</source>
        <translation>bloquée par une fusion ultérieure</translation>
    </message>
    <message>
        <source>Contribution merged (round {round})</source>
        <translation>Contribution fusionnée (tour {round})</translation>
    </message>
    <message>
        <source>{n} change(s) written</source>
        <translation>{n} modification(s) écrite(s)</translation>
    </message>
    <message>
        <source>{partner}&apos;s contribution merged on {date}</source>
        <translation>la contribution de {partner} fusionnée le {date}</translation>
    </message>
    <message>
        <source>{later} is a later contribution from the same package: undo it first.</source>
        <translation>{later} est une contribution ultérieure du même paquet : annulez-la d’abord.</translation>
    </message>
    <message>
        <source>{later} changed {what} after this merge: undo it first.</source>
        <translation>{later} a modifié {what} après cette fusion : annulez-la d’abord.</translation>
    </message>
    <message>
        <source>Select a merged contribution to undo it.</source>
        <translation>Sélectionnez une contribution fusionnée pour l’annuler.</translation>
    </message>
    <message>
        <source>Undoing takes back what this merge wrote; what was changed since stays.</source>
        <translation>L’annulation retire ce que cette fusion a écrit ; ce qui a été modifié depuis reste.</translation>
    </message>
    <message>
        <source>Cannot be undone now: {reason}</source>
        <translation>Annulation impossible pour l’instant : {reason}</translation>
    </message>
</context>
<context>
    <name>PageMeterLabel</name>
    <message>
        <source>This section: {pages} pages</source>
        <translation>Cette section : {pages} pages</translation>
    </message>
    <message>
        <source>Counted: {pages} / {limit} pages</source>
        <translation>Pages comptées : {pages} / {limit}</translation>
    </message>
    <message>
        <source>Counted: {pages} pages</source>
        <translation>Pages comptées : {pages}</translation>
    </message>
    <message>
        <source>Estimated from the last full layout</source>
        <translation>Estimé à partir de la dernière mise en page complète</translation>
    </message>
    <message>
        <source>Laid out as the PDF export lays it out</source>
        <translation>Mis en page comme le fait l&apos;export PDF</translation>
    </message>
</context>
<context>
    <name>PartMarks</name>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>en relecture</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>figée(s)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert(s)</translation>
    </message>
    <message>
        <source>Frozen: this part was approved and frozen by the coordinator. No one can edit it until the coordinator unfreezes it (Proposal › To do).</source>
        <translation>Figée : cette partie a été approuvée et figée par le coordinateur. Personne ne peut la modifier tant que le coordinateur ne l’a pas libérée (Projet › À faire).</translation>
    </message>
</context>
<context>
    <name>PartnerChooser</name>
    <message>
        <source>An organisation already &amp;known</source>
        <translation>Un organisme déjà &amp;connu</translation>
    </message>
    <message>
        <source>Search by name, SIRET or city</source>
        <translation>Rechercher par nom, SIRET ou ville</translation>
    </message>
    <message>
        <source>Already a partner of this proposal</source>
        <translation>Déjà partenaire de ce projet</translation>
    </message>
    <message>
        <source>A n&amp;ew organisation</source>
        <translation>Un &amp;nouvel organisme</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Raison sociale :</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Si&amp;gle :</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>P&amp;ays :</translation>
    </message>
    <message>
        <source>Choose an organisation in the list, or create a new one below.</source>
        <translation>Choisissez un organisme dans la liste, ou créez-en un nouveau ci-dessous.</translation>
    </message>
    <message>
        <source>Give the new organisation its legal name.</source>
        <translation>Indiquez la raison sociale du nouvel organisme.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Identity of {name}</source>
        <translation>Identité de {name}</translation>
    </message>
    <message>
        <source>Choose a country in the list.</source>
        <translation>Choisissez un pays dans la liste.</translation>
    </message>
    <message>
        <source>The headcount is a whole number of people.</source>
        <translation>L&apos;effectif est un nombre entier de personnes.</translation>
    </message>
    <message>
        <source>turnover</source>
        <translation>chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>balance sheet</source>
        <translation>total du bilan</translation>
    </message>
    <message>
        <source>The {what} is not an amount in euros.</source>
        <translation>Le {what} n&apos;est pas un montant en euros.</translation>
    </message>
    <message>
        <source>The {what} cannot be negative.</source>
        <translation>Le {what} ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Give the organisation its legal name.</source>
        <translation>Indiquez la raison sociale de l&apos;organisme.</translation>
    </message>
    <message>
        <source>Partner identity</source>
        <translation>Identité du partenaire</translation>
    </message>
    <message>
        <source>The identity funders check: each value is checked as you type; a value in red can still be saved and is listed among the findings until it is fixed.</source>
        <translation>L&apos;identité que vérifient les financeurs : chaque valeur est contrôlée pendant la saisie ; une valeur en rouge peut être enregistrée et figure parmi les constats jusqu&apos;à sa correction.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Raison sociale :</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Nom court :</translation>
    </message>
    <message>
        <source>As partners call it, e.g. NVI</source>
        <translation>Comme l&apos;appellent les partenaires, ex. NVI</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>&amp;PIC:</source>
        <translation>P&amp;IC :</translation>
    </message>
    <message>
        <source>9 digits (EU Participant Register)</source>
        <translation>9 chiffres (registre des participants de l&apos;UE)</translation>
    </message>
    <message>
        <source>14 or 9 digits</source>
        <translation>14 ou 9 chiffres</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>N° de T&amp;VA :</translation>
    </message>
    <message>
        <source>e.g. FR40303265045</source>
        <translation>ex. FR40303265045</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nom du contact :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>name@organisation.org</source>
        <translation>nom@organisme.fr</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Site web :</translation>
    </message>
    <message>
        <source>www.organisation.org</source>
        <translation>www.organisme.fr</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <source>Pu&amp;blic body</source>
        <translation>Organisme &amp;public</translation>
    </message>
    <message>
        <source>A public body under national law (a State body, a local authority, a public establishment)</source>
        <translation>Un organisme de droit public (service de l&apos;État, collectivité territoriale, établissement public)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>S&amp;IRET / SIREN:</source>
        <translation>&amp;SIRET / SIREN :</translation>
    </message>
    <message>
        <source>Non-pro&amp;fit</source>
        <translation>But non &amp;lucratif</translation>
    </message>
    <message>
        <source>Research or&amp;ganisation</source>
        <translation>Organisme de re&amp;cherche</translation>
    </message>
    <message>
        <source>Higher e&amp;ducation</source>
        <translation>Enseigne&amp;ment supérieur</translation>
    </message>
    <message>
        <source>Headco&amp;unt:</source>
        <translation>E&amp;ffectif :</translation>
    </message>
    <message>
        <source>B&amp;alance sheet (€):</source>
        <translation>Total du &amp;bilan (€) :</translation>
    </message>
    <message>
        <source>Its statutes exclude distributing profits: decides the funding rate of EU innovation actions (100 % instead of 70 %)</source>
        <translation>Ses statuts excluent la distribution de bénéfices : fixe le taux de financement des actions d&apos;innovation de l&apos;UE (100 % au lieu de 70 %)</translation>
    </message>
    <message>
        <source>Its main aim is research or technological development (EU definition)</source>
        <translation>Sa mission principale est la recherche ou le développement technologique (définition de l&apos;UE)</translation>
    </message>
    <message>
        <source>A university or other higher-education establishment</source>
        <translation>Une université ou un autre établissement d&apos;enseignement supérieur</translation>
    </message>
    <message>
        <source>Size (EU SME definition)</source>
        <translation>Taille (définition européenne des PME)</translation>
    </message>
    <message>
        <source>Annual work units, linked enterprises included</source>
        <translation>Unités de travail annuel, entreprises liées comprises</translation>
    </message>
    <message>
        <source>&amp;Turnover (€):</source>
        <translation>Chiffre &amp;d&apos;affaires (€) :</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The PDF appears here after an export.</source>
        <translation>Le PDF s&apos;affiche ici après un export.</translation>
    </message>
</context>
<context>
    <name>PersonnelRatesPanel</name>
    <message>
        <source>Select a partner’s row in the grid to see its personnel rates.</source>
        <translation>Sélectionnez la ligne d’un partenaire dans la grille pour voir ses taux de personnel.</translation>
    </message>
    <message>
        <source>Staff category or person</source>
        <translation>Catégorie de personnel ou personne</translation>
    </message>
    <message>
        <source>Monthly cost (€)</source>
        <translation>Coût mensuel (€)</translation>
    </message>
    <message>
        <source>No rate for this partner yet: its person-months cost nothing. Add a staff category (“Researcher”, “Engineer”) or a person with a monthly cost.</source>
        <translation>Aucun taux pour ce partenaire : ses personnes-mois ne coûtent rien. Ajoutez une catégorie de personnel (« Chercheur », « Ingénieur ») ou une personne avec son coût mensuel.</translation>
    </message>
    <message>
        <source>Add a &amp;rate</source>
        <translation>Ajouter un &amp;taux</translation>
    </message>
    <message>
        <source>Delete rate</source>
        <translation>Supprimer le taux</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Lot de travail</translation>
    </message>
    <message>
        <source>Person-months (work package)</source>
        <translation>Personnes-mois (lot)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Personnel costs (€)</source>
        <translation>Frais de personnel (€)</translation>
    </message>
    <message>
        <source>Personnel rates of {partner}</source>
        <translation>Taux de personnel de {partner}</translation>
    </message>
    <message>
        <source>Effort matrix: {months} person-months, personnel costs €{cost}. Change the person-months in the Work plan step (Effort tab); the first rate costs every month that names no other.</source>
        <translation>Matrice d&apos;effort : {months} personnes-mois, frais de personnel {cost} €. Modifiez les personnes-mois à l&apos;étape Programme de travail (onglet Effort) ; le premier taux s&apos;applique à tout mois qui n&apos;en nomme pas d&apos;autre.</translation>
    </message>
    <message>
        <source>Personnel given as totals by {partner}</source>
        <translation>Personnel donné en totaux par {partner}</translation>
    </message>
    <message>
        <source>Year {n}</source>
        <translation>Année {n}</translation>
    </message>
    <message>
        <source>{partner} keeps its personnel rates in its own copy and gave these totals ({given} person-months, €{cost}) in its last contribution; only its next contribution changes them. The effort matrix plans {months} person-months for it: if you change them, the checks say the totals no longer match until {partner} sends a new contribution.</source>
        <translation>{partner} garde ses taux de personnel dans sa propre copie et a donné ces totaux ({given} personnes-mois, {cost} €) dans sa dernière contribution ; seule sa prochaine contribution les change. La matrice d&apos;effort lui prévoit {months} personnes-mois : si vous les modifiez, les vérifications signalent que les totaux ne correspondent plus jusqu&apos;à ce que {partner} envoie une nouvelle contribution.</translation>
    </message>
    <message>
        <source>Select a partner’s row in the grid first.</source>
        <translation>Sélectionnez d’abord la ligne d’un partenaire dans la grille.</translation>
    </message>
    <message>
        <source>Add a personnel rate</source>
        <translation>Ajouter un taux de personnel</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>PresenceBanner</name>
    <message>
        <source>Edit &amp;anyway</source>
        <translation>Modifier &amp;quand même</translation>
    </message>
    <message>
        <source>Typed text is merged paragraph by paragraph; a paragraph you both change keeps both versions, for you to choose.</source>
        <translation>Le texte tapé est fusionné paragraphe par paragraphe&#xa0;; un paragraphe que vous modifiez tous deux garde les deux versions, pour que vous choisissiez.</translation>
    </message>
    <message>
        <source>{who} is editing “{part}” since {time}.</source>
        <translation>{who} modifie «&#xa0;{part}&#xa0;» depuis {time}.</translation>
    </message>
    <message>
        <source>{who} are editing “{part}” since {time}.</source>
        <translation>{who} modifient «&#xa0;{part}&#xa0;» depuis {time}.</translation>
    </message>
    <message>
        <source>{name} (in another window)</source>
        <translation>{name} (dans une autre fenêtre)</translation>
    </message>
    <message>
        <source>{names} and {n} others</source>
        <translation>{names} et {n} autres</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <source>Read-only for now.</source>
        <translation>En lecture seule pour l’instant.</translation>
    </message>
    <message>
        <source>Read-only for now: if you edit it anyway, your texts are merged paragraph by paragraph.</source>
        <translation>En lecture seule pour l’instant&#xa0;: si vous le modifiez quand même, vos textes sont fusionnés paragraphe par paragraphe.</translation>
    </message>
    <message>
        <source>Read-only for now: if you edit it anyway, changes to different fields both land and a field you both change is shown for you to choose.</source>
        <translation>En lecture seule pour l’instant : si vous le modifiez quand même, les modifications de champs différents sont toutes deux conservées et un champ que vous modifiez tous les deux vous est montré pour que vous choisissiez.</translation>
    </message>
    <message>
        <source>You are editing it too.</source>
        <translation>Vous le modifiez aussi.</translation>
    </message>
    <message>
        <source>You are editing it too: your texts are merged paragraph by paragraph.</source>
        <translation>Vous le modifiez aussi&#xa0;: vos textes sont fusionnés paragraphe par paragraphe.</translation>
    </message>
    <message>
        <source>You are editing it too: a field you both change is shown for you to choose.</source>
        <translation>Vous le modifiez aussi : un champ que vous modifiez tous les deux vous est montré pour que vous choisissiez.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Acronyme :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Date de début :</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>Domaines :</translation>
    </message>
    <message>
        <source>Clinical aim:</source>
        <translation>Finalité clinique :</translation>
    </message>
    <message>
        <source>Prognosis</source>
        <translation>Pronostic</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Thérapie</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;TRL:</source>
        <translation>&amp;TRL :</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>séparés par des points-virgules</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Résu&amp;mé :</translation>
    </message>
    <message>
        <source>Strategic areas:</source>
        <translation>Axes stratégiques :</translation>
    </message>
    <message>
        <source>Founding domains:</source>
        <translation>Domaines fondateurs :</translation>
    </message>
    <message>
        <source>Read only: in a partner copy only the coordinator changes the project&apos;s general information.</source>
        <translation>Lecture seule : dans une copie partenaire, seul le coordinateur modifie les informations générales du projet.</translation>
    </message>
    <message>
        <source>Edit project {field}</source>
        <translation>Modifier le projet ({field})</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} caractères</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} caractères</translation>
    </message>
    <message>
        <source>Name the project, set its dates and its technology readiness (TRL) at start and end, and write a summary a reviewer understands in one minute.</source>
        <translation>Nommez le projet, fixez ses dates et sa maturité technologique (TRL) au début et à la fin, et écrivez un résumé qu&apos;un évaluateur comprend en une minute.</translation>
    </message>
</context>
<context>
    <name>ProposalSession</name>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
</context>
<context>
    <name>ProposalTools</name>
    <message>
        <source>No versions for this login</source>
        <translation>Pas de versions pour cet identifiant</translation>
    </message>
</context>
<context>
    <name>RebaseWindow</name>
    <message>
        <source>Update your copy — {file}</source>
        <translation>Mettre à jour votre copie — {file}</translation>
    </message>
    <message>
        <source>Every change of the coordinator&apos;s package that will be written into your copy. Your own edits elsewhere stay as they are.</source>
        <translation>Chaque modification du paquet du coordinateur qui sera écrite dans votre copie. Vos propres modifications ailleurs restent telles quelles.</translation>
    </message>
    <message>
        <source>No conflicts: the package&apos;s changes and yours fit together.</source>
        <translation>Aucun conflit : les modifications du paquet et les vôtres s’accordent.</translation>
    </message>
    <message>
        <source>Take all the &amp;package&apos;s</source>
        <translation>Tout prendre du &amp;paquet</translation>
    </message>
    <message>
        <source>&amp;Update my copy</source>
        <translation>Mettre à &amp;jour ma copie</translation>
    </message>
    <message>
        <source>Round {round} of the package for {partner}: your unsent edits meet the coordinator&apos;s changes</source>
        <translation>Tour {round} du paquet pour {partner} : vos modifications non envoyées rencontrent celles du coordinateur</translation>
    </message>
    <message>
        <source>The coordinator&apos;s package (round {round})</source>
        <translation>Le paquet du coordinateur (tour {round})</translation>
    </message>
    <message>
        <source>&amp;Take the package&apos;s</source>
        <translation>Prendre ce&amp;lle du paquet</translation>
    </message>
    <message>
        <source>added by the coordinator</source>
        <translation>ajouté par le coordinateur</translation>
    </message>
    <message>
        <source>Since your copy&apos;s previous package: {yours} {theirs} {removed}</source>
        <translation>Depuis le paquet précédent de votre copie : {yours} {theirs} {removed}</translation>
    </message>
    <message>
        <source>You and the coordinator changed the same paragraphs. Only those are shown; every other paragraph change of both sides is kept already.</source>
        <translation>Le coordinateur et vous avez modifié les mêmes paragraphes. Seuls ceux-ci sont affichés ; toutes les autres modifications de paragraphes des deux côtés sont déjà conservées.</translation>
    </message>
    <message>
        <source>You and the coordinator changed this value differently.</source>
        <translation>Le coordinateur et vous avez modifié cette valeur différemment.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Your copy was updated to round {round}; your edits were kept, with your choices for the {n} conflict(s).</source>
        <translation>Votre copie est passée au tour {round} ; vos modifications sont conservées, avec vos choix pour le(s) {n} conflit(s).</translation>
    </message>
</context>
<context>
    <name>RetargetPreviewDialog</name>
    <message>
        <source>Switch to another call</source>
        <translation>Changer d’appel</translation>
    </message>
    <message>
        <source>Switch from {old} to {new}?</source>
        <translation>Passer de {old} à {new}&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing is written until you confirm. A switch never deletes any text, and Edit ▸ Undo switches back.</source>
        <translation>Rien n’est enregistré avant votre confirmation. Changer d’appel ne supprime aucun texte, et Édition&#xa0;▸&#xa0;Annuler revient à l’appel actuel.</translation>
    </message>
    <message>
        <source>&amp;Switch to this call</source>
        <translation>&amp;Passer à cet appel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>€{amount}</source>
        <translation>{amount}&#xa0;€</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>“{old}” becomes “{new}”</source>
        <translation>«&#xa0;{old}&#xa0;» devient «&#xa0;{new}&#xa0;»</translation>
    </message>
    <message>
        <source>Sections kept</source>
        <translation>Sections conservées</translation>
    </message>
    <message>
        <source>No section of the proposal has a place in this call.</source>
        <translation>Aucune section de la proposition n’a sa place dans cet appel.</translation>
    </message>
    <message>
        <source>Sections newly required (added empty, to write)</source>
        <translation>Sections désormais exigées (ajoutées vides, à rédiger)</translation>
    </message>
    <message>
        <source>Sections no longer part of this call (their text is kept but not exported: move it into another section)</source>
        <translation>Sections que cet appel ne prévoit pas (leur texte est conservé mais pas exporté&#xa0;: déplacez-le dans une autre section)</translation>
    </message>
    <message>
        <source>Summary: at most {new} characters (now: {old})</source>
        <translation>Résumé&#xa0;: {new} caractères au plus (actuellement&#xa0;: {old})</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Summary: no character limit (now: {old})</source>
        <translation>Résumé&#xa0;: sans limite de caractères (actuellement&#xa0;: {old})</translation>
    </message>
    <message>
        <source>Technical annex: at most {new} pages (now: {old})</source>
        <translation>Annexe technique&#xa0;: {new} pages au plus (actuellement&#xa0;: {old})</translation>
    </message>
    <message>
        <source>Technical annex: no page limit (now: {old})</source>
        <translation>Annexe technique&#xa0;: sans limite de pages (actuellement&#xa0;: {old})</translation>
    </message>
    <message>
        <source>No text limit or eligibility rule is exceeded under this call.</source>
        <translation>Avec cet appel, aucune limite de texte ni règle d’éligibilité n’est dépassée.</translation>
    </message>
    <message>
        <source>Limits under this call</source>
        <translation>Limites de cet appel</translation>
    </message>
    <message>
        <source>Budget category “{old}” becomes “{new}”</source>
        <translation>La catégorie budgétaire «&#xa0;{old}&#xa0;» devient «&#xa0;{new}&#xa0;»</translation>
    </message>
    <message>
        <source>Budget category “{name}”: unknown to this call — its lines are kept, choose another category in Budget</source>
        <translation>Catégorie budgétaire «&#xa0;{name}&#xa0;»&#xa0;: inconnue de cet appel — ses lignes sont conservées, choisissez une autre catégorie dans Budget</translation>
    </message>
    <message>
        <source>{partner}: funding rate {new} (now: {old})</source>
        <translation>{partner}&#xa0;: taux d’aide {new} (actuellement&#xa0;: {old})</translation>
    </message>
    <message>
        <source>{partner}: no funding rate of this call applies (now: {old})</source>
        <translation>{partner}&#xa0;: aucun taux d’aide de cet appel ne s’applique (actuellement&#xa0;: {old})</translation>
    </message>
    <message>
        <source>Overheads</source>
        <translation>Frais généraux</translation>
    </message>
    <message>
        <source>Eligible cost</source>
        <translation>Coût éligible</translation>
    </message>
    <message>
        <source>Requested aid</source>
        <translation>Aide demandée</translation>
    </message>
    <message>
        <source>Companies&apos; share</source>
        <translation>Part des entreprises</translation>
    </message>
    <message>
        <source>Research organisations&apos; share</source>
        <translation>Part des organismes de recherche</translation>
    </message>
    <message>
        <source>Subcontracting share</source>
        <translation>Part de la sous-traitance</translation>
    </message>
    <message>
        <source>{what}: {new} (now: {old})</source>
        <translation>{what}&#xa0;: {new} (actuellement&#xa0;: {old})</translation>
    </message>
    <message>
        <source>Funding rates, overheads, requested aid and shares stay the same.</source>
        <translation>Les taux d’aide, les frais généraux, l’aide demandée et les parts restent les mêmes.</translation>
    </message>
    <message>
        <source>Budget rules</source>
        <translation>Règles budgétaires</translation>
    </message>
</context>
<context>
    <name>RetargetReportView</name>
    <message>
        <source>&lt;b&gt;Switched from {old} to {new}.&lt;/b&gt; Nothing was deleted; Edit ▸ Undo switches back.</source>
        <translation>&lt;b&gt;Appel changé : {old} → {new}.&lt;/b&gt; Rien n’a été supprimé ; Édition ▸ Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>{count} section(s) kept as they were</source>
        <translation>{count} section(s) conservée(s) telle(s) quelle(s)</translation>
    </message>
    <message>
        <source>“{old}” now answers “{new}”</source>
        <translation>« {old} » répond désormais à « {new} »</translation>
    </message>
    <message>
        <source>budget category “{old}” becomes “{new}”</source>
        <translation>la catégorie budgétaire « {old} » devient « {new} »</translation>
    </message>
    <message>
        <source>What carried over</source>
        <translation>Ce qui a été repris</translation>
    </message>
    <message>
        <source>New sections this call asks for (empty, to write)</source>
        <translation>Nouvelles sections demandées par cet appel (vides, à rédiger)</translation>
    </message>
    <message>
        <source>section “{name}”: its text is kept but this call has no place for it — move it into another section</source>
        <translation>section « {name} » : son texte est conservé mais cet appel n’a pas de place pour elle — déplacez-le dans une autre section</translation>
    </message>
    <message>
        <source>budget category “{name}”: unknown to this call — its lines are kept, choose another category in Budget</source>
        <translation>catégorie budgétaire « {name} » : inconnue de cet appel — ses lignes sont conservées, choisissez une autre catégorie dans Budget</translation>
    </message>
    <message>
        <source>What no longer fits</source>
        <translation>Ce qui ne trouve plus sa place</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>No findings: the proposal meets every rule the application checks.</source>
        <translation>Aucune remarque : le projet respecte toutes les règles vérifiées.</translation>
    </message>
    <message>
        <source>{errors} error(s) and {warnings} warning(s) — double-click one to fix it.</source>
        <translation>{errors} erreur(s) et {warnings} avertissement(s) — double-cliquez pour corriger.</translation>
    </message>
    <message>
        <source>Everything the rules of the call find missing, inconsistent or ineligible. Fix the errors before exporting; warnings are worth a look.</source>
        <translation>Tout ce que les règles de l&apos;appel trouvent manquant, incohérent ou inéligible. Corrigez les erreurs avant d&apos;exporter ; les avertissements méritent un coup d&apos;œil.</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>WP</source>
        <translation>LT</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mesure d&apos;atténuation</translation>
    </message>
    <message>
        <source>No risks yet — list what could delay the project and how you would react (“Add risk”).</source>
        <translation>Aucun risque — listez ce qui pourrait retarder le projet et comment vous réagiriez (« Ajouter un risque »).</translation>
    </message>
    <message>
        <source>&amp;Add risk</source>
        <translation>&amp;Ajouter un risque</translation>
    </message>
    <message>
        <source>Delete risk</source>
        <translation>Supprimer le risque</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <source>Read only: in a partner copy only the coordinator changes the risks. Tell the coordinator about any risk you see in your part.</source>
        <translation>Lecture seule : dans une copie partenaire, seul le coordinateur modifie les risques. Signalez-lui tout risque que vous voyez dans votre partie.</translation>
    </message>
    <message>
        <source>For each risk, say how likely and how serious it is, and what you will do about it. Double-click a cell to edit it.</source>
        <translation>Pour chaque risque, indiquez sa probabilité, sa gravité et la réponse prévue. Double-cliquez une cellule pour la modifier.</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Figée</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Wr&amp;itten by:</source>
        <translation>Rédi&amp;gé par :</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Insert a table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <source>Subscript (Ctrl+=)</source>
        <translation>Indice (Ctrl+=)</translation>
    </message>
    <message>
        <source>Superscript (Ctrl++)</source>
        <translation>Exposant (Ctrl++)</translation>
    </message>
    <message>
        <source>Heading inside the section (Ctrl+Shift+H)</source>
        <translation>Intertitre dans la section (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Find in sections (Enter)</source>
        <translation>Rechercher dans les sections (Entrée)</translation>
    </message>
    <message>
        <source>This call has no sections to write, or none are created yet.</source>
        <translation>Cet appel n&apos;a pas de section à rédiger, ou aucune n&apos;est encore créée.</translation>
    </message>
    <message>
        <source>(coordinator)</source>
        <translation>(coordinateur)</translation>
    </message>
    <message>
        <source>Read only: this section is not assigned to {partner}. Only the coordinator can change it.</source>
        <translation>Lecture seule : cette section n&apos;est pas attribuée à {partner}. Seul le coordinateur peut la modifier.</translation>
    </message>
    <message>
        <source>{words} words</source>
        <translation>{words} mots</translation>
    </message>
    <message>
        <source>{chars} characters</source>
        <translation>{chars} caractères</translation>
    </message>
    <message>
        <source>{words} / {limit} words</source>
        <translation>{words} / {limit} mots</translation>
    </message>
    <message>
        <source>{chars} / {limit} characters</source>
        <translation>{chars} / {limit} caractères</translation>
    </message>
    <message>
        <source>Edit section</source>
        <translation>Modifier la section</translation>
    </message>
    <message>
        <source>“{text}” is not in any section.</source>
        <translation>« {text} » ne figure dans aucune section.</translation>
    </message>
    <message>
        <source>Write each section of the dossier. Bold, italic, sub- and superscripts, lists and tables are kept.</source>
        <translation>Rédigez chaque section du dossier. Le gras, l’italique, les indices et exposants, les listes et les tableaux sont conservés.</translation>
    </message>
    <message>
        <source>Limit: {n} words.</source>
        <translation>Limite : {n} mots.</translation>
    </message>
    <message>
        <source>Limit: {n} characters.</source>
        <translation>Limite : {n} caractères.</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <source>Set by your coordinator in the package this copy was opened from. Kept private, your budget lines stay in this copy: your contributions carry one total per category and year.</source>
        <translation>Choisi par votre coordinateur dans le paquet dont cette copie est issue. Gardées privées, vos lignes de budget restent dans cette copie : vos contributions portent un total par catégorie et par année.</translation>
    </message>
    <message>
        <source>Packages are accepted only from your coordinator&apos;s key {coordinator}; your contributions are signed with your own key {own}.</source>
        <translation>Seuls les paquets signés par la clé de votre coordinateur {coordinator} sont acceptés ; vos contributions sont signées par votre propre clé {own}.</translation>
    </message>
    <message>
        <source>Your packages will be signed with a key made for this proposal when you export the first one.</source>
        <translation>Vos paquets seront signés par une clé créée pour ce projet à l’export du premier.</translation>
    </message>
    <message>
        <source>Your packages are signed with key {own}: partners see the same fingerprint when they open one.</source>
        <translation>Vos paquets sont signés par la clé {own} : les partenaires voient la même empreinte en les ouvrant.</translation>
    </message>
    <message>
        <source>Every partner receives the others&apos; budget lines, rates, CVs, SIRET, VAT and PIC numbers, turnover, contacts and attachments.</source>
        <translation>Chaque partenaire reçoit les lignes de budget, taux, CV, numéros SIRET, TVA et PIC, chiffre d’affaires, contacts et pièces jointes des autres.</translation>
    </message>
    <message>
        <source>Every partner receives one budget total per other partner, their team members&apos; names and jobs, and their contacts; no budget line, rate, CV, identifier, turnover or attachment of the others.</source>
        <translation>Chaque partenaire reçoit un total de budget par autre partenaire, les noms et fonctions de leurs équipes et leurs contacts ; aucune ligne de budget, aucun taux, CV, identifiant, chiffre d’affaires ni pièce jointe des autres.</translation>
    </message>
    <message>
        <source>Every partner receives nothing of the others&apos; budget, team, identifiers, contacts or attachments: only their names and roles, with the proposal&apos;s text and work plan.</source>
        <translation>Chaque partenaire ne reçoit rien du budget, de l’équipe, des identifiants, des contacts ni des pièces jointes des autres : seulement leurs noms et rôles, avec le texte et le programme de travail du projet.</translation>
    </message>
    <message>
        <source>A partner always receives its own data whole. Applies to the packages exported from now on.</source>
        <translation>Un partenaire reçoit toujours l’intégralité de ses propres données. S’applique aux paquets exportés à partir de maintenant.</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>What partners see of each other in their packages</source>
        <translation>Ce que les partenaires voient les uns des autres dans leurs paquets</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Tout</translation>
    </message>
    <message>
        <source>&amp;Totals only</source>
        <translation>T&amp;otaux seulement</translation>
    </message>
    <message>
        <source>&amp;Nothing</source>
        <translation>&amp;Rien</translation>
    </message>
    <message>
        <source>&amp;Keep my budget detail (salary rates) private: send totals</source>
        <translation>&amp;Garder le détail de mon budget (taux salariaux) privé : n’envoyer que des totaux</translation>
    </message>
</context>
<context>
    <name>ShortcutsList</name>
    <message>
        <source>Undo (everywhere, text editors included; typing a word at a time)</source>
        <translation>Annuler (partout, éditeurs de texte compris ; la frappe mot par mot)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Next, previous field; in a table of a section: next, previous cell</source>
        <translation>Champ suivant, précédent ; dans un tableau d&apos;une section : cellule suivante, précédente</translation>
    </message>
    <message>
        <source>Open a date field&apos;s calendar</source>
        <translation>Ouvrir le calendrier d&apos;un champ de date</translation>
    </message>
    <message>
        <source>Edit the selected cell of a table</source>
        <translation>Modifier la cellule sélectionnée d&apos;un tableau</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>No guidance from the call for this step.</source>
        <translation>L&apos;appel ne donne pas de conseil pour cette étape.</translation>
    </message>
    <message>
        <source>Findings ({count})</source>
        <translation>Remarques ({count})</translation>
    </message>
    <message>
        <source>Nothing to fix on this step.</source>
        <translation>Rien à corriger à cette étape.</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <source>{call} · {percent} % complete</source>
        <translation>{call} · complet à {percent} %</translation>
    </message>
    <message>
        <source>{count} finding(s)</source>
        <translation>{count} remarque(s)</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Appel</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>C&amp;onsortium</source>
        <translation>C&amp;onsortium</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <source>&amp;Work plan</source>
        <translation>Programme de &amp;travail</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Risques</translation>
    </message>
    <message>
        <source>&amp;Annexes</source>
        <translation>A&amp;nnexes</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
</context>
<context>
    <name>TodoDialog</name>
    <message>
        <source>To do: who does what, by when</source>
        <translation>À faire : qui fait quoi, pour quand</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Parts by partner</source>
        <translation>Parties par partenaire</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Figée</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>(the default: assignee, leader or the budget&apos;s partner)</source>
        <translation>(par défaut : rédacteur, responsable du lot ou partenaire du budget)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>{n} part(s), {late} late, {review} waiting for review</source>
        <translation>{n} partie(s), {late} en retard, {review} en attente de relecture</translation>
    </message>
    <message>
        <source>{late} late part(s), {review} waiting for review, {open} open comment thread(s).</source>
        <translation>{late} partie(s) en retard, {review} en attente de relecture, {open} fil(s) de commentaires ouvert(s).</translation>
    </message>
    <message>
        <source>Partner copy: you can mark your own parts in review (or back to draft); your contribution tells the coordinator. Owners, due dates and approval are the coordinator&apos;s.</source>
        <translation>Copie partenaire : vous pouvez passer vos propres parties en relecture (ou les remettre en brouillon) ; votre contribution en informe le coordinateur. Responsables, échéances et approbation relèvent du coordinateur.</translation>
    </message>
    <message>
        <source>Budget {partner}</source>
        <translation>Budget {partner}</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Medicen Desktop — user guide</source>
        <translation>Medicen Desktop — guide d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>General information</source>
        <translation>Informations générales</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Work package</source>
        <translation>Lot de travail</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>Section {key}</source>
        <translation>Section {key}</translation>
    </message>
    <message>
        <source>Work package {number}</source>
        <translation>Lot de travail {number}</translation>
    </message>
    <message>
        <source>Budget of {partner}</source>
        <translation>Budget de {partner}</translation>
    </message>
    <message>
        <source>Partner {partner}</source>
        <translation>Partenaire {partner}</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation>{label} : {text}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Table {table}, row {row}, column {column}</source>
        <translation>Tableau {table}, ligne {row}, colonne {column}</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>{inserted} are underlined, {deleted} struck through.</source>
        <translation>{inserted} sont soulignés, {deleted} barrés.</translation>
    </message>
    <message>
        <source>Inserted words</source>
        <translation>Les mots insérés</translation>
    </message>
    <message>
        <source>deleted words</source>
        <translation>les mots supprimés</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>Before merging {partner}&apos;s contribution</source>
        <translation>Avant la fusion de la contribution de {partner}</translation>
    </message>
    <message>
        <source>Before switching to the call {call}</source>
        <translation>Avant le passage à l&apos;appel {call}</translation>
    </message>
    <message>
        <source>Before importing {file}</source>
        <translation>Avant l&apos;import de {file}</translation>
    </message>
    <message>
        <source>Before opening the package of {date}</source>
        <translation>Avant l&apos;ouverture du paquet du {date}</translation>
    </message>
    <message>
        <source>Before restoring {part} from version {number}</source>
        <translation>Avant la restauration de {part} depuis la version {number}</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>tout</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Take a snapshot</source>
        <translation>Enregistrer une version</translation>
    </message>
    <message>
        <source>Name of this version:</source>
        <translation>Nom de cette version :</translation>
    </message>
    <message>
        <source>Versions of {acronym}</source>
        <translation>Versions de {acronym}</translation>
    </message>
    <message>
        <source>&amp;Take a snapshot…</source>
        <translation>&amp;Enregistrer une version…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Versions (newest first)</source>
        <translation>&amp;Versions (les plus récentes en premier)</translation>
    </message>
    <message>
        <source>Compare the selected version &amp;with:</source>
        <translation>Comparer la version choisie &amp;avec :</translation>
    </message>
    <message>
        <source>Bring back from the selected version:</source>
        <translation>Reprendre de la version choisie :</translation>
    </message>
    <message>
        <source>the proposal now</source>
        <translation>le projet actuel</translation>
    </message>
    <message>
        <source>v{number} · {when} · {what}</source>
        <translation>v{number} · {when} · {what}</translation>
    </message>
    <message>
        <source>{what}, by {who}, revision {revision}</source>
        <translation>{what}, par {who}, révision {revision}</translation>
    </message>
    <message>
        <source>No versions yet: take a snapshot to keep the proposal as it is now; one is also taken before each merge, switch of call and import.</source>
        <translation>Aucune version pour l&apos;instant : enregistrez une version pour garder le projet tel qu&apos;il est ; une version est aussi enregistrée avant chaque fusion, changement d&apos;appel et import.</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Version {number} kept.</source>
        <translation>Version {number} enregistrée.</translation>
    </message>
    <message>
        <source>Not restored: {reason}</source>
        <translation>Non restauré : {reason}</translation>
    </message>
    <message>
        <source>Restore {part} from version {number}</source>
        <translation>Restaurer {part} depuis la version {number}</translation>
    </message>
    <message>
        <source>{part} restored from version {number} (Edit ▸ Undo takes it back; the proposal as it was is kept as version {saved}).</source>
        <translation>{part} restauré depuis la version {number} (Édition ▸ Annuler revient en arrière ; le projet tel qu&apos;il était est gardé comme version {saved}).</translation>
    </message>
</context>
<context>
    <name>WordNotesPane</name>
    <message>
        <source>{section}: tracked changes applied ({ins} insertions, {dels} deletions)</source>
        <translation>{section} : modifications suivies appliquées ({ins} insertions, {dels} suppressions)</translation>
    </message>
    <message>
        <source>Comment by {author} on {section}: {text}</source>
        <translation>Commentaire de {author} sur {section} : {text}</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>le document</translation>
    </message>
    <message>
        <source>Nothing besides the text: no tracked changes, comments or formatting lost.</source>
        <translation>Rien d’autre que le texte : ni modification suivie, ni commentaire, ni mise en forme perdue.</translation>
    </message>
    <message>
        <source>Text found outside the parts, not merged: copy it, or add it to a section (Edit ▸ Undo takes it back).</source>
        <translation>Texte trouvé hors des parties, non fusionné : copiez-le, ou ajoutez-le à une section (Édition ▸ Annuler le retire).</translation>
    </message>
    <message>
        <source>underline</source>
        <translation>soulignement</translation>
    </message>
    <message>
        <source>strike-through</source>
        <translation>texte barré</translation>
    </message>
    <message>
        <source>text colour</source>
        <translation>couleur du texte</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>surlignage</translation>
    </message>
    <message>
        <source>capitals or small capitals</source>
        <translation>majuscules ou petites capitales</translation>
    </message>
    <message>
        <source>hyperlink (its text is kept, not its address)</source>
        <translation>lien (son texte est gardé, pas son adresse)</translation>
    </message>
    <message>
        <source>equation</source>
        <translation>équation</translation>
    </message>
    <message>
        <source>symbol font character</source>
        <translation>caractère d’une police de symboles</translation>
    </message>
    <message>
        <source>picture or text box (not kept)</source>
        <translation>image ou zone de texte (non gardée)</translation>
    </message>
    <message>
        <source>merged table cells</source>
        <translation>cellules de tableau fusionnées</translation>
    </message>
    <message>
        <source>table inside a table</source>
        <translation>tableau dans un tableau</translation>
    </message>
    <message>
        <source>page break (a line break instead)</source>
        <translation>saut de page (remplacé par un saut de ligne)</translation>
    </message>
    <message>
        <source>{section}: footnote not kept, its text: {text}</source>
        <translation>{section} : note de bas de page non gardée, son texte : {text}</translation>
    </message>
    <message>
        <source>{section}: its content control was removed; its text was found by its bookmark</source>
        <translation>{section} : sa zone a été supprimée ; son texte a été retrouvé par son signet</translation>
    </message>
    <message>
        <source>{section}: assigned, but the proposal has no such section any more; not merged</source>
        <translation>{section} : confiée, mais le projet n’a plus cette section ; non fusionnée</translation>
    </message>
    <message>
        <source>Tracked changes outside the parts were ignored (that text is read-only).</source>
        <translation>Les modifications suivies hors des parties ont été ignorées (ce texte est en lecture seule).</translation>
    </message>
    <message>
        <source>{section}: {what} ×{n}, reduced to text</source>
        <translation>{section} : {what} ×{n}, réduit au texte</translation>
    </message>
</context>
<context>
    <name>WorkPackage</name>
    <message>
        <source>WP{number}</source>
        <translation>LT{number}</translation>
    </message>
    <message>
        <source>WP{number} {title}</source>
        <translation>LT{number} {title}</translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <source>Work plan</source>
        <translation>Programme de travail</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>WP</source>
        <translation>LT</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Dissemination</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Due (month)</source>
        <translation>Échéance (mois)</translation>
    </message>
    <message>
        <source>Means of verification</source>
        <translation>Moyen de vérification</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Lots de travail</translation>
    </message>
    <message>
        <source>No work packages yet — add the first one (coordination).</source>
        <translation>Aucun lot de travail — ajoutez le premier (coordination).</translation>
    </message>
    <message>
        <source>Add &amp;work package</source>
        <translation>Ajouter un &amp;lot</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>No tasks yet — select a work package, then add its tasks.</source>
        <translation>Aucune tâche — sélectionnez un lot, puis ajoutez ses tâches.</translation>
    </message>
    <message>
        <source>Add &amp;task</source>
        <translation>Ajouter une &amp;tâche</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <source>No deliverables yet — each work package should produce one.</source>
        <translation>Aucun livrable — chaque lot devrait en produire un.</translation>
    </message>
    <message>
        <source>Add &amp;deliverable</source>
        <translation>Ajouter un livra&amp;ble</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>No milestones yet — mark the project&apos;s decision points.</source>
        <translation>Aucun jalon — marquez les points de décision du projet.</translation>
    </message>
    <message>
        <source>Add &amp;milestone</source>
        <translation>Ajouter un &amp;jalon</translation>
    </message>
    <message>
        <source>Effort (person-months)</source>
        <translation>Effort (personnes-mois)</translation>
    </message>
    <message>
        <source>Add a work package first.</source>
        <translation>Ajoutez d&apos;abord un lot de travail.</translation>
    </message>
    <message>
        <source>New work package</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <source>Add work package</source>
        <translation>Ajouter un lot</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>New deliverable</source>
        <translation>Nouveau livrable</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>Ajouter un livrable</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>Frozen by the coordinator: {wps} (with their tasks, deliverables and milestones). No one can edit them until the coordinator unfreezes them (Proposal › To do).</source>
        <translation>Figé(s) par le coordinateur : {wps} (avec leurs tâches, livrables et jalons). Personne ne peut les modifier tant que le coordinateur ne les a pas libérés (Projet › À faire).</translation>
    </message>
    <message>
        <source>Partner copy for {partner}: no work package is assigned to you; you can only fill in your row of the Effort tab. The rest of the work plan is read-only: the coordinator owns it.</source>
        <translation>Copie partenaire de {partner} : aucun lot ne vous est attribué ; vous pouvez seulement remplir votre ligne de l&apos;onglet Effort. Le reste du programme de travail est en lecture seule : il appartient au coordinateur.</translation>
    </message>
    <message>
        <source>Partner copy for {partner}: you can edit {wps} (title, dates, tasks and deliverables) and your row of the Effort tab. The rest of the work plan is read-only: the coordinator owns it.</source>
        <translation>Copie partenaire de {partner} : vous pouvez modifier {wps} (titre, dates, tâches et livrables) et votre ligne de l&apos;onglet Effort. Le reste du programme de travail est en lecture seule : il appartient au coordinateur.</translation>
    </message>
    <message>
        <source>On the team server as {partner}: adding or removing work packages, their numbers and their leaders are the coordinator&apos;s. In the Effort tab you fill in your own row.</source>
        <translation>Sur le serveur d&apos;équipe en tant que {partner} : ajouter ou retirer des lots de travail, leurs numéros et leurs responsables reviennent au coordinateur. Dans l&apos;onglet Effort, vous remplissez votre propre ligne.</translation>
    </message>
    <message>
        <source>Split the project into work packages with a leader and dates, then tasks, deliverables and milestones. Drag a bar in the chart to move it; drag its right end to change its length. Person-months per partner go in the Effort tab.</source>
        <translation>Découpez le projet en lots avec un responsable et des dates, puis en tâches, livrables et jalons. Faites glisser une barre du diagramme pour la déplacer, son extrémité droite pour changer sa durée. Les personnes-mois par partenaire se saisissent dans l&apos;onglet Effort.</translation>
    </message>
</context>
</TS>
