"""Offline extractor: formal letters, administrators' precise reports and told-sideways acceptance cases.

A council writes "we would be grateful if ..." (a courtesy, not a feature request); a regulator's
letter comes "on behalf of the Authority" but a committee's invitation "on behalf of the organising
committee" does not; a Dutch water board says "er is geen sprake van onbevoegde toegang". Each case
pairs a text that shows the criterion with a near miss in similar words.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, hit_ids, signals

from triage.extractors.textparse import negated

# (criterion, text that shows it, near miss that must not fire it)
FORMAL: dict[str, tuple[str, str, str]] = {
    "a seat reduction asked for in formal Spanish": (
        "FIN5",
        "Les rogamos que procedan a modificar el contrato vigente, reduciendo el número de licencias de cien a "
        "sesenta.",
        "Les rogamos que nos indiquen el precio de una licencia adicional."),
    "duplicate invoices at other member authorities": (
        "FIN1",
        "The Council was charged twice for March, and three other member authorities received duplicate invoices "
        "in the same way.",
        "The Council was charged twice for March; could the duplicate be refunded?"),
    "management asked to get in touch (es)": (
        "SAT2",
        "Les solicitamos que un responsable de la dirección de su empresa se ponga en contacto con esta Secretaría.",
        "Les solicitamos que nos envíen el manual del responsable de proyecto."),
    "a new function proposed in formal Italian": (
        "SAT5",
        "Si sottopone l'opportunità di introdurre nella piattaforma una funzione per la firma digitale dei verbali.",
        "Si chiede come utilizzare la funzione di firma già presente nella piattaforma."),
    "boards that take thirty to fifty seconds (de)": (
        "TEC5",
        "Das Öffnen der Boards nimmt seit Montag zwischen dreißig und fünfzig Sekunden in Anspruch.",
        "Wie viele Boards können wir im Tarif anlegen?"),
    "a canned answer and a missed call back (nl)": (
        "SAT3",
        "Onze melding is slechts met een standaardantwoord beantwoord en de terugbelafspraak niet is nagekomen.",
        "Kunnen we een standaardantwoord instellen voor terugkerende vragen van onze eigen klanten?"),
    "cards that return to their column (pt)": (
        "TEC3",
        "Não é possível deslocar os cartões entre colunas: o cartão regressa de imediato à coluna de origem.",
        "É possível deslocar vários cartões entre colunas de uma só vez?"),
    "a permission check that looks at the wrong thing": (
        "SEC2",
        "The permission check only looks at the token's validity, not membership, so any member reads other "
        "workspaces' audit logs.",
        "Where do I configure a permission check for guests on our workspace?"),
    "credentials fished for in comments": (
        "SEC3",
        "Every project got a comment linking to a fake invoice portal asking people to enter their bank password.",
        "Our onboarding form is asking people to enter their bank details for payroll; is that field encrypted?"),
    "a signed addendum, then unencrypted patient notes": (
        "SEC5",
        "We signed your health-data addendum last year. Since the update, patient notes arrive unencrypted in "
        "the daily digest.",
        "Could you send us a copy of the health-data addendum to sign?"),
    "a dedicated person asked for (nl)": (
        "ENT3",
        "We willen graag één vaste persoon bij jullie die ons account kent.",
        "Wie is de persoon die ons account heeft aangemaakt?"),
}

test_formal_criterion_fires, test_formal_near_miss_does_not_fire = criterion_case_tests(FORMAL)


@pytest.mark.parametrize(("body", "absent"), [
    ("We would be grateful if you would treat this matter with urgency and advise what records are held.", "SAT5"),
    ("On behalf of the organising committee, we invite your company to exhibit at the summit.", "LEG2"),
    ("Nous vous saurions gré de bien vouloir examiner cette anomalie des notifications.", "LEG2"),
    ("Quedamos a la espera de la documentación correspondiente para su firma.", "OUT1"),
    ("Störung der individuellen Schnittstelle zum Personalsystem seit Montag.", "OUT1"),
    ("The processing beyond the agreed period is, in our view, in breach of the storage limitation principle.",
     "SEC1"),
    ("Our compliance team is evaluating tools for future eDiscovery needs; we have no active case.", "LEG3"),
    ("Las notificaciones de tareas asignadas no llegan a nadie del equipo.", "SEC3"),
])
def test_formal_phrases_that_raise_nothing(body: str, absent: str) -> None:
    assert absent not in hit_ids(body)


def test_a_denial_that_reaches_beyond_four_words() -> None:
    text = "er is geen sprake van een beveiligingsincident of van onbevoegde toegang"
    assert negated(text, 0, text.index("onbevoegde"))
    assert "SEC1" not in hit_ids("Voor de goede orde: " + text + ". Hoe verplichten wij tweestapsverificatie?")


def test_the_subject_names_a_topic_the_body_only_asks_about() -> None:
    found = hit_ids("We're filling in a vendor questionnaire. What happens if there is a data breach on your side?",
                    subject="Breach notification process")
    assert "SEC1" not in found


@pytest.mark.parametrize(("body", "exposed"), [
    ("Unauthorised viewing: it has been established that a visitor, not employed by the Trust, was able to view "
     "the ward's task board.", True),
    ("Un agent ayant quitté la commune a exporté le projet, et ce fichier a été transmis à un tiers.", True),
    ("An export containing notes concerning named pupils was sent to an external contractor, whose staff opened "
     "it.", True),
    ("Reproduced with two of our own test tokens: anyone operating a webhook endpoint can harvest an admin token. "
     "Happy to share it under responsible disclosure.", False),
])
def test_who_saw_the_data(body: str, exposed: bool) -> None:
    s = signals(body)
    assert bool(s.data_exposed and s.data_exposed.value) is exposed


def test_an_institution_that_says_it_is_on_enterprise_states_the_plan() -> None:
    s = signals("The Ministry is on the Enterprise plan and is configuring approval workflows.")
    assert s.plan is not None and s.plan.value == "enterprise"
