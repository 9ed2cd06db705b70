"""Offline extractor, round 111: removed people who still get our summaries, another firm's cards in our digest.

"krijgt nog steeds onze projectupdates"; "riceve ancora le notifiche ... l'abbiamo eliminato"; "it listed about twenty
tasks from a different credit union"; a guest "den hat bei uns niemand eingeladen"; a caller "que decía ser de una
aseguradora" who read out our notes. Near misses: a drill's scenarios, a vendor's pitch and a job enquiry in the
policy's words, a scare taken back, an export cut short, a board named "Security Incidents".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a removed intern still gets the daily summary (nl)": (
        "SEC1",
        "Onze oud-stagiair krijgt nog steeds elke ochtend de samenvatting van ons project. We hebben hem in januari "
        "uit de werkruimte verwijderd.",
        "Onze stagiair krijgt elke ochtend de samenvatting van ons project. Kan dat ook wekelijks?"),
    "a deleted user still receives notifications (it)": (
        "SEC1",
        "Il suo utente l'abbiamo eliminato a settembre, ma Marco riceve ancora le notifiche con i nomi dei clienti.",
        "Marco riceve le notifiche due volte. Come si cambia la frequenza?"),
    "another firm's cards listed in our digest": (
        "SEC1",
        "This morning's digest listed a dozen cards from a different dental practice, with their patients' names.",
        "Can the digest list cards from a different project of ours as well?"),
    "a guest nobody invited downloaded the price list (de)": (
        "SEC1",
        "In unserem Board steht ein Gast, den hat bei uns niemand eingeladen. Laut Verlauf hat er die Preisliste "
        "heruntergeladen.",
        "Wir möchten einen Gast in unser Board einladen. Darf er die Preisliste herunterladen?"),
    "a caller read out notes kept only in TeamFlow (es)": (
        "SEC1",
        "Una señora que decía ser de un banco llamó a un alumno y le leyó las notas de su ficha. Esas notas no las "
        "mandamos a nadie.",
        "Una alumna nos pidió que le leyéramos las notas de su ficha por teléfono. ¿Se pueden imprimir?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a drill's scenarios": (
        "SEC1", "Our scenarios for next month's tabletop exercise include a vendor data breach. How fast would you "
                "notify us?", None),
    "a vendor's pitch (it)": (
        "SEC1", "Sono il responsabile commerciale di una società di sicurezza: offriamo penetration test contro data "
                "breach a prezzi dedicati alle aziende del vostro settore. Una call di 20 minuti?", None),
    "a job enquiry (es)": (
        "SEC1", "He visto vuestra oferta de empleo de 'Security Incident Engineer (Data Breach Response)'. ¿Hasta "
                "cuándo se pueden enviar candidaturas?", None),
    "a scare taken back (nl)": (
        "SEC1", "Ik dacht dat we gehackt waren, maar het was mijn zoon. Waar zie ik wie heeft ingelogd?", None),
    "an outage thought taken back (pt)": (
        "OUT1", "Achei que o sistema tinha caído, mas não, as páginas abrem, só demoram uns 30 segundos.", None),
    "an export cut short": (
        "SEC4", "The Gantt PDF stops at the end of June and everything from July onwards is missing from the "
                "printout.", None),
    "a board named after incidents (de)": (
        "SEC3", "Wir haben ein Board namens 'Security Incidents', in dem die IT ihre Vorgänge dokumentiert - "
                "Phishing-Meldungen, verlorene Handys usw.", None),
    "a classroom game's sides": (
        "SEC3", "What's the easiest way to put the 'attacker' and 'defender' teams in separate projects?", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_stranger_who_admits_seeing_the_files_saw_data() -> None:
    found = signals("My sidebar shows a project of another company, full of salary spreadsheets. I've closed it and "
                    "haven't downloaded anything but I did see the files.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_pitch_and_a_job_enquiry_are_no_support_requests() -> None:
    for text in ("Sono il responsabile commerciale di CyberScudo: offriamo test a prezzi dedicati alle aziende del "
                 "vostro settore.",
                 "He visto vuestra oferta de empleo. ¿Hasta cuándo se pueden enviar candidaturas?"):
        assert signals(text).support_request is False
