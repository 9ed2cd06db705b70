"""Offline extractor, round 58: everyday words for the immediate tier in seven languages, and their look-alikes.

A patient shown "un e-mail venant de TeamFlow avec le planning", "um tal de 'MarketPro Parceiro' exportou", an ex who
quotes a note "parola per parola" after "l'ho tolto", "na uitloggen kom je gewoon weer binnen", "letras sem sentido",
"Arbeitsbereich nicht gefunden" for all 30 helpers, thirty reset e-mails nobody asked for, "my lawyer gets it tmrw",
a whole company in a login loop, a guest who "can browse every project".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

# each criterion as these writers told it, beside a near miss in similar words
EVERYDAY: dict[str, tuple[str, str, str]] = {
    "a patient received our planning from TeamFlow (fr)": (
        "SEC1",
        "Une patiente m'a montré un e-mail venant de TeamFlow avec le planning de notre semaine. Elle n'a jamais eu "
        "de compte chez nous.",
        "Je voudrais recevoir un e-mail de TeamFlow avec le planning de la semaine. C'est possible ?"),
    "an unknown 'partner' exported the client list (pt)": (
        "SEC1",
        "No histórico aparece que um tal de 'Parceiro X' exportou a minha lista de clientes. Nunca autorizei "
        "parceiro nenhum, nem sei quem é.",
        "Eu exportei a minha lista de clientes ontem. Como a importo noutro projeto?"),
    "an ex quoting a private note word for word (it)": (
        "SEC1",
        "Il mio ex compagno mi ha citato parola per parola una nota privata sulla terapia di nostra figlia, e io "
        "l'ho tolto dall'area a novembre.",
        "Come faccio a citare parola per parola una nota in un commento?"),
    "logging out and coming straight back in (nl)": (
        "SEC2",
        "Na uitloggen druk ik op de terug-pijl en zit ik gewoon weer in ons account, met de ledenlijst erbij.",
        "Na uitloggen wil ik graag weer binnen kunnen zonder wachtwoord. Kan dat?"),
    "recipe cards showing meaningless letters (pt)": (
        "SEC4",
        "Desde ontem, quando abro qualquer ficha aparecem só símbolos e letras sem sentido. São anos de receitas.",
        "Como mudo o tipo de letra das fichas de receitas?"),
    "'workspace not found' for all the helpers (de)": (
        "OUT1",
        "Seit heute Morgen zeigt TeamFlow bei allen 30 Helfern nur noch 'Arbeitsbereich nicht gefunden'.",
        "Ich habe den Arbeitsbereich umbenannt. Wie finde ich den alten Link?"),
    "thirty reset e-mails nobody asked for (pt)": (
        "SEC3",
        "Recebi mais de trinta e-mails de 'Pedido de redefinição de palavra-passe', um atrás do outro, e não pedi "
        "nenhum.",
        "Pedi a redefinição de palavra-passe e não recebi o e-mail. Podem reenviar?"),
    "a lawyer who gets the thread tomorrow": (
        "LEG1",
        "3 emails, 3 copy paste answers. the whole thread goes on linkedin tonight and my lawyer gets it tmrw",
        "my lawyer gets the invoices every month, can you cc her on billing emails?"),
    "the whole company in a login loop": (
        "OUT1",
        "Every single person in our company ends up back on the sign-in page after Okta. This is everyone, all sites.",
        "I end up back on the sign-in page on my Mac only; everyone else logs in fine."),
    "a one-project guest who can browse every project": (
        "SEC1",
        "We invited our print vendor as a guest to one project, and she can browse every project in our workspace.",
        "As an admin I can browse every project in the workspace, as expected. Where are the archived ones?"),
    "a flood of failed login alerts": (
        "SEC3",
        "phone keeps buzzing w 'failed login attempt' alerts. 60ish since lunch all diff ips",
        "I got one 'failed login attempt' alert this morning but it was me, I mistyped."),
    "nobody gets the app open (nl)": (
        "OUT1",
        "Sinds negen uur krijgt niemand bij ons de app nog open, ook de freelancers thuis niet.",
        "Sinds de update krijgt niemand in ons team nog e-mailmeldingen."),
    "an SMS API failing for a pharmacy software house's customers (it)": (
        "OUT2",
        "Dalle 17 ogni chiamata alla vostra API va in timeout, e tutte le altre farmacie della software house sono "
        "ferme nello stesso modo.",
        "La chiamata alla vostra API va in timeout solo dal mio portatile; dagli altri funziona."),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(EVERYDAY)

NOT_AN_INCIDENT: NearMissTable = {
    "the same problem I reported (nl, an outage word)": (
        "OUT1", "Sinds de update krijgt niemand in ons team nog e-mailmeldingen als er een taak wordt toegewezen.",
        None),
    "a trash that is also empty is no recovery (nl)": (
        "SEC1", "Alles van 2025 is weg en in de prullenbak staat het ook niet.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_an_unknown_partners_export_is_an_exposure() -> None:
    found = signals("No histórico aparece que um tal de 'Parceiro X' exportou a minha lista de clientes. Nunca "
                    "autorizei parceiro nenhum, nem sei quem é.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_the_trash_named_only_to_say_it_is_empty_there_too_rules_nothing_out() -> None:
    found = signals("Alles van 2025 is weg: het archief begint in januari 2026 en in de prullenbak staat het ook "
                    "niet. Niemand van ons heeft iets verwijderd.")
    assert "SEC4" in {h.criterion for h in found.hits}
