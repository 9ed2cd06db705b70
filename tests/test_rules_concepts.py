"""Offline extractor: the immediate-tier criteria told without their usual keywords.

Each concept has a ticket that shows it in plain, indirect words and a near miss (a question, a
how-to, one's own mistake, a single user's fault) that must not fire it. The sentences are written
here for the purpose, in several languages, so that the rules follow the idea, not one phrasing.
"""

from __future__ import annotations

import pytest
from rules_helpers import hit_ids, signals
from test_rules_generalise import CONCEPTS as EARLIER_CONCEPTS

from triage.extractors.lexicon import build_gate, rule

# concept -> (criterion, a ticket that shows it, a near miss that must not fire it)
CONCEPTS: dict[str, tuple[str, str, str]] = {
    "removed member still took files (English)": (
        "SEC1",
        "We revoked the designer's seat on Friday. On Sunday her account downloaded every file in the Brand folder.",
        "How do I revoke a designer's seat when her contract finishes?"),
    "access taken away, still exported (German)": (
        "SEC1",
        "Dem Werkstudenten wurde der Zugang entzogen. Heute Morgen hat sein Konto trotzdem alle Angebote exportiert.",
        "Wie kann ich einem Werkstudenten den Zugang entziehen?"),
    "sign-in from a place never visited (Spanish)": (
        "SEC1",
        "Mi cuenta tenía una sesión abierta en Singapur; nunca he estado en Asia.",
        "¿Cómo cierro las sesiones abiertas en otros dispositivos?"),
    "admin nobody on the team knows (Italian)": (
        "SEC1",
        "Tra gli amministratori c'è un utente che non conosciamo e nessuno di noi lo ha aggiunto.",
        "Come aggiungo un nuovo amministratore al nostro spazio?"),
    "stale link still lets one in (English)": (
        "SEC2",
        "I found a month-old password link in my inbox, clicked it, and it still let me choose a new password.",
        "Do password links expire? A colleague asked how long they last."),
    "logged-out session still usable (Dutch)": (
        "SEC2",
        "Na het uitloggen op een gedeelde pc werkt het dashboard nog gewoon als je op de terugknop drukt.",
        "Hoe log ik uit op alle apparaten tegelijk?"),
    "read-only share lets people change things (Portuguese)": (
        "SEC2",
        "O link somente leitura que enviamos aos clientes permite na verdade apagar tarefas.",
        "É possível criar um link somente leitura para os clientes?"),
    "guest can promote itself (English)": (
        "SEC2",
        "A person with the guest role can make themselves admin from the profile page; we tried it.",
        "Can a guest role be turned into admin by the workspace owner?"),
    "secret shown in the clear (French)": (
        "SEC2",
        "Le mail de bienvenue contient le mot de passe du compte en clair.",
        "Comment changer le mot de passe de mon compte ?"),
    "invitations we never sent (Spanish)": (
        "SEC3",
        "Desde nuestra cuenta salieron cientos de invitaciones a direcciones desconocidas. No hemos enviado nada.",
        "¿Cómo envío invitaciones a varias direcciones a la vez?"),
    "ads posted in a colleague's name (English)": (
        "SEC3",
        "Our boards are full of comments advertising a casino, posted under my colleague's name while she slept.",
        "Can we turn off comments on a public board?"),
    "every value replaced by a placeholder (German)": (
        "SEC4",
        "Seit dem Update steht in allen Aufgaben als Titel nur noch undefined.",
        "Wie benenne ich mehrere Aufgaben auf einmal um?"),
    "board emptied overnight (French)": (
        "SEC4",
        "Hier soir le tableau contenait 120 cartes, ce matin les colonnes sont vides.",
        "Comment vider une colonne terminée d'un coup ?"),
    "promise about data broken in practice (English)": (
        "SEC5",
        "Your security page says exports are encrypted, but the file we got yesterday opens as plain text.",
        "Does your security page describe how exports are encrypted?"),
    "contract retention not honoured (Italian)": (
        "SEC5",
        "Secondo il vostro contratto i dati vengono cancellati dopo 60 giorni, ma vediamo ancora tutto dopo un anno.",
        "Secondo il vostro contratto, dopo quanto tempo vengono cancellati i dati?"),
    "processing stopped here and elsewhere (English)": (
        "OUT3",
        "Nothing is being processed: our imports sit at Queued since lunch and a friend at another agency sees "
        "the same.",
        "Our imports sit at Queued for a minute before they start; is that normal?"),
    "reminders gone for us and other firms (German)": (
        "OUT3",
        "Keine E-Mails mit Erinnerungen gehen seit gestern raus, und andere Firmen aus unserem Netzwerk melden "
        "dasselbe.",
        "Wie stelle ich die Uhrzeit der Erinnerungen ein?"),
    "the whole organisation stuck at a loader (Spanish)": (
        "OUT1",
        "Toda nuestra organización se queda en la pantalla en blanco después de iniciar sesión.",
        "A una compañera le sale la pantalla en blanco en el informe de horas; al resto no."),
    "calls to the API hang for our clients (French)": (
        "OUT2",
        "Les appels à votre interface ne répondent plus pour aucun de nos clients depuis ce matin.",
        "Quels sont les délais de réponse de votre interface ?"),
    "database error text for the whole office (English)": (
        "OUT4",
        "Every screen shows 'too many connections' and nobody in the office can open a project.",
        "How many connections can we make to the Salesforce integration?"),
    "edge error code for several places (Italian)": (
        "OUT5",
        "Il sito mostra l'errore 522 da Milano e da Roma; il dominio delle risorse statiche non risponde.",
        "Usate una CDN per le risorse statiche?"),
    "matter handed to a law firm (Dutch)": (
        "LEG1",
        "Wij hebben de zaak overgedragen aan ons advocatenkantoor.",
        "Ons advocatenkantoor wil weten welk recht van toepassing is op de voorwaarden."),
    "court named with a next step (Portuguese)": (
        "LEG1",
        "Se não houver reembolso, vamos levar o caso ao tribunal.",
        "O tribunal onde trabalho usa o TeamFlow; há desconto para o setor público?"),
    "prosecutor asks for records (Italian)": (
        "LEG3",
        "La Procura della Repubblica richiede i registri di accesso dell'utente indicato nell'allegato.",
        "Lavoro per una procura: avete un piano per il settore pubblico?"),
    "erase everything about me (Dutch)": (
        "LEG4",
        "Verwijder alstublieft alle informatie over mij uit jullie systemen: mijn naam, foto en reacties.",
        "Hoe verwijder ik een oude taak uit mijn lijst?"),
    "our source code in someone else's listing (English)": (
        "LEG5",
        "An app in your marketplace ships our source code, which we never licensed to them.",
        "Is the source code of the public API client available?"),
    "inside an organisation one never belonged to (French)": (
        "SEC1",
        "En me connectant je suis arrivée dans l'espace d'une entreprise que je ne connais pas, avec tous leurs devis.",
        "Comment rejoindre l'espace de travail de mon entreprise ?"),
    "verification step that can be skipped (English)": (
        "SEC2",
        "The verification code screen can be skipped by pressing Escape, and then you are signed in.",
        "Can I skip the product tour when I sign in?"),
    "markup in a comment runs for the next reader (German)": (
        "SEC2",
        "Ein Skript in einem Kommentar wurde ausgeführt, als meine Kollegin die Aufgabe geöffnet hat.",
        "Kann ich in Kommentaren Code-Blöcke formatieren?"),
    "page dressed as the product collects passwords (Italian)": (
        "SEC3",
        "I nostri utenti ricevono un link a una pagina che sembra la vostra e chiede la password.",
        "La pagina di accesso sembra diversa da ieri, avete cambiato il design?"),
    "numbers reset to zero across the board (English)": (
        "SEC4",
        "All logged hours in every project went to zero after this morning's release.",
        "How do I reset the hours counter on a finished project?"),
    "assurance about encryption contradicted (Italian)": (
        "SEC5",
        "Ci avevate promesso che gli allegati sono cifrati, ma il link pubblico li mostra leggibili da chiunque.",
        "Gli allegati sono cifrati? Ce lo chiede il nostro responsabile."),
    "name and logo used to pose as us (Spanish)": (
        "LEG5",
        "Otra empresa usa nuestro nombre y nuestro logo para hacerse pasar por nosotros ante clientes.",
        "¿Cómo cambio nuestro logo en el espacio de trabajo?"),
}


