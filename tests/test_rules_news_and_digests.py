"""Offline extractor, round 96: digests that reach outsiders, records found by search, court orders and copied kits.

A week's summary that "had arrived in her personal Gmail"; a guest who "heeft nooit toegang tot dat project gehad"
but gets its "samenvattingsmail"; a board found "numa pesquisa do Google"; "Vi chiediamo di produrre ... i log di
accesso"; "una vingtaine d'équipes" with the same stopped reminders; "otros tres clubes que también os usan"; a paid
kit copied "column for column"; "Fica a sugestão!". Near misses: another vendor's outage or breach "on the news", a
quoted label 'Attacco ...', "un virus intestinale", "spam and quarantine folders checked", a post that "has gone
viral", "token invalid (401)", "so nobody can log in with a password" and "we just paste Drive links".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests

REPORTS: dict[str, tuple[str, str, str]] = {
    "a private project's weekly summary in an outsider's inbox": (
        "SEC1",
        "A parent who is not in our workspace forwarded me this week's summary of our 'Bursary' project, which had "
        "arrived in her personal Gmail.",
        "A parent asked whether she could get a weekly summary of the 'Bursary' project; she is not in our "
        "workspace, so I said no."),
    "a guest who never had access gets a project's digest (nl)": (
        "SEC1",
        "Onze boekhouder is alleen gast bij 'Facturen', maar hij krijgt de wekelijkse samenvattingsmail van ons "
        "project 'Personeel'. Hij heeft nooit toegang tot dat project gehad.",
        "Onze boekhouder is gast bij 'Facturen' en krijgt de wekelijkse samenvattingsmail van dat project, zoals "
        "we hebben ingesteld."),
    "records demanded under a judge's order (it)": (
        "LEG3",
        "In forza dell'ordinanza del Giudice nel procedimento R.G. 12/2026, Vi chiediamo di produrre i log di "
        "accesso dell'utente indicato.",
        "Il nostro studio segue procedimenti civili e usa TeamFlow per le scadenze; come esporto i log di accesso?"),
    "reminders stopped for about twenty teams (fr)": (
        "OUT3",
        "Depuis cette nuit les rappels ne partent plus, et sur la communauté TeamFlow une vingtaine d'équipes ont "
        "exactement le même problème.",
        "Depuis cette nuit les rappels ne partent plus chez nous, mais seulement pour mon compte."),
    "the same double charge at three other clubs (es)": (
        "FIN1",
        "Nos habéis cobrado la cuota dos veces, y otros tres clubes que también os usan tienen el mismo cargo.",
        "Nos habéis cobrado la cuota dos veces este mes; el resto de la factura está bien."),
    "a paid kit copied into the public gallery": (
        "LEG5",
        "Your public gallery has my paid Launch Kit board, column for column. I never gave TeamFlow or anyone else "
        "permission to publish it.",
        "I'd like to publish my paid Launch Kit board in your public gallery. Who do I send it to?"),
    "a suggestion closed with 'fica a sugestão' (pt)": (
        "SAT5",
        "Seria ótimo poder ver o mapa do percurso dentro da tarefa. Fica a sugestão!",
        "O mapa do percurso não abre dentro da tarefa desde ontem."),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)

NOT_AN_INCIDENT: NearMissTable = {
    "another tool's outage on the news": (
        "OUT1", "Saw that other tool had a massive outage on the news yesterday, glad it wasn't you!", None),
    "a competitor's breach and lawsuit in the news": (
        "SEC1", "Just read that PlanHub (one of your competitors I think?) had a data breach and is being sued.",
        None),
    "a quoted label and a stomach bug (it)": (
        "SEC3", "Le etichette gialle ('Attacco dei soprani') si leggono male. Ero a letto con un virus intestinale.",
        None),
    "spam folders checked for missing notifications": (
        "SEC3", "Spam and quarantine folders checked, and nothing from teamflow.com is being blocked.", None),
    "a post that has gone viral": (
        "SEC4", "There's a LinkedIn post about your pricing that has gone a bit viral.", None),
    "an integration's token error (es)": (
        "SEC2", "Le doy a aceptar y sale 'Google Calendar: token invalid (401)'.", None),
    "enforcing single sign-on so nobody uses a password": (
        "OUT1", "How do we enforce SSO for all existing users, so nobody can log in with a password any more?", None),
    "links pasted by hand, no integration": (
        "SEC1", "We never set up the Drive integration, we just paste Drive links into task descriptions.", None),
    "an upload stuck at 99% that vanishes": (
        "SEC4", "Every upload (pdf, png) sits at 99% and then vanishes.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)
