"""Offline extractor, round 67: small and mid-size firms writing in German, French and English.

"Every one of our ~900 users" is no single user; "das ist so nicht vereinbart" after a DPA's promise; a sister
company "mit eigenem Konto" that sees "genau das Gleiche"; "wenn es einen Sicherheitsvorfall gäbe" is a hypothetical;
a pentest firm's "kostenloser Check, unverbindlich" is a pitch; "Ausfälle im Oktober" that run "wieder stabil" are
over; "zurückzuerstatten", "stellen Sie ... um", "jedes Mal jemand anderem", "qu'une personne soit attitrée à notre
compte"; a logo that "a disparu" is no lost data.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

# each criterion as these writers told it, beside a near miss in similar words
SMALL_FIRMS: dict[str, tuple[str, str, str]] = {
    "every one of our users sees the same error": (
        "OUT1",
        "Every one of our 250 people gets 'Something went wrong' straight after the sign-in page, on every device.",
        "One of our 250 people gets 'Something went wrong' after the sign-in page; the rest are fine."),
    "what the agreement and the privacy rules do not allow": (
        "SEC5",
        "Your reminders put patient names in the email subject. Our privacy officer says that is precisely what our "
        "business associate agreement and the patient-privacy rules do not allow.",
        "Our privacy officer asked whether the business associate agreement covers reminders."),
    "data outside the agreed country (de)": (
        "SEC5",
        "Laut Auftragsverarbeitungsvertrag bleiben die Daten in Deutschland, die Anhänge kommen aber aus den USA. "
        "Das ist so nicht vereinbart.",
        "Laut Auftragsverarbeitungsvertrag bleiben die Daten in Deutschland. Wo finde ich ihn zum Herunterladen?"),
    "a sister company with its own account sees the same (de)": (
        "OUT3",
        "Seit heute Nacht werden keine wiederkehrenden Aufgaben angelegt. Unsere Schwesterfirma hat ein eigenes "
        "Konto und meldet genau das Gleiche.",
        "Wie lege ich wiederkehrende Aufgaben für unsere Schwesterfirma an?"),
    "asked back the second debit (de)": (
        "FIN3",
        "Die doppelte Abbuchung bitten wir zurückzuerstatten, also 1.320,00 € auf unser Konto.",
        "Die doppelte Abbuchung wurde schon storniert, danke."),
    "the contract switched to fewer seats (de)": (
        "FIN5",
        "Bitte stellen Sie unseren Vertrag zum 01.04.2027 auf 9 Plätze und jährliche Abrechnung um.",
        "Wie viele Plätze sind in unserem Vertrag enthalten?"),
    "explained to someone new every time (de)": (
        "SAT3",
        "Ich habe es dreimal im Chat erklärt, jedes Mal jemand anderem, und musste jedes Mal von vorne anfangen.",
        "Ich habe es im Chat erklärt und die Kollegin hat es sofort gelöst."),
    "a call back from someone who can decide (de)": (
        "SAT2",
        "Ich möchte von einer Person mit Entscheidungsbefugnis zurückgerufen werden.",
        "Ich möchte wissen, wer in unserem Team Entscheidungsbefugnis über die Projekte hat."),
    "a person assigned to the account again (fr)": (
        "ENT3",
        "Notre contact est parti. Serait-il possible qu'une personne soit de nouveau attitrée à notre compte ?",
        "Comment attribuer une tâche à une personne de notre équipe ?"),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(SMALL_FIRMS)

NOT_AN_INCIDENT: NearMissTable = {
    "a security incident that would happen (de)": (
        "SEC1", "Nur eine Frage: Würden Sie uns informieren, wenn es bei Ihnen einen Sicherheitsvorfall gäbe?", None),
    "outages of a past month, stable again (de)": (
        "OUT1", "Es läuft inzwischen wieder stabil, aber ich beschwere mich formell über die Ausfälle im Oktober.",
        "Beschwerde: Ausfälle im Oktober"),
    "people online asking if the app is dead": (
        "OUT1", "I posted about the bug on X and people are asking if TeamFlow is dead, you may want to reply.", None),
    "a logo that vanished from a branded portal (fr)": (
        "SEC4", "Notre logo a disparu du portail en marque blanche, le logo TeamFlow s'affiche à la place.", None),
    "mails sent from the wrong sender (fr)": (
        "OUT3", "Les e-mails de notification partent de l'adresse TeamFlow au lieu de notre adresse.", None),
    "one project's recurring tasks, the rest fine": (
        "OUT3", "None of the recurring tasks in our Ops project got created, our other projects seem fine. Someone "
        "on Twitter says the same.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_german_pentest_pitch_is_not_a_support_request() -> None:
    found = signals("Datenlecks und Ransomware nehmen zu. Wir bieten Ihnen einen kostenlosen Schwachstellen-Scan an, "
                    "unverbindlich. Hätten Sie 15 Minuten für ein Kennenlerngespräch? Hier Termin buchen.")
    assert found.support_request is False
    assert not {h.criterion for h in found.hits}
