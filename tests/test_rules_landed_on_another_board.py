"""Offline extractor, round 130: edited share links that land on another firm's board, digests with other pupils' files.

"landete auf dem Board einer Zahnarztpraxis ... mit Namen von Patienten"; "le récapitulatif ... contenait ... les
bilans d'autres enfants"; "la cuenta de Marta (recepción) entró a las 3:12"; a Japanese sign-in notice with a polite
"調べていただけますか" (a request, no question); a Swedish change to seats and billing cycle; "account TeamFlow separati
... lo stesso identico addebito"; "He even quoted the budget figure from one of the cards". Near misses: "Entwarnung
... es ist also alles da, nichts verloren", "module e-learning sur les fuites de données", a podcast about outages,
"algún hack o truquito para copiar un curso", "todo está ahí dentro" (the meeting's material, nothing found again).
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, hit_ids, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a sign-in notice while asleep, asked politely (ja)": (
        "SEC1",
        "身に覚えのないログイン。深夜に通知が届きました。調べていただけますか。",
        "ログイン方法を教えてください。"),
    "a colleague's account signed in at night (es)": (
        "SEC1",
        "La cuenta de Marta (recepción) entró a las 3:12 de la madrugada. Marta estaba durmiendo en Sevilla.",
        "Marta estaba durmiendo cuando llegó el aviso de la reunión."),
    "seats and billing cycle changed (sv)": (
        "FIN5",
        "Från förnyelsen vill vi minska antalet licenser från 25 till 18.",
        "Vad kostar det om vi minskar antalet licenser från 25 till 18?"),
    "the same wrong charge on separate accounts (it)": (
        "FIN1",
        "Ci avete addebitato 59 USD invece di 19 €. Altre due compagnie, con account TeamFlow separati, hanno ricevuto "
        "lo stesso addebito.",
        "Ci avete addebitato 19 € come sempre, grazie."),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a scare called off (de)": (
        "SEC4", "Ich dachte, alle Aufgaben sind verschwunden, das Board war leer. Es ist also alles da, nichts "
        "verloren.",
        "Alles weg?! - nein, Entwarnung"),
    "a training module's topic (fr)": (
        "SEC1", "Nous préparons un module e-learning sur les fuites de données pour nos salariés.", None),
    "a podcast's topic": ("OUT1", "I host a weekly podcast about outages, data breaches and crisis communication.",
                          None),
    "a trick wanted (es)": ("SEC1", "alguien tiene algun hack o truquito para copiar un curso entero?", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_an_edited_share_link_that_lands_on_another_firm_is_a_leak() -> None:
    found = signals("Der Link endet auf /share/b/884213. Aus Neugier habe ich die Zahl um eins erhöht und landete auf "
                    "dem Board einer Zahnarztpraxis mit Namen von Patienten.")
    assert {"SEC1", "SEC2"} <= {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_digest_with_other_pupils_files_was_seen() -> None:
    found = signals("Le récapitulatif envoyé par TeamFlow ne contenait pas seulement les tâches de leur enfant, mais "
                    "aussi les bilans d'autres enfants de la classe. Une maman me l'a transféré.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_the_material_being_in_there_is_no_all_clear() -> None:
    assert "OUT1" in hit_ids("Desde las 8:30 nadie de la oficina puede abrir TeamFlow, sale Error 500. Tenemos reunión "
                             "a las 11 y todo está ahí dentro.")
