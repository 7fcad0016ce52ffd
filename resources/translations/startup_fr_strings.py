"""French UI strings of the quick start (the window shown while the database opens) and of autosave notices."""

FR = {
    "Opening the database…": "Ouverture de la base de données…",
    "Opening the database… this follows in a moment.": "Ouverture de la base de données… la suite dans un instant.",
    "Opening the database… the proposal follows in a moment.":
        "Ouverture de la base de données… le projet s'ouvre dans un instant.",
    "Reopening {acronym}…": "Réouverture de {acronym}…",
    "“{name}” was also changed meanwhile (a merge or another window) in {count} paragraph(s) you were "
    "editing: both versions are kept, yours first. Keep the one you want and delete the other.":
        "«\u00a0{name}\u00a0» a aussi été modifié entre-temps (une fusion ou une autre fenêtre) dans {count} paragraphe(s) "
        "que vous modifiiez\u00a0: les deux versions sont conservées, la vôtre d'abord. Gardez celle que vous voulez "
        "et supprimez l'autre.",
}
