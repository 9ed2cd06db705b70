"""Offline extractor, round 131: our records in the product's mail to outsiders, photos only kept here now in public.

"Ze kregen een mail ... van TeamFlow, maar in die mail staan opmerkingen ... over kinderen uit groep 5"; "Diese Fotos
wurden ausschließlich in TeamFlow hochgeladen" and now on a Facebook page; "Marcus did freelance fundraising for us
until August"; "the page showed her our whole 'Today' board: names of about 20 other patients"; a Swedish flaw shown
by editing the address; "mail von so nem typen bekommen" (spoken German "nem" is no Portuguese "nor"). Near misses:
"Les nouvelles leçons restent seulement dans TeamFlow" (a sync fault), "ho letto nella rubrica ... che ... viola il
GDPR", "Probamos lo que nos dijeron", a storm that "knocked out power and internet", "das Board von einer
Anwaltskanzlei" (another firm's board, no lawyer of ours).
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, hit_ids, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "our records in the product's mail to outsiders (nl)": (
        "SEC1",
        "Ouders kregen een mail van TeamFlow 'Je bent genoemd in een opmerking', met notities over kinderen uit groep "
        "5 met voor- en achternaam. Die ouders zitten helemaal niet in ons bord.",
        "Ouders kregen een mail van TeamFlow 'Je bent genoemd in een opmerking'. Klopt dat?"),
    "photos only kept here, now in public (de)": (
        "SEC1",
        "Auf einer Facebook-Seite sind 23 Fotos aus unserem Board zu sehen. Diese Fotos wurden ausschließlich in "
        "TeamFlow hochgeladen.",
        "Die neuen Termine bleiben nur in TeamFlow und erscheinen nicht im Google-Kalender."),
    "a flaw shown by editing the address (sv)": (
        "SEC2",
        "Om man ändrar sista delen av adressen till ett annat id öppnas även det andra projektet, fast det är privat.",
        "Hur ändrar jag adressen till vårt projekt?"),
    "a seat change asked formally (nl)": (
        "FIN5",
        "Wilt u ons abonnement vanaf 1 januari aanpassen van 12 naar 18 gebruikers?",
        "Wat kost het als we van 12 naar 18 gebruikers gaan?"),
    "a wish asked as a plan (nl)": (
        "SAT5",
        "Het zou heel fijn zijn als leden op een taak kunnen stemmen. Zit zoiets in de planning?",
        "Zit de kerstvakantie al in de planning van het team?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a claim read in a column (it)": (
        "SEC5", "Ho letto nella rubrica di un settimanale che usare server americani viola il GDPR. È vero?", None),
    "support's steps tried (es)": (
        "SEC5", "Probamos lo que nos dijeron: borrar la caché y volver a autorizar la cuenta.", None),
    "the writer's own connection": (
        "TEC3", "The storm knocked out power and internet at the winery, so the crew couldn't check their tasks.",
        None),
    "another firm's board, no lawyer of ours (de)": (
        "LEG1", "Wenn ich die Nummer am Ende ändere, geht das Board von einer Anwaltskanzlei auf.", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_removed_freelancers_export_was_taken() -> None:
    found = signals("In the activity log there is a CSV export on Nov 2 by Marcus. Marcus did freelance fundraising "
                    "for us until August and as far as I knew we had removed him.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_page_that_showed_other_patients_was_seen() -> None:
    found = signals("After she pressed submit, the page showed her our whole 'Today' board: names of about 20 other "
                    "patients and their appointment times.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_spoken_german_nem_is_no_denial() -> None:
    found = signals("heute morgen mail von so nem typen bekommen, im anhang unsere komplette kundenliste. wir haben "
                    "die liste nie an irgendwen rausgeschickt.")
    assert "SEC1" in hit_ids("heute morgen mail von so nem typen bekommen, im anhang unsere komplette kundenliste. wir "
                             "haben die liste nie an irgendwen rausgeschickt.")
    assert found.data_exposed is not None and found.data_exposed.value is True
