"""Offline extractor: the policy author's test, regulated customers and young informal writers.

"In jeder Aufgabe steht dieselbe Beschreibung", "I've filled in the claim form at the county court",
"the link ended up in a parents' WhatsApp group", "THE APP IS DEAD. ok not dead dead": each case
pairs a text that shows the criterion with a near miss in similar words.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, hit_ids, signals

# (criterion, text that shows it, near miss that must not fire it)
AUTHOR: dict[str, tuple[str, str, str]] = {
    "every task carries the same description (de)": (
        "SEC4",
        "Seit der Synchronisierung steht in jeder Aufgabe dieselbe Beschreibung; rund 140 Karten sind betroffen.",
        "Wie kann ich dieselbe Beschreibung als Vorlage für neue Aufgaben speichern?"),
    "a county-court claim form filled in": (
        "LEG1",
        "I've filled in the claim form at the county court and the filing fee is paid.",
        "Our bookkeeper tracks the county court claims of our own clients on a board; how do I add a column?"),
    "an erasure demand from a data subject (de)": (
        "LEG4",
        "Bitte entfernen Sie sämtliche Angaben zu meiner Person und bestätigen Sie mir das schriftlich.",
        "Wie kann ich die Angaben zu meiner Person im Profil ändern?"),
    "a paid workbook sold through the gallery": (
        "LEG5",
        "A template in your gallery is page for page our paid course workbook, and the person who posted it sells "
        "it in their own shop.",
        "Can I publish our course workbook as a template in your gallery?"),
    "API calls that all time out (fr)": (
        "OUT2",
        "Tous les appels de nos traitements vers api.teamflow.com finissent en délai dépassé, et un ami dans une "
        "autre société constate la même chose.",
        "Quel est le délai maximal d'un appel à l'API ?"),
    "a link that ended up in a parents' group chat": (
        "SEC1",
        "The board link ended up in a parents' WhatsApp group and two parents opened it.",
        "Can we post a board link in our staff WhatsApp group?"),
    "a claim against TeamFlow if no explanation comes": (
        "LEG1",
        "If we do not receive a written explanation by Friday, the firm will bring a claim against TeamFlow.",
        "Our firm will bring a claim for a client next week; can I set a reminder?"),
    "a bot dead at two other groups too (it)": (
        "OUT2",
        "La vostra API dà 500 a ogni chiamata da stamattina, e anche il bot di altri due gruppi.",
        "La vostra API dà 500 solo quando sbagliamo il token."),
    "charged twice like three other clubs": (
        "FIN1",
        "We got charged twice this month and so did at least 3 other clubs in our league.",
        "We got charged twice this month; can you refund one?"),
    "a billing cycle and seats changed, asked informally": (
        "FIN5",
        "can u switch our subscription from monthly to yearly billing and drop us from 25 seats to 15?",
        "how much would yearly billing be for 25 seats?"),
    "zero notifications since the update": (
        "TEC3",
        "since the update i get zero notifications when someone comments on my tasks",
        "can i get zero notifications on weekends? is there a quiet mode"),
}

test_author_criterion_fires, test_author_near_miss_does_not_fire = criterion_case_tests(AUTHOR)


@pytest.mark.parametrize(("body", "absent"), [
    ("THE APP IS DEAD. ok not dead dead, but none of my comments post for me.", "OUT1"),
    ("the app is DEAD. nvm my phone was on 1% and died lmao", "OUT1"),
    ("teamflow wont load on the dorm wifi, just spins. on my phone hotspot it works perfectly tho", "OUT1"),
    ("THIS IS SO COOKED, the toggle resets. i'm suing u for emotional damage (jk jk love u guys)", "LEG1"),
    ("Abrir cualquier proyecto nos tarda casi un minuto... bueno, al final carga y todo funciona. ¿Está caído?",
     "OUT1"),
    ("Please complete the attached vendor questionnaire on encryption and data residency.", "SEC5"),
    ("Could you let us mark fields as sensitive? It would make our next HIPAA risk assessment easier.", "SEC5"),
    ("We bought the archive add-on but our regulator then approved our existing archive; please refund it.",
     "LEG2"),
    ("Ontem pensei que tinha perdido as tarefas; afinal estava ligado o filtro. Desliguei e voltou tudo.", "SEC4"),
])
def test_look_alikes_raise_nothing(body: str, absent: str) -> None:
    assert absent not in hit_ids(body)


@pytest.mark.parametrize(("body", "exposed"), [
    ("Security incident: the rival team posted screenshots of our private scrim board on twitter.", True),
    ("Our privileged weekly digest was e-mailed to an address at the firm of opposing counsel. They have confirmed "
     "receiving it.", True),
])
def test_who_saw_the_data(body: str, exposed: bool) -> None:
    s = signals(body)
    assert bool(s.data_exposed and s.data_exposed.value) is exposed
