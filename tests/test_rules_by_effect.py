"""Offline extractor, round 59: incidents told by their effects, and words that only sound like one.

Notes "ridotte a righe di simboli", reports "in der Warteschlange" at partner firms, "nothing that is supposed to
happen by itself", a paid template that copies a teacher's book "com direitos de autor", a home-made program that
gets "Zeitüberschreitung" like the tax adviser's, a key "starting with SG." in a bundle, another firm that opens a
salary project, pasted audit-log lines, letters from a firm nobody has heard of that know what customers ordered.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

# each criterion as these writers told it, beside a near miss in similar words
BY_EFFECT: dict[str, tuple[str, str, str]] = {
    "customer notes turned into lines of symbols (it)": (
        "SEC4",
        "Da lunedì le schede dei pazienti sono righe di simboli incomprensibili, non si legge più niente.",
        "Quando incollo da Word in un commento vedo solo simboli, come lo evito?"),
    "notes that are only characters now (de)": (
        "SEC4",
        "Die Notizen der Kunden sind seit dem Update nur noch Zeichen, nichts mehr lesbar.",
        "Wie bekomme ich Sonderzeichen in die Notizen?"),
    "reports stuck in the queue at partner firms too (de)": (
        "OUT3",
        "Die automatischen Wochenberichte hängen seit gestern in der Warteschlange. Bei drei Partnerfirmen, die "
        "auch TeamFlow nutzen, ist es genauso.",
        "Wie sehe ich, welche Berichte noch in der Warteschlange sind?"),
    "nothing automatic happens, others in a users' group agree": (
        "OUT3",
        "Since Monday nothing that should happen by itself is happening: no reminders, no recurring cards. People "
        "in the TeamFlow users Facebook group report the same.",
        "Is there a way to make reminders happen by itself every Monday?"),
    "a paid template copying a teacher's book (pt)": (
        "LEG5",
        "O modelo pago que comprei na vossa galeria copia capítulos inteiros de um livro com direitos de autor da "
        "minha antiga professora.",
        "Posso copiar um modelo da galeria que tem direitos de autor para o meu projeto?"),
    "a home-made program timing out, the tax adviser's too (de)": (
        "OUT2",
        "Unser selbst geschriebenes Programm, das Rechnungen an TeamFlow schickt, bekommt nur noch "
        "Zeitüberschreitung. Unser Steuerberater hat dasselbe mit seinem Programm.",
        "Unser selbst geschriebenes Programm bekommt nur auf meinem Laptop eine Zeitüberschreitung."),
    "a mail provider's key in the web app's bundle": (
        "SEC2",
        "Your dashboard's app.js contains a string starting with SG. that looks like your mail provider's API key, "
        "readable by anyone.",
        "Where do I paste our SG. key for the mail integration in settings?"),
    "another firm opens our salary project (de)": (
        "SEC1",
        "Eine andere Firma kann unser Projekt 'Löhne 2026' öffnen und hat die Zahlen gesehen.",
        "Wie kann ich eine andere Firma einladen, damit sie unser Projekt öffnen kann?"),
    "pasted audit-log lines of failed sign-ins": (
        "SEC3",
        "Audit log from last night, about 4,200 of these against 40 of our users:\n"
        "2026-11-20T02:11:09Z auth.login_failed user=a.lee@example.com ip=203.0.113.7 reason=invalid_password",
        "My login failed twice today, it says invalid password. Can you reset it?"),
    "strangers' letters that know what customers ordered": (
        "SEC1",
        "A removals firm none of us have heard of sent our clients letters naming the dates of their moves. The "
        "only place we keep those dates is our Bookings board.",
        "The only place we keep our booking dates is the Bookings board. Can I export it to Excel?"),
    "a teacher's exercises on another school's public board (es)": (
        "LEG5",
        "En un tablero público de otra academia están colgados 20 de mis ejercicios, y nunca les he dado permiso.",
        "Quiero compartir mis ejercicios en un tablero público. ¿Cómo lo hago?"),
    "the same wrong seat count on a neighbour's invoice": (
        "FIN1",
        "We were invoiced for 15 users and have 6. The bakery next door, which uses TeamFlow too, got exactly the "
        "same thing on her invoice this month.",
        "We were invoiced for 15 users and have 6. Can you correct it?"),
    "a named person on your side who knows how we work (es)": (
        "ENT3",
        "¿Sería posible tener una persona concreta de vuestro lado, alguien que conozca cómo trabajamos?",
        "Soy la persona concreta que lleva las compras aquí. ¿Dónde cambio la tarjeta?"),
    "three days without a human answer (fr)": (
        "SAT3",
        "Trois jours sans une réponse humaine, seulement votre réponse automatique de lundi.",
        "Votre réponse automatique de lundi m'indique un numéro de demande, merci."),
    "an existing contract changed as listed (de)": (
        "FIN5",
        "Bitte ändern Sie unseren bestehenden Vertrag ab März wie folgt:\n1. 9 statt 12 Nutzer\n2. jährliche "
        "Abrechnung",
        "Wie folgt finden Sie unsere neue Rechnungsadresse."),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(BY_EFFECT)

NOT_AN_INCIDENT: NearMissTable = {
    "an incident-response firm's vocabulary": (
        "SEC1", "We're an incident-response consultancy, so our boards are full of words like breach, ransomware "
        "and exfiltration. What would Pro cost for 10 users?", None),
    "staff asking IT whether they have been hacked over a certificate warning": (
        "SEC1", "Our branded portal shows a certificate warning and some staff are asking IT whether we've been "
        "hacked. Please renew the certificate.", None),
    "the vendor called a scam in a local group": (
        "SEC3", "Someone in our local business Facebook group is asking if TeamFlow is 'a scam' after the price "
        "change. Could someone from your side reply there?", None),
    "a review threatened on Google (nl)": (
        "SEC1", "Als ik voor vrijdag niets hoor, zet ik mijn ervaring op Google en LinkedIn.", None),
    "attachments that only fail on one tablet (it)": (
        "OUT1", "Da stamattina sul mio tablet non si apre più nessun allegato. Sul computer del mio socio invece "
        "si aprono.", None),
    "the writer's name taken off copied sheets is no data loss (es)": (
        "SEC4", "Otra academia tiene mis partituras en un tablero público, con mi nombre borrado.", None),
    "a VAT number to add to the next invoice": (
        "SAT5", "Our accountant needs our VAT number on the invoices. Can you add it so it shows on the next one "
        "and re-send last month's?", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_another_firm_that_saw_the_figures_has_seen_data() -> None:
    found = signals("Eine andere Firma kann unser Projekt 'Löhne 2026' öffnen und hat die Zahlen gesehen.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_letters_from_a_firm_nobody_knows_are_an_exposure() -> None:
    found = signals("A removals firm none of us have ever heard of sent our clients letters naming the dates of "
                    "their moves. They got a glossy letter each. The only place we keep those dates is our "
                    "Bookings board.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_lawyer_named_after_if_you_cannot_explain_is_a_threat() -> None:
    found = signals("Si vous n'êtes pas capables de m'expliquer comment nos devis sont arrivés chez un concurrent, "
                    "mon avocat prendra contact avec vous.")
    assert "LEG1" in {h.criterion for h in found.hits}


def test_a_capitalised_prefix_before_a_period_does_not_end_the_sentence() -> None:
    from triage.extractors.textparse import sentences

    text = "There is a string starting with SG. that looks like a key."
    assert len(sentences(text, ((0, len(text)),)).spans) == 1
