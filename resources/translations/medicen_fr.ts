<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddPartnerDialog</name>
    <message>
        <location filename="../../medicen_desktop/gui/partner_dialog.py" line="130" />
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
</context>
<context>
    <name>AnnexesPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="46" />
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="47" />
        <source>Letter of commitment</source>
        <translation>Lettre d'engagement</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="47" />
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="48" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="48" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="50" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="51" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="52" />
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="53" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="54" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="55" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="59" />
        <source>No annexes yet — drop the partners’ letters of commitment and the CVs of key people here, or use “Attach files…”.</source>
        <translation>Aucune annexe — déposez ici les lettres d’engagement des partenaires et les CV des personnes clés, ou utilisez « Joindre des fichiers… ».</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="61" />
        <source>Remove annex</source>
        <translation>Retirer l'annexe</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="61" />
        <source>&amp;Attach files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="95" />
        <source>Attach {count} file(s)</source>
        <translation>Joindre {count} fichier(s)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="100" />
        <source>Attach {name}</source>
        <translation>Joindre {name}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="125" />
        <source>Partner copy for {partner}: you can attach your own annexes (letters, CVs) and change or remove them. The other partners' annexes are read-only: the coordinator owns them.</source>
        <translation>Copie partenaire de {partner} : vous pouvez joindre vos propres annexes (lettres, CV), les modifier ou les retirer. Les annexes des autres partenaires sont en lecture seule : elles appartiennent au coordinateur.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="133" />
        <source>Join each partner’s signed letter of commitment and the CVs of key people, as the call asks. Drop files on this page or use “Attach files…”; set each annex’s kind and partner by double-clicking the cell. Files are kept in the proposal (up to 25 MB each).</source>
        <translation>Joignez la lettre d’engagement signée de chaque partenaire et les CV des personnes clés, comme l’appel le demande. Déposez les fichiers sur cette page ou utilisez « Joindre des fichiers… » ; indiquez le type et le partenaire de chaque annexe d’un double-clic sur la cellule. Les fichiers sont conservés dans le projet (25 Mo au plus chacun).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../medicen_desktop/gui/app.py" line="62" />
        <source>Medicen Desktop is already open</source>
        <translation>Medicen Desktop est déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/app.py" line="62" />
        <source>This database ({path}) is already open in another Medicen Desktop window. Switch to that window, or close it and try again.</source>
        <translation>Cette base ({path}) est déjà ouverte dans une autre fenêtre de Medicen Desktop. Passez à cette fenêtre, ou fermez-la et réessayez.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/app.py" line="74" />
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="94" />
        <source>Cannot open the database</source>
        <translation>Impossible d'ouvrir la base</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_assign.py" line="43" />
        <source>Assign parts to partners</source>
        <translation>Attribuer les parties aux partenaires</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_assign.py" line="49" />
        <source>Check what each partner may write in its package. Its own organisation, team, budget lines and effort are always included.</source>
        <translation>Cochez ce que chaque partenaire peut rédiger dans son paquet. Son organisme, son équipe, ses lignes de budget et son effort sont toujours inclus.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_assign.py" line="51" />
        <source>A work package comes with its tasks and deliverables.</source>
        <translation>Un lot de travail inclut ses tâches et ses livrables.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_assign.py" line="56" />
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_assign.py" line="57" />
        <source>&amp;Sections</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_assign.py" line="58" />
        <source>&amp;Work packages</source>
        <translation>&amp;Lots de travail</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_assign.py" line="66" />
        <source>WP{number} {title}</source>
        <translation>LT{number} {title}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_assign.py" line="79" />
        <source>Use &amp;defaults (sections assigned, work packages led)</source>
        <translation>Attribution par &amp;défaut (sections attribuées, lots dirigés)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_assign.py" line="125" />
        <source>sections: {n} · work packages: {m}</source>
        <translation>sections : {n} · lots : {m}</translation>
    </message>
