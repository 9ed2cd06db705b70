"""Offline extractor, round 129: documents only we had, suppliers who see past their board, work published unasked.

"es nuestra hoja de tarifas 2027, sacada de TeamFlow ... no la hemos enviado a nadie" in a rival's hands; "símbolos
esquisitos ... exportei para Excel e está igual"; "arrangiamenti originali ... Non hanno mai avuto il nostro
permesso"; a vendor whose contract ended "entró y descargó"; "avevamo dato accesso solo alla bacheca ... vede anche la
cartella"; Swedish and Italian API failures for several firms; a private Japanese project in web search. Near misses:
a drill that is "alles fiktiv", a beer called "Data Breach", a LinkedIn post's address, contacts counted "three times".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, hit_ids, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a rival holds what we never sent (es)": (
        "SEC1",
        "Un comercial de otra bodega tiene nuestra tarifa 2027, sacada de TeamFlow. No la hemos enviado a nadie.",
        "Nuestra tarifa 2027 está en TeamFlow. No la hemos enviado a nadie todavía, ¿cómo la compartimos?"),
    "records garbled past the screen (pt)": (
        "SEC4",
        "Nas descrições há símbolos esquisitos em vez dos acentos. Exportei para Excel e está igual.",
        "Como evito símbolos esquisitos quando escrevo acentos?"),
    "our work published without permission (it)": (
        "LEG5",
        "Un altro coro ha pubblicato con un link pubblico i nostri arrangiamenti originali. Non hanno mai avuto il "
        "nostro permesso.",
        "Un collega ha spostato il progetto senza permesso."),
    "a supplier who sees past its board (it)": (
        "SEC1",
        "Al giardiniere avevamo dato accesso solo alla bacheca 'Manutenzione'. Dal suo account vede anche la cartella "
        "'Contabilità'.",
        "Al giardiniere avevamo dato accesso solo alla bacheca 'Manutenzione'. Come gli aggiungo un'altra bacheca?"),
    "API failing for three customers (sv)": (
        "OUT2",
        "Sedan i morse får vi HTTP 500 på varje anrop. Det gäller alla tre kundernas konton.",
        "Hur många anrop per minut tillåter ert API?"),
    "API failing for another firm too (it)": (
        "OUT2",
        "Ogni chiamata alla vostra API dà errore 500. L'altra agenzia, che ha un account suo, ha lo stesso problema.",
        "Come si crea una lezione con la vostra API? L'altra agenzia ha un account suo."),
    "a private project in web search (ja)": (
        "SEC1",
        "「非公開」にしているプロジェクトの見積書が、Google検索でそのまま表示されます。",
        "Google検索でTeamFlowのヘルプ記事が表示されます。"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a drill that is all made up (de)": (
        "SEC3", "Wir planen die Übung, alles fiktiv natürlich. Die Aufgabe 'Angriff erkannt' soll zuerst kommen.",
        None),
    "a task's quoted name (de)": (
        "LEG3", "Die Aufgabe 'Angriff erkannt' soll vor 'Polizei informieren' erledigt sein.", None),
    "a beer's name": ("SEC1", "Can we make a public board to vote on labels?",
                      "public voting (re: our Data Breach IPA)"),
    "a social post's address": (
        "SEC3", "I posted about it here: https://www.linkedin.com/posts/jo-ray_teamflow-support-ignored", None),
    "contacts counted, not charges": (
        "FIN1", "I asked your support three times whether you offer a discount. Other TeamFlow users say the same.",
        None),
    "an export that is only blank (pt)": (
        "SEC4", "Continua igual: o PDF do Gantt sai com o cabeçalho e o resto em branco.", None),
    "a hypothetical breach question (it)": (
        "SEC1", "E cosa succede, in concreto, se c'è una violazione dei dati?", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_vendor_whose_contract_ended_took_files() -> None:
    found = signals("La agencia tuvo acceso de invitado hasta el 31 de octubre, cuando terminó el contrato. El "
                    "registro de actividad muestra que esa cuenta entró ayer y descargó nuestra lista de clientes.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_an_export_by_an_account_nobody_made_was_taken() -> None:
    found = signals("No histórico aparece uma exportação completa da lista de sócios feita por um utilizador "
                    "'admin-tf' que nunca criámos.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_failed_sign_in_alerts_are_no_data_seen() -> None:
    found = signals("Aparecen usuarios en nuestro espacio que nadie ha invitado, y la directora ha recibido 150 "
                    "correos de 'intento de inicio de sesión fallido' esta noche.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is None or found.data_exposed.value is False


def test_a_spanish_erasure_request() -> None:
    assert "LEG4" in hit_ids("Quiero que eliminéis todo lo que tengáis sobre mí y que me lo confirméis por escrito.")
