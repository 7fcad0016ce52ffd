<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddPartnerDialog</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="37" />
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="44" />
        <source>&amp;Legal name:</source>
        <translation>&amp;Raison sociale :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="45" />
        <source>&amp;Short name:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="46" />
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
</context>
<context>
    <name>AnnexesPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="25" />
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="26" />
        <source>Letter of commitment</source>
        <translation>Lettre d'engagement</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="26" />
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="27" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="27" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="29" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="30" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="31" />
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="32" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="33" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="35" />
        <source>No annexes yet — drop letters of commitment and CVs here.</source>
        <translation>Aucune annexe — déposez ici les lettres d'engagement et les CV.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="36" />
        <source>Remove annex</source>
        <translation>Retirer l'annexe</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="50" />
        <source>Attaching files is not available in this version yet.</source>
        <translation>Joindre des fichiers n'est pas encore possible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/annexes.py" line="60" />
        <source>Letters of commitment of every partner and the CVs of key people, as the call asks.</source>
        <translation>Lettres d'engagement de chaque partenaire et CV des personnes clés, comme l'appel le demande.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../medicen_desktop/gui/app.py" line="61" />
        <source>Medicen Desktop is already open</source>
        <translation>Medicen Desktop est déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/app.py" line="61" />
        <source>This database ({path}) is already open in another Medicen Desktop window. Switch to that window, or close it and try again.</source>
        <translation>Cette base ({path}) est déjà ouverte dans une autre fenêtre de Medicen Desktop. Passez à cette fenêtre, ou fermez-la et réessayez.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/app.py" line="70" />
        <source>Cannot open the database</source>
        <translation>Impossible d'ouvrir la base</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="40" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="62" />
        <source>Amounts in euros, per year. Type “12 500,50” or “12500.5”.</source>
        <translation>Montants en euros, par année. Saisissez « 12 500,50 » ou « 12500.5 ».</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="76" />
        <source>No partners yet — add them in the Consortium step, then enter their costs here.</source>
        <translation>Aucun partenaire — ajoutez-les à l'étape Consortium, puis saisissez leurs coûts ici.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="86" />
        <source>Funding per partner (all years)</source>
        <translation>Financement par partenaire (toutes années)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="88" />
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="88" />
        <source>Direct costs</source>
        <translation>Coûts directs</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="88" />
        <source>Overheads</source>
        <translation>Frais généraux</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="88" />
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="89" />
        <source>Funding rate</source>
        <translation>Taux d'aide</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="89" />
        <source>Requested aid</source>
        <translation>Aide demandée</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="113" />
        <source>Year {n}</source>
        <translation>Année {n}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="128" />
        <source>The call's budget rules are not available: totals only.</source>
        <translation>Les règles budgétaires de l'appel sont indisponibles : totaux seulement.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="133" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="152" />
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="152" />
        <source>Research organisations</source>
        <translation>Organismes de recherche</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="153" />
        <source>Subcontracting</source>
        <translation>Sous-traitance</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="155" />
        <source>{label}: {share} % ({rule})</source>
        <translation>{label} : {share} % ({rule})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/budget.py" line="177" />
        <source>Enter each partner's costs per category and year. Overheads, the funding rate and the requested aid follow the call's rules.</source>
        <translation>Saisissez les coûts de chaque partenaire par catégorie et par année. Frais généraux, taux d'aide et aide demandée suivent les règles de l'appel.</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="19" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="34" />
        <source>&amp;Call template:</source>
        <translation>&amp;Modèle d'appel :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="35" />
        <source>Dossier &amp;language:</source>
        <translation>&amp;Langue du dossier :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="36" />
        <source>Funder:</source>
        <translation>Financeur :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="37" />
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="38" />
        <source>Limits:</source>
        <translation>Limites :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="39" />
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="58" />
        <source>This call's template is not available: no guidance or checks.</source>
        <translation>Le modèle de cet appel est indisponible : ni conseils ni vérifications.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="65" />
        <source>read on {date}</source>
        <translation>consulté le {date}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="68" />
        <source>{pages} pages for the technical annex</source>
        <translation>{pages} pages pour l'annexe technique</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="70" />
        <source>summary ≤ {chars} characters</source>
        <translation>résumé ≤ {chars} caractères</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="71" />
        <source>{count} sections</source>
        <translation>{count} sections</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="76" />
        <source>Change call</source>
        <translation>Changer d'appel</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="79" />
        <source>Change dossier language</source>
        <translation>Changer la langue du dossier</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/call.py" line="93" />
        <source>Choose the call the proposal answers: its sections, limits, budget rules and eligibility checks follow from it.</source>
        <translation>Choisissez l'appel auquel le projet répond : sections, limites, règles budgétaires et critères d'éligibilité en découlent.</translation>
    </message>
