"""Offline extractor, round 115: neighbours' records in a tenant's view, prices read out by a caller, leavers' exports.

"landet auf der Übersicht aller Wohnungen ... anderer Mieter"; "me empezó a leer ... nuestras tarifas";
"l'avevo disattivata ..., ma nel registro c'è un'esportazione"; "non è mai stato in Bulgaria"; garbled "��?��".
Near misses: a company wound down, in-house counsel's routine check, a filter that hid projects (pl).
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a tenant lands on the neighbours' list (de)": (
        "SEC1",
        "Ein Mieter klickt auf den Link und landet auf der Übersicht aller Wohnungen, mit Namen und Telefonnummern "
        "anderer Mieter.",
        "Wir möchten, dass andere Mieter die Namen der Hausmeister sehen sollen. Wie geht das?"),
    "a caller reads our rates out (es)": (
        "SEC1",
        "Un hombre de otra clínica me llamó y me empezó a leer nuestras tarifas con cada mutua. Nunca las hemos "
        "enviado.",
        "Un hombre de otra clínica me llamó y me empezó a leer nuestras tarifas: ¿cómo las publicamos en la web?"),
    "a sign-in from a country the user never visited (it)": (
        "SEC1",
        "Il registro mostra che l'utente del geometra è entrato alle 2 di notte da Sofia. Lui non è mai stato in "
        "Bulgaria.",
        "Il geometra non è mai stato in ufficio questa settimana: può usare TeamFlow da casa?"),
    "an export in the log after the leaver was removed (it)": (
        "SEC1",
        "Il suo utente l'avevo disattivato a fine mese, ma nel registro c'è un'esportazione del progetto fatta tre "
        "giorni dopo. È un ex dipendente.",
        "Il suo utente l'avevo disattivato a fine mese, ma la pagina di esportazione è lenta. È un ex dipendente."),
    "records garbled with a mark inside (pt)": (
        "SEC4",
        "Os títulos das tarefas aparecem como ��?��� e as datas todas 01/01/1970, em todos os aparelhos.",
        "Os títulos das tarefas aparecem em inglês, em todos os aparelhos: como mudo para português?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a company wound down is no outage": (
        "OUT1", "Our funding round fell through and we are winding the company down.", None),
    "in-house counsel's routine check (it)": (
        "LEG1", "Il nostro avvocato interno ci chiede di verificare alcuni punti. Non c'è alcun problema in corso, è "
                "solo una verifica interna.", None),
    "a filter hid the projects (pl)": (
        "SEC4", "Myślałem, że projekty zniknęły, ale to był mój filtr. Po wyłączeniu filtra wszystko jest na miejscu.",
        None),
    "the customer's own privacy office": (
        "LEG2", "During our yearly review our privacy office compared the data processing agreement with the logs.",
        None),
    "an account never used (it)": (
        "SEC1", "Il secondo account non è mai stato usato e l'abbiamo già chiuso.", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_an_unknown_member_who_downloaded_the_export_took_the_data() -> None:
    found = signals("En el registro aparece un usuario que nadie de la oficina creó, que entró de madrugada y "
                    "descargó la exportación de todos los pacientes.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_an_ultimatum_in_italian_is_a_legal_threat() -> None:
    found = signals("Qualora i documenti non fossero recuperati entro due giorni, agiremo in giudizio nei vostri "
                    "confronti.")
    assert "LEG1" in {h.criterion for h in found.hits}
