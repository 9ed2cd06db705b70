"""Offline extractor: a policy owner's acceptance test, a sixth writer in six languages, lay English, a busy inbox.

An invitee who "could pick Admin before creating her account", a court-appointed administrator who wants
the records kept, a type designer whose font ships without a licence, "ce qui nous manque vraiment", "que me
llame la persona que dirige ese equipo"; and the near misses beside them: "Storing? Nee, toch niet", a
subject that ends "(false alarm)", a security firm's sales pitch, the lawyers' own court deadlines.
"""

from __future__ import annotations

import pytest
from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

# round 49: each criterion as these writers told it, beside a near miss in similar words
OWNER_ACCEPTANCE: dict[str, tuple[str, str, str]] = {
    "an invitee can choose the admin role on the sign-up page": (
        "SEC2",
        "I invited our new intern as a Viewer, but on the sign-up page he could choose Admin from a dropdown before "
        "his account was created.",
        "I invited our new intern as a Viewer. Where do I change his role to Admin later on?"),
    "a public form flooded with crypto links (fr)": (
        "SEC3",
        "Depuis cette nuit, plus de 900 fiches arrivent par notre formulaire public, chacune avec un lien vers un "
        "site de cryptomonnaie.",
        "Nous accompagnons des clients dans la cryptomonnaie : comment ajouter un lien vers leur site sur une fiche ?"),
    "a liquidator asks for the company's records": (
        "LEG3",
        "I am the liquidator of Harrow Freight Ltd, appointed last week. Please provide a full copy of the company's "
        "records held in TeamFlow and keep everything until I confirm.",
        "Harrow Freight Ltd is closing down. Please cancel the subscription at the end of the month."),
    "a type designer's font served without a licence": (
        "LEG5",
        "I'm the designer behind the Quillfield typeface. Your onboarding templates use it, yet you never bought a "
        "licence for it.",
        "Which typeface do your onboarding templates use? We would like to buy a licence for our own site."),
    "nothing of mine may be kept (nl)": (
        "LEG4",
        "Ik ben gestopt bij de vereniging en wil niet dat er nog iets van mij bewaard blijft. Volgens de AVG heb "
        "ik daar recht op.",
        "Hoe lang blijft een verwijderde kaart bewaard voordat hij echt weg is?"),
    "the same wrong VAT at a sister company (de)": (
        "FIN1",
        "Auf unserer Rechnung steht die falsche Mehrwertsteuer, und unsere Schwesterfirma mit eigenem Konto hat "
        "genau denselben Fehler auf ihrer Rechnung.",
        "Unsere Schwesterfirma möchte ein eigenes Konto. Wie bekommt sie eine eigene Rechnung?"),
    "three cards tried, the payment never goes through (pt)": (
        "FIN2",
        "Tentei com três cartões diferentes e aparece sempre o mesmo erro ao pagar a renovação.",
        "Quais cartões vocês aceitam para pagar a renovação?"),
    "the second charge sent back to the same card": (
        "FIN3",
        "We were charged twice for the annual add-on. Could you send the second $1,450 back to the same card?",
        "We were charged twice for the annual add-on. Could you send me both receipts?"),
    "fewer seats and an amendment to sign (fr)": (
        "FIN5",
        "Nous réduisons l'équipe : merci de modifier notre abonnement et de nous envoyer l'avenant à signer.",
        "Où puis-je télécharger notre abonnement actuel au format PDF ?"),
    "dissatisfaction recorded officially (es)": (
        "SAT1",
        "Quiero que nuestro descontento con la migración conste de manera oficial en su registro de reclamaciones.",
        "Tenemos un cliente descontento con su pedido; ¿cómo le asigno la tarea a otra persona?"),
    "the person who runs that team, not another technician (es)": (
        "SAT2",
        "Quiero que me llame la persona que dirige el equipo de migraciones, no otro técnico.",
        "¿Quién dirige el proyecto en TeamFlow? ¿Cómo veo el responsable de cada tarjeta?"),
    "what we really miss, a read-only calendar for clients (fr)": (
        "SAT5",
        "Ce qui nous manque vraiment : pouvoir partager le calendrier avec nos clients sans qu'ils créent un compte.",
        "Il nous manque une facture du mois de mars : pouvez-vous la renvoyer ?"),
    "would it be possible to add it, a signature on a card (it)": (
        "SAT5",
        "Ci farebbe risparmiare tempo poter far firmare il cliente sulla scheda. Sarebbe possibile aggiungerla?",
        "La firma del cliente sulla scheda non si salva più da ieri."),
    "the portal in our colours shows your logo (fr)": (
        "ENT5",
        "Depuis la mise à jour, notre portail à nos couleurs affiche de nouveau votre logo en haut de chaque page.",
        "Comment mettre nos couleurs sur un tableau ?"),
    "a firm we never had dealings with holds our member list (es)": (
        "SEC1",
        "Una agencia con la que no hemos tenido nunca ningún trato nos mandó nuestra propia lista de socios, con "
        "datos que solo están en TeamFlow.",
        "Una agencia nos pidió nuestra lista de socios; ¿cómo la exporto desde TeamFlow?"),
}

test_owner_acceptance_criterion_fires, test_owner_acceptance_near_miss_does_not_fire = criterion_case_tests(
    OWNER_ACCEPTANCE)