</context>
<context>
    <name>BudgetLinesPanel</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget_lines.py" line="31" />
        <location filename="../../medicen_desktop/gui/steps/budget_lines.py" line="54" />
        <source>Select a partner’s row in the grid to see its lines.</source>
        <translation>Sélectionnez la ligne d’un partenaire dans la grille pour voir ses lignes budgétaires.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget_lines.py" line="34" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget_lines.py" line="35" />
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget_lines.py" line="36" />
        <source>Person-months</source>
        <translation>Personnes-mois</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget_lines.py" line="37" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget_lines.py" line="40" />
        <source>No lines for this partner and year — type amounts in the grid above, or add a line here to give it person-months and a description.</source>
        <translation>Aucune ligne pour ce partenaire et cette année — saisissez des montants dans la grille ci-dessus, ou ajoutez ici une ligne pour lui donner des personnes-mois et une description.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget_lines.py" line="42" />
        <source>Add a &amp;line</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget_lines.py" line="42" />
        <source>Delete line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget_lines.py" line="53" />
        <source>Lines of {partner}, year {year}</source>
        <translation>Lignes de {partner}, année {year}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget_lines.py" line="58" />
        <source>Select a partner’s row in the grid first.</source>
        <translation>Sélectionnez d’abord la ligne d’un partenaire dans la grille.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget_lines.py" line="64" />
        <source>Add a budget line</source>
        <translation>Ajouter une ligne budgétaire</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="44" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="72" />
        <source>Amounts in euros, per year. Type “12 500,50” or “12500.5”.</source>
        <translation>Montants en euros, par année. Saisissez « 12 500,50 » ou « 12500.5 ».</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="86" />
        <source>No partners yet — add them in the Consortium step, then enter their costs here.</source>
        <translation>Aucun partenaire — ajoutez-les à l'étape Consortium, puis saisissez leurs coûts ici.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="107" />
        <source>Funding per partner (all years)</source>
        <translation>Financement par partenaire (toutes années)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="97" />
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="67" />
        <source>This cell adds up {count} budget lines: change them one by one under “Lines of the partner” below.</source>
        <translation>Cette case additionne {count} lignes budgétaires : modifiez-les une à une sous « Lignes du partenaire » ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="97" />
        <source>Direct costs</source>
        <translation>Coûts directs</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="97" />
        <source>Overheads</source>
        <translation>Frais généraux</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="97" />
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="98" />
        <source>Funding rate</source>
        <translation>Taux d'aide</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="98" />
        <source>Requested aid</source>
        <translation>Aide demandée</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="108" />
        <source>Lines of the partner</source>
        <translation>Lignes du partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="141" />
        <source>Year {n}</source>
        <translation>Année {n}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="156" />
        <source>The call's budget rules are not available: totals only.</source>
        <translation>Les règles budgétaires de l'appel sont indisponibles : totaux seulement.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="161" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="180" />
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="180" />
        <source>Research organisations</source>
        <translation>Organismes de recherche</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="181" />
        <source>Subcontracting</source>
        <translation>Sous-traitance</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="183" />
        <source>{label}: {share} % ({rule})</source>
        <translation>{label} : {share} % ({rule})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="188" />
        <source>Partner copy for {partner}: you can enter your own costs only (your row of the grid and your lines). The other partners' costs are read-only: the coordinator owns them.</source>
        <translation>Copie partenaire de {partner} : vous ne pouvez saisir que vos propres coûts (votre ligne du tableau et vos lignes de détail). Les coûts des autres partenaires sont en lecture seule : ils appartiennent au coordinateur.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="210" />
        <source>Enter each partner's costs per category and year. Overheads, the funding rate and the requested aid follow the call's rules.</source>
        <translation>Saisissez les coûts de chaque partenaire par catégorie et par année. Frais généraux, taux d'aide et aide demandée suivent les règles de l'appel.</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="35" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="50" />
        <source>&amp;Call template:</source>
        <translation>&amp;Modèle d'appel :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="51" />
        <source>Dossier &amp;language:</source>
        <translation>&amp;Langue du dossier :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="52" />
        <source>Funder:</source>
        <translation>Financeur :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="53" />
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="54" />
        <source>Limits:</source>
        <translation>Limites :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="55" />
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="81" />
        <source>Read only: in a partner copy only the coordinator chooses the call and the dossier language.</source>
        <translation>Lecture seule : dans une copie partenaire, seul le coordinateur choisit l'appel et la langue du dossier.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="111" />
        <source>This call's template is not available: no guidance or checks.</source>
        <translation>Le modèle de cet appel est indisponible : ni conseils ni vérifications.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="118" />
        <source>read on {date}</source>
        <translation>consulté le {date}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="121" />
        <source>{pages} pages for the technical annex</source>
        <translation>{pages} pages pour l'annexe technique</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="123" />
        <source>summary ≤ {chars} characters</source>
        <translation>résumé ≤ {chars} caractères</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="124" />
        <source>{count} sections</source>
        <translation>{count} sections</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="141" />
        <source>Preparing what switching to {name} would change…</source>
        <translation>Calcul de ce que changerait le passage à {name}…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="178" />
        <source>Change call to {name}</source>
        <translation>Changer d’appel pour {name}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="187" />
        <source>Change dossier language</source>
        <translation>Changer la langue du dossier</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="201" />
        <source>Choose the call the proposal answers: its sections, limits, budget rules and eligibility checks follow from it.</source>
        <translation>Choisissez l'appel auquel le projet répond : sections, limites, règles budgétaires et critères d'éligibilité en découlent.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/new_proposal_wizard.py" line="63" />
        <source>Which call?</source>
        <translation>Quel appel ?</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/new_proposal_wizard.py" line="63" />
        <source>The call decides the sections, the limits, the budget rules and the checks. You can change it later.</source>
        <translation>L’appel détermine les sections, les limites, les règles budgétaires et les vérifications. Vous pourrez le changer ensuite.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/new_proposal_wizard.py" line="72" />
        <source>No call template is available: the application's templates failed to load.</source>
        <translation>Aucun modèle d’appel n’est disponible : les modèles de l’application n’ont pas pu être chargés.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_conflict.py" line="46" />
        <source>{partner}'s version</source>
        <translation>Version de {partner}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_conflict.py" line="47" />
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_conflict.py" line="56" />
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_conflict.py" line="57" />
        <source>&amp;Take {partner}'s</source>
        <translation>Pre&amp;ndre celle de {partner}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_conflict.py" line="58" />
        <source>&amp;Edit the result myself</source>
        <translation>Ré&amp;diger moi-même le résultat</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_conflict.py" line="66" />
        <source>The text to keep, as it will be written</source>
        <translation>Le texte à garder, tel qu'il sera enregistré</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_conflict.py" line="87" />
        <source>Since the package was sent: {yours} {theirs} {removed}</source>
        <translation>Depuis l'envoi du paquet : {yours} {theirs} {removed}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_conflict.py" line="88" />
        <source>added by you</source>
        <translation>ajouté par vous</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_conflict.py" line="89" />
        <source>added by {partner}</source>
        <translation>ajouté par {partner}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_conflict.py" line="90" />
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_conflict.py" line="94" />
        <source>You and the partner changed the same paragraphs. Only those are shown; every other paragraph change of both sides is merged already.</source>
        <translation>Vous et le partenaire avez modifié les mêmes paragraphes. Seuls ceux-ci sont affichés ; toutes les autres modifications de paragraphes des deux côtés sont déjà fusionnées.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_conflict.py" line="97" />
        <source>One side deleted this entry while the other changed it.</source>
        <translation>Un côté a supprimé cet élément pendant que l'autre le modifiait.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_conflict.py" line="98" />
        <source>You and the partner changed this value differently.</source>
        <translation>Vous et le partenaire avez modifié cette valeur différemment.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_conflict.py" line="113" />
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
</context>
<context>
    <name>ConsortiumPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="33" />
        <source>Consortium</source>
        <translation>Consortium</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="39" />
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="39" />
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="41" />
        <source>Short name</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="42" />
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="43" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="44" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="45" />
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="46" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="47" />
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="50" />
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="50" />
        <source>No partners yet — add the coordinator first.</source>
        <translation>Aucun partenaire — ajoutez d'abord le coordinateur.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="51" />
        <source>&amp;Add partner…</source>
        <translation>&amp;Ajouter un partenaire…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="51" />
        <source>Remove partner</source>
        <translation>Retirer le partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="53" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="54" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="55" />
        <source>Person-months</source>
        <translation>Personnes-mois</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="58" />
        <source>Team of the selected partner</source>
        <translation>Équipe du partenaire sélectionné</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="59" />
        <source>Select a partner above, then add the people who will work on the project.</source>
        <translation>Sélectionnez un partenaire ci-dessus, puis ajoutez les personnes qui travailleront sur le projet.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="60" />
        <source>Add &amp;member</source>
        <translation>Ajouter un &amp;membre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="60" />
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="92" />
        <source>Add partner {name}</source>
        <translation>Ajouter le partenaire {name}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="99" />
        <source>Add organisation</source>
        <translation>Ajouter l'organisme</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="103" />
        <source>Add partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="110" />
        <source>Select a partner first.</source>
        <translation>Sélectionnez d'abord un partenaire.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="113" />
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="114" />
        <source>Add team member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="129" />
        <source>Partner copy for {partner}: you can edit your organisation's profile, your contact and your team (with their CVs). The other partners, the roles and the order are read-only: the coordinator owns them.</source>
        <translation>Copie partenaire de {partner} : vous pouvez modifier le profil de votre organisation, votre contact et votre équipe (avec les CV). Les autres partenaires, les rôles et l'ordre sont en lecture seule : ils appartiennent au coordinateur.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="149" />
        <source>List every partner with its legal identity; the coordinator comes first. Select a partner to list its team.</source>
        <translation>Listez chaque partenaire avec son identité légale ; le coordinateur d'abord. Sélectionnez un partenaire pour voir son équipe.</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/new_proposal_wizard.py" line="115" />
        <source>The coordinator</source>
        <translation>Le coordinateur</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/new_proposal_wizard.py" line="115" />
        <source>The organisation that leads the project and submits the dossier. Pick one you already know, or create it.</source>
        <translation>L’organisme qui pilote le projet et dépose le dossier. Choisissez-en un déjà connu, ou créez-le.</translation>
    </message>
