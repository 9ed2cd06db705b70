"""Offline extractor: second-language English, a regulated-sector inbox, messy forwarded mail, boundary tickets.

"All the attachments are away", "it is not conform", "he read to her the list of our quotations", "we want to
propose you a function"; a liquidator-free council whose "Policía Local" is just one more department; an
update typed under the sign-off ("UPDATE 9:41: please ignore"); a report forwarded through an out-of-office
reply; "a Fortune 500 food manufacturer" stated after the company's name.
"""

from __future__ import annotations

import pytest
from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, hit_ids, signals

# round 50: each criterion as these writers told it, beside a near miss in similar words
SECOND_LANGUAGE: dict[str, tuple[str, str, str]] = {
    "dozens of failed sign-in mails, someone trying passwords (pt)": (
        "SEC3",
        "Três colegas receberam dezenas de e-mails 'Tentativa de início de sessão falhada' durante a noite; alguém "
        "está a experimentar palavras-passe nas nossas contas.",
        "Recebi um e-mail 'Tentativa de início de sessão falhada' depois de me enganar na palavra-passe. É normal?"),
    "every bundle replaced, the earlier versions gone": (
        "SEC4",
        "Every hearing card now has the same unrelated attachment. The bundles that were there before are gone and "
        "the earlier versions aren't listed any more. Nobody here uploaded anything.",
        "How do I see the earlier versions of a bundle before I replace it?"),
    "a solicitor puts the vendor on notice of a claim": (
        "LEG1",
        "Our solicitor has asked us to put you on notice that we hold TeamFlow responsible and intend to pursue a "
        "claim for our costs.",
        "Our solicitor asked us to send you the signed order form. Where should it go?"),
    "the agreement moved to the merged company": (
        "FIN5",
        "Please transfer the agreement and future invoices to Harbour & Vale Homes Ltd from 1 June; the two "
        "associations have merged.",
        "Please send the invoices for May to our new accounts address."),
    "a CSV export that comes out with headers only (pt)": (
        "TEC3",
        "Quando exporto o quadro para CSV, o ficheiro sai só com a linha dos cabeçalhos, sem nenhuma linha de dados.",
        "Como exporto o quadro para CSV com os cabeçalhos em português?"),
    "health data leaving in clear e-mails, 'not conform'": (
        "SEC5",
        "We were told you are HIPAA conform, but it is not conform: patient health information is leaving the system "
        "in unprotected e-mails every day.",
        "Before we sign: is TeamFlow HIPAA conform, and can you send the BAA?"),
    "'non siete conformi al GDPR' (it)": (
        "SEC5",
        "Il DPA dice che i dati restano in UE, ma gli allegati sono salvati negli Stati Uniti. Così non siete conformi "
        "al GDPR.",
        "Siete conformi al GDPR? Dove sono salvati gli allegati?"),
    "a competitor's man read our quotations to our sales assistant": (
        "SEC1",
        "A man from a competitor called our sales assistant and read to her the list of our next quotations, with "
        "the internal comments. Only the three partners are members of that board.",
        "A competitor sent us their price list. How do I attach it to our quotations board?"),
    "all the attachments are away": (
        "SEC4",
        "Since this morning all the attachments in our project are away, around 600 files; in the tasks stands only "
        "'file not found' and the trash is empty.",
        "While I was away my colleague added new attachments; how do I see who added them?"),
    "a lure posted from a colleague's account while he is on holiday (es)": (
        "SEC3",
        "La cuenta de Javier está escribiendo comentarios con un enlace para verificar la factura. Javier está de "
        "vacaciones, no es él.",
        "¿Cómo pongo en la tarea un enlace para verificar la factura en nuestra web?"),
    "the product logo back on a white-label client portal (de)": (
        "ENT5",
        "Wir nutzen die White-Label-Version für unser Mandantenportal. Seit dem Wochenende sehen die Mandanten wieder "
        "das TeamFlow-Logo.",
        "Wie ersetze ich in einem Board das TeamFlow-Logo durch unser eigenes Bild?"),
    "a closed chat and 'not a way to treat a client'": (
        "SAT3",
        "Three times the chat said 'we reply in a few minutes', then an agent closed it without an answer. This is "
        "not a way to treat a client.",
        "Our trainer says shouting is not a way to treat a client; can I pin that note to the board?"),
    "fewer users and yearly payment in the contract (nl)": (
        "FIN5",
        "Eén locatie is gesloten, daarom willen wij ons abonnement aanpassen: van 25 naar 18 gebruikers.",
        "Hoeveel gebruikers hebben wij op dit moment in ons abonnement?"),
    "'we want to propose you a function'": (
        "SAT5",
        "We want to propose you a function: that the client can sign on the phone inside the card of the activity.",
        "The client signs on the phone inside the card, but the signature is not saved since yesterday."),
    "a board in a guest's sidebar that was never shared with him (de)": (
        "SEC1",
        "Wir haben einen Mitarbeiter der Agentur als Gast für ein Board eingeladen. In seiner Seitenleiste erscheint "
        "auch unser Board 'Gehälter 2026', und er hat es geöffnet.",
        "Wie blende ich ein Board in seiner Seitenleiste aus?"),
    "three cards and ACH all end in the processor's error": (
        "FIN2",
        "I've tried three different corporate cards and ACH; every attempt ends with 'Something went wrong on our "
        "end (code PX-502). You were not charged.'",
        "I have three different corporate cards; which one should I use for the renewal?"),
}