ALL_CONCEPTS = {**EARLIER_CONCEPTS, **CONCEPTS}


@pytest.mark.parametrize(("cid", "text"), [(c, pos) for c, pos, _ in ALL_CONCEPTS.values()], ids=list(ALL_CONCEPTS))
def test_concept_fires(cid: str, text: str) -> None:
    found = {h.criterion: h.evidence for h in signals(text).hits}
    assert cid in found, f"{cid} not found; found {sorted(found)}"
    assert found[cid] in text


@pytest.mark.parametrize(("cid", "text"), [(c, neg) for c, _, neg in ALL_CONCEPTS.values()], ids=list(ALL_CONCEPTS))
def test_concept_near_miss(cid: str, text: str) -> None:
    assert cid not in hit_ids(text)


@pytest.mark.parametrize("text", [
    "Die Erinnerungs-E-Mail wurde bei mir nicht verschickt, bei den Kollegen schon.",
    "Nobody changed anything on our side and the Slack integration stopped posting.",
    "Nous ne connaissons pas la cause, mais l'export PDF coupe la dernière colonne.",
    "Borré sin querer un proyecto, ¿se puede recuperar de la papelera?",
    "Last Friday's outage was handled well. How do I add a custom field?",
])
def test_everyday_wording_near_immediate_concepts_stays_low(text: str) -> None:
    hits = hit_ids(text)
    assert not {h for h in hits if h[:3] in ("SEC", "OUT", "LEG")}, hits


