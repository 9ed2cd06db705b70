"""Offline extractor: a support director's sign-off test, repeat contacts, and code-switching writers.

"Share links look guessable ... our workspace number and the board number", "notre contrat prévoit
que les données restent hébergées à Francfort", "nenhum lembrete foi enviado ... também na conta de
um cliente nosso que usa outra workspace": each case pairs a text that shows the criterion with a
near miss in similar words.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, hit_ids, signals

# (criterion, text that shows it, near miss that must not fire it)
REPEAT: dict[str, tuple[str, str, str]] = {
    "share links anyone could guess": (
        "SEC2",
        "Our share links look guessable: just the workspace number and the board number, and they open without "
        "login.",
        "Can I choose a custom name for a share link?"),
    "data promised in Frankfurt, backups in the US (fr)": (
        "SEC5",
        "Notre contrat prévoit que les données restent hébergées à Francfort, et les sauvegardes sont répliquées "
        "aux États-Unis.",
        "Nos données sont-elles hébergées à Francfort ?"),
    "a brand used without being authorised": (
        "LEG5",
        "Another workspace published a public template gallery with our company name and our logo. We never "
        "authorised this.",
        "How do I put our company name and our logo on our own template gallery?"),
    "reminders and automations stopped, at a client's workspace too (pt)": (
        "OUT3",
        "Desde ontem nenhum lembrete foi enviado e as automações estão paradas, também na conta de um cliente nosso "
        "que usa outra workspace.",
        "Como desligo os lembretes de uma tarefa concluída?"),
    "task titles turned to gibberish (fr)": (
        "SEC4",
        "Tous les titres des tâches sont devenus du charabia depuis hier.",
        "Le titre de ma tâche est devenu trop long, comment le raccourcir ?"),
    "a file seen by an outsider, with a lawyer preparing notice (fr)": (
        "SEC1",
        "Le dossier de notre client a été consulté par une personne extérieure via un lien public.",
        "Le dossier de notre client a été consulté par notre associé ce matin."),
    "settled before the commercial court": (
        "LEG1",
        "We'll settle this before the tribunal de commerce de Lyon; my partner has prepared the file.",
        "Our tribunal de commerce filing deadlines are tracked on a board; can I add reminders?"),
    "a contract to run in the new group's name (de)": (
        "FIN5",
        "Ab dem nächsten Monat sollen Vertrag und Rechnungen auf die Norland Services GmbH laufen.",
        "Auf welchen Namen laufen unsere Rechnungen derzeit?"),
    "a reminder from the data protection authority (nl)": (
        "LEG2",
        "Onder verwijzing naar ons schrijven van 12 maart herinneren wij u eraan dat de Autoriteit "
        "Persoonsgegevens nog geen antwoord heeft ontvangen.",
        "Wij gebruiken TeamFlow om meldingen aan de Autoriteit Persoonsgegevens voor te bereiden; hoe maak ik een "
        "sjabloon?"),
}

test_repeat_criterion_fires, test_repeat_near_miss_does_not_fire = criterion_case_tests(REPEAT)


@pytest.mark.parametrize(("body", "absent"), [
    ("Our IT team updated the office firewall. Since then TeamFlow doesn't load on the office Wi-Fi, but it works "
     "fine at home and on phones over 4G.", "OUT1"),
    ("Our contract guarantees 99.9% uptime, but in March the platform was down about 6 hours in total; please apply "
     "the credits.", "OUT1"),
    ("Notre instance en marque blanche affiche le logo TeamFlow et nos couleurs ont disparu.", "SEC4"),
    ("Our DPO says personal data of verwijderde gebruikers stays 6 months in backups, while the DPA belooft 30 days.",
     "LEG4"),
])
def test_look_alikes_raise_nothing(body: str, absent: str) -> None:
    assert absent not in hit_ids(body)


def test_a_file_seen_by_an_outsider_counts_as_exposed() -> None:
    s = signals("Security incident: le dossier de notre client a été consulté par une personne extérieure via un "
                "lien public.")
    assert s.data_exposed is not None and s.data_exposed.value
