"""Offline extractor, round 57: incidents passed on by non-specialists, and words used innocently.

A key found with "view source", a reset mail with the password "written in it", an endpoint that answers "without
any auth header", "my photo" on the vendor's own page, a .zip "invoice" holding an executable, colleagues who "typed
their passwords into that page", a weekly summary received by a firm "com a qual nao temos nenhuma relacao"; and the
same words innocently: a virus that is the flu, a leaking roof, a shop hacked elsewhere, an examiner who audits the
charity's own books, a charge "I was about to report as unauthorised".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, hit_ids, signals

# each criterion as these writers told it, beside a near miss in similar words
REPORTED: dict[str, tuple[str, str, str]] = {
    "a key in the booking form's page source": (
        "SEC2",
        "A parent who works in IT says that with 'view source' on our booking page there's a long key, and with it "
        "anybody could change our boards.",
        "Where do I find the page source of the embed code so I can paste it into our site?"),
    "the password written in the reset e-mail": (
        "SEC2",
        "After I reset it, the confirmation e-mail you sent had my new password written in it, plain as day.",
        "I wrote my new password on a sticky note. How do I change it again?"),
    "an endpoint that answers without authentication": (
        "SEC2",
        "The invites endpoint answers without any auth header and the JSON contains the member list with e-mails.",
        "Does the invites endpoint need an auth header, or is a token in the URL enough?"),
    "my photo on your homepage": (
        "LEG5",
        "The big photo at the top of your small-business page is my wedding cake. I took that photo in my shop and "
        "never gave anyone permission.",
        "Can I use my own photo on the board cover, or does it have to be one of yours?"),
    "an executable disguised as an invoice": (
        "SEC3",
        "Hundreds of form entries link to a zip that holds a Windows executable disguised as a PDF, and staff are "
        "clicking them.",
        "Does TeamFlow scan attachments for malware, or should our antivirus do it?"),
    "colleagues typed their passwords into a fake page": (
        "SEC3",
        "A task told everyone to re-verify at teamfl0w-verify.com and two colleagues typed their passwords into that "
        "page.",
        "Two colleagues typed their passwords into the real login page and got in fine."),
    "another firm received our weekly summary (pt)": (
        "SEC1",
        "O gerente de uma empresa com a qual não temos nenhuma relação recebeu o resumo semanal do nosso projeto.",
        "Como faço para receber o resumo semanal do projeto no meu e-mail?"),
    "switched off, and the old link still lets me in": (
        "SEC2",
        "I clicked 'disable invite link' and got the done message, but the old link still let me straight into the "
        "board.",
        "The old link still let me into the board, which is what we want for our volunteers."),
    "a state bar's practice review asks about client files": (
        "LEG2",
        "I am writing from the practice review team of the state bar association about where your customer's client "
        "files are stored.",
        "I'm a member of the state bar association; where are the data retention settings?"),
    "your company breaking the rules with members' data": (
        "SEC5",
        "You moved our members' personal details to the United States. That is your company breaking the rules with "
        "our members' information.",
        "Our club rules say members' details stay private. How do we hide phone numbers?"),
    "a break page for everyone": (
        "OUT1",
        "Everyone at our firm has been getting 'We'll be right back, TeamFlow is having a little break' since six.",
        "When I close the laptop lid TeamFlow says it'll be right back. Is that a setting?"),
    "not one automation has run (es)": (
        "OUT3",
        "No se ha ejecutado ni una sola automatización desde las 6, y una empresa vecina que también usa TeamFlow "
        "tiene lo mismo.",
        "Una automatización no se ha ejecutado porque la desactivé yo. ¿Cómo la reactivo?"),
    "a sign-in on a new device while he slept (pt)": (
        "SEC1",
        "Recebeu um aviso de novo início de sessão num dispositivo Windows em Singapura. Ele estava a dormir e não tem "
        "nenhum computador Windows.",
        "Recebi um aviso de novo início de sessão no meu novo portátil. Fui eu."),
    "password and e-mail changed, not by me (pt)": (
        "SEC1",
        "Recebi 'A sua palavra-passe foi alterada' e 'O e-mail da sua conta foi alterado'. Não fui eu.",
        "A palavra-passe foi alterada por mim ontem. Como ativo a verificação em dois passos?"),
    "nobody in the practice can sign in (de)": (
        "OUT1",
        "Seit 7:30 kann sich in unserer Praxis niemand mehr bei TeamFlow anmelden, und eine befreundete Praxis kommt "
        "auch nicht rein.",
        "Seit dem Umzug kann sich unser Drucker nicht mehr verbinden. Liegt das an TeamFlow?"),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(REPORTED)

# the same words, used innocently
NOT_AN_INCIDENT: NearMissTable = {
    "a virus that is the flu (it)": (
        "SEC3", "Qui in studio c'è un virus che gira (l'influenza, non il computer!). Come riassegno i compiti?", None),
    "a leaking roof (pt)": (
        "SEC1", "Tivemos um vazamento no teto do depósito. Como anexo as fotos pelo celular?", None),
    "a webshop hacked elsewhere (nl)": (
        "SEC1", "Onze webshop is gehackt (niet bij jullie). Waar zie ik wie toegang heeft in TeamFlow?", None),
    "the charity's own examiner": (
        "LEG2", "Our independent examiner, who checks our accounts, says the invoice is in the wrong year.", None),
    "a charge nearly reported as unauthorised": (
        "SEC1", "I was about to report it as unauthorised, but my partner added more seats. Can you break it down?",
        None),
    "nobody can work out the pricing": (
        "OUT1", "Honestly nobody can work out which plan they need from your pricing page.", None),
    "completed jobs found again": (
        "SEC4", "All the jobs we ticked off had gone from the board. Turns out they're there if I click 'show "
        "completed'. Phew!", None),
    "a colleague archived the projects (fr)": (
        "SEC4", "Trois projets ont disparu de ma barre latérale. Ma collègue les a archivés hier soir. Où les voir ?",
        None),
    "a remaining card in Spanish": (
        "OUT1", "Al recargar solo queda la tarjeta de la columna antigua.", None),
    "a month's downtime added up for credits (de)": (
        "OUT1", "Im März war TeamFlow insgesamt 3 Stunden 52 Minuten nicht erreichbar, verteilt auf vier Vorfälle.",
        None),
    "the time lost on workarounds": (
        "SEC4", "The main reasons are the cost and the time our managers lose on workarounds.", None),
    "never spoken to like that": (
        "SEC1", "I have never been spoken to like that by a supplier.", None),
    "a letter on behalf of the partners": (
        "LEG2", "I write on behalf of the partners of our firm to register our dissatisfaction formally.", None),
    "a price question in Spanish": (
        "SAT5", "Me gustaría saber cuánto nos saldría pasar a 25 usuarios.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_the_same_problem_i_reported_is_not_another_company() -> None:
    found = hit_ids("Writing back about the same problem I reported on Monday: reminders still aren't going out to my "
                    "mechanics.")
    assert "OUT3" not in found


def test_a_pitch_that_says_we_have_helped_brands_is_no_request() -> None:
    found = signals("Our audit tool flagged that your site lost 41% of organic traffic. At RankRise we've helped 300+ "
                    "SaaS brands recover. Can I send over a free 12-page report?")
    assert found.support_request is False


def test_junk_from_a_public_form_exposes_nothing() -> None:
    found = signals("Our public intake form received around 600 submissions, each linking to a zip that holds a "
                    "Windows executable disguised as a PDF.")
    assert "SEC3" in {h.criterion for h in found.hits}
    assert found.data_exposed is None


def test_an_account_in_someone_elses_hands_is_no_data_exposure() -> None:
    found = signals("Recebi um e-mail a dizer que a palavra-passe foi alterada. Não fui eu. Agora a conta está nas "
                    "mãos de outra pessoa.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is None
