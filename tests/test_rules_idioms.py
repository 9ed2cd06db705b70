"""Offline extractor: euphemism and idiom, and the immediate tier told in the other languages read.

"we'll be seeing you in front of a judge", "our client list has gone walkabout straight into their
hands", "profilo 'Sola lettura', eppure ha modificato", "dei entrada no Juizado contra a TeamFlow",
"un huissier est passé avec un document du tribunal". Each case pairs a text that shows the criterion
with a near miss in similar words.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, hit_ids, signals

# (criterion, text that shows it, near miss that must not fire it)
IDIOMS: dict[str, tuple[str, str, str]] = {
    "in front of a judge": (
        "LEG1",
        "Unless the overcharge is sorted by Friday, we'll be seeing you in front of a judge.",
        "My daughter plays tennis in front of a judge every Saturday; can I share the club board with her?"),
    "a rival calling our clients with our exact figures": (
        "SEC1",
        "A rival agency down the road contacted three of our clients quoting the exact fee rates from our board.",
        "A rival agency down the road opened last month; can I add them as a tag?"),
    "a stranger repeating private notes word for word": (
        "SEC1",
        "A man rang and repeated, word for word, our internal notes from two cards. He has never been invited and "
        "the board is members only.",
        "A man rang and repeated our opening hours word for word from our public page."),
    "a read-only user who can edit (it)": (
        "SEC2",
        "La nostra stagista ha un profilo in sola lettura, eppure ha modificato gli importi di un preventivo.",
        "Come posso dare a un collaboratore un profilo in sola lettura?"),
    "a reset link that keeps working (nl)": (
        "SEC2",
        "De link om een wachtwoord opnieuw in te stellen blijft geldig nadat hij gebruikt is: drie keer geprobeerd.",
        "De link om een wachtwoord opnieuw in te stellen is verlopen; kunnen jullie een nieuwe sturen?"),
    "wrong-password e-mails all night (pt)": (
        "SEC3",
        "Essa madrugada todo mundo recebeu dezenas de e-mails de tentativa de acesso com senha incorreta. Ninguém "
        "aqui estava mexendo nisso.",
        "Digitei a senha incorreta duas vezes e fiquei bloqueado; como desbloqueio?"),
    "notes turned into boxes and question marks (de)": (
        "SEC4",
        "In unseren Behandlungskarten sind die Notizen zu den Patienten nur noch Kästchen und Fragezeichen.",
        "Wie kann ich in den Behandlungskarten ein Fragezeichen-Symbol als Etikett anlegen?"),
    "an agreement broken with health data in subjects (es)": (
        "SEC5",
        "En el acuerdo que firmamos pone que los datos de salud nunca saldrían en los avisos. Ahora el asunto lleva "
        "el diagnóstico. Esto no es lo que acordamos.",
        "En el acuerdo que firmamos pone que los datos de salud nunca saldrían en los avisos; ¿cómo lo compruebo?"),
    "a certificate expired for everyone (nl)": (
        "OUT5",
        "Sinds middernacht zegt de browser: Uw verbinding is niet privé – het certificaat van app.teamflow.com is "
        "verlopen. Bij iedereen.",
        "Het certificaat van onze eigen website is verlopen; kan ik een taak met een herinnering maken?"),
    "a suit filed at the small-claims court (pt)": (
        "LEG1",
        "Hoje dei entrada no Juizado Especial Cível contra a TeamFlow.",
        "Hoje dei entrada no sistema com o meu novo e-mail."),
    "a bailiff bringing a court document (fr)": (
        "LEG3",
        "Un huissier est passé ce matin avec un document du tribunal : on doit remettre tout l'historique du projet.",
        "Notre client est huissier de justice ; comment partager un tableau avec lui ?"),
    "a patient's erasure demand under the LGPD (pt)": (
        "LEG4",
        "Uma paciente me mandou uma notificação pedindo, com base na LGPD, que todos os dados dela sejam eliminados.",
        "A LGPD se aplica aos dados que guardamos no TeamFlow?"),
}

test_idioms_criterion_fires, test_idioms_near_miss_does_not_fire = criterion_case_tests(IDIOMS)


@pytest.mark.parametrize(("body", "absent"), [
    ("Dragging a card between columns sometimes snaps it back, and the move is lost.", "SEC4"),
    ("The last agent sent me an article about GDPR deletion requests that had nothing to do with my question.",
     "LEG4"),
    ("Se até amanhã ninguém resolver a minha cobrança, vou postar tudo no Reclame Aqui e no LinkedIn.", "SEC3"),
])
def test_idiom_look_alikes_raise_nothing(body: str, absent: str) -> None:
    assert absent not in hit_ids(body)


def test_a_quoted_error_text_is_not_a_name() -> None:
    body = ("Depuis 9h, dès qu'on ouvre un tableau on tombe sur une page grise avec « Erreur interne : "
            "SQLSTATE[08006] connection refused ». Ça le fait chez tous mes collègues.")
    assert "OUT4" in hit_ids(body)


def test_a_firm_we_never_worked_with_sending_our_records_exposes_them() -> None:
    s = signals("Ein Recruiting-Dienstleister, mit dem wir nie zusammengearbeitet haben, hat uns heute eine Tabelle "
                "geschickt, darin die Einträge unseres Bewerbungs-Boards. Das Board ist privat.")
    assert "SEC1" in {h.criterion for h in s.hits}
    assert s.data_exposed is not None and s.data_exposed.value


# round 39: the immediate tier told by small businesses in their own language, and only by what they saw
WHAT_THEY_SAW: dict[str, tuple[str, str, str]] = {
    "failed sign-in mails for every planner (nl)": (
        "SEC3",
        "Sinds vannacht krijgen al onze planners mails over een mislukte aanmeldpoging, steeds vanaf andere "
        "IP-adressen. Niemand van ons was aan het inloggen.",
        "Ik kreeg één mail over een mislukte aanmeldpoging omdat ik mijn wachtwoord vergat; hoe reset ik het?"),
    "mass changes nobody on the team made (es)": (
        "SEC3",
        "Esta noche alguien ha cambiado las fechas de más de 200 tareas. Nadie de mi equipo ha tocado eso.",
        "Esta mañana mi compañero ha cambiado las fechas de 20 tareas; ¿cómo veo el historial?"),
    "a spam wave through a public invite link": (
        "SEC3",
        "Hundreds of accounts with random names joined through our invite link and are posting links to fake "
        "pharmacy sites in comments on every public task.",
        "Is there a setting that blocks spam links in comments before anyone posts them?"),
    "a patent claimed against a feature": (
        "LEG5",
        "Your new 'Capacity Radar' view does exactly what our patent covers. We have licensed it to nobody.",
        "We track our patent filings on a board; how do I add reminders?"),
    "a post from her account while she was in hospital (pt)": (
        "SEC1",
        "A nossa estagiária passou a noite no hospital e não tocou no computador. Mesmo assim, a conta dela publicou "
        "um link para uma página de pagamento falsa.",
        "A conta dela publicou o relatório semanal ontem, como sempre; como agendo isso?"),
    "a court order to hand records over (de)": (
        "LEG3",
        "Uns wurde ein Beschluss des Landgerichts Köln zugestellt. Wir müssen sämtliche Kommentare des Projekts "
        "herausgeben.",
        "Wie kann ich die Kommentare eines Projekts herausgeben, bevor ein Mitarbeiter geht?"),
}

test_what_they_saw_criterion_fires, test_what_they_saw_near_miss_does_not_fire = criterion_case_tests(WHAT_THEY_SAW)


# round 40: messages typed up from calls, industry jargon
RELAYED_CALLS: dict[str, tuple[str, str, str]] = {
    "an unknown administrator in the members list (fr)": (
        "SEC1",
        "Elle dit qu'un certain « m.kovac » apparaît dans la liste des membres avec le rôle d'administrateur. "
        "Personne chez eux ne connaît cette personne.",
        "Comment ajouter un administrateur à la liste des membres ?"),
    "a competitor who knew prices from a private board (de)": (
        "SEC1",
        "Er sagt, ein Mitbewerber habe genau die Preise genannt, die nur auf ihrem privaten Board stehen.",
        "Ein Mitbewerber hat gestern seine Preise erhöht; wie passe ich unser Angebots-Board an?"),
    "a lawsuit in preparation (es)": (
        "LEG1",
        "Dice que su abogado ya está preparando una demanda contra TeamFlow por daños.",
        "¿Tenéis una plantilla para preparar una demanda contra un proveedor? Somos un bufete."),
    "share links numbered in sequence (de)": (
        "SEC2",
        "Die Freigabelinks unserer Boards sind fortlaufend nummeriert; ein Schüler könnte einfach hochzählen.",
        "Unsere Rechnungen sind fortlaufend nummeriert; wie exportiere ich sie?"),
}

test_relayed_calls_criterion_fires, test_relayed_calls_near_miss_does_not_fire = criterion_case_tests(RELAYED_CALLS)
