"""Offline extractor, round 119: a guest who sees another client's project, whole offices stuck loading, copied work.

"war da aber die komplette Kampagnenplanung eines anderen Kunden"; "whole office is stuck on the spinning teamflow
logo"; "line by line, the workbook ... We have never licensed it"; Swedish "ny inloggning från São Paulo"; a
notification digest "que le llegó" to a stranger; attachments gone after a restore from the trash. Near misses: a
drill's fake mails, the office's own internet ("lag bij ons"), "nel caso ci fosse una violazione".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "another client's project in a guest's view (de)": (
        "SEC1",
        "Beim Einloggen war da aber die Planung eines anderen Kunden, mit Budgets und Handynummern.",
        "Wie zeigen wir die Planung eines anderen Kunden mit Budgets in einem Bericht?"),
    "a whole office stuck loading": (
        "OUT1",
        "whole office is stuck on the spinning teamflow logo since 9:40, 14 of us.",
        "only my laptop is stuck on the spinning teamflow logo since 9:40."),
    "our paid work published unlicensed": (
        "LEG5",
        "The template is, line by line, the workbook we sell. We have never licensed it to anyone.",
        "Can we sell our template? We have never licensed it to anyone?"),
    "sign-ins from a country nobody was in (sv)": (
        "SEC1",
        "Vi fick mejl om ny inloggning från Madrid i natt. Ingen av oss har varit i Spanien.",
        "Hur ser vi varje ny inloggning i loggen?"),
    "attachments gone after a restore": (
        "SEC4",
        "I restored the tasks from the trash and they are back, but all their attachments are gone.",
        "I restored the tasks from the trash and they are back, with all their attachments."),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a drill's fake mails": ("SEC3", "The fake emails will imitate TeamFlow notifications during our drill.", None),
    "the office's own internet (nl)": (
        "TEC5", "Vanochtend lag bij ons op kantoor het internet er twee uur uit.", None),
    "a hypothetical breach (it)": (
        "SEC1", "Nel caso ci fosse una violazione dei dati, come ci avvisereste?", None),
    "asking anyone how to export (pt)": (
        "SEC1", "Alguém sabe me dizer como exporto o cronograma de um projeto?", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_digest_that_reached_a_stranger_was_seen() -> None:
    found = signals("Una madre de otro colegio nos reenvió el resumen de notificaciones que le llegó de TeamFlow: "
                    "aparece nuestra lista de niños con nombres y alergias. No es usuaria de nuestro espacio y no la "
                    "conocemos.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True
