"""Offline extractor: specialists' jargon and a product owner's acceptance wording.

Privacy officers, DevOps engineers and bookkeepers tell incidents in their trade's words (a
session "from Indonesia" while the owner slept, a connection-pool error, "a judge will decide"),
and ask compliance questions that use the same alarming words. Each case pairs a text that shows
the criterion with a near miss in similar words that must not fire it.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, hit_ids, signals

# (criterion, text that shows it, near miss that must not fire it)
CASES: dict[str, tuple[str, str, str]] = {
    "night sign-in from abroad (fr)": (
        "SEC1",
        "Le journal de connexions montre trois ouvertures de session cette nuit depuis l'Indonésie. Elle dormait "
        "et personne chez nous n'est à l'étranger.",
        "Comment voir le journal de connexions de notre compte ?"),
    "sign-in with an unknown browser (es)": (
        "SEC1",
        "En el historial de sesiones aparece un acceso a las 3:12 de esta madrugada desde Vietnam, con un "
        "navegador que no uso. Yo estaba durmiendo y nadie más conoce mi contraseña.",
        "¿Dónde veo el historial de sesiones de mi perfil?"),
    "script in a task name pops up for colleagues (fr)": (
        "SEC2",
        "J'ai nommé une tâche avec un petit bout de JavaScript (une simple alerte) : l'alerte s'ouvre chez "
        "chaque collègue qui affiche le tableau.",
        "Comment ajouter une alerte JavaScript à notre propre site avec votre widget ?"),
    "not one of 400 people gets in": (
        "OUT1",
        "As of 08:40 not one of our 400 people can get past the loading screen again, in any office.",
        "One of our 400 people cannot get past the loading screen on her old laptop."),
    "database connection error for everyone": (
        "OUT4",
        "Seit 10:20 bekommen alle Kollegen beim Öffnen eines Projekts: 'FATAL: remaining connection slots are "
        "reserved for non-replication superuser connections'.",
        "Our own Postgres server says 'remaining connection slots are reserved'; how do we raise the limit?"),
    "a judge will decide (it)": (
        "LEG1",
        "Se entro venerdì non ci ridate accesso ai nostri dati, sarà un giudice a stabilire chi ha ragione.",
        "Il nostro studio legale usa TeamFlow per preparare le udienze davanti al giudice."),
    "everything you hold about me, erased (es)": (
        "LEG4",
        "Quiero que borréis de vuestros sistemas absolutamente todo lo que tengáis sobre mí.",
        "¿Cómo borro todo lo que tengo en mi tablero personal?"),
    "a translator's work published without consent": (
        "LEG5",
        "The French onboarding guide on your help centre is my translation, under a licence that never "
        "covered TeamFlow, published without my consent or credit.",
        "Can we upload our own translation of the onboarding guide to our workspace?"),
    "every payment method fails": (
        "FIN2",
        "Intentamos pagar con la Visa, después con una Mastercard de otro banco y por último por SEPA: siempre "
        "devuelve 'PSP_UNAVAILABLE'.",
        "¿Aceptan Visa, Mastercard y SEPA?"),
    "invoice tripled at several firms": (
        "FIN1",
        "Our June invoice charges the same 45 seats three times, and two other accounting firms we know got "
        "the identical triple charge.",
        "Our June invoice lists 45 seats, the same as three months ago."),
    "contract in the new holding's name (nl)": (
        "FIN5",
        "De overeenkomst moet op naam komen van Van Dijk Holding B.V. in plaats van Van Dijk B.V.",
        "Op wiens naam staat onze overeenkomst eigenlijk?"),
    "brand of a reseller's portal replaced": (
        "ENT5",
        "Our clients log in through projects.example.com with our logo and colours. Since yesterday they see "
        "your logo on the login page.",
        "Our clients love the new logo we uploaded to our own workspace."),
    "explained four times to four people (es)": (
        "SAT3",
        "Es la cuarta vez que tengo que explicar, a cuatro personas distintas, que solo necesito cambiar el "
        "correo de facturación.",
        "Tenemos cuatro personas distintas en el equipo de facturación."),
    "someone with authority to decide (es)": (
        "SAT2",
        "Por favor, que me llame alguien con capacidad de decisión, por encima de quien me ha atendido.",
        "Nuestro equipo tiene capacidad de decisión sobre los proyectos."),
    "a letter for the complaints register (fr)": (
        "SAT1",
        "Je vous prie de consigner le présent courrier dans votre registre des réclamations et de m'en accuser "
        "réception.",
        "Pouvez-vous nous envoyer le modèle de registre des tâches ?"),
}


test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(CASES)


@pytest.mark.parametrize(("text", "subject"), [
    ("For our annual third-party risk questionnaire, please confirm whether you hold a current SOC 2 Type II "
     "report and where customer data is hosted.", None),
    ("Wie schnell würden Sie uns informieren, falls es bei Ihnen einmal zu einer Datenpanne käme?", None),
    ("We are evaluating TeamFlow. 1. Are you GDPR compliant? 2. What happens if there is a data breach?",
     "Questions before we buy: GDPR, SOC 2, breach"),
    ("Breaches cost SaaS companies millions. At ShieldPoint we run penetration tests that find critical "
     "vulnerabilities before attackers do. Could I book 20 minutes with your CTO to show you a sample report?",
     "Is TeamFlow ready for its next data breach?"),
    ("Can we lock a project against deletion, for when a matter goes to court someday? Nothing is pending.", None),
    ("my colleague wrote 'we've been hacked' in our standup task as a joke because he forgot his password.", None),
])
def test_no_false_immediate_alarm(text: str, subject: str | None) -> None:
    found = hit_ids(text, subject)
    assert not found & {"SEC1", "SEC2", "SEC3", "SEC4", "SEC5", "OUT1", "LEG1", "LEG2", "LEG3"}, found


def test_a_change_already_made_then_billed_is_no_contract_change() -> None:
    text = "We removed 10 seats in February but were still billed for them in March. Could you refund EUR 600?"
    assert "FIN5" not in hit_ids(text)


def test_phishing_received_from_a_colleagues_account_is_not_exposure() -> None:
    found = signals("Three of our suppliers, who are guests on our board, received comments from Dana's account "
                    "asking them to update our bank details to a new IBAN. Dana is on leave and didn't write them.")
    assert {"SEC1", "SEC3"} <= {h.criterion for h in found.hits}
    assert found.data_exposed is None or found.data_exposed.value is False