</context>
<context>
    <name>CvEditor</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/cv_editor.py" line="24" />
        <source>A short CV: degrees, current position, experience relevant to the project, five key publications or patents.</source>
        <translation>Un CV court : diplômes, poste actuel, expérience utile au projet, cinq publications ou brevets clés.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/cv_editor.py" line="37" />
        <source>CV of {name}</source>
        <translation>CV de {name}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/cv_editor.py" line="38" />
        <source>CV — select a team member</source>
        <translation>CV — sélectionnez un membre de l’équipe</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="102" />
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="39" />
        <source>Export to folder</source>
        <translation>Exporter vers le dossier</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="243" />
        <source>PDF preview is not available (QtPdf missing).</source>
        <translation>Aperçu PDF indisponible (QtPdf absent).</translation>
    </message>
</context>
<context>
    <name>EntityTable</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/tables.py" line="58" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/tables.py" line="59" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/tables.py" line="64" />
        <location filename="../../medicen_desktop/gui/steps/tables.py" line="158" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/tables.py" line="141" />
        <source>Read only in this partner copy: only the partner's assigned parts can be changed.</source>
        <translation>Lecture seule dans cette copie partenaire : seules les parties attribuées au partenaire sont modifiables.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/tables.py" line="174" />
        <location filename="../../medicen_desktop/gui/steps/tables.py" line="176" />
        <location filename="../../medicen_desktop/gui/steps/tables.py" line="177" />
        <source>Reorder</source>
        <translation>Réordonner</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../../medicen_desktop/gui/models.py" line="201" />
        <source>Edit {what}</source>
        <translation>Modifier {what}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../medicen_desktop/gui/error_dialog.py" line="22" />
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/error_dialog.py" line="26" />
        <source>Something went wrong. Your work up to the last change is saved.

{summary}</source>
        <translation>Un problème est survenu. Votre travail jusqu'à la dernière modification est enregistré.

