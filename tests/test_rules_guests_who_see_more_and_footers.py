"""Offline extractor, round 125: guests who see more than they should, every project sent to one guest, footers.

"Eltern, die ... nur das Projekt ... sehen sollten, sehen dort plötzlich auch ..."; "le bajó un zip con las
exportaciones de todos los proyectos"; "cambiando a mano l'ultimo numero ... anche se il primo account non è
invitato"; "há entradas na conta da Rita às 3h14 ... A Rita estava a dormir"; "c'erano più di 120 schede ... nel
cestino non c'è niente"; "desde la cuenta de ... Nuria ... está de baja"; a message written without blank lines
that runs into a lawyer's confidentiality footer; three cards listed one per line; "a marzo non rinnoveremo".
Near misses: a rights holder's photographs on a public board that Google indexes, "alguém pode me explicar como",
"tried a private window", "Nobody here added seats", "the same 6 subtasks every time", a drill's "hear about a major
outage", "our payroll provider got hacked", "we'll just go over to Trello", "non riusciamo ad avvicinarci".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, hit_ids, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "guests who see more than they should (de)": (
        "SEC1",
        "Eltern, die nur das Projekt ihrer Klasse sehen sollten, sehen plötzlich auch die Noten aus anderen Klassen.",
        "Eltern sollen nur das Projekt ihrer Klasse sehen: wie stelle ich das ein?"),
    "one guest got every project's export (es)": (
        "SEC1",
        "Le dimos acceso de invitado solo para un proyecto y le bajó un zip con las exportaciones de todos los "
        "proyectos.",
        "Le dimos acceso de invitado solo para un proyecto y descargó los textos de ese proyecto."),
    "a task opened by changing the number (it)": (
        "SEC2",
        "Cambiando a mano l'ultimo numero del link, l'attività si è aperta anche se il mio account non è invitato.",
        "Cambiando a mano la data dell'attività, il link resta uguale?"),
    "sign-ins on a sleeping colleague's account (pt)": (
        "SEC1",
        "Há entradas na conta da Rita às 3h14 de Lagos. A Rita estava a dormir.",
        "Há entradas na conta da Rita às 9h14 do escritório, como sempre."),
    "a column emptied (it)": (
        "SEC4",
        "La colonna è vuota: c'erano più di 120 schede. Nel cestino non c'è niente.",
        "Nel cestino non c'è niente: come si svuota automaticamente?"),
    "a lure from an absent colleague's account (es)": (
        "SEC3",
        "Los clientes recibieron, desde la cuenta de Nuria, una invitación con un enlace para verificar el pago. "
        "Nuria está de baja.",
        "Los clientes recibieron, desde la cuenta de Nuria, la invitación al tablero que ella les mandó."),
    "three cards listed, all failing": (
        "FIN2",
        "I tried:\n- company Visa\n- my own Mastercard\n- our Amex\nEvery time: processing_error.",
        "I tried:\n- company Visa\nand it worked fine."),
    "a major account that will not renew (it)": (
        "HVA3",
        "Un concorrente ci offre il 30% in meno: a marzo non rinnoveremo il contratto.",
        "Un concorrente ci ha chiesto come rinnovare il suo contratto con voi."),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a rights holder's photos on a public board": (
        "SEC1", "Eleven of my photographs are shown on a public board and the board is indexed by Google. I never "
                "licensed them; please take them down.", None),
    "a question put to anyone (pt)": (
        "SEC1", "Alguém pode me explicar como exporto o cronograma em PDF?", None),
    "the writer's private window": (
        "SEC2", "I cleared the cache and tried a private window, the Gantt is still blank.", None),
    "seats nobody added": ("SEC3", "Our invoice is for 45 seats. Nobody here added seats; please refund.", None),
    "a routine, not a fault": (
        "TEC3", "We have a weekly task with the same 6 subtasks every time; could subtasks recur too?", None),
    "a drill's question about outages": (
        "OUT1", "How do customers normally hear about a major outage from you?", None),
    "another firm hacked": ("SEC1", "Our payroll provider got hacked last week; should we do anything?", None),
    "churn toward another tool": ("TEC4", "If this keeps happening we'll just go over to Trello.", None),
    "a competitor's price to approach (it)": (
        "OUT1", "Se non riusciamo ad avvicinarci a quelle condizioni, ne parliamo a marzo.", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_wish_above_a_lawyers_footer_still_counts() -> None:
    body = ("Ci piacerebbe poter assegnare un'attività a un intero gruppo. Si potrebbe aggiungere?\nChiara\n--\n"
            "Avv. Chiara Bellini\nQuesta email e i suoi allegati sono riservati e destinati esclusivamente al "
            "destinatario.")
    assert "SAT5" in hit_ids(body)


def test_every_projects_export_in_a_guests_hands_was_seen() -> None:
    found = signals("Dimos acceso de invitado solo para un proyecto. Al descargar los textos le bajó un zip con las "
                    "exportaciones de todos los proyectos, nóminas incluidas.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_first_line_reads_swedish_and_settled_router_trouble() -> None:
    assert signals("Hej, det funkar inte riktigt för mig sen igår. Kan ni hjälpa till?").topic == "technical"
    assert signals("Ontem ninguém conseguia entrar, mas era o nosso router; o técnico trocou-o e está tudo a "
                   "funcionar. Como mudo o idioma dos emails?").topic == "product"
