"""Offline extractor, round 97: reminders that reach strangers, sessions while in bed, edited links and photos.

"i vostri promemoria" read out by "una signora che non ci conosce"; a session "à 3h12 ... j'étais dans mon lit et
j'ai qu'un Mac"; "par curiosité j'ai mis 48214" and a learner's record of another school; a price list photo from an
importer who "non ha mai avuto accesso"; "chaque appel à l'API reste sans réponse" at a town hall and its neighbour
with "le même montage chez vous"; a reset link where the address is swapped "gegen eine andere"; comments from a
colleague's account she "hasn't touched"; "bei Google schreib ich ..., was ich davon halte". Near misses: an attack
on a town's own server "niente a che vedere con TeamFlow", a column called "Guide", "Non c'è nessun problema" beside
ISO 27001, "el banco nos ha mandado una nueva", course content about litigation, "acaba saliendo", websocket
upgrades and a former pupil who "hat sich beschwert".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests

REPORTS: dict[str, tuple[str, str, str]] = {
    "reminders read out by a stranger (it)": (
        "SEC1",
        "Una signora che non è nostra paziente e non ci conosce riceve da martedì i vostri promemoria con nome e "
        "orario di un nostro paziente.",
        "Una nostra paziente riceve da martedì i vostri promemoria con il suo nome e l'orario: funziona benissimo."),
    "a session from abroad while the owner was in bed (fr)": (
        "SEC1",
        "Je vois une session ouverte à 3h12 cette nuit depuis Bucarest. Moi j'étais dans mon lit et j'ai qu'un Mac.",
        "Je vois une session ouverte hier à 15h depuis Lyon : c'était moi au bureau."),
    "a changed number that opens another school's record (fr)": (
        "SEC2",
        "Par curiosité j'ai mis 48214 : je suis tombé sur la fiche d'un élève que je ne connais pas, d'une autre "
        "auto-école.",
        "Par curiosité j'ai mis 48214 : j'ai eu une page d'erreur, rien d'autre."),
    "API calls unanswered here and at a neighbouring town hall (fr)": (
        "OUT2",
        "Chaque appel à l'API reste sans réponse puis échoue. Ma collègue de la mairie voisine, qui a le même montage "
        "chez vous : chez elle c'est pareil.",
        "Chaque appel à l'API reste sans réponse puis échoue, mais seulement depuis notre vieux serveur de test."),
    "a reset link edited to another address (de)": (
        "SEC2",
        "Wenn man im Passwort-Link die E-Mail-Adresse gegen eine andere austauscht, kann man das Passwort vom anderen "
        "Konto neu setzen.",
        "Wenn man im Passwort-Link auf 'Neu setzen' klickt, kommt eine Bestätigung per Mail."),
    "comments from the account of someone on leave": (
        "SEC1",
        "Clients got comments from Mark's account with a payment link. Mark is on leave and hasn't touched his "
        "laptop; he definitely didn't write those.",
        "Clients got comments from Mark's account with the new price list. Mark wrote them before his leave."),
    "a review threatened on Google (de)": (
        "SAT4",
        "Wenn der Export nicht geht, gehen wir zu Trello. Und bei Google schreib ich dann auch mal rein, was ich "
        "davon halte.",
        "Wenn der Export nicht geht, nehme ich Google Tabellen. Dort schreibe ich die Zahlen von Hand rein."),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)

NOT_AN_INCIDENT: NearMissTable = {
    "an attack on the town's own server (it)": (
        "SEC3", "Dopo l'attacco informatico al server del Comune (niente a che vedere con TeamFlow) rifacciamo le "
                "procedure.", None),
    "a board column called Guide (it)": (
        "SEC4", "Trasciniamo la card nella colonna \"Guide\" e torna al suo posto.", None),
    "a certification asked for the records (it)": (
        "SEC5", "Se avete una certificazione tipo ISO 27001 o SOC 2. Non c'è nessun problema, è solo per tenere la "
                "documentazione in ordine.", None),
    "a new card sent by the bank (es)": (
        "LEG3", "El banco nos ha mandado una nueva tarjeta que todavía no he activado.", None),
    "litigation words in a course description": (
        "LEG1", "Our course covers contract law, litigation vocabulary and how to write a cease and desist letter.",
        None),
    "a slow view that opens in the end (es)": (
        "OUT1", "Parece que se ha caído todo, pero si esperas acaba saliendo y se puede trabajar.", None),
    "a former pupil who complained to the authority (de)": (
        "SEC1", "Ein ehemaliger Fahrschüler hat sich dort wohl über uns beschwert.", None),
    "a firewall's websocket upgrades": (
        "FIN5", "Our proxy started blocking websocket upgrades; is there a list of domains and ports to allowlist?",
        None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)
