"""Offline extractor, round 133: people added by nobody, reports at the wrong shop, links in a member's name.

"Vous avez été ajouté au projet ... Personne chez nous n'a invité ces gens"; "Under our BAA with you deleted PHI should
be purged within 30 days"; a Japanese authority's request after its officer's introduction; "Nadie de Andalmar ha
sido invitado nunca"; "escritos pela conta da Rita com um link ... a Rita jura q não foi ela"; "Frau Krause ...
(anderer Laden hier in der Stadt)"; "kommt an keinem unserer 14 Campingplätze irgendjemand in TeamFlow"; "out of line
with HIPAA"; a guest role that exports "even when they were only invited to a single task". Near misses: a 'Data
Breach' escape room, a TV report about a hacked hospital, a test against "a sandbox project with dummy data", a reply
"avec un lien vers la FAQ".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "deleted health data kept against the agreement": (
        "SEC5",
        "Under our BAA with you deleted PHI should be purged within 30 days, and it is still in search.",
        "Under a BAA, should deleted PHI be purged within 30 days?"),
    "an authority's request after its officer's introduction (ja)": (
        "LEG2",
        "個人情報保護委員会事務局の佐藤と申します。12月11日までに書面にてご報告をお願いいたします。",
        "個人情報保護委員会のガイドラインについて教えてください。"),
    "nobody gets in at any site (de)": (
        "OUT1",
        "Seit 07:10 Uhr kommt an keinem unserer 14 Standorte irgendjemand in TeamFlow.",
        "Wie kommt ein neuer Kollege in TeamFlow?"),
    "a link posted in a member's name (pt)": (
        "SEC3",
        "Apareceram comentários em todas as tarefas escritos pela conta da Rita com um link. A Rita jura q não foi "
        "ela.",
        "Como coloco um comentário com um link numa tarefa?"),
    "out of line with HIPAA": (
        "SEC5",
        "Our compliance officer says this puts us out of line with HIPAA, because PHI goes through a system we have no "
        "BAA for.",
        "Does HIPAA apply to a system we have no BAA for?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "an escape room's theme": ("SEC1", "We run a 'Data Breach' cyber-heist escape room weekend for members.", None),
    "a TV report about others (fr)": (
        "SEC1", "Au journal de 20h il y avait un reportage sur un hôpital dont les données avaient été piratées et "
        "publiées.", None),
    "a reply with a link to the FAQ (fr)": (
        "SEC3", "À chaque fois on me répond avec un lien vers la FAQ sans avoir lu mon message.", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_people_added_by_nobody_who_read_our_list_saw_it() -> None:
    found = signals("Trois donateurs ont reçu un mail de TeamFlow « Vous avez été ajouté au projet » et ont pu ouvrir "
                    "notre tableau. L'un d'eux nous a lu au téléphone le montant donné par sa voisine. Personne chez "
                    "nous n'a invité ces gens.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_report_at_another_shop_was_seen() -> None:
    found = signals("Frau Krause (anderer Laden hier in der Stadt) hat unseren Wochenbericht aus TeamFlow per Mail "
                    "bekommen, mit Kundennamen. Sie hat ihn gelesen und mir einen Screenshot geschickt.",
                    subject="Unser Wochenbericht ist bei der Konkurrenz gelandet")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_flaw_shown_on_dummy_data_stays_unseen() -> None:
    found = signals("A user with the 'Guest' role can export a whole project even when they were only invited to a "
                    "single task in it. We reproduced this with a guest account we created for the test, against a "
                    "sandbox project with dummy data - nothing real left the building.")
    assert "SEC2" in {h.criterion for h in found.hits}
    assert found.data_exposed is None or found.data_exposed.value is False
