"""Offline extractor: very short and very long tickets, forwards, and combinations of criteria.

A forwarded message is the report itself, even when its lines carry ">"; a long ticket buries one
fact among paragraphs of background; a short one gives a single sentence. Each case pairs a text
that shows the criterion with a near miss in similar words that must not fire it.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, hit_ids, signals

from triage.text import split_ticket

# (criterion, text that shows it, near miss that must not fire it)
CASES: dict[str, tuple[str, str, str]] = {
    "payment fraud from a colleague's account (fr)": (
        "SEC3",
        "Nos clients ont reçu un message de notre directrice financière leur demandant de virer leurs paiements sur "
        "un nouveau compte. Elle n'a rien envoyé.",
        "Comment changer le compte bancaire sur lequel nous payons nos factures ?"),
    "reset link that works after use (de)": (
        "SEC2",
        "Euer Passwort-Reset-Link funktioniert auch nach der Benutzung immer wieder.",
        "Wie lange funktioniert euer Passwort-Reset-Link?"),
    "a rival's screenshot of a private board": (
        "SEC1",
        "A guy at a rival agency just emailed me a screenshot of our private pricing board.",
        "I emailed our designer a screenshot of our pricing board for review."),
    "reminders stopped at partner studios (it)": (
        "OUT3",
        "Non parte più nessuna notifica: niente promemoria. Nessuno dei nostri 30 colleghi ha ricevuto nulla, e i "
        "due studi partner che usano TeamFlow confermano la stessa cosa.",
        "Come attivo i promemoria per i due studi partner con cui lavoriamo?"),
    "or my lawyer hears about it": (
        "LEG1",
        "Someone logged into my account from Romania. Fix this or my lawyer hears about it.",
        "My lawyer asked whether you support two-factor sign-in."),
    "one named person for our account": (
        "ENT3",
        "Is it possible to have one named person on your side who looks after our account and knows how we work?",
        "I am the one named person on our side for all tool questions."),
    "days waiting for an answer (es)": (
        "SAT3",
        "Llevo ocho días esperando una respuesta a una pregunta sencilla sobre permisos.",
        "Llevo ocho días usando la nueva vista de permisos."),
    "the chat agent hung up (nl)": (
        "SAT3",
        "CSV-export geeft een leeg bestand en jullie chatmedewerker hing gewoon op.",
        "Onze chatmedewerker gebruikt TeamFlow voor de planning."),
    "boards take 20 seconds (fr)": (
        "TEC5",
        "Depuis lundi nos tableaux mettent 15 à 20 secondes à s'afficher.",
        "Le tableau affiche les tâches des 20 dernières semaines."),
    "a button that does nothing (fr)": (
        "TEC3",
        "Le bouton « Envoyer » des commentaires ne fait plus rien chez moi.",
        "Le bouton « Envoyer » des commentaires est-il déplaçable ?"),
    "same seats billed twice at other studios": (
        "FIN1",
        "March invoice billed every seat twice; two other studios in our building got the same.",
        "March invoice lists every seat; we have two studios in our building."),
}


test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(CASES)


def test_a_forward_makes_the_quoted_message_the_report() -> None:
    body = ("Hi, forwarding below.\n\n> I left Orlan in January. Under the GDPR I want all my personal data erased "
            "from every system.\n\nCan you handle the TeamFlow side?")
    forwarded = split_ticket("Fwd: erasure request", body)
    assert not forwarded.quoted and any("GDPR" in forwarded.text[a:b] for a, b in forwarded.new)
    assert "LEG4" in hit_ids(body, "Fwd: erasure request")
    replied = split_ticket("Re: erasure request", body)
    assert any("GDPR" in replied.text[a:b] for a, b in replied.quoted)


@pytest.mark.parametrize("text", [
    "Any hack to bulk-rename tags across projects?",
    "I am building a template for a typical lawsuit: complaint, discovery, depositions, trial. Each phase has "
    "deadlines that run from a court order.",
    "We prepaid the year, closed an office and removed them the same week. Please refund the unused months.",
    "The timeline view shows only the date header and no bars. The board and list views are fine.",
])
def test_no_false_immediate_alarm(text: str) -> None:
    found = hit_ids(text, "Gantt view blank" if "timeline" in text else None)
    assert not found & {"SEC1", "SEC2", "SEC3", "SEC4", "OUT1", "LEG1", "LEG3"}, found


def test_a_refund_amount_found_beside_a_later_mention() -> None:
    refund = signals("Bonjour, un peu de contexte sur notre entreprise. " * 12
                     + "Je vous demande donc de nous restituer les 1 200 € prélevés en trop.",
                     "Remboursement de notre abonnement annuel").refund
    assert refund is not None and refund.amount == 1200 and refund.currency == "EUR"


# round 21: every criterion told sideways, and a multilingual desk
SIDEWAYS: dict[str, tuple[str, str, str]] = {
    "a quote character shows the database (es)": (
        "SEC2",
        "Si escribo una comilla en el buscador, la página muestra nombres de tablas y parte de la consulta.",
        "¿Cómo busco un texto que contiene una comilla?"),
    "a guest who becomes an administrator": (
        "SEC2",
        "If a guest changes the role value in the request, they become an administrator.",
        "How do I make a guest become an admin of one board?"),
    "an authority's file with a deadline (fr)": (
        "LEG2",
        "Cette autorité a reçu une plainte. Vous disposez d'un délai de quinze jours pour nous transmettre les "
        "informations sur le traitement de ses données personnelles.",
        "Notre dossier client contient les informations de traitement des commandes."),
    "a signed order of the court to produce records": (
        "LEG3",
        "Attached is a signed order of the district court requiring production of all comments by two users.",
        "We built a template for each phase of a typical case, with dates from the court order."),
    "a registered trademark used without consent (pt)": (
        "LEG5",
        "O modelo da vossa galeria usa o nosso nome e o nosso logótipo, que são marca registada, como se fosse "
        "um exemplo. Nunca demos autorização.",
        "Como registamos a nossa marca no modelo da galeria?"),
    "a vendor holds our task titles": (
        "SEC1",
        "A tool we use sent me a report with the real titles of our TeamFlow tasks. We never connected it.",
        "We never connected Slack because we did not need it."),
}



@pytest.mark.parametrize("text", [
    "Our office wifi gave up for an hour this morning, so nobody could open TeamFlow. It's back now.",
    "Nos clients pensent qu'il s'agit d'un piratage car le portail affiche le certificat de teamflow.com.",
    "We changed our company name last month. How can I rename the workspace?",
])
def test_no_false_alarm_of_the_sideways_round(text: str) -> None:
    found = hit_ids(text)
    assert not found & {"SEC1", "OUT1", "FIN5"}, found


def test_a_stranger_who_reads_our_board_out_exposes_it() -> None:
    found = signals("A man I have never met rang our front desk and read out, line by line, the salary figures we "
                    "keep on our private 'Pay review 2026' board.").data_exposed
    assert found is not None and found.value is True


# round 22: a buyer's acceptance test and a team lead's regression suite
ROUND22: dict[str, tuple[str, str, str]] = {
    "removed from our workspace, still shares a screenshot": (
        "SEC1",
        "We removed Jonas from our workspace in March. A client forwarded us a screenshot Jonas sent him of our "
        "pricing board. How can he still see this?",
        "We removed Jonas from our workspace in March because his contract ended."),
    "guest gains admin rights (fr)": (
        "SEC2",
        "Si je remplace la valeur par « admin », le compte invité obtient tous les droits d'administration.",
        "Comment donner les droits d'administration à un collègue ?"),
    "failed sign-in mails all night (fr)": (
        "SEC3",
        "J'ai reçu cette nuit une quarantaine de mails 'tentative de connexion échouée', toutes les deux minutes. "
        "Quelqu'un essaie de deviner mon mot de passe.",
        "J'ai fait une tentative de connexion échouée parce que j'avais oublié mon mot de passe."),
    "a consumer authority seized (fr)": (
        "LEG2",
        "J'ai fait un signalement auprès de la DGCCRF ce matin, avec vos e-mails en pièce jointe.",
        "La DGCCRF publie-t-elle des guides sur les abonnements ?"),
}



@pytest.mark.parametrize("text", [
    "We're a small law firm and use TeamFlow to track subpoena deadlines and court filings for our clients. How do "
    "I set up a task that repeats before each hearing?",
    "Half the cards on my sprint board vanished. A colleague showed me I'd clicked the 'Assigned to me' filter by "
    "mistake, so they're all there.",
    "Your fix didn't work again. First we cleared the cache, then your colleague re-indexed the project.",
])
def test_round22_no_false_immediate_alarm(text: str) -> None:
    found = hit_ids(text)
    assert not found & {"SEC1", "SEC4", "LEG3"}, found


# round 23: the security and legal team's test, and a customer success manager's inbox
ROUND23: dict[str, tuple[str, str, str]] = {
    "a count that dropped, bin and filters ruled out": (
        "SEC4",
        "Our 'Spring Launch' project had 212 tasks on Friday. This morning it shows 97. Nobody on the team deleted "
        "anything, the trash is empty.",
        "The trash is empty. How do I restore a project I deleted on purpose last month?"),
    "a guest with all admin permissions (it)": (
        "SEC2",
        "Ho cambiato un valore nel profilo e da quel momento l'ospite aveva tutti i permessi di amministratore.",
        "Come do i permessi di amministratore a un collega?"),
    "a screenshot in a public Discord": (
        "SEC1",
        "Someone posted a screenshot of our salary board in a public Discord server. Nobody outside HR should ever "
        "have seen that board.",
        "We posted a screenshot of our public roadmap board in our Discord server for the community."),
    "a photographer claims the template's images": (
        "LEG5",
        "The photographer emailed us and you: she says the header photos are hers, unlicensed, and wants them "
        "taken down.",
        "We hired a photographer for our own template's header photos."),
}



@pytest.mark.parametrize("text", [
    "Question théorique : que se passerait-il pour nos données si vos serveurs tombaient en panne un jour ?",
    "For QA we have labels in caps like HACKED and BROKEN. The colour picker for labels doesn't change the colour.",
    "Algunos clientes creen que nos han hackeado porque les llegó un correo raro, pero fue un error nuestro.",
    "A causa dei continui problemi di febbraio e marzo chiediamo il rimborso di 9.000 € corrispondenti a due mesi "
    "di canone.",
])
def test_round23_no_false_immediate_alarm(text: str) -> None:
    found = hit_ids(text)
    assert not found & {"SEC1", "OUT1", "OUT3"}, found


# round 24: an auditor's acceptance test and small businesses in their own words
ROUND24: dict[str, tuple[str, str, str]] = {
    "logging out leaves the boards to the next person": (
        "SEC2",
        "After I click log out, if the next teacher presses the back arrow, my boards come back and she can drag "
        "my cards around.",
        "How do I log out of the mobile app?"),
    "wrong-password mails all night": (
        "SEC3",
        "I woke up to forty emails saying 'wrong password entered' for my account, all between 1am and 4am. Is "
        "somebody trying to get in?",
        "I entered the wrong password entered by mistake twice and got locked out; how long is the lock?"),
    "the prosecutor asks for records (it)": (
        "LEG3",
        "La Procura ci ha notificato una richiesta: vogliono tutti i messaggi del nostro ex collaboratore.",
        "La Procura è un nostro cliente: come condivido una bacheca con loro?"),
    "customer data at a service with no contract (fr)": (
        "SEC1",
        "Votre page de formulaires envoie les noms saisis par nos clients à un service de statistiques "
        "publicitaires, qui n'a aucun contrat avec nous.",
        "Ce prestataire n'a aucun contrat avec nous, nous l'avons donc retiré de nos outils."),
}


# round 25: ordinary people who run things
ROUND25: dict[str, tuple[str, str, str]] = {
    "gift cards asked for from my account": (
        "SEC3",
        "All 38 members had messages from my account asking them to buy Amazon vouchers and send the codes. I did "
        "not write these.",
        "Can members buy gift cards for the choir through your app?"),
    "a list published in a Facebook group (it)": (
        "SEC1",
        "Qualcuno ha pubblicato in un gruppo Facebook l'elenco dei nostri clienti con i numeri di telefono.",
        "Abbiamo un gruppo Facebook per i genitori: possiamo collegarlo alla bacheca?"),
    "someone typed the wrong password all night": (
        "SEC3",
        "I got forty emails saying someone typed the wrong password on my account, one every couple of minutes "
        "while I was in bed.",
        "I typed the wrong password twice this morning; how do I reset it?"),
}


ALL_ROUNDS = {**SIDEWAYS, **ROUND22, **ROUND23, **ROUND24, **ROUND25}


@pytest.mark.parametrize("text", [
    "Our big van went down on the M6 this morning so today's jobs are off. Can I move all of today's cards?",
    "Please log this as a formal complaint: your service went down two Sundays ago with no warning. It works now.",
    "Bonjour, depuis lundi nos clients avocats voient le logo TeamFlow sur notre portail à notre marque.",
])
def test_round25_no_false_immediate_alarm(text: str) -> None:
    found = hit_ids(text)
    assert not found & {"OUT1", "LEG1"}, found


test_later_round_criterion_fires, test_later_round_near_miss_does_not_fire = criterion_case_tests(ALL_ROUNDS)


def test_anchors_are_plain_words_not_regex() -> None:
    """An anchor is matched literally: regex syntax in one ("nicht (?:mehr )?offnen") never matches anything."""
    from triage.extractors.detectors import ALL_RULES

    literal_markers = {"[object"}  # what a broken page prints ("[object Object]"), meant literally
    suspicious = sorted({(r.name, a) for r in ALL_RULES for a in r.anchors
                         if a not in literal_markers and any(ch in a for ch in "()[]?\\*+{}|")})
    assert not suspicious, suspicious