# round 49: words of an incident that report none
NOT_AN_INCIDENT: NearMissTable = {
    "an outage that was the customer's own router, then a question (nl)": (
        "OUT1", "Gisteren dachten we dat TeamFlow plat lag, maar uiteindelijk bleek het onze eigen router te zijn. "
                "Kan de app ook offline werken?", "Storing? Nee, toch niet"),
    "an empty board taken back in the subject line (fr)": (
        "SEC4", "Ce matin le tableau était vide, plus une seule carte. En fait un filtre était resté actif.",
        "Toutes nos cartes avaient disparu (fausse alerte)"),
    "a law firm's own court deadlines (es)": (
        "OUT1", "Somos un despacho de abogados: cada demanda tiene plazos procesales que no podemos saltarnos. "
                "¿Hay una plantilla para esto?", None),
    "members who only thought a mail was phishing (fr)": (
        "SEC3", "Nos adhérents ont cru à de l'hameçonnage parce que les e-mails partent avec votre nom.", None),
    "an amount in rand is not an HTTP error": (
        "TEC3", "Our bank statement shows R18,500 taken for the upgrade.", "Refund please"),
    "everything may go: a wish, not a loss (nl)": (
        "SEC4", "Ik ben gestopt als vrijwilliger. Alles mag weg, definitief.", "Mijn gegevens"),
    "a project that comes up in the end": (
        "OUT1", "Is TeamFlow down? Every project takes about a minute; it does come up in the end and then works.",
        None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_security_firms_pitch_is_no_support_request() -> None:
    found = signals("Data breaches cost SaaS companies millions, most through a vulnerability a scan would catch. At "
                    "ShieldCo we run automated penetration tests against web apps like yours and send a report "
                    "within 48 hours. Do you have 15 minutes on Thursday?", "Free security check for TeamFlow")
    assert not found.hits
    assert found.topic == "product"


@pytest.mark.parametrize(("body", "exposed"), [
    # a supplier who never was a member reads our staff board back (de)
    ("Unser Lieferant war nie Mitglied in unserem Arbeitsbereich, hat mir aber Sätze aus unserem Personalboard "
     "vorgelesen.", True),
    # a removed ex-employee's account exported everything (nl)
    ("Onze oud-medewerker hebben we uit de werkruimte verwijderd, maar twee dagen later heeft zijn account alle "
     "projecten geëxporteerd.", True),
    # a firm we never worked with receives our weekly digest (pt)
    ("Uma construtora com quem a gente nunca trabalhou recebe toda segunda-feira o resumo semanal do nosso quadro, "
     "com os nomes dos clientes.", True),
])
def test_data_seen_by_outsiders_is_exposed(body: str, exposed: bool) -> None:
    found = signals(body)
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is exposed


def test_our_own_former_admin_receiving_an_automated_summary_exposes_nothing() -> None:
    found = signals("We closed our workspace in October and your DPA promises deletion within 30 days. Yesterday our "
                    "former admin received your automated yearly summary listing our project names, so the data was "
                    "never deleted. That breaches GDPR.", "Compliance violation: data never deleted")
    assert "SEC5" in {h.criterion for h in found.hits}
    assert found.data_exposed is None


@pytest.mark.parametrize(("body", "topic"), [
    ("I'm trying to install the desktop app and Windows says I need administrator rights. Also, what does Pro cost "
     "per user?", "technical"),
    ("How do I make the timeline view the default? Everyone lands on the list view and has to switch every time.",
     "product"),
])
def test_first_line_topic(body: str, topic: str) -> None:
    assert signals(body).topic == topic

# round 49: the same round's lay English and busy inbox, each beside a near miss
TOLD_BY_WHAT_THEY_SAW: dict[str, tuple[str, str, str]] = {
    "logged out, and the back arrow brings the board back": (
        "SEC2",
        "On the shared library computer I logged out, then somebody pressed the back arrow and the whole board came "
        "back, and they could still open the cards.",
        "Where is the back arrow in the card view? I can't find my way back to the board."),
    "the role in the invite address edited from guest to owner (es)": (
        "SEC2",
        "Si en la dirección de la invitación cambias el final role=guest por role=owner, entras como propietario.",
        "¿Qué significa role=guest en la dirección de la invitación?"),
    "an anonymous guest downloaded our files (fr)": (
        "SEC1",
        "Le journal montre que nos devis ont été téléchargés par « Invité anonyme » depuis une adresse inconnue.",
        "Comment autoriser un invité anonyme à consulter un tableau ?"),
    "an export from an absent colleague's account and a foreign address": (
        "SEC1",
        "The log shows an export of all clients from Tomasz's account, from IP 91.134.2.8, at 3am. Tomasz was on "
        "holiday and asleep.",
        "The log shows an export of all clients from Tomasz's account. How do I schedule that every week?"),
    "an account nobody knows made itself an owner": (
        "SEC1",
        "There is a user called 'support-team' we have never had, and it made itself an owner of the workspace.",
        "I made myself an owner of the workspace by mistake; how do I go back to admin?"),
    "a marketing box already ticked on a public form": (
        "SEC5",
        "Your public sign-up form has the box for marketing emails already ticked, so people are signed up for "
        "promotional mail without giving consent.",
        "The box for marketing emails is already ticked on our own newsletter form; how do I untick it?"),
    "a public form pushed full of junk links": (
        "SEC3",
        "Somebody has been pushing junk through our booking form all night: 2,000 new tasks stuffed with links to "
        "dodgy sites.",
        "How do I add links to our booking form so clients can reach our own site?"),
    "a board of nursing investigating, asking for records": (
        "LEG2",
        "I'm an investigator with the state board of nursing. We have opened an investigation and request the "
        "activity records of the account below.",
        "I'm a clerk at the state board of nursing and we use TeamFlow for our own case calendar. How do I share it?"),
}

test_told_by_what_they_saw_criterion_fires, test_told_by_what_they_saw_near_miss_does_not_fire = (
    criterion_case_tests(TOLD_BY_WHAT_THEY_SAW))
