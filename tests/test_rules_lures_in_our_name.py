"""Offline extractor, round 128: lures posted in a member's name, leavers in the activity log, firms nobody hired.

"un commentaire posté sous mon nom ... Je n'ai jamais écrit ça" with a sign-in "(Lagos ?)"; "een inlogpagina die op
die van Microsoft lijkt"; a member nobody invited sending a page that "ressemble au vôtre"; "o log de atividade mostra
ele entrando ... e baixando a planilha"; "Frau Yilmaz war das nicht"; "We have never hired DataMend"; Swedish card
payments failing at "betalningsleverantören"; Japanese API calls to api.teamflow.com failing for two firms. Near
misses: a webinar's quoted title, a press article about another vendor's leak, an SEO agency's pitch, a course's
"sconto del 40%", an erasure request under article 17, "n'a jamais été mise à jour", "every client that gets hacked".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, hit_ids, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a lure posted under my name (fr)": (
        "SEC3",
        "Nos bénévoles ont reçu un commentaire posté sous mon nom : « Merci de mettre à jour votre RIB ici » avec un "
        "lien. Je n'ai jamais écrit ça.",
        "Comment mettre à jour le RIB sur nos factures ?"),
    "a sign-in from a place guessed in brackets (fr)": (
        "SEC1",
        "Dans l'historique de mon compte je vois une connexion depuis un endroit où je ne suis jamais allée "
        "(Lagos ?).",
        "Mon adresse de facturation n'a jamais été mise à jour après le déménagement."),
    "a lookalike login page (nl)": (
        "SEC3",
        "In onze projecten staan reacties met een link naar een inlogpagina die op die van Microsoft lijkt.",
        "Kunnen we inloggen met ons Microsoft-account?"),
    "a dismissed intern in the activity log (pt)": (
        "SEC1",
        "Desligamos o estagiário na sexta. O log de atividade mostra ele entrando domingo e baixando a planilha de "
        "preços.",
        "Desligamos o estagiário na sexta. Como tiro o acesso dele?"),
    "a firm nobody hired holds our export": (
        "SEC1",
        "A consultancy we have never hired wrote that they 'received your full workspace export'.",
        "Our consultant received our full workspace export, which we sent her last week."),
    "payments failing card after card (sv)": (
        "FIN2",
        "Vi kan inte betala fakturan. Vi har provat tre olika kort och betalningsleverantören svarar inte.",
        "Hur byter vi kort för betalningen?"),
    "every API call fails for two firms (ja)": (
        "OUT2",
        "本日から api.teamflow.com へのリクエストがすべて500エラーです。別会社の取引先でも同じです。",
        "api.teamflow.com の使い方を教えてください。"),
    "a new option asked to be added (nl)": (
        "SAT5",
        "We hebben iets als 'elke tweede dinsdag van de maand' nodig. Zou dat toegevoegd kunnen worden?",
        "Zou de ontbrekende factuur toegevoegd kunnen worden?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a webinar's quoted title": (
        "SEC1", "I attended your webinar 'Data breach at 9am: the first 15 minutes'. Could you send the slides?", None),
    "a press article about another vendor (de)": (
        "SEC1", "Ich habe einen Artikel über ein Datenleck bei einem anderen Projektmanagement-Anbieter gelesen.",
        "Zeitungsartikel über Datenleck"),
    "an SEO pitch": (
        "TEC5", "Our audit tool flagged 37 critical errors on teamflow.com: slow mobile load. It hurts your Google "
        "rankings. Reply YES and we fix it for a one-time fee.", None),
    "a course's discount (it)": (
        "SEC1", "Il nostro corso sui data breach è disponibile con uno sconto del 40%. Per non ricevere più queste "
        "comunicazioni risponda CANCELLA.", None),
    "an erasure request (fr)": (
        "SEC4", "Conformément à l'article 17 du RGPD, je vous demande d'effacer l'ensemble des données personnelles me "
        "concernant.", None),
    "a template for hacked clients": (
        "SEC1", "We use the template with every client that gets hacked. How can I copy it to other workspaces?", None),
    "a panic called off": (
        "SEC1", "I genuinely thought someone had wiped us out. Turns out I had clicked 'My tasks only'.", None),
    "one person's notifications": (
        "OUT1", "Is there an outage with notifications? My colleagues are still getting theirs normally.", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_lure_received_is_not_data_seen() -> None:
    found = signals("Plusieurs habitants ont reçu, par les notifications de notre espace, un message « Votre compte va "
                    "être suspendu, confirmez vos identifiants ici » avec un lien vers un site qui ressemble au vôtre. "
                    "Le message vient d'un membre que personne n'a invité et que je ne connais pas.")
    assert {"SEC1", "SEC3"} <= {h.criterion for h in found.hits}
    assert found.data_exposed is None or found.data_exposed.value is False


def test_a_colleague_who_denies_the_download_makes_it_a_leak() -> None:
    found = signals("Im Protokoll steht, dass sich jemand mit dem Konto von Frau Yilmaz angemeldet und die Kundenliste "
                    "als CSV heruntergeladen hat. Frau Yilmaz war das nicht.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_an_auto_reply_only_is_being_ignored() -> None:
    assert "SAT3" in hit_ids("This is a formal complaint: I asked three times for our receipts and got only the "
                             "auto-reply.")


def test_an_outsider_who_opened_cards_saw_them() -> None:
    found = signals("Our board shows up in the sidebar of a coordinator at another hospital. She opened a couple of "
                    "cards to see what it was. Nobody from St. Brendan's has ever been invited to our workspace.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True