{summary}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/error_dialog.py" line="36" />
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="59" />
        <source>{path} is the database itself: choose another name.</source>
        <translation>{path} est la base ouverte elle-même : choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="85" />
        <source>Open &amp;package…</source>
        <translation>Ouvrir un &amp;paquet…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="86" />
        <source>Assi&amp;gn parts to partners…</source>
        <translation>Attrib&amp;uer les parties aux partenaires…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="87" />
        <source>Export pac&amp;kage for a partner…</source>
        <translation>Exporter un pa&amp;quet pour un partenaire…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="88" />
        <source>&amp;Merge a contribution…</source>
        <translation>&amp;Fusionner une contribution…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="89" />
        <source>Undo &amp;last merge</source>
        <translation>Annuler la &amp;dernière fusion</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="90" />
        <source>Export m&amp;y contribution…</source>
        <translation>Exporter &amp;ma contribution…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="121" />
        <source>Partner copy for {partner}: only its assigned parts can be edited</source>
        <translation>Copie partenaire de {partner} : seules ses parties attribuées sont modifiables</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="123" />
        <source>Export your contribution (Proposal menu) and send it to the coordinator.</source>
        <translation>Exportez votre contribution (menu Projet) et envoyez-la au coordinateur.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="164" />
        <source>Cannot open this package</source>
        <translation>Impossible d'ouvrir ce paquet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="171" />
        <source>Package opened: your copy for {partner}</source>
        <translation>Paquet ouvert : votre copie pour {partner}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="198" />
        <source>Contribution saved to {path}</source>
        <translation>Contribution enregistrée dans {path}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="199" />
        <source>Cannot export the contribution</source>
        <translation>Impossible d'exporter la contribution</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="215" />
        <source>Assign parts to partners</source>
        <translation>Attribuer les parties aux partenaires</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="217" />
        <source>Cannot save the assignment</source>
        <translation>Impossible d'enregistrer l'attribution</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="221" />
        <source>Assignments saved</source>
        <translation>Attributions enregistrées</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="252" />
        <source>Package for {partner} saved to {path}</source>
        <translation>Paquet pour {partner} enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="253" />
        <source>Cannot export the package</source>
        <translation>Impossible d'exporter le paquet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="269" />
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="278" />
        <source>Cannot merge this contribution</source>
        <translation>Impossible de fusionner cette contribution</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="289" />
        <source>Merge {partner}'s contribution</source>
        <translation>Fusion de la contribution de {partner}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="293" />
        <source>{partner}'s contribution merged (changes applied: {n})</source>
        <translation>Contribution de {partner} fusionnée (modifications appliquées : {n})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="308" />
        <source>Cannot undo the merge</source>
        <translation>Impossible d'annuler la fusion</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="310" />
        <source>No merge to undo in this proposal.</source>
        <translation>Aucune fusion à annuler dans ce projet.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="317" />
        <source>The proposal changed since this merge: undo those later edits first (Edit ▸ Undo).</source>
        <translation>Le projet a changé depuis cette fusion : annulez d'abord ces modifications (Édition ▸ Annuler).</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_actions.py" line="328" />
        <source>Merge of {partner}'s contribution undone</source>
        <translation>Fusion de la contribution de {partner} annulée</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_dialogs.py" line="23" />
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_dialogs.py" line="30" />
        <source>Open a partner package</source>
        <translation>Ouvrir un paquet partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_dialogs.py" line="31" />
        <location filename="../../medicen_desktop/gui/exchange_dialogs.py" line="39" />
        <source>Partner packages</source>
        <translation>Paquets partenaires</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_dialogs.py" line="38" />
        <location filename="../../medicen_desktop/gui/exchange_dialogs.py" line="64" />
        <source>Export a package for a partner</source>
        <translation>Exporter un paquet pour un partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_dialogs.py" line="46" />
        <source>Merge a partner's contribution</source>
        <translation>Fusionner la contribution d'un partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_dialogs.py" line="47" />
        <location filename="../../medicen_desktop/gui/exchange_dialogs.py" line="55" />
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_dialogs.py" line="54" />
        <source>Export my contribution</source>
        <translation>Exporter ma contribution</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_dialogs.py" line="65" />
        <source>Partner who will receive the package:</source>
        <translation>Partenaire destinataire du paquet :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_dialogs.py" line="74" />
        <source>Nothing was changed.</source>
        <translation>Rien n'a été modifié.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_dialogs.py" line="81" />
        <source>Undo the merge of {partner}'s contribution? The proposal returns to how it was before the merge; the contribution can be merged again.</source>
        <translation>Annuler la fusion de la contribution de {partner} ? Le projet revient à son état d'avant la fusion ; la contribution pourra être fusionnée à nouveau.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_dialogs.py" line="83" />
        <source>Undo last merge</source>
        <translation>Annuler la dernière fusion</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="27" />
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="27" />
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="28" />
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="28" />
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="29" />
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="29" />
        <source>person-months</source>
        <translation>personnes-mois</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="30" />
        <source>start month</source>
        <translation>mois de début</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="30" />
        <source>end month</source>
        <translation>mois de fin</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="31" />
        <source>due month</source>
        <translation>mois d'échéance</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="31" />
        <source>objectives</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="32" />
        <source>legal name</source>
        <translation>raison sociale</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="32" />
        <source>short name</source>
        <translation>nom court</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="54" />
        <source>Section “{title}”</source>
        <translation>Section « {title} »</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="56" />
        <source>WP{number} {title}</source>
        <translation>LT{number} {title}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="60" />
        <source>Task {number}: {title}</source>
        <translation>Tâche {number} : {title}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="62" />
        <source>Budget of {partner}: {category}, year {year}</source>
        <translation>Budget de {partner} : {category}, année {year}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="72" />
        <source>(whole entry)</source>
        <translation>(élément entier)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="78" />
        <source>outside {partner}'s assignment</source>
        <translation>hors de l'attribution de {partner}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="80" />
        <source>only the coordinator sets this field</source>
        <translation>seul le coordinateur fixe ce champ</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_names.py" line="82" />
        <source>a partner cannot add or delete these</source>
        <translation>un partenaire ne peut pas en ajouter ni en supprimer</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_report_model.py" line="26" />
        <source>changed by the partner</source>
        <translation>modifié par le partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_report_model.py" line="27" />
        <source>merged paragraph by paragraph</source>
        <translation>fusionné paragraphe par paragraphe</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_report_model.py" line="28" />
        <source>added by the partner</source>
        <translation>ajouté par le partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_report_model.py" line="29" />
        <source>deleted by the partner</source>
        <translation>supprimé par le partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_report_model.py" line="30" />
        <source>conflict resolved</source>
        <translation>conflit résolu</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_report_model.py" line="44" />
        <location filename="../../medicen_desktop/gui/exchange_report_model.py" line="54" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_report_model.py" line="45" />
        <location filename="../../medicen_desktop/gui/exchange_report_model.py" line="55" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_report_model.py" line="46" />
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_report_model.py" line="47" />
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_report_model.py" line="48" />
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_report_model.py" line="56" />
        <source>Why it is refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_report_model.py" line="57" />
        <source>Partner's value (not applied)</source>
        <translation>Valeur du partenaire (non appliquée)</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="66" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="71" />
        <source>&amp;Word (.docx)</source>
        <translation>&amp;Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="71" />
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="71" />
        <source>&amp;Budget workbook (.xlsx)</source>
        <translation>Classeur &amp;budgétaire (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="78" />
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="81" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="86" />
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="93" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="99" />
        <source>Choose the formats and press Export. The page-limit check runs with the PDF.</source>
        <translation>Choisissez les formats puis Exporter. La vérification du nombre de pages se fait avec le PDF.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="110" />
        <source>Exported files</source>
        <translation>Fichiers exportés</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="112" />
        <source>Nothing exported yet.</source>
        <translation>Rien n'a encore été exporté.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="116" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="118" />
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="125" />
        <source>Page-limit check</source>
        <translation>Limite de pages</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="148" />
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="151" />
        <source>This folder does not exist: {folder}</source>
        <translation>Ce dossier n'existe pas : {folder}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="160" />
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="163" />
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="199" />
        <source> — {n} pages</source>
        <translation> — {n} pages</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="209" />
        <source>Within the page limits.</source>
        <translation>Dans les limites de pages.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="212" />
        <source>Exported {count} file(s) to {folder}.</source>
        <translation>{count} fichier(s) exporté(s) dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="219" />
        <source>Export a PDF to check the page limit.</source>
        <translation>Exportez un PDF pour vérifier la limite de pages.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="225" />
        <source>Cannot write the file: {error}</source>
        <translation>Impossible d'écrire le fichier : {error}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="235" />
        <source>Export the dossier in Word and PDF. The PDF tells how many pages the technical part takes against the call's limit. Exports run in the background: keep working.</source>
        <translation>Exportez le dossier en Word et en PDF. Le PDF indique le nombre de pages de la partie technique face à la limite de l'appel. L'export tourne en arrière-plan : continuez à travailler.</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <location filename="../../medicen_desktop/gui/gantt.py" line="177" />
        <source>No work packages yet — add one above; its bar appears here.</source>
        <translation>Aucun lot — ajoutez-en un ci-dessus ; sa barre apparaîtra ici.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/gantt.py" line="192" />
        <source>Move in the Gantt chart</source>
        <translation>Déplacer dans le Gantt</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../medicen_desktop/gui/matrix.py" line="53" />
        <source>This cell adds up {count} entries: change them one by one.</source>
        <translation>Cette case additionne {count} saisies : modifiez-les une à une.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/matrix.py" line="98" />
        <location filename="../../medicen_desktop/gui/matrix.py" line="103" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/matrix.py" line="185" />
        <source>Enter an amount</source>
        <translation>Saisir un montant</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/matrix.py" line="188" />
        <source>Change an amount</source>
        <translation>Modifier un montant</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="56" />
        <source>Academic lab</source>
        <translation>Laboratoire académique</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="57" />
        <source>Hospital / clinical</source>
        <translation>Hôpital / clinique</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="58" />
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="59" />
        <source>Young innovative company</source>
        <translation>Jeune entreprise innovante</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="60" />
        <source>Mid-cap</source>
        <translation>ETI</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="61" />
        <source>Large company</source>
        <translation>Grande entreprise</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="62" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="204" />
        <source>Imaging</source>
        <translation>Imagerie</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="204" />
        <source>Biomarkers</source>
        <translation>Biomarqueurs</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="205" />
        <source>Bio-engineering</source>
        <translation>Bio-ingénierie</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="205" />
        <source>Biotherapies</source>
        <translation>Biothérapies</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="206" />
        <source>Bio-digital</source>
        <translation>Bio-numérique</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="206" />
        <source>Bio-instrumentation</source>
        <translation>Bio-instrumentation</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="224" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="224" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="225" />
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="225" />
        <source>Demonstrator</source>
        <translation>Démonstrateur</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="226" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../medicen_desktop/gui/new_proposal_wizard.py" line="127" />
        <source>The dossier's language</source>
        <translation>La langue du dossier</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/new_proposal_wizard.py" line="127" />
        <source>The language the dossier is written and exported in; the section titles follow it.</source>
        <translation>La langue dans laquelle le dossier est rédigé et exporté ; les titres des sections la suivent.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="71" />
        <source>Acronym</source>
        <translation>Acronyme</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="71" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="71" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="72" />
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="72" />
        <source>Complete</source>
        <translation>Avancement</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="163" />
        <source>Your proposals</source>
        <translation>Vos projets</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="167" />
        <source>&amp;New proposal…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="168" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="169" />
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="170" />
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="171" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="173" />
        <source>Open the &amp;sample proposal</source>
        <translation>Ouvrir le projet d'&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="201" />
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="202" />
        <source>No proposal yet — create one from a call with “New proposal…”, or open the sample proposal to look around.</source>
        <translation>Aucun projet — créez-en un à partir d'un appel avec « Nouveau projet… », ou ouvrez le projet d'exemple pour découvrir l'application.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="229" />
        <source>Opening the database… this follows in a moment.</source>
        <translation>Ouverture de la base de données… la suite dans un instant.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="345" />
        <source>Rename proposal</source>
        <translation>Renommer le projet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="345" />
        <source>New acronym:</source>
        <translation>Nouvel acronyme :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="366" />
        <source>Delete proposal</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="367" />
        <source>Delete {acronym} and everything in it? You can undo this with Ctrl+Z.</source>
        <translation>Supprimer {acronym} et tout son contenu ? Ctrl+Z permet d'annuler.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="368" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="371" />
        <source>Delete {acronym}</source>
        <translation>Supprimer {acronym}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="374" />
        <source>{acronym} deleted — Edit ▸ Undo brings it back.</source>
        <translation>{acronym} supprimé — Édition ▸ Annuler le rétablit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="134" />
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="214" />
        <source>Reopening {acronym}…</source>
        <translation>Réouverture de {acronym}…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="223" />
        <source>Opening the database… the proposal follows in a moment.</source>
        <translation>Ouverture de la base de données… le projet s'ouvre dans un instant.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="262" />
        <source>“{name}” was also changed meanwhile (a merge or another window) in {count} paragraph(s) you were editing: both versions are kept, yours first. Keep the one you want and delete the other.</source>
        <translation>« {name} » a aussi été modifié entre-temps (une fusion ou une autre fenêtre) dans {count} paragraphe(s) que vous modifiiez : les deux versions sont conservées, la vôtre d'abord. Gardez celle que vous voulez et supprimez l'autre.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="284" />
        <source>Medicen Desktop</source>
        <translation>Medicen Desktop</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="286" />
        <source>saving…</source>
        <translation>enregistrement…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="286" />
        <source>saved ✓</source>
        <translation>enregistré ✓</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="304" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="305" />
        <source>&amp;New proposal…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="306" />
        <source>&amp;Open library</source>
        <translation>&amp;Ouvrir la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="307" />
        <source>Open the &amp;sample proposal</source>
        <translation>Ouvrir le projet d'&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="308" />
        <source>&amp;Recent proposals</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="310" />
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="313" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="314" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="315" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="316" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="319" />
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler : {what}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="320" />
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir : {what}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="324" />
        <source>&amp;Find in sections…</source>
        <translation>Rec&amp;hercher dans les sections…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="325" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="326" />
        <source>&amp;Proposal</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="333" />
        <source>Check &amp;now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="334" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="335" />
        <source>&amp;Guidance and findings panel</source>
        <translation>Panneau &amp;conseils et remarques</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="338" />
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="339" />
        <source>&amp;About Medicen Desktop</source>
        <translation>À &amp;propos de Medicen Desktop</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="407" />
        <source>Cannot save the copy</source>
        <translation>Impossible d'enregistrer la copie</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="409" />
        <source>{path} is the database itself: choose another name.</source>
        <translation>{path} est la base ouverte elle-même : choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="418" />
        <source>Copy saved to {path}</source>
        <translation>Copie enregistrée : {path}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="451" />
        <source>About Medicen Desktop</source>
        <translation>À propos de Medicen Desktop</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="452" />
        <source>Medicen Desktop builds collaborative translational-medicine R&amp;D proposals offline.</source>
        <translation>Medicen Desktop construit hors ligne des projets collaboratifs de R&amp;D en médecine translationnelle.</translation>
    </message>
</context>
<context>
    <name>MergeWindow</name>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="69" />
        <source>Merge a contribution — {file}</source>
        <translation>Fusionner une contribution — {file}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="71" />
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="84" />
        <source>Every change of the partner that will be written, including paragraphs merged with yours.</source>
        <translation>Toutes les modifications du partenaire qui seront enregistrées, y compris les paragraphes fusionnés avec les vôtres.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="94" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="95" />
        <source>&amp;Apply the merge</source>
        <translation>&amp;Appliquer la fusion</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="112" />
        <source>Keep all &amp;mine</source>
        <translation>Garder toutes les mienne&amp;s</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="113" />
        <source>Take all the &amp;partner's</source>
        <translation>Prendre toutes celles du &amp;partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="124" />
        <source>No conflicts: every change of the partner can be applied as it is.</source>
        <translation>Aucun conflit : toutes les modifications du partenaire peuvent être appliquées telles quelles.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="162" />
        <source>&amp;Conflicts ({n})</source>
        <translation>&amp;Conflits ({n})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="163" />
        <source>C&amp;hanges to apply ({n})</source>
        <translation>&amp;Modifications à appliquer ({n})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="164" />
        <source>&amp;Refused ({n})</source>
        <translation>&amp;Refusées ({n})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="193" />
        <source>Contribution of {partner}</source>
        <translation>Contribution de {partner}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="199" />
        <source>Changes outside {partner}'s assignment are not applied. Ask the partner or make them yourself.</source>
        <translation>Les modifications hors de l'attribution de {partner} ne sont pas appliquées. Demandez-les au partenaire ou faites-les vous-même.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="201" />
        <source>Nothing refused: every change is inside {partner}'s assignment.</source>
        <translation>Rien n'est refusé : toutes les modifications sont dans l'attribution de {partner}.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="251" />
        <source>changes to apply: {n}</source>
        <translation>modifications à appliquer : {n}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="252" />
        <source>refused: {n}</source>
        <translation>refusées : {n}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="253" />
        <source>conflicts resolved: {n} / {total}</source>
        <translation>conflits résolus : {n} / {total}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="255" />
        <source>Choose a version for each conflict ({n} left).</source>
        <translation>Choisissez une version pour chaque conflit (reste {n}).</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="256" />
        <source>Every conflict is resolved.</source>
        <translation>Tous les conflits sont résolus.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="277" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/exchange_merge.py" line="279" />
        <source>Merged. Changes written: {n} · refused: {refused}. Edit ▸ Undo (or Proposal ▸ Undo last merge) reverts the whole merge.</source>
        <translation>Fusion faite. Modifications enregistrées : {n} · refusées : {refused}. Édition ▸ Annuler (ou Projet ▸ Annuler la dernière fusion) annule toute la fusion.</translation>
    </message>
</context>
<context>
    <name>NewProposalWizard</name>
    <message>
        <location filename="../../medicen_desktop/gui/new_proposal_wizard.py" line="147" />
        <source>New proposal</source>
        <translation>Nouveau projet</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../medicen_desktop/gui/numbers.py" line="43" />
        <location filename="../../medicen_desktop/gui/numbers.py" line="45" />
        <source>“{text}” is not a number</source>
        <translation>« {text} » n'est pas un nombre</translation>
    </message>
</context>
<context>
    <name>PartnerChooser</name>
    <message>
        <location filename="../../medicen_desktop/gui/partner_dialog.py" line="52" />
        <source>An organisation already &amp;known</source>
        <translation>Un organisme déjà &amp;connu</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/partner_dialog.py" line="53" />
        <source>Search by name, SIRET or city</source>
        <translation>Rechercher par nom, SIRET ou ville</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/partner_dialog.py" line="66" />
        <source>Already a partner of this proposal</source>
        <translation>Déjà partenaire de ce projet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/partner_dialog.py" line="70" />
        <source>A &amp;new organisation</source>
        <translation>Un &amp;nouvel organisme</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/partner_dialog.py" line="78" />
        <source>&amp;Legal name:</source>
        <translation>&amp;Raison sociale :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/partner_dialog.py" line="79" />
        <source>&amp;Short name:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/partner_dialog.py" line="80" />
        <source>K&amp;ind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/partner_dialog.py" line="118" />
        <source>Choose an organisation in the list, or create a new one below.</source>
        <translation>Choisissez un organisme dans la liste, ou créez-en un nouveau ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/partner_dialog.py" line="120" />
        <source>Give the new organisation its legal name.</source>
        <translation>Indiquez la raison sociale du nouvel organisme.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../medicen_desktop/gui/pdfpreview.py" line="21" />
        <source>The PDF appears here after an export.</source>
        <translation>Le PDF s'affiche ici après un export.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../medicen_desktop/gui/preferences.py" line="11" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/preferences.py" line="14" />
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/preferences.py" line="18" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="46" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/new_proposal_wizard.py" line="88" />
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/new_proposal_wizard.py" line="88" />
        <source>A short acronym and the full title, as they will appear on the cover page.</source>
        <translation>Un acronyme court et le titre complet, tels qu’ils figureront en page de garde.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/new_proposal_wizard.py" line="92" />
        <source>e.g. ÉPI-DIAG</source>
        <translation>p. ex. ÉPI-DIAG</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/new_proposal_wizard.py" line="93" />
        <source>Full title of the project</source>
        <translation>Titre complet du projet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/new_proposal_wizard.py" line="94" />
        <location filename="../../medicen_desktop/gui/steps/project.py" line="55" />
        <source>&amp;Acronym:</source>
        <translation>&amp;Acronyme :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/new_proposal_wizard.py" line="95" />
        <location filename="../../medicen_desktop/gui/steps/project.py" line="56" />
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/new_proposal_wizard.py" line="102" />
        <source>Give the project an acronym.</source>
        <translation>Donnez un acronyme au projet.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/new_proposal_wizard.py" line="106" />
        <source>Give the project its full title.</source>
        <translation>Donnez au projet son titre complet.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="57" />
        <source>&amp;Start date:</source>
        <translation>&amp;Date de début :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="59" />
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="61" />
        <source>&amp;Duration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="62" />
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="65" />
        <source>Domains:</source>
        <translation>Domaines :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="66" />
        <source>Clinical aim:</source>
        <translation>Finalité clinique :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="67" />
        <source>Prognosis</source>
        <translation>Pronostic</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="67" />
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="68" />
        <source>Therapy</source>
        <translation>Thérapie</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="72" />
        <location filename="../../medicen_desktop/gui/steps/project.py" line="73" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="74" />
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="76" />
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="79" />
        <source>&amp;TRL:</source>
        <translation>&amp;TRL :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="82" />
        <source>&amp;Keywords:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="83" />
        <source>separated by semicolons</source>
        <translation>séparés par des points-virgules</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="84" />
        <source>Su&amp;mmary:</source>
        <translation>Résu&amp;mé :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="111" />
        <source>Read only: in a partner copy only the coordinator changes the project's general information.</source>
        <translation>Lecture seule : dans une copie partenaire, seul le coordinateur modifie les informations générales du projet.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="144" />
        <source>Edit project {field}</source>
        <translation>Modifier le projet ({field})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="162" />
        <source>{count} characters</source>
        <translation>{count} caractères</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="164" />
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="196" />
        <source>Name the project, set its dates and its technology readiness (TRL) at start and end, and write a summary a reviewer understands in one minute.</source>
        <translation>Nommez le projet, fixez ses dates et sa maturité technologique (TRL) au début et à la fin, et écrivez un résumé qu'un évaluateur comprend en une minute.</translation>
    </message>
</context>
<context>
    <name>ProposalSession</name>
    <message>
        <location filename="../../medicen_desktop/gui/session.py" line="171" />
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
</context>
<context>
    <name>RetargetPreviewDialog</name>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="98" />
        <source>Switch to another call</source>
        <translation>Changer d’appel</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="106" />
        <source>Switch from {old} to {new}?</source>
        <translation>Passer de {old} à {new} ?</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="109" />
        <source>Nothing is written until you confirm. A switch never deletes any text, and Edit ▸ Undo switches back.</source>
        <translation>Rien n’est enregistré avant votre confirmation. Changer d’appel ne supprime aucun texte, et Édition ▸ Annuler revient à l’appel actuel.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="122" />
        <source>&amp;Switch to this call</source>
        <translation>&amp;Passer à cet appel</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="123" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="156" />
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="159" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="156" />
        <source>€{amount}</source>
        <translation>{amount} €</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="159" />
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="169" />
        <source>“{old}” becomes “{new}”</source>
        <translation>« {old} » devient « {new} »</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="171" />
        <source>Sections kept</source>
        <translation>Sections conservées</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="172" />
        <source>No section of the proposal has a place in this call.</source>
        <translation>Aucune section de la proposition n’a sa place dans cet appel.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="174" />
        <source>Sections newly required (added empty, to write)</source>
        <translation>Sections désormais exigées (ajoutées vides, à rédiger)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="178" />
        <source>Sections no longer part of this call (their text is kept but not exported: move it into another section)</source>
        <translation>Sections que cet appel ne prévoit pas (leur texte est conservé mais pas exporté : déplacez-le dans une autre section)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="184" />
        <source>Summary: at most {new} characters (now: {old})</source>
        <translation>Résumé : {new} caractères au plus (actuellement : {old})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="185" />
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="190" />
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="186" />
        <source>Summary: no character limit (now: {old})</source>
        <translation>Résumé : sans limite de caractères (actuellement : {old})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="189" />
        <source>Technical annex: at most {new} pages (now: {old})</source>
        <translation>Annexe technique : {new} pages au plus (actuellement : {old})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="191" />
        <source>Technical annex: no page limit (now: {old})</source>
        <translation>Annexe technique : sans limite de pages (actuellement : {old})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="195" />
        <source>No text limit or eligibility rule is exceeded under this call.</source>
        <translation>Avec cet appel, aucune limite de texte ni règle d’éligibilité n’est dépassée.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="196" />
        <source>Limits under this call</source>
        <translation>Limites de cet appel</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="197" />
        <source>Budget category “{old}” becomes “{new}”</source>
        <translation>La catégorie budgétaire « {old} » devient « {new} »</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="199" />
        <source>Budget category “{name}”: unknown to this call — its lines are kept, choose another category in Budget</source>
        <translation>Catégorie budgétaire « {name} » : inconnue de cet appel — ses lignes sont conservées, choisissez une autre catégorie dans Budget</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="202" />
        <source>{partner}: funding rate {new} (now: {old})</source>
        <translation>{partner} : taux d’aide {new} (actuellement : {old})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="205" />
        <source>{partner}: no funding rate of this call applies (now: {old})</source>
        <translation>{partner} : aucun taux d’aide de cet appel ne s’applique (actuellement : {old})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="209" />
        <source>Overheads</source>
        <translation>Frais généraux</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="209" />
        <source>Eligible cost</source>
        <translation>Coût éligible</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="210" />
        <source>Requested aid</source>
        <translation>Aide demandée</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="210" />
        <source>Companies' share</source>
        <translation>Part des entreprises</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="211" />
        <source>Research organisations' share</source>
        <translation>Part des organismes de recherche</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="212" />
        <source>Subcontracting share</source>
        <translation>Part de la sous-traitance</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="216" />
        <source>{what}: {new} (now: {old})</source>
        <translation>{what} : {new} (actuellement : {old})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="219" />
        <source>Funding rates, overheads, requested aid and shares stay the same.</source>
        <translation>Les taux d’aide, les frais généraux, l’aide demandée et les parts restent les mêmes.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="220" />
        <source>Budget rules</source>
        <translation>Règles budgétaires</translation>
    </message>
</context>
<context>
    <name>RetargetReportView</name>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="58" />
        <source>&lt;b&gt;Switched from {old} to {new}.&lt;/b&gt; Nothing was deleted; Edit ▸ Undo switches back.</source>
        <translation>&lt;b&gt;Appel changé : {old} → {new}.&lt;/b&gt; Rien n’a été supprimé ; Édition ▸ Annuler revient en arrière.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="60" />
        <source>{count} section(s) kept as they were</source>
        <translation>{count} section(s) conservée(s) telle(s) quelle(s)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="62" />
        <source>“{old}” now answers “{new}”</source>
        <translation>« {old} » répond désormais à « {new} »</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="64" />
        <source>budget category “{old}” becomes “{new}”</source>
        <translation>la catégorie budgétaire « {old} » devient « {new} »</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="67" />
        <source>What carried over</source>
        <translation>Ce qui a été repris</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="69" />
        <source>New sections this call asks for (empty, to write)</source>
        <translation>Nouvelles sections demandées par cet appel (vides, à rédiger)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="71" />
        <source>section “{name}”: its text is kept but this call has no place for it — move it into another section</source>
        <translation>section « {name} » : son texte est conservé mais cet appel n’a pas de place pour elle — déplacez-le dans une autre section</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="73" />
        <source>budget category “{name}”: unknown to this call — its lines are kept, choose another category in Budget</source>
        <translation>catégorie budgétaire « {name} » : inconnue de cet appel — ses lignes sont conservées, choisissez une autre catégorie dans Budget</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/retarget_view.py" line="76" />
        <source>What no longer fits</source>
        <translation>Ce qui ne trouve plus sa place</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/review.py" line="26" />
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/review.py" line="30" />
        <source>Check &amp;now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/review.py" line="36" />
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/review.py" line="36" />
        <source>Finding</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/review.py" line="54" />
        <source>No findings: the proposal meets every rule the application checks.</source>
        <translation>Aucune remarque : le projet respecte toutes les règles vérifiées.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/review.py" line="56" />
        <source>{errors} error(s) and {warnings} warning(s) — double-click one to fix it.</source>
        <translation>{errors} erreur(s) et {warnings} avertissement(s) — double-cliquez pour corriger.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/review.py" line="76" />
        <source>Everything the rules of the call find missing, inconsistent or ineligible. Fix the errors before exporting; warnings are worth a look.</source>
        <translation>Tout ce que les règles de l'appel trouvent manquant, incohérent ou inéligible. Corrigez les erreurs avant d'exporter ; les avertissements méritent un coup d'œil.</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="16" />
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="17" />
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="17" />
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="17" />
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="24" />
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="25" />
        <source>WP</source>
        <translation>LT</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="26" />
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="27" />
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="28" />
        <source>Mitigation</source>
        <translation>Mesure d'atténuation</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="30" />
        <source>No risks yet — list what could delay the project and how you would react (“Add risk”).</source>
        <translation>Aucun risque — listez ce qui pourrait retarder le projet et comment vous réagiriez (« Ajouter un risque »).</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="32" />
        <source>&amp;Add risk</source>
        <translation>&amp;Ajouter un risque</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="32" />
        <source>Delete risk</source>
        <translation>Supprimer le risque</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="38" />
        <source>New risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="39" />
        <source>Add risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="42" />
        <source>Read only: in a partner copy only the coordinator changes the risks. Tell the coordinator about any risk you see in your part.</source>
        <translation>Lecture seule : dans une copie partenaire, seul le coordinateur modifie les risques. Signalez-lui tout risque que vous voyez dans votre partie.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="49" />
        <source>For each risk, say how likely and how serious it is, and what you will do about it. Double-click a cell to edit it.</source>
        <translation>Pour chaque risque, indiquez sa probabilité, sa gravité et la réponse prévue. Double-cliquez une cellule pour la modifier.</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="45" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="60" />
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="60" />
        <source>Drafting</source>
        <translation>En rédaction</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="61" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="66" />
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="68" />
        <source>Wr&amp;itten by:</source>
        <translation>Rédi&amp;gé par :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="83" />
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="84" />
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="85" />
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="86" />
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="87" />
        <source>Insert a table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="96" />
        <source>Find in sections (Enter)</source>
        <translation>Rechercher dans les sections (Entrée)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="109" />
        <source>This call has no sections to write, or none are created yet.</source>
        <translation>Cet appel n'a pas de section à rédiger, ou aucune n'est encore créée.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="170" />
        <source>(coordinator)</source>
        <translation>(coordinateur)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="189" />
        <source>Read only: this section is not assigned to {partner}. Only the coordinator can change it.</source>
        <translation>Lecture seule : cette section n'est pas attribuée à {partner}. Seul le coordinateur peut la modifier.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="216" />
        <source>{words} words</source>
        <translation>{words} mots</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="216" />
        <source>{chars} characters</source>
        <translation>{chars} caractères</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="219" />
        <source>{words} / {limit} words</source>
        <translation>{words} / {limit} mots</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="222" />
        <source>{chars} / {limit} characters</source>
        <translation>{chars} / {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="235" />
        <source>Edit section</source>
        <translation>Modifier la section</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="273" />
        <source>“{text}” is not in any section.</source>
        <translation>« {text} » ne figure dans aucune section.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="307" />
        <source>Write each section of the dossier. Bold, italic, lists and tables are kept.</source>
        <translation>Rédigez chaque section du dossier. Gras, italique, listes et tableaux sont conservés.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="311" />
        <source>Limit: {n} words.</source>
        <translation>Limite : {n} mots.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="313" />
        <source>Limit: {n} characters.</source>
        <translation>Limite : {n} caractères.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../medicen_desktop/gui/sidepanel.py" line="35" />
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/sidepanel.py" line="62" />
        <source>No guidance from the call for this step.</source>
        <translation>L'appel ne donne pas de conseil pour cette étape.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/sidepanel.py" line="66" />
        <source>Findings ({count})</source>
        <translation>Remarques ({count})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/sidepanel.py" line="73" />
        <source>Nothing to fix on this step.</source>
        <translation>Rien à corriger à cette étape.</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../medicen_desktop/gui/navigator.py" line="103" />
        <source>{call} · {percent} % complete</source>
        <translation>{call} · complet à {percent} %</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/navigator.py" line="111" />
        <source>{count} finding(s)</source>
        <translation>{count} remarque(s)</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../medicen_desktop/gui/step_names.py" line="10" />
        <source>&amp;Call</source>
        <translation>&amp;Appel</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/step_names.py" line="11" />
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/step_names.py" line="12" />
        <source>C&amp;onsortium</source>
        <translation>C&amp;onsortium</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/step_names.py" line="13" />
        <source>&amp;Sections</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/step_names.py" line="14" />
        <source>&amp;Work plan</source>
        <translation>Programme de &amp;travail</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/step_names.py" line="15" />
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/step_names.py" line="16" />
        <source>&amp;Risks</source>
        <translation>&amp;Risques</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/step_names.py" line="17" />
        <source>&amp;Annexes</source>
        <translation>A&amp;nnexes</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/step_names.py" line="18" />
        <source>Re&amp;view</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/step_names.py" line="19" />
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="34" />
        <source>Work plan</source>
        <translation>Programme de travail</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="49" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="49" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="53" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="58" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="64" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="74" />
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="53" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="59" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="64" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="74" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="54" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="60" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="66" />
        <source>Leader</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="58" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="65" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="75" />
        <source>WP</source>
        <translation>LT</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="67" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="68" />
        <source>Dissemination</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="69" />
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="70" />
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="71" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="76" />
        <source>Due (month)</source>
        <translation>Échéance (mois)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="76" />
        <source>Means of verification</source>
        <translation>Moyen de vérification</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="82" />
        <source>Work packages</source>
        <translation>Lots de travail</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="82" />
        <source>No work packages yet — add the first one (coordination).</source>
        <translation>Aucun lot de travail — ajoutez le premier (coordination).</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="83" />
        <source>Add &amp;work package</source>
        <translation>Ajouter un &amp;lot</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="84" />
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="84" />
        <source>No tasks yet — select a work package, then add its tasks.</source>
        <translation>Aucune tâche — sélectionnez un lot, puis ajoutez ses tâches.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="84" />
        <source>Add &amp;task</source>
        <translation>Ajouter une &amp;tâche</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="85" />
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="85" />
        <source>No deliverables yet — each work package should produce one.</source>
        <translation>Aucun livrable — chaque lot devrait en produire un.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="86" />
        <source>Add &amp;deliverable</source>
        <translation>Ajouter un livra&amp;ble</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="87" />
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="87" />
        <source>No milestones yet — mark the project's decision points.</source>
        <translation>Aucun jalon — marquez les points de décision du projet.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="88" />
        <source>Add &amp;milestone</source>
        <translation>Ajouter un &amp;jalon</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="102" />
        <source>Effort (person-months)</source>
        <translation>Effort (personnes-mois)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="160" />
        <source>Add a work package first.</source>
        <translation>Ajoutez d'abord un lot de travail.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="166" />
        <source>New work package</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="168" />
        <source>Add work package</source>
        <translation>Ajouter un lot</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="173" />
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="175" />
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="181" />
        <source>New deliverable</source>
        <translation>Nouveau livrable</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="182" />
        <source>Add deliverable</source>
        <translation>Ajouter un livrable</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="186" />
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="188" />
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="196" />
        <source>Partner copy for {partner}: no work package is assigned to you; you can only fill in your row of the Effort tab. The rest of the work plan is read-only: the coordinator owns it.</source>
        <translation>Copie partenaire de {partner} : aucun lot ne vous est attribué ; vous pouvez seulement remplir votre ligne de l'onglet Effort. Le reste du programme de travail est en lecture seule : il appartient au coordinateur.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="199" />
        <source>Partner copy for {partner}: you can edit {wps} (title, dates, tasks and deliverables) and your row of the Effort tab. The rest of the work plan is read-only: the coordinator owns it.</source>
        <translation>Copie partenaire de {partner} : vous pouvez modifier {wps} (titre, dates, tâches et livrables) et votre ligne de l'onglet Effort. Le reste du programme de travail est en lecture seule : il appartient au coordinateur.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="216" />
        <source>Split the project into work packages with a leader and dates, then tasks, deliverables and milestones. Drag a bar in the chart to move it; drag its right end to change its length. Person-months per partner go in the Effort tab.</source>
        <translation>Découpez le projet en lots avec un responsable et des dates, puis en tâches, livrables et jalons. Faites glisser une barre du diagramme pour la déplacer, son extrémité droite pour changer sa durée. Les personnes-mois par partenaire se saisissent dans l'onglet Effort.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="31" />
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="32" />
        <source>Documents (*.pdf *.docx *.doc *.odt *.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.doc *.odt *.png *.jpg *.jpeg *.svg);;Tous les fichiers (*)</translation>
    </message>
</context>
</TS>