test_second_language_criterion_fires, test_second_language_near_miss_does_not_fire = criterion_case_tests(
    SECOND_LANGUAGE)

# round 50: words of an incident that report none
NOT_AN_INCIDENT: NearMissTable = {
    "an update under the sign-off takes the outage back": (
        "OUT1", "Since 9:00 nobody in our office can load TeamFlow, all twelve of us.\n\nThanks,\nSophie\n\nUPDATE "
                "9:41: please ignore! The new VPN profile was blocking *.teamflow.com. Rolled back, everyone's in.",
        "TeamFlow down for the whole office?"),
    "one export failing, shouted as 'down'": (
        "OUT1", "TeamFlow is down!!! Every time I click Export > PDF on my project it fails. I can open and edit "
                "everything else, it's just the PDF export on my project.", None),
    "API calls that succeed eventually": (
        "OUT2", "Is the API having an outage? Every call takes 8-10 seconds; they all succeed eventually, no errors, "
                "just painfully slow.", None),
    "a council's local police among the departments (es)": (
        "LEG3", "Queremos extender TeamFlow a Urbanismo, Servicios Sociales y la Policía Local, unas 120 personas "
                "más.", None),
    "pupils who turned up to empty rooms": (
        "SEC4", "Lessons no longer reach the tutors' calendars, so a couple of pupils have turned up to empty rooms "
                "this week.", None),
    "a school's own complaints board": (
        "SAT1", "We log parental complaints and the follow-up on a board called 'Complaints & concerns'. Can only "
                "the head see it?", None),
    "a council's case officers and their deadlines": (
        "LEG2", "The connector has stopped creating cards. Case officers rely on those cards to start the statutory "
                "clock.", None),
    "recovery codes in a drawer that can't be reached": (
        "OUT1", "I got a new phone and lost my authenticator. My recovery codes are in a drawer at the office, which "
                "I can't reach until next week.", None),
    "a processor error with 'you were not charged'": (
        "OUT5", "Every attempt ends with 'Something went wrong on our end (code PX-502). You were not charged.'",
        None),
    "a rival of the customer's business is no churn threat": (
        "HVA4", "A man from a competitor company called our sales assistant and read out our quotations.", None),
    "a second paid workspace opened by a former colleague": (
        "SEC1", "By error we have two paying workspaces: one opened by our former collaborator, not used since "
                "September. We ask the refund of 1.350 € and to close it.", None),
    "a Gantt view that draws every bar on 1 Jan 1970": (
        "SEC4", "The Gantt view of our project shows all the bars on the same date (1 Jan 1970).", None),
    "'ya nos han preguntado' is no failure (es)": (
        "TEC3", "Varios clientes ya nos han preguntado por las tareas nuevas del proyecto.", None),
    "tasks missing only in one view": (
        "SEC4", "In the timeline view everything we created this month is missing there, while in the list view it "
                "is normally present.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


@pytest.mark.parametrize(("body", "exposed"), [
    # a parent opened a private board found on Google, without an account (pt)
    ("Um pai de aluno achou o nosso quadro no Google. Nunca deixamos esse quadro público. Ele conseguiu abrir e ler "
     "tudo sem ter conta.", True),
    # "google has about 40 of our pages cached"
    ("A board restricted to our workspace opens without logging in, and google has about 40 of our pages cached: "
     "CVs, salary expectations, phone numbers.", True),
    # the salaries can be read on a guest's screenshot (de)
    ("Unser Gast hat uns einen Screenshot geschickt: In seiner Seitenleiste erscheint auch unser Board 'Gehälter', "
     "und er hat es geöffnet. Auf dem Screenshot sind die Namen und Gehälter von 60 Mitarbeitern zu sehen.", True),
    # a stranger's session exported the client board
    ("Priya is on leave with her phone off, yet her login was used at 02:14 from Singapore, and that session exported "
     "our entire clients board to CSV. None of us did this.", True),
    # the recovery address changed: "recuperación" is not "reçu" (es)
    ("Han cambiado el correo de recuperación de la cuenta de Javier a una dirección que no conocemos y ya no "
     "podemos entrar con su usuario.", False),
    # the writer opened the log; the removed member archived projects, nobody saw data
    ("While I was in settings I opened the activity log. Sam, whom I removed in January, archived 38 projects last "
     "night. None of us did this.", False),
])
def test_who_saw_the_data(body: str, exposed: bool) -> None:
    found = signals(body)
    assert {h.criterion for h in found.hits} & {"SEC1", "SEC2", "SEC3"}
    assert (found.data_exposed is not None and found.data_exposed.value) is exposed


def test_a_report_forwarded_through_an_out_of_office_reply_is_still_a_report() -> None:
    body = ("Our account manager is on leave (auto-reply below), so I'm sending this to you instead.\n\n"
            "-------- Automatic reply --------\nThanks for your message. I'm on parental leave until April. Messages "
            "to this address are not forwarded.\n\n---------- Forwarded message ---------\nThe read-only share link "
            "contains my personal API token, and that token is not read-only: a POST with it created a task.")
    assert "SEC2" in hit_ids(body, "Fwd: Automatic reply: API token leaking via share links")


def test_a_plain_out_of_office_reply_reports_nothing() -> None:
    found = signals("I am out of the office until 5 January with no access to email. Your message will not be "
                    "forwarded. For urgent matters, including legal questions, contact our office manager. For IT or "
                    "security incidents please call our service desk.", "Automatic reply: Your invoice")
    assert not found.hits


def test_fortune_500_stated_after_the_company_name() -> None:
    found = signals("I lead the PMO for the IT organisation at Castellan Foods, a Fortune 500 food manufacturer. We "
                    "want to add about 400 seats next quarter.")
    assert found.fortune_500 is not None and found.fortune_500.value is True


@pytest.mark.parametrize(("body", "topic"), [
    ("We set one card per court date. Can TeamFlow remind the fee earner seven days before each date?", "product"),
    ("In dark mode the 'Archived' label is dark grey on black, nearly not readable.", "technical"),
    ("Our staff check TeamFlow late at night and the bright white screen is a lot. Any chance of a dark mode?",
     "product"),
    ("Our trustees review every system yearly. Is TeamFlow GDPR compliant? We're not aware of any problem.",
     "product"),
])
def test_first_line_topic(body: str, topic: str) -> None:
    assert signals(body).topic == topic


def test_a_vague_plea_typed_on_a_phone_is_vague() -> None:
    assert signals("hi its doing that thing again where it wont let me. tried a few times. can someone sort it asap "
                   "pls\n\nsent from my phone", "help").vague
