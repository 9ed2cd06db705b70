"""Offline extractor, round 101: what a journalist or a caller holds, an account used on leave, words that look bad.

"remplace l'identifiant ... dans l'URL"; "ahora mismo no entra nadie"; "a sous les yeux une capture de notre tableau";
"riceve ogni mattina la vostra email di riepilogo"; "está de licença ... a conta dela ... descarregou"; "Er hat
meiner Kollegin die Prüfungstermine ... genannt". Near misses: a Dutch pitch, a course title after "dit najaar", a
manual's topics in brackets, "è un casino", an outage "entretanto resolvida", a dropdown that is empty.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests

REPORTS: dict[str, tuple[str, str, str]] = {
    "an id replaced in the address opens another workspace (fr)": (
        "SEC2",
        "Connecté avec le compte A, si je remplace l'identifiant du projet dans l'URL par celui de l'espace B, "
        "j'obtiens ses commentaires.",
        "Si je remplace l'identifiant du projet dans l'URL par un identifiant qui n'existe pas, j'obtiens une "
        "erreur 404, ce qui est normal."),
    "nobody gets in right now (es)": (
        "OUT1",
        "Ahora mismo no entra nadie: la página de acceso se queda cargando y da error.",
        "Desde que cerramos la tienda no entra nadie al sistema, podéis comprobarlo."),
    "a journalist holds a capture of a private board (fr)": (
        "SEC1",
        "Un journaliste m'a appelée. Il a sous les yeux une capture de notre tableau privé avec les noms, et il "
        "compte publier demain.",
        "Un journaliste m'a appelée pour une interview sur notre usage de TeamFlow."),
    "a stranger firm gets our summary mail (it)": (
        "SEC1",
        "Una ditta che non conosciamo riceve ogni mattina la vostra email di riepilogo con i nostri ordini.",
        "Ricevo ogni mattina la vostra email di riepilogo: come la disattivo?"),
    "an account on leave downloads client files (pt)": (
        "SEC1",
        "A conta dela entrou às 2h e descarregou 300 ficheiros de clientes. Ninguém aqui usou a conta dela.",
        "A conta dela descarregou 300 ficheiros de clientes ontem, a pedido do diretor, para a auditoria."),
    "outsiders opened the board and nobody invited them": (
        "SEC1",
        "Two accounts from a competitor opened our roadmap board. We never invited them and have no idea how "
        "they got in.",
        "Two accounts from our agency opened our roadmap board after we invited them; how they got in is clear."),
    "out of HIPAA compliance because deletions are kept": (
        "SEC5",
        "Deleted patient forms can still be restored months later; our compliance lead says we are out of HIPAA "
        "compliance.",
        "We are preparing for a HIPAA audit; which compliance documents can you share?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a security vendor's pitch in Dutch": (
        "SEC1",
        "Uit onderzoek blijkt dat één datalek gemiddeld 4 miljoen kost. Tot december krijgt u introductiekorting. "
        "Zullen we volgende week 20 minuten bellen?",
        "Samenwerking pentesten"),
    "a quoted course title after Dutch 'dit najaar'": (
        "SEC1",
        "Vijf collega's volgen dit najaar de cursus 'Datalekken in de praktijk'. Kan ik een projecttemplate maken?",
        "Template voor cursus"),
    "a manual's topics in brackets (pt)": (
        "SEC3",
        "Estamos a traduzir um manual de cibersegurança (ataques de phishing, fugas de dados, ransomware) para um "
        "cliente. Como convido um revisor só de leitura?",
        "Acesso só de leitura"),
    "Italian 'è un casino' is a mess": (
        "SEC3",
        "Adesso lo facciamo con task ed etichette ma è un casino. Sarebbe possibile una vista calendario?",
        "Suggerimento"),
    "a past outage 'entretanto resolvida' in an SLA claim (pt)": (
        "OUT1",
        "No dia 3 a plataforma esteve indisponível durante 5 horas, situação entretanto resolvida. Pedimos os "
        "créditos do SLA.",
        "Créditos SLA"),
    "an assignee dropdown that is empty": (
        "SEC4",
        "Since yesterday's update the assignee dropdown on every task is empty. When I click Assign the list is "
        "blank.",
        "can't assign tasks"),
    "a wish that an archived project disappears": (
        "SEC4",
        "Is there a way to archive a finished project so it disappears from the sidebar?",
        "archive question"),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)
