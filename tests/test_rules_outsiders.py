"""Offline extractor, round 56: data in outsiders' hands, multilingual parity, subjects, overlapping anchors.

An agency never hired that keeps getting the roadmap digest, an outside firm inside the workspace, a vendor holding
more boards than it was given, a board "que nao e meu" with another firm's clients, an ex-partner who "has no business
being in there", a rota vandalised while "we were all asleep"; a subject that states the incident is not taken back by
a question further down; an anchor that starts inside another ("semanas de|spedimos") is still seen.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, hit_ids, signals

from triage.extractors.textparse import sentences

# each criterion as these writers told it, beside a near miss in similar words
OUTSIDERS: dict[str, tuple[str, str, str]] = {
    "an agency never hired keeps getting our digest": (
        "SEC1",
        "A design studio we never signed with says they have been getting our weekly 'Board summary' e-mail since "
        "March, with our client names in it.",
        "I'm still getting the weekly summary e-mails after leaving the project. How do I unsubscribe?"),
    "a removed freelancer still receives our updates": (
        "SEC1",
        "We removed the freelancer in May and he still receives our daily update e-mails with every order in them.",
        "We removed the freelancer in May. Does he still receive anything from us?"),
    "an outside firm had access to our workspace (pt)": (
        "SEC1",
        "Uma empresa de fora teve acesso as tarefas do nosso espaco e citou-as num e-mail.",
        "Queremos dar acesso a uma empresa de fora. Como fazemos?"),
    "a vendor took more boards than it was given": (
        "SEC1",
        "The app's importer pulled in every board of the workspace, and the HR boards now sit in their system. We "
        "only ever authorised the sales board.",
        "We only authorised the sales board for the app. Can we add a second one?"),
    "another firm's board shows up as not mine (es)": (
        "SEC1",
        "En mi panel apareció un tablero que no es mío, de una gestoría, con nombres y teléfonos de sus clientes.",
        "Hay un cargo en mi tarjeta que no es mío, de una gestoría que no conozco."),
    "our client list found on a paste site (nl)": (
        "SEC1",
        "Een klant vond zijn gegevens op een plaksite, samen met die van tweehonderd andere klanten van ons.",
        "Kunnen jullie onze klantenlijst als bestand sturen?"),
    "an ex-husband signed in with no business being there": (
        "SEC1",
        "The sign-in history shows my ex-husband's tablet on our family account last night. He has no business being "
        "in there any more.",
        "My ex-husband and I share the kids' calendar board. How do I give him edit rights?"),
    "a stranger texted a photo of a card from my board": (
        "SEC1",
        "A number my customer didn't know sent her a screenshot of her card from my board. I have never shared that "
        "board, it's only me.",
        "I sent my customer a screenshot of her card from my board. Can I share it as a link instead?"),
    "a message posted from a colleague's user while she slept (it)": (
        "SEC1",
        "Il commento è stato pubblicato dall'utente di Marta alle tre di notte, ma lei dormiva.",
        "Il commento è stato pubblicato dall'utente di Marta alle tre. Come lo modifico?"),
    "the family board completely emptied": (
        "SEC4",
        "This morning our club's fixtures board was completely emptied: three seasons of notes gone.",
        "We archived last season and the board was emptied as planned."),
    "records scrambled after an update": (
        "SEC4",
        "Since the update the due dates on our board all say 1 January 1970 and names are attached to the wrong "
        "rows. Nobody has touched it.",
        "I shuffled the rows myself after the update. How do I sort them by date again?"),
    "a rota vandalised by nobody here": (
        "SEC3",
        "Every shift on our rota was renamed to swear words overnight. None of us did it, we were all asleep.",
        "Can you add a profanity filter? Our kids keep writing swear words in the chores list."),
    "an old invite lets a removed account back in": (
        "SEC2",
        "We removed a test account, then clicked its old invitation link and it put the account straight back into "
        "the workspace.",
        "How do I add someone we removed straight back into the workspace?"),
    "not one of the eight of us gets past the login page": (
        "OUT1",
        "Since nine not one of the eight of us can get past the login page, on every phone and laptop.",
        "Not one of the eight of us has used the Gantt view yet. Is there a video?"),
    "a blank white page everywhere": (
        "OUT1",
        "Blank white page since 7am. My laptop, my phone on 4G, my brother's computer in another town: same "
        "everywhere.",
        "When I print a board I get a blank page. Same everywhere I try."),
    "notifications stopped for other firms too": (
        "OUT3",
        "No reminder emails, no pings, nothing since yesterday, and my friend who runs a salon on TeamFlow has had "
        "none either.",
        "I turned off the reminder emails for my team. How do I turn them back on?"),
    "TeamFlow answers every call with an error for many clients (es)": (
        "OUT2",
        "La empresa de la web dice que TeamFlow contesta con un error a todo, y que les pasa con todos sus clientes.",
        "La empresa de la web dice que TeamFlow contesta con un error 401 a su script. ¿Qué clave usamos?"),
    "server not found everywhere (pt)": (
        "OUT5",
        "Desde as 9h o navegador diz 'Servidor não encontrado' para app.teamflow.com, em todo o lado.",
        "No portátil de casa aparece 'Servidor não encontrado' só quando uso a VPN da empresa; no telemóvel funciona."),
    "a lawyer writing to you": (
        "LEG1",
        "My lawyer is writing to you this week about the money you took after I cancelled.",
        "My lawyer writes contracts for a living; can you export our board to PDF?"),
    "a good case against you": (
        "LEG1",
        "My cousin is a solicitor and says I have a strong case against you for the lost bookings.",
        "My cousin is a solicitor and uses TeamFlow for her case files. Is there a legal template?"),
    "a report to the consumer agency": (
        "LEG2",
        "Today I filed a report with the consumer agency about your automatic renewal, and they may contact you.",
        "Is TeamFlow approved by any consumer agency? Just curious."),
    "a skilled person appointed by the regulator": (
        "LEG2",
        "We have been appointed by the Financial Conduct Authority as skilled person to review your customer's "
        "outsourcing; please provide your SOC 2 report and schedule a short call.",
        "Our firm is regulated by the Financial Conduct Authority. Where do I find your SOC 2 report?"),
    "an order of the district court (de)": (
        "LEG3",
        "Heute kam ein Beschluss des Amtsgerichts: alle Einträge unseres Boards sollen bis Mai vorgelegt werden.",
        "Unser Verein hat einen Beschluss gefasst, das Board umzubenennen. Wie geht das?"),
    "a subprocessor nobody agreed to": (
        "SEC5",
        "That AI provider is not on the subprocessor list of our data processing agreement and nobody agreed to "
        "pupils' notes going there.",
        "Could you send us the current subprocessor list for our data processing agreement?"),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(OUTSIDERS)

# words that sound like an incident and report none
NOT_AN_INCIDENT: NearMissTable = {
    "her own address still getting notifications": (
        "SEC1", "The complainant says her own e-mail address continues to receive notifications from your service.",
        None),
    "a re-invited colleague back in": (
        "SEC2", "We removed Tom by mistake; after we re-invited him he was straight back in.", None),
    "a hired outside firm to be given access": (
        "SEC1", "We hired an outside company to migrate our boards; how do we give them access to our workspace?",
        None),
    "a count that went up": (
        "SEC4", "Our plan allows 500 tasks and it had 480 tasks last week; now there are 495. Can we raise the limit?",
        None),
    "a card charge from an unknown company": (
        "SEC1", "There's a charge on my card that isn't mine, from a company I don't know.", None),
    "a newsletter flood in my own inbox": (
        "SEC3", "My inbox is being flooded with your newsletters, please stop.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_an_anchor_that_starts_inside_another_is_still_seen() -> None:
    # "semanas de" (a stem anchor) covers the start of "despedimos", which names the leaver
    found = hit_ids("Hace tres semanas despedimos a un comercial y el martes su usuario exportó el tablero de clientes "
                    "a CSV.")
    assert "SEC1" in found


def test_a_question_below_does_not_take_back_the_subject() -> None:
    assert "SEC1" in hit_ids("Er hat uns im Januar verlassen. Sein Konto hat im Februar eine Exportdatei gezogen. Wie "
                             "konnte er da noch rein?", "Ehemaliger Azubi hat unsere Kundenliste")
    # a how-to further down still does
    assert "OUT3" not in hit_ids("How do I turn on remember-me on my Mac?", "Login loop on my Mac only")


def test_a_bracket_closed_after_an_ellipsis_goes_on() -> None:
    text = "Mes fichiers (devis, photos...) s'ouvrent en caractères bizarres. Même les vieux."
    first_start, first_end = sentences(text, ((0, len(text)),)).spans[0]
    assert text[first_start:first_end] == "Mes fichiers (devis, photos...) s'ouvrent en caractères bizarres."


def test_an_official_request_is_no_sales_pitch() -> None:
    found = signals("We have been appointed by the Financial Conduct Authority as skilled person under section 166 "
                    "to review a material outsourced service. Please schedule a short call with your compliance lead.")
    assert found.support_request is True
    assert "LEG2" in {h.criterion for h in found.hits}


def test_outsiders_holding_our_records_is_an_exposure() -> None:
    for text in ("Een klant vond zijn gegevens op een plaksite, samen met die van tweehonderd andere klanten van ons.",
                 "I need to know how an outside company had access to the contents of our workspace.",
                 "The importer pulled in our HR boards and those records are now sitting in their system. We only ever "
                 "authorised one board."):
        found = signals(text)
        assert found.data_exposed is not None and found.data_exposed.value is True, text