</context>
<context>
    <name>ConsortiumPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="66" />
        <source>Consortium</source>
        <translation>Consortium</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="72" />
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="72" />
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="74" />
        <source>Short name</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="75" />
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="76" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="77" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="78" />
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="79" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="80" />
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="83" />
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="83" />
        <source>No partners yet — add the coordinator first.</source>
        <translation>Aucun partenaire — ajoutez d'abord le coordinateur.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="84" />
        <source>&amp;Add partner…</source>
        <translation>&amp;Ajouter un partenaire…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="84" />
        <source>Remove partner</source>
        <translation>Retirer le partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="86" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="87" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="88" />
        <source>Person-months</source>
        <translation>Personnes-mois</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="91" />
        <source>Team of the selected partner</source>
        <translation>Équipe du partenaire sélectionné</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="92" />
        <source>Select a partner above, then add the people who will work on the project.</source>
        <translation>Sélectionnez un partenaire ci-dessus, puis ajoutez les personnes qui travailleront sur le projet.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="93" />
        <source>Add &amp;member</source>
        <translation>Ajouter un &amp;membre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="93" />
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="108" />
        <source>Add partner {name}</source>
        <translation>Ajouter le partenaire {name}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="111" />
        <source>Add organisation</source>
        <translation>Ajouter l'organisme</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="115" />
        <source>Add partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="122" />
        <source>Select a partner first.</source>
        <translation>Sélectionnez d'abord un partenaire.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="125" />
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="126" />
        <source>Add team member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/consortium.py" line="153" />
        <source>List every partner with its legal identity; the coordinator comes first. Select a partner to list its team.</source>
        <translation>Listez chaque partenaire avec son identité légale ; le coordinateur d'abord. Sélectionnez un partenaire pour voir son équipe.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="33" />
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="40" />
        <source>Export to folder</source>
        <translation>Exporter vers le dossier</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="235" />
        <source>PDF preview is not available (QtPdf missing).</source>
        <translation>Aperçu PDF indisponible (QtPdf absent).</translation>
    </message>
</context>
<context>
    <name>EntityTable</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/tables.py" line="50" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/tables.py" line="51" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/tables.py" line="56" />
        <location filename="../../medicen_desktop/gui/steps/tables.py" line="137" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/tables.py" line="153" />
        <location filename="../../medicen_desktop/gui/steps/tables.py" line="155" />
        <location filename="../../medicen_desktop/gui/steps/tables.py" line="156" />
        <source>Reorder</source>
        <translation>Réordonner</translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <location filename="../../medicen_desktop/gui/models.py" line="162" />
        <source>Edit {what}</source>
        <translation>Modifier {what}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../medicen_desktop/gui/errors.py" line="35" />
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/errors.py" line="39" />
        <source>Something went wrong. Your work up to the last change is saved.

{summary}</source>
        <translation>Un problème est survenu. Votre travail jusqu'à la dernière modification est enregistré.

