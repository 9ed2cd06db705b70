"""Offline extractor, round 60: incidents passed on second-hand or by their effects, and look-alikes in a thread.

Comments "signés de mon nom" posted while the writer slept and a password that "est incorrect" though she never
changed it; a son who changes "de cijfers aan het eind" of a shared link; "Impossibile connettersi al database" quoted
from a red box; a connection that "llama a vuestro sistema" for two other firms; an authority writing "questo
Ufficio ... si invita codesta Società"; a numbered list of contract changes under "nous souhaitons :"; an agency's
director quoting a budget "wörtlich"; a parent "not on our members list" who "has definitely read it".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

# each criterion as these writers told it, beside a near miss in similar words
SECOND_HAND: dict[str, tuple[str, str, str]] = {
    "comments signed with my name while I slept (fr)": (
        "SEC1",
        "Des commentaires signés de mon nom sont apparus cette nuit dans nos projets alors que je dormais.",
        "Comment afficher les commentaires signés de mon nom dans un seul filtre ?"),
    "a password that is suddenly wrong though never changed (fr)": (
        "SEC1",
        "Je ne peux plus me connecter : on me dit que mon mot de passe est incorrect alors que je ne l'ai pas "
        "changé.",
        "On me dit que mon mot de passe est incorrect, j'ai dû faire une faute de frappe. Comment le réinitialiser ?"),
    "changing the digits at the end of a shared link (nl)": (
        "SEC2",
        "Als je de cijfers aan het eind van een gedeelde link verandert, krijg je de taak van een ander account te "
        "zien.",
        "Waar staan de cijfers aan het eind van een gedeelde link voor?"),
    "a red database error for the whole office (it)": (
        "OUT4",
        "Da un'ora tutti in ufficio vedono \"Impossibile connettersi al database. Riprova più tardi.\", anche la "
        "collega che lavora da casa.",
        "Nel nostro gestionale compare \"Impossibile connettersi al database\" quando lo apro senza VPN."),
    "an order connection failing for two other firms too (es)": (
        "OUT2",
        "Cada vez que la conexión llama a vuestro sistema le contesta con un error, y a otras dos empresas les "
        "pasa exactamente igual desde la misma hora.",
        "Cada vez que la conexión llama a vuestro sistema le contesta con un error, pero solo desde mi portátil."),
    "an authority writing in its own voice (it)": (
        "LEG2",
        "Questo Ufficio ha ricevuto una segnalazione e si invita codesta Società a fornire entro 15 giorni le "
        "misure adottate per il trattamento dei dati.",
        "Questo ufficio usa TeamFlow per le pratiche: come aggiungo un collega?"),
    "a numbered list of contract changes under a request (fr)": (
        "FIN5",
        "Pour le renouvellement, nous souhaitons :\n1) passer de 30 à 18 sièges ;\n2) une facturation annuelle.",
        "Comment passer de la vue liste à la vue tableau ?"),
    "slow, canned replies from support (es)": (
        "SAT3",
        "Cada vez que escribo me responde alguien distinto con el mismo artículo de ayuda, y tardan más de un día en "
        "contestar.",
        "¿Dónde encuentro el artículo de ayuda sobre etiquetas?"),
    "a Dutch refund participle with the amount further down (nl)": (
        "FIN3",
        "Graag willen we het verschil terugbetaald krijgen, volgens mijn berekening € 1.420,00.",
        "We hebben de factuur van € 1.420,00 vorige week betaald."),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(SECOND_HAND)

NOT_AN_INCIDENT: NearMissTable = {
    "customers asking whether a genuine mail is phishing (de)": (
        "SEC3", "Einige Endkunden haben nachgefragt, ob das eine Phishing-Mail sei, weil unser Portal wieder das "
        "TeamFlow-Logo zeigt.", None),
    "children deleting each other's cards in a class": (
        "SEC1", "Every so often one of the pupils deletes somebody else's task. Nothing sinister, they're 10!", None),
    "a Gantt view 'hacked' to hide weekends": (
        "SEC1", "I finally 'hacked' the Gantt view to hide weekends by making a custom calendar.", None),
    "planners calling a slow app 'dead'": (
        "OUT1", "Everything is so slow today. The planners keep saying TeamFlow is \"dead\" lol.", None),
    "an all-clear after a filter (de)": (
        "SEC4", "Kurze Entwarnung: Es wurde nichts gelöscht, ich hatte versehentlich den Filter \"Nur meine Aufgaben\" "
        "aktiviert.", None),
    "a trust page asked for if one exists": (
        "SAT5", "A link to a trust or security page would be perfect if you have one.", None),
    "money asked back after a resolved outage (nl)": (
        "SAT5", "Kunnen jullie als tegemoetkoming €600 terugstorten op onze rekening?", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_no_filter_active_still_leaves_the_tasks_lost() -> None:
    found = signals("Half of the tasks in our project vanished overnight. They're not in the trash and no filter is "
                    "active.")
    assert "SEC4" in {h.criterion for h in found.hits}


def test_a_former_agency_quoting_our_budget_word_for_word_has_seen_data() -> None:
    found = signals("Wir haben die Benutzer der Agentur aus unserem Workspace entfernt. Gestern hat uns der "
                    "Geschäftsführer der Agentur geschrieben und sich auf Zahlen aus unserem Projekt bezogen, sogar "
                    "einen Kommentar wörtlich. Das Projekt liegt ausschließlich in TeamFlow. Niemand von uns hat ihm "
                    "etwas davon geschickt.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_parent_outside_the_members_list_who_read_the_board_is_an_exposure() -> None:
    found = signals("A parent who is not on our members list showed me our support-notes board on her phone. Nobody "
                    "here ever invited her. She has definitely read it, she asked about a child by name.")
    assert found.data_exposed is not None and found.data_exposed.value is True
