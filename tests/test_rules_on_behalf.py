"""Offline extractor, round 62: notifications that reach outsiders, postings in a colleague's name, and look-alikes.

A business partner who "ist in diesem Projekt kein Mitglied" but "bekommt Benachrichtigungen mit Kommentaren"; a pastor
who got "an email notification from TeamFlow" with a camp file; comments "van onze directeur" while he "lag te
slapen" asking staff to confirm salaries "via deze link"; "deixamos de receber qualquer notificação" and "ninguém deu
sinal de vida"; "notifiche zero"; "nel caso malaugurato di un attacco hacker" as a question; "volevo" is no theft.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

# each criterion as these writers told it, beside a near miss in similar words
ON_BEHALF: dict[str, tuple[str, str, str]] = {
    "a partner who gets our project's comments by e-mail (de)": (
        "SEC1",
        "Seit gestern bekommt ein Geschäftspartner per E-Mail Benachrichtigungen mit Kommentaren aus unserem Projekt "
        "'Personal'. Er ist in diesem Projekt kein Mitglied.",
        "Wie bekommen Mitglieder Benachrichtigungen mit Kommentaren aus unserem Projekt?"),
    "a notification from TeamFlow with our file at another church": (
        "SEC1",
        "A pastor from another church got an email notification from TeamFlow with our camp file attached. He's "
        "never been a member of our workspace.",
        "I got an email notification from TeamFlow about my own task. How do I turn it off?"),
    "comments from our director while he slept, with a link (nl)": (
        "SEC1",
        "Vanochtend stond er in al onze projecten een opmerking van onze directeur. Hij zit op vakantie en lag te "
        "slapen, hij heeft niks geplaatst.",
        "Kan ik een opmerking van onze directeur vastzetten bovenaan het project?"),
    "staff asked to confirm salaries via a link (nl)": (
        "SEC3",
        "Er staat: 'Iedereen moet zijn salarisgegevens bevestigen via deze link'. Hij zegt dat hij niks geplaatst "
        "heeft.",
        "Kunnen jullie de handleiding sturen via deze link?"),
    "nobody gives a sign of life for six days (pt)": (
        "SAT3",
        "Respondi duas vezes ao chamado e até agora ninguém de vocês deu sinal de vida.",
        "Obrigada, o vosso técnico deu sinal de vida logo de manhã."),
    "two users stopped getting notifications (pt)": (
        "TEC3",
        "Eu e a minha colega deixamos de receber qualquer notificação do TeamFlow, nem por e-mail nem no celular.",
        "Como faço para deixar de receber notificações do TeamFlow aos fins de semana?"),
    "zero notifications for one user (it)": (
        "TEC3",
        "Da lunedì non mi arriva nessuna notifica quando mi assegnano un'attività: notifiche zero, le impostazioni "
        "sono attive.",
        "Come si impostano le notifiche per le attività assegnate?"),
    "a feature wished with a plural subjunctive (es)": (
        "SAT5",
        "Sería muy útil si las tareas pudieran mandar un recordatorio por WhatsApp el día antes.",
        "Sería muy útil si me llamaran mañana por la factura."),
    "a post about the ignored ticket, tagging the company (pt)": (
        "SAT4",
        "Se até segunda não tiver uma solução vou contar essa experiência no LinkedIn, marcando a TeamFlow.",
        "Vi o vosso anúncio no LinkedIn e gostei muito."),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(ON_BEHALF)

NOT_AN_INCIDENT: NearMissTable = {
    "'volevo' is no theft (it)": (
        "SEC1", "Prima di metterci dentro i dati dei clienti volevo capire un paio di cose.", None),
    "a hacker attack asked about as a case that might happen (it)": (
        "SEC3", "Nel caso malaugurato di un attacco hacker o di un furto di dati, cosa succede?", None),
    "a card that vanishes until the page is reloaded (fr)": (
        "SEC4", "Quand je glisse une tâche vers « Terminé », la carte disparaît. En rechargeant la page la tâche est "
        "bien là.", None),
    "'dead slow'": (
        "OUT1", "teamflow is DEAD slow this week, the gantt takes a minute then it does show up.", None),
    "a league writing on its own behalf": (
        "LEG2", "Writing on behalf of the Northern Counties Youth Football League about our renewal.", None),
    "a calendar that stays empty while TeamFlow is fine": (
        "SEC4", "The tasks are fine in TeamFlow, it's just Google that stays empty.", None),
    "Dutch 'lag' is no lag (nl)": (
        "TEC5", "Iedereen lag dubbel om de grap van onze stagiair.", None),
    "a report pinned on a card": (
        "TEC3", "The coach wants the match report pdf stuck on the fixture card. How do I attach a file?", None),
    "chasers sent by the customer (nl)": (
        "OUT3", "Sindsdien niets gehoord, ook niet na twee herinneringen. Andere klanten hebben hetzelfde meegemaakt.",
        None),
    "a subscription the writer cancelled (de)": (
        "SEC1", "Mein Abonnement habe ich bereits zum 30.11. gekündigt.", None),
    "a 2FA code rejected for one user": (
        "SEC2", "Password is accepted but then the 6-digit code from my authenticator app is rejected every time.",
        None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_partner_who_forwarded_the_notifications_has_seen_data() -> None:
    found = signals("Seit gestern bekommt ein Geschäftspartner per E-Mail Benachrichtigungen mit Kommentaren aus "
                    "unserem Projekt 'Personal'. Er ist in diesem Projekt kein Mitglied. Er hat mir zwei der Mails "
                    "weitergeleitet, da stehen Namen und Beträge drin.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_date_ending_in_a_period_does_not_end_the_sentence() -> None:
    from triage.extractors.textparse import sentences

    text = "Mein Abonnement habe ich bereits zum 30.11. gekündigt."
    assert len(sentences(text, ((0, len(text)),)).spans) == 1