{summary}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/errors.py" line="49" />
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="67" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="72" />
        <source>&amp;Word (.docx)</source>
        <translation>&amp;Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="72" />
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="72" />
        <source>&amp;Budget workbook (.xlsx)</source>
        <translation>Classeur &amp;budgétaire (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="79" />
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="82" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="87" />
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="94" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="100" />
        <source>Choose the formats and press Export. The page-limit check runs with the PDF.</source>
        <translation>Choisissez les formats puis Exporter. La vérification du nombre de pages se fait avec le PDF.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="111" />
        <source>Exported files</source>
        <translation>Fichiers exportés</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="113" />
        <source>Nothing exported yet.</source>
        <translation>Rien n'a encore été exporté.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="117" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="119" />
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="125" />
        <source>Page-limit check</source>
        <translation>Limite de pages</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="147" />
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="150" />
        <source>This folder does not exist: {folder}</source>
        <translation>Ce dossier n'existe pas : {folder}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="159" />
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="162" />
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="198" />
        <source> — {n} pages</source>
        <translation> — {n} pages</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="208" />
        <source>Within the page limits.</source>
        <translation>Dans les limites de pages.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="209" />
        <source>Exported {count} file(s) to {folder}.</source>
        <translation>{count} fichier(s) exporté(s) dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="217" />
        <source>Cannot write the file: {error}</source>
        <translation>Impossible d'écrire le fichier : {error}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/export.py" line="227" />
        <source>Export the dossier in Word and PDF. The PDF tells how many pages the technical part takes against the call's limit. Exports run in the background: keep working.</source>
        <translation>Exportez le dossier en Word et en PDF. Le PDF indique le nombre de pages de la partie technique face à la limite de l'appel. L'export tourne en arrière-plan : continuez à travailler.</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <location filename="../../medicen_desktop/gui/gantt.py" line="155" />
        <source>No work packages yet — add one above; its bar appears here.</source>
        <translation>Aucun lot — ajoutez-en un ci-dessus ; sa barre apparaîtra ici.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/gantt.py" line="170" />
        <source>Move in the Gantt chart</source>
        <translation>Déplacer dans le Gantt</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../medicen_desktop/gui/matrix.py" line="85" />
        <location filename="../../medicen_desktop/gui/matrix.py" line="90" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/matrix.py" line="138" />
        <source>Enter an amount</source>
        <translation>Saisir un montant</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/matrix.py" line="141" />
        <source>Change an amount</source>
        <translation>Modifier un montant</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="134" />
        <source>Academic lab</source>
        <translation>Laboratoire académique</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="135" />
        <source>Hospital / clinical</source>
        <translation>Hôpital / clinique</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="136" />
        <source>SME</source>
        <translation>PME</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="137" />
        <source>Young innovative company</source>
        <translation>Jeune entreprise innovante</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="138" />
        <source>Mid-cap</source>
        <translation>ETI</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="139" />
        <source>Large company</source>
        <translation>Grande entreprise</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="140" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="177" />
        <source>Imaging</source>
        <translation>Imagerie</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="177" />
        <source>Biomarkers</source>
        <translation>Biomarqueurs</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="178" />
        <source>Bio-engineering</source>
        <translation>Bio-ingénierie</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="178" />
        <source>Biotherapies</source>
        <translation>Biothérapies</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="179" />
        <source>Bio-digital</source>
        <translation>Bio-numérique</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="179" />
        <source>Bio-instrumentation</source>
        <translation>Bio-instrumentation</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="186" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="186" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="187" />
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="187" />
        <source>Demonstrator</source>
        <translation>Démonstrateur</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="188" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="64" />
        <source>Acronym</source>
        <translation>Acronyme</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="64" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="64" />
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="64" />
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="98" />
        <source>Your proposals</source>
        <translation>Vos projets</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="101" />
        <source>&amp;New proposal…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="102" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="103" />
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="104" />
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="105" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="107" />
        <source>Open the &amp;sample proposal</source>
        <translation>Ouvrir le projet d'&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="124" />
        <source>No proposal yet — create one from a call with “New proposal…”, or open the sample proposal to look around.</source>
        <translation>Aucun projet — créez-en un à partir d'un appel avec « Nouveau projet… », ou ouvrez le projet d'exemple pour découvrir l'application.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="191" />
        <source>Rename proposal</source>
        <translation>Renommer le projet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="191" />
        <source>New acronym:</source>
        <translation>Nouvel acronyme :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="204" />
        <source>Delete proposal</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="205" />
        <source>Delete {acronym} and everything in it? You can undo this with Ctrl+Z.</source>
        <translation>Supprimer {acronym} et tout son contenu ? Ctrl+Z permet d'annuler.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="206" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="209" />
        <source>Delete {acronym}</source>
        <translation>Supprimer {acronym}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/library.py" line="212" />
        <source>{acronym} deleted — Edit ▸ Undo brings it back.</source>
        <translation>{acronym} supprimé — Édition ▸ Annuler le rétablit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="114" />
        <source>Medicen Desktop</source>
        <translation>Medicen Desktop</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="116" />
        <source>saving…</source>
        <translation>enregistrement…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="116" />
        <source>saved ✓</source>
        <translation>enregistré ✓</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="131" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="132" />
        <source>&amp;New proposal…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="133" />
        <source>&amp;Open library</source>
        <translation>&amp;Ouvrir la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="134" />
        <source>Open the &amp;sample proposal</source>
        <translation>Ouvrir le projet d'&amp;exemple</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="135" />
        <source>&amp;Recent proposals</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="137" />
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="140" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="141" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="142" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="143" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="146" />
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler : {what}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="147" />
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir : {what}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="151" />
        <source>&amp;Find in sections…</source>
        <translation>Rec&amp;hercher dans les sections…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="152" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="153" />
        <source>&amp;Proposal</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="160" />
        <source>Check &amp;now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="161" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="162" />
        <source>&amp;Guidance and findings panel</source>
        <translation>Panneau &amp;conseils et remarques</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="165" />
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="166" />
        <source>&amp;About Medicen Desktop</source>
        <translation>À &amp;propos de Medicen Desktop</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="214" />
        <source>Copy saved to {path}</source>
        <translation>Copie enregistrée : {path}</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="243" />
        <source>About Medicen Desktop</source>
        <translation>À propos de Medicen Desktop</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/mainwindow.py" line="244" />
        <source>Medicen Desktop builds collaborative translational-medicine R&amp;D proposals offline.</source>
        <translation>Medicen Desktop construit hors ligne des projets collaboratifs de R&amp;D en médecine translationnelle.</translation>
    </message>
</context>
<context>
    <name>NewProposalDialog</name>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="41" />
        <source>New proposal</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="43" />
        <source>Choose the call, name the project and its coordinator. You can change all of it later.</source>
        <translation>Choisissez l'appel, nommez le projet et son coordinateur. Tout reste modifiable ensuite.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="51" />
        <source>(no call template available)</source>
        <translation>(aucun modèle d'appel disponible)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="52" />
        <source>e.g. ÉPI-DIAG</source>
        <translation>p. ex. ÉPI-DIAG</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="53" />
        <source>Full title of the project</source>
        <translation>Titre complet du projet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="54" />
        <source>Legal name of the coordinating organisation</source>
        <translation>Raison sociale de l'organisme coordinateur</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="62" />
        <source>&amp;Call:</source>
        <translation>&amp;Appel :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="63" />
        <source>&amp;Acronym:</source>
        <translation>&amp;Acronyme :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="64" />
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="65" />
        <source>C&amp;oordinator:</source>
        <translation>C&amp;oordinateur :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="66" />
        <source>Coordinator &amp;kind:</source>
        <translation>&amp;Type de coordinateur :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="67" />
        <source>&amp;Language of the dossier:</source>
        <translation>&amp;Langue du dossier :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="90" />
        <source>Choose a call.</source>
        <translation>Choisissez un appel.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="92" />
        <source>Give the project an acronym.</source>
        <translation>Donnez un acronyme au projet.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/dialogs.py" line="95" />
        <source>Name the coordinating organisation.</source>
        <translation>Nommez l'organisme coordinateur.</translation>
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
        <location filename="../../medicen_desktop/gui/steps/project.py" line="36" />
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="43" />
        <source>&amp;Acronym:</source>
        <translation>&amp;Acronyme :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="44" />
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="45" />
        <source>&amp;Start date:</source>
        <translation>&amp;Date de début :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="47" />
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="49" />
        <source>&amp;Duration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="50" />
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="51" />
        <source>Domains:</source>
        <translation>Domaines :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="52" />
        <source>Clinical aim:</source>
        <translation>Finalité clinique :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="53" />
        <source>Prognosis</source>
        <translation>Pronostic</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="53" />
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="54" />
        <source>Therapy</source>
        <translation>Thérapie</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="58" />
        <location filename="../../medicen_desktop/gui/steps/project.py" line="59" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="60" />
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="62" />
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="65" />
        <source>&amp;TRL:</source>
        <translation>&amp;TRL :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="68" />
        <source>&amp;Keywords:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="69" />
        <source>separated by semicolons</source>
        <translation>séparés par des points-virgules</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="70" />
        <source>Su&amp;mmary:</source>
        <translation>Résu&amp;mé :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="117" />
        <source>Edit project {field}</source>
        <translation>Modifier le projet ({field})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="135" />
        <source>{count} characters</source>
        <translation>{count} caractères</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="137" />
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/project.py" line="169" />
        <source>Name the project, set its dates and its technology readiness (TRL) at start and end, and write a summary a reviewer understands in one minute.</source>
        <translation>Nommez le projet, fixez ses dates et sa maturité technologique (TRL) au début et à la fin, et écrivez un résumé qu'un évaluateur comprend en une minute.</translation>
    </message>
</context>
<context>
    <name>ProposalSession</name>
    <message>
        <location filename="../../medicen_desktop/gui/session.py" line="138" />
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/review.py" line="19" />
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/review.py" line="23" />
        <source>Check &amp;now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/review.py" line="29" />
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/review.py" line="29" />
        <source>Finding</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/review.py" line="47" />
        <source>No findings: the proposal meets every rule the application checks.</source>
        <translation>Aucune remarque : le projet respecte toutes les règles vérifiées.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/review.py" line="49" />
        <source>{errors} error(s) and {warnings} warning(s) — double-click one to fix it.</source>
        <translation>{errors} erreur(s) et {warnings} avertissement(s) — double-cliquez pour corriger.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/review.py" line="69" />
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
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="37" />
        <source>New risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="38" />
        <source>Add risk</source>
        <translation>Ajouter un risque</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/risks.py" line="44" />
        <source>For each risk, say how likely and how serious it is, and what you will do about it. Double-click a cell to edit it.</source>
        <translation>Pour chaque risque, indiquez sa probabilité, sa gravité et la réponse prévue. Double-cliquez une cellule pour la modifier.</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="37" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="52" />
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="52" />
        <source>Drafting</source>
        <translation>En rédaction</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="53" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="58" />
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="60" />
        <source>Wr&amp;itten by:</source>
        <translation>Rédi&amp;gé par :</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="74" />
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="75" />
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="76" />
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="77" />
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="78" />
        <source>Insert a table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="86" />
        <source>Find in sections (Enter)</source>
        <translation>Rechercher dans les sections (Entrée)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="97" />
        <source>This call has no sections to write, or none are created yet.</source>
        <translation>Cet appel n'a pas de section à rédiger, ou aucune n'est encore créée.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="155" />
        <source>(coordinator)</source>
        <translation>(coordinateur)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="185" />
        <source>{words} words</source>
        <translation>{words} mots</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="185" />
        <source>{chars} characters</source>
        <translation>{chars} caractères</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="188" />
        <source>{words} / {limit} words</source>
        <translation>{words} / {limit} mots</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="191" />
        <source>{chars} / {limit} characters</source>
        <translation>{chars} / {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="204" />
        <source>Edit section</source>
        <translation>Modifier la section</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="242" />
        <source>“{text}” is not in any section.</source>
        <translation>« {text} » ne figure dans aucune section.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="276" />
        <source>Write each section of the dossier. Bold, italic, lists and tables are kept.</source>
        <translation>Rédigez chaque section du dossier. Gras, italique, listes et tableaux sont conservés.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="280" />
        <source>Limit: {n} words.</source>
        <translation>Limite : {n} mots.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/sections.py" line="282" />
        <source>Limit: {n} characters.</source>
        <translation>Limite : {n} caractères.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../medicen_desktop/gui/sidepanel.py" line="27" />
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/sidepanel.py" line="54" />
        <source>No guidance from the call for this step.</source>
        <translation>L'appel ne donne pas de conseil pour cette étape.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/sidepanel.py" line="58" />
        <source>Findings ({count})</source>
        <translation>Remarques ({count})</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/sidepanel.py" line="65" />
        <source>Nothing to fix on this step.</source>
        <translation>Rien à corriger à cette étape.</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <location filename="../../medicen_desktop/gui/navigator.py" line="111" />
        <source>{call} · {percent} % complete</source>
        <translation>{call} · complet à {percent} %</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/navigator.py" line="119" />
        <source>{count} finding(s)</source>
        <translation>{count} remarque(s)</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../medicen_desktop/gui/navigator.py" line="28" />
        <source>&amp;Call</source>
        <translation>&amp;Appel</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/navigator.py" line="29" />
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/navigator.py" line="30" />
        <source>C&amp;onsortium</source>
        <translation>C&amp;onsortium</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/navigator.py" line="31" />
        <source>&amp;Sections</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/navigator.py" line="32" />
        <source>&amp;Work plan</source>
        <translation>Programme de &amp;travail</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/navigator.py" line="33" />
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/navigator.py" line="34" />
        <source>&amp;Risks</source>
        <translation>&amp;Risques</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/navigator.py" line="35" />
        <source>&amp;Annexes</source>
        <translation>A&amp;nnexes</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/navigator.py" line="36" />
        <source>Re&amp;view</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/navigator.py" line="37" />
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="26" />
        <source>Work plan</source>
        <translation>Programme de travail</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="41" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="41" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="45" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="50" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="56" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="66" />
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="45" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="51" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="56" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="66" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="46" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="52" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="58" />
        <source>Leader</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="50" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="57" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="67" />
        <source>WP</source>
        <translation>LT</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="59" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="60" />
        <source>Dissemination</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="61" />
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="62" />
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="63" />
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="68" />
        <source>Due (month)</source>
        <translation>Échéance (mois)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="68" />
        <source>Means of verification</source>
        <translation>Moyen de vérification</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="74" />
        <source>Work packages</source>
        <translation>Lots de travail</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="74" />
        <source>No work packages yet — add the first one (coordination).</source>
        <translation>Aucun lot de travail — ajoutez le premier (coordination).</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="75" />
        <source>Add &amp;work package</source>
        <translation>Ajouter un &amp;lot</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="76" />
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="76" />
        <source>No tasks yet — select a work package, then add its tasks.</source>
        <translation>Aucune tâche — sélectionnez un lot, puis ajoutez ses tâches.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="76" />
        <source>Add &amp;task</source>
        <translation>Ajouter une &amp;tâche</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="77" />
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="77" />
        <source>No deliverables yet — each work package should produce one.</source>
        <translation>Aucun livrable — chaque lot devrait en produire un.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="78" />
        <source>Add &amp;deliverable</source>
        <translation>Ajouter un livra&amp;ble</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="79" />
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="79" />
        <source>No milestones yet — mark the project's decision points.</source>
        <translation>Aucun jalon — marquez les points de décision du projet.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="80" />
        <source>Add &amp;milestone</source>
        <translation>Ajouter un &amp;jalon</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="89" />
        <source>Effort (person-months)</source>
        <translation>Effort (personnes-mois)</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="134" />
        <source>Add a work package first.</source>
        <translation>Ajoutez d'abord un lot de travail.</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="140" />
        <source>New work package</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="142" />
        <source>Add work package</source>
        <translation>Ajouter un lot</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="147" />
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="149" />
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="155" />
        <source>New deliverable</source>
        <translation>Nouveau livrable</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="156" />
        <source>Add deliverable</source>
        <translation>Ajouter un livrable</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="160" />
        <source>New milestone</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="162" />
        <source>Add milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <location filename="../../medicen_desktop/gui/steps/workplan.py" line="178" />
        <source>Split the project into work packages with a leader and dates, then tasks, deliverables and milestones. Drag a bar in the chart to move it; drag its right end to change its length. Person-months per partner go in the Effort tab.</source>
        <translation>Découpez le projet en lots avec un responsable et des dates, puis en tâches, livrables et jalons. Faites glisser une barre du diagramme pour la déplacer, son extrémité droite pour changer sa durée. Les personnes-mois par partenaire se saisissent dans l'onglet Effort.</translation>
    </message>
</context>
</TS>