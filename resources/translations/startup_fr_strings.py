"""French UI strings of the quick start (the window shown while the database opens)."""

FR = {
    "Opening the database…": "Ouverture de la base de données…",
    "Opening the database… this follows in a moment.": "Ouverture de la base de données… la suite dans un instant.",
    "Opening the database… the proposal follows in a moment.":
        "Ouverture de la base de données… le projet s'ouvre dans un instant.",
    "Reopening {acronym}…": "Réouverture de {acronym}…",
}
