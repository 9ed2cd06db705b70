"""Offline extractor: the immediate tier told by ordinary people, a desk that reads no English, a typical month.

"Io ero a Bologna e dormivo", "hemos eliminado su usuario ... siguen recibiendo el informe", "a company
we've never dealt with emailed us a spreadsheet ... it's our customer list": each case pairs a text
that shows the criterion with a near miss in similar words.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, hit_ids, signals

# (criterion, text that shows it, near miss that must not fire it)
ORDINARY: dict[str, tuple[str, str, str]] = {
    "a used reset link that works a second time (fr)": (
        "SEC2",
        "J'ai recliqué sur le même lien de réinitialisation et il fonctionne toujours : j'ai pu choisir un nouveau "
        "mot de passe une deuxième fois.",
        "Le lien de réinitialisation ne fonctionne pas, pouvez-vous m'en envoyer un nouveau ?"),
    "backups promised in the EU, kept in the US (es)": (
        "SEC5",
        "En el contrato nos aseguraron que las copias se guardan en la Unión Europea, y vuestro informe dice que "
        "están en un centro de datos en Estados Unidos.",
        "¿Las copias de seguridad se guardan en la Unión Europea?"),
    "something went wrong on every page, at another company too": (
        "OUT1",
        "Every page I open says 'Something went wrong', my colleagues see it, and a friend at another company too.",
        "Every page of the exported PDF says 'Draft' in the corner."),
    "they had an export of the whole board": (
        "SEC1",
        "An agency rang our director; they had an export of the whole board. Nobody here sent it to them.",
        "We had an export of the whole board made for the auditors last week."),
    "a removed consultancy still receiving the weekly report (it)": (
        "SEC1",
        "A gennaio abbiamo rimosso il loro utente, ma continuano a ricevere ogni lunedì il report con l'elenco "
        "clienti.",
        "A gennaio abbiamo rimosso il loro utente; come riassegno le loro attività?"),
    "fake invoices sent from a colleague's account (nl)": (
        "SEC3",
        "Vannacht zijn er vanaf het account van onze officemanager berichten verstuurd met een nepfactuur.",
        "Hoe versturen we een factuur vanuit een project?"),
    "an empty project that had 340 tasks yesterday": (
        "SEC4",
        "Our project had around 340 tasks yesterday evening. This morning it opens completely empty, nothing in "
        "the trash.",
        "Our new project opens completely empty; how do I import tasks from a spreadsheet?"),
    "a sign-in from Singapore while I slept (it)": (
        "SEC1",
        "Ho ricevuto un avviso di accesso al mio account da Singapore alle 03:14. Io ero a Bologna e dormivo.",
        "Ho ricevuto un avviso di accesso al mio account da Bologna: ero io dal nuovo portatile."),
    "a contract to be drawn up in the holding's name (fr)": (
        "FIN5",
        "Nous souhaitons que notre contrat soit désormais établi au nom de Groupe Fabre Holding au lieu de Fabre "
        "Conseil.",
        "Au nom de quelle société notre contrat est-il établi actuellement ?"),
    "an export with only the first rows": (
        "TEC3",
        "The CSV export only contains the first 500 rows; the project has 1,340 tasks.",
        "How many rows can a CSV export contain?"),
    "emails about notifications nobody answered (es)": (
        "SAT3",
        "Hace una semana que os escribí y desde entonces nadie me ha contestado, ni siquiera un acuse de recibo.",
        "Hace una semana que os escribí para agradeceros la ayuda."),
}

test_ordinary_criterion_fires, test_ordinary_near_miss_does_not_fire = criterion_case_tests(ORDINARY)


@pytest.mark.parametrize(("body", "absent"), [
    ("Nothing loads on my laptop at the office; on my phone on 4G it works perfectly. Our office router was playing "
     "up.", "OUT1"),
    ("Gestern ging die Synchronisation nicht, aber das lag an unserem Büro-Router.", "TEC5"),
    ("Hoi, gisteren lag alles ongeveer een uur plat, maar nu werkt alles weer prima.", "TEC5"),
    ("Sufrimos cinco cortes en mayo. Ahora mismo todo funciona con normalidad, pero no podemos seguir así.", "OUT1"),
    ("Kommentare an Aufgaben verschwinden nach dem Absenden, bei mir und zwei Kollegen.", "SEC4"),
    ("When I duplicate a task, its subtasks come over without their due dates.", "SEC4"),
    ("haha our intern yelled 'we've been hacked!' when the dark theme appeared. Nobody was hacked.", "SEC1"),
    ("We're a small law firm; every litigation matter has a board with a 'Court date' column.", "LEG1"),
    ("Our monitoring shows the workspace was unavailable for roughly 5 hours in total across February; please "
     "apply the SLA credits.", "OUT1"),
])
def test_look_alikes_raise_nothing(body: str, absent: str) -> None:
    assert absent not in hit_ids(body)


@pytest.mark.parametrize(("body", "exposed"), [
    ("A company we've never dealt with emailed us a spreadsheet asking if we'd like to cross-sell, and it's our "
     "customer list.", True),
    ("I left the company and they closed my account, but I still get your newsletters.", False),
])
def test_who_saw_the_data(body: str, exposed: bool) -> None:
    s = signals("Security incident. " + body)
    assert bool(s.data_exposed and s.data_exposed.value) is exposed
