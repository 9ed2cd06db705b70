"""Offline extractor, round 54: tradespeople's plain stories, owners typing on phones in six languages, regulated
sectors, account managers filing for a customer.

"A fella I've never heard of phoned me and read tomorrow's run out to me", "the part of TeamFlow his page talks
to", "put the $1,450 back", "take us down from 10 places on the app to 4", "bajad las licencias de 10 a 6", "De
betaalprovider reageert niet", "esta Superintendencia ... se les solicita remitir"; a simulated phishing campaign
and a leaver nobody saw sign in are no incidents.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

ROUND_54: dict[str, tuple[str, str, str]] = {
    "a stranger reads our list back on the phone": (
        "SEC1",
        "Last night a bloke I've never heard of phoned me and read tomorrow's drops out to me, names and gate codes.",
        "My wife phoned me and read tomorrow's drops out to me because I'd left my phone at home."),
    "the part of TeamFlow a page talks to": (
        "OUT2",
        "The lad who built our page says the part of TeamFlow his page talks to sends back errors every time, and it's "
        "the same for a lot of small firms he looks after.",
        "The lad who built our page wants to know which part of TeamFlow his page should talk to."),
    "a public quote link that takes you into everything": (
        "SEC2",
        "Without logging in, the quote link takes you into my whole job list and every customer's prices.",
        "After logging in, the menu takes you into your job list. How do I change that?"),
    "a lure that looks like our login, from a colleague on leave": (
        "SEC3",
        "Janet is on annual leave, yet a comment from her account asks staff to confirm bank details with a link to a "
        "page that looks exactly like our staff login.",
        "Can your login page look exactly like our staff portal, with our logo?"),
    "money put back": (
        "FIN3",
        "It came out twice, $1,450 each time. Please put the $1,450 back.",
        "It came out twice, $1,450 each time. Please put the second one on next month's invoice instead."),
    "fewer places on the app": (
        "FIN5",
        "Please take us down from 10 places on the app to 4, starting now.",
        "We went from 10 places on the app to 4 over the summer, as people left."),
    "paying yearly instead of monthly": (
        "FIN5",
        "I'm paying monthly at the minute. I'd like to switch to paying once for the whole year from my next payment.",
        "We pay monthly. We're considering paying once for the whole year; what would it cost?"),
    "the account in the company's name": (
        "FIN5",
        "From the next renewal can you put the account in the company's name, Ashworth Electrical Ltd?",
        "Can we put the company's name on the board header?"),
    "one person at your end": (
        "ENT3",
        "Is there any way we can have the one person at your end who looks after us? A name and a number.",
        "Who at your end looks after GDPR questions?"),
    "our own-branded version broken": (
        "ENT5",
        "The version of TeamFlow with our name and colours on it is showing your logo instead of ours since this "
        "morning.",
        "Could we have a version with our name and colours on it? What would that cost?"),
    "the link your team set up has stopped": (
        "ENT4",
        "Your team set up a link for us last year so orders turn into jobs. Since Friday nothing's coming through.",
        "Your team set up a link for us last year so orders turn into jobs. It works really well, thanks."),
    "the calendar where nothing new comes across": (
        "TEC4",
        "My jobs used to come up on my Google calendar. Since Tuesday nothing new comes across.",
        "How do I make my jobs come across to my Google calendar?"),
    "an export with just the headings": (
        "TEC3",
        "When I get my jobs out into a spreadsheet there's just the headings along the top and nothing underneath.",
        "I only want the headings in the spreadsheet. How do I leave the rows out?"),
    "a supervisor's information request (es)": (
        "LEG2",
        "En el marco de la supervisión in situ, esta Superintendencia les solicita remitir en diez días hábiles la "
        "ubicación de sus centros de datos.",
        "¿Tienen ustedes clientes supervisados por la superintendencia de bancos?"),
    "a payment provider that does not answer (nl)": (
        "FIN2",
        "iDEAL, creditcard en zakelijke rekening: elke keer 'De betaalprovider reageert niet'.",
        "Welke betaalprovider gebruiken jullie voor iDEAL?"),
    "seats brought down in Spanish": (
        "FIN5",
        "A partir del mes que viene bajad las licencias de 10 a 6, por favor.",
        "¿Cuánto costaría pasar de 10 a 6 licencias?"),
    "an old reset link that works again": (
        "SEC2",
        "I found last month's reset email, clicked the link and it let me set a new password again.",
        "I found last month's reset email. Should I delete it?"),
    "a member who makes itself owner": (
        "SEC2",
        "In our own test, a user with the Member role can change its own role to owner and the change is accepted.",
        "How do I change a user with the Member role to owner?"),
    "script that runs for whoever opens the task": (
        "SEC2",
        "A link written a certain way in a comment ends up running JavaScript in the browser of whoever opens the "
        "task.",
        "Our own script runs JavaScript in my browser to export the board. Is that allowed?"),
    "thousands of failed sign-ins": (
        "SEC3",
        "Our admins were locked for too many wrong passwords: 3,800 failed sign-ins overnight from hundreds of IPs.",
        "I was locked for too many wrong passwords after my holiday. How do I get back in?"),
    "the workspace page that will not load for anyone": (
        "OUT1",
        "Every page has said 'We're having trouble loading your workspace' for an hour now, for all 30 of us.",
        "It says 'We're having trouble loading your workspace', but it's only me, on my laptop."),
    "a workbook copied with its exercise numbering": (
        "LEG5",
        "Someone published our course workbook copied word for word, including our exercise numbering and our logo. "
        "Nobody has our permission; take it down.",
        "Can I publish our course workbook as a template, with our exercise numbering?"),
    "illustrations used without consent (pt)": (
        "LEG5",
        "O vosso template usa as minhas ilustrações sem eu ter autorizado nada. Quero que seja retirado.",
        "Posso usar as minhas ilustrações num template meu?"),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(ROUND_54)

NOT_AN_INCIDENT: NearMissTable = {
    "a simulated phishing campaign": (
        "SEC3",
        "Em novembro vamos enviar aos colaboradores e-mails de phishing simulados; como damos acesso ao quadro?", None),
    "leavers still listed, none signed in": (
        "SEC1", "Our access review found four former staff still listed; none of them signed in after leaving, so no "
                "harm done.", None),
    "what a court might ask one day": (
        "LEG2", "Would you notify us first if a court or government agency ever asked TeamFlow for our data?", None),
    "a complaint about past outages, working today": (
        "OUT1", "Between July and September TeamFlow was unavailable five times. The service is working today; this "
                "complaint concerns the pattern, not a live problem.", None),
    "a worry about getting hacked": (
        "SEC1", "My son says I shouldn't put customers on an app in case it gets hacked. Is my stuff safe?", None),
    "someone finally answered": (
        "SEC1", "Three emails, no reply. Then yesterday someone finally answered with something unrelated.", None),
    "the right to have it wiped": (
        "SEC4", "Under the data protection law I'm entitled to have it wiped. Delete everything you hold on me.", None),
    "a dependency arrow that does not stay (nl)": (
        "SEC4", "Ik trek een afhankelijkheid; de pijl verschijnt, maar na het verversen is hij weer weg.", None),
    "files nobody else can open": (
        "OUT1", "It says uploaded but nobody else in the firm can open them, it just says file not found.", None),
    "thinking about yearly billing": (
        "FIN5", "We pay monthly. The partners are considering paying annually instead, provided the saving is "
                "worthwhile.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_download_under_a_name_nobody_knows_exposes_the_list() -> None:
    found = signals("I took my old partner off the account in March. There's a download of my whole client list from "
                    "Sunday night under a name I don't recognise.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_an_ex_employee_who_downloaded_the_list_in_spanish() -> None:
    found = signals("Despedí a una chica hace un mes. Su usuario entró la semana pasada y se descargó el listado "
                    "entero de clientas.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True
