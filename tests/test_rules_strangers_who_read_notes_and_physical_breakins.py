"""Offline extractor, round 123: strangers who read notes aloud, records handed out in Swedish, whole firms locked out.

"um homem que ela não conhece ... leu-lhe, palavra por palavra, as notas"; Swedish "personuppgifter ... har lämnats
ut"; Japanese "社内の誰もTeamFlowを開くことができません"; "apaguei o último número do endereço do link ... abriu um
glossário de uma empresa que não tem nada a ver connosco"; "an anonymous Gmail address" holding a board's export.
Near misses: "a site security breach (fence cut)", "attaching police report", "assim não conseguimos fechar os
planos", "é só para o dossiê RGPD", "something went wrong on your end this month" beside wrong seat counts, "empty"
in a Reddit address.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "records handed to an outside firm (sv)": (
        "SEC1",
        "Ett analysföretag skickade ett utdrag med patienternas namn; personuppgifter har lämnats ut.",
        "Hur har ni lämnat ut era rapporter till oss förra året?"),
    "a GDPR breach in Swedish": (
        "SEC5",
        "Personuppgifter om våra patienter har behandlats i strid med GDPR och med vårt avtal.",
        "Hur behandlar ni personuppgifter enligt GDPR?"),
    "nobody in the firm can open it (ja)": (
        "OUT1",
        "今朝から社内の誰もTeamFlowを開くことができません。",
        "TeamFlowの開き方を教えてください。"),
    "a changed link number opens another firm's glossary (pt)": (
        "SEC2",
        "Experimentei mais dois números e também abriram documentos de outras agências.",
        "Experimentei mais dois modelos de documentos da nossa agência."),
    "a registered logo used without consent (nl)": (
        "LEG5",
        "Het sjabloon gebruikt ons geregistreerde beeldmerk zonder onze toestemming.",
        "Hoe voeg ik ons geregistreerde beeldmerk toe aan ons eigen sjabloon?"),
    "a wish for a view (es)": (
        "SAT5",
        "Echamos de menos una cosa: una vista de calendario por horas. ¿Lo podríais añadir?",
        "Echamos de menos a nuestra compañera, que se ha jubilado."),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a break-in at a building site": (
        "SEC1", "We had a site security breach at the depot over the weekend (fence cut, generators taken).", None),
    "a police report attached to a task": ("LEG3", "How do I attach the police report PDF to the task?", None),
    "what a bug keeps them from finishing (pt)": (
        "OUT1", "As tarefas voltam para trás no kanban; assim não conseguimos fechar os planos de tratamento.", None),
    "a GDPR file being prepared (pt)": (
        "SEC5", "Não há problema nenhum, é só para o dossiê RGPD que a nossa advogada está a preparar.", None),
    "a billing error guessed at": (
        "OUT1", "Two other firms' invoices also show seats they don't have, so something went wrong on your end this "
                "month?", None),
    "'empty' in a forum address": (
        "SEC4", "I posted about it on Reddit: reddit.com/r/saas/comments/1h8/teamflow_exports_empty", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_stranger_who_reads_notes_aloud_saw_them() -> None:
    found = signals("Um homem que ela não conhece telefonou-lhe e leu-lhe, palavra por palavra, as notas da avaliação "
                    "dela. Essas notas só existem no quadro da clínica no TeamFlow.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_an_anonymous_sender_holding_our_board_saw_it() -> None:
    found = signals("Our CFO received an email from an anonymous Gmail address with an attachment: a spreadsheet of "
                    "our entire pipeline board, with owner notes. We have not exported this board.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_first_line_reads_trouble_as_technical() -> None:
    assert signals("hi, I'm having a bit of trouble, could someone give me a call?").topic == "technical"
    assert signals("Site break-in (fence cut), nothing to do with TeamFlow. How do I attach the police report to the "
                   "task?", subject="security breach task").topic == "product"