def test_revoked_person_taking_data_is_exposure() -> None:
    s = signals("We removed him from the workspace in May. Last night his login exported the full client list.")
    assert "SEC1" in s.hit_ids()
    assert s.data_exposed is not None and s.data_exposed.value is True


def test_revoked_person_only_signing_in_is_not_exposure() -> None:
    s = signals("We deactivated the intern last week. This morning his account still logged in twice.")
    assert "SEC1" in s.hit_ids()
    assert s.data_exposed is None


def test_longer_anchor_also_wakes_the_anchors_inside_it() -> None:
    firm = rule("LEG1", ["our lawyers"], need="handed", name="firm")
    lawyer = rule("LEG1", ["lawyers"], need="claim", name="lawyer")
    gate = build_gate([firm, lawyer])
    assert {r.name for r in gate.rules_for["our lawyers"]} == {"firm", "lawyer"}
    assert "LEG1" in hit_ids("Our lawyers are preparing a claim over the broken contract.")


# -- verb-last revocation, links that never expire, sentences that do not end at "K." or "3." ------------

@pytest.mark.parametrize(("cid", "text"), [
    ("SEC1", "Den Zugriff von Frau B. haben wir letzte Woche im Adminbereich entzogen. Heute Nacht hat ihr Konto "
             "trotzdem zwei Boards heruntergeladen."),
    ("SEC1", "We hebben de toegang van onze oud-collega vorige maand ingetrokken, maar gisteren heeft zijn account "
             "nog drie projecten geëxporteerd."),
    ("SEC2", "Invitation tokens don't seem to expire: a colleague joined today with one we sent in March."),
    ("SEC2", "Les liens de réinitialisation du mot de passe n'expirent pas, même après plusieurs semaines."),
])
def test_concept_fires_across_sentences_and_word_orders(cid: str, text: str) -> None:
    assert cid in hit_ids(text)


@pytest.mark.parametrize(("cid", "text"), [
    ("SEC1", "Wir haben den Zugang von Herrn P. entfernt. Wie verteilen wir seine Aufgaben neu?"),
    ("SEC2", "Our public share links do not expire, which is what we want. Where do I find them?"),
    ("SEC2", "Do password reset links expire, and how long are they valid?"),
])
def test_concept_near_misses_across_sentences(cid: str, text: str) -> None:
    assert cid not in hit_ids(text)
