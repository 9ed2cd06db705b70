"""Offline extractor: facts told impersonally or by a third party, and old held-back misses.

"con ese enlace se pueden cambiar y hasta borrar las tarjetas", "TeamFlow simply doesn't answer, and two
other shops ... have exactly the same problem", "my accountant, who has her own TeamFlow, has the same",
"we will pursue damages if the board is not restored". Each case pairs a text that shows the criterion with
a near miss in similar words.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, hit_ids

# round 48: four misses of the earliest held-back sets (F and AM), fixed in general form
EARLY_MISSES: dict[str, tuple[str, str, str]] = {
    "a 'read only' link that lets anyone delete cards (es)": (
        "SEC2",
        "Comparto el tablero con el enlace de 'solo lectura'. Probé con mi otro correo y con ese enlace se pueden "
        "cambiar y hasta borrar las tarjetas.",
        "Comparto el tablero con el enlace de 'solo lectura'. ¿Cómo hago para que mis clientes puedan comentar?"),
    "TeamFlow does not answer a script, at other shops too": (
        "OUT2",
        "My developer's program copies orders into TeamFlow. Since this morning TeamFlow simply doesn't answer, and "
        "two other shops he built it for have exactly the same problem.",
        "My developer's program copies orders into TeamFlow. How do I give it a key for two other shops?"),
    "uploads failing for us and at another organisation's own account": (
        "OUT3",
        "Nobody can upload anything: every time anyone in my company tries to add a file it spins and fails. My "
        "accountant, who has her own TeamFlow, has the same thing.",
        "My accountant has her own TeamFlow. How do I add a file to a card she can see?"),
    "a claim for damages announced while counsel reads the terms": (
        "LEG1",
        "Our attorney is reviewing your terms and we will pursue damages if the board is not restored within 48 "
        "hours.",
        "Our attorney is reviewing your terms before we sign; could you send the latest version?"),
    "everything automatic stopped at two of the customer's sites": (
        "OUT3",
        "Since 6am nothing in the background works for our account: no notifications, no recurring tasks, no "
        "automation rules firing. Our Berlin and Chicago teams both see it.",
        "One automation rule in the background work is not firing since I edited it; our Berlin and Chicago teams "
        "both use it."),
}

test_early_misses_criterion_fires, test_early_misses_near_miss_does_not_fire = criterion_case_tests(EARLY_MISSES)

# round 48: a head of support's and a QA lead's acceptance tests, lay English, six languages
TOLD_PLAINLY: dict[str, tuple[str, str, str]] = {
    "an attachment endpoint that does not check the workspace, reported by a researcher on free trials": (
        "SEC2",
        "I'm a security researcher. With two workspaces I own (both on free trials) I noticed that the attachment "
        "download returns the file for any id as long as the session is valid; it does not check the workspace.",
        "We're on free trials in two workspaces. How do I download an attachment by its id?"),
    "a contract change effective at the renewal (pt)": (
        "FIN5",
        "Gostaríamos de alterar o nosso contrato a partir da renovação de agosto: passar da cobrança mensal para a "
        "anual.",
        "Quando é a renovação do nosso contrato?"),
    "lesson plans word for word in the gallery, never permitted": (
        "LEG5",
        "The 'Phonics Planner' template in your gallery is my work, word for word. I never gave anyone permission "
        "to publish it.",
        "The 'Phonics Planner' template in your gallery is great; can I change the footer?"),
    "a reset code that can be tried without limit": (
        "SEC2",
        "I typed the reset code wrong twenty times and it just kept letting me try. Someone could try every number "
        "until they get into an account.",
        "I typed the reset code wrong twice; can you send me a new one?"),
    "a script in a task name that pops up for everybody": (
        "SEC2",
        "My nephew typed some computer code into a task name, and now whenever anybody opens that board a little "
        "box pops up saying 'hacked lol'.",
        "Whenever anybody opens that board a reminder box pops up; how do I turn reminders off?"),
    "an account posting login links while its owner denies writing them": (
        "SEC1",
        "Every task got a comment from Sue Baxter's account with a link to 're-enter your login here'. Sue swears "
        "she didn't write anything.",
        "Sue Baxter's account is shared with the front desk; she didn't write anything today because she is off."),
    "a parent asking for her child's details to be deleted from your systems": (
        "LEG4",
        "My daughter left the academy in April. I'd like all of her details permanently deleted from your systems; "
        "under data protection law I'm entitled to ask for that.",
        "Tasks in the bin are permanently deleted after 30 days, right? That is how we read your data protection "
        "page."),
    "a member nobody invited": (
        "SEC1",
        "There's a member in our workspace called j.smith88 with a gmail address. None of the four of us with admin "
        "rights invited him.",
        "There's a member in our workspace called j.smith88. I invited him yesterday; how do I make him an admin?"),
    "every description overwritten with the same word": (
        "SEC4",
        "Every single description across all my boards now just says 'Untitled'. The old notes aren't in the "
        "history either and I haven't typed anything.",
        "When I create a card, every description starts with 'Untitled' by default; can I change the default text?"),
    "an order from the family court to hand over the records": (
        "LEG3",
        "His solicitor has got an order from the family court that I must hand over all our business records, "
        "including everything on our TeamFlow boards.",
        "We are a family law practice; how do we set up a board to track court dates?"),
    "another firm's customer board in our list": (
        "SEC1",
        "When I logged in there was a board from a dog groomer with their customers' names and home addresses. I "
        "clicked into two of them before I realised this wasn't ours.",
        "The invoice for March wasn't ours, it was for another workspace; can you resend the right one?"),
    "a custom link built specially for us that stopped": (
        "ENT4",
        "Your professional services people built us a link to our stock system. It was built specially for us, and "
        "nothing has appeared since Thursday.",
        "Your professional services people built us a link to our stock system last year and it works very well."),
    "billing duplicated at two other offices that use TeamFlow (pt)": (
        "FIN1",
        "Fomos cobrados duas vezes pela mensalidade e dois outros escritórios que usam TeamFlow também tiveram a "
        "cobrança duplicada.",
        "Fomos cobrados duas vezes pela mensalidade; podem estornar?"),
    "a workload view requested in Spanish": (
        "SAT5",
        "Nos vendría genial una vista de carga de trabajo por persona en todos los proyectos.",
        "Nos vendría genial saber cuándo vence nuestra factura."),
    "a reporter quoting figures from a private board": (
        "SEC1",
        "A reporter contacted our CEO quoting salary figures from our private restructuring board. None of the "
        "directors shared it.",
        "Our finance team is quoting figures from our budget board in the board meeting; can we export it?"),
    "a live admin token in the page source of public links": (
        "SEC2",
        "In the page source of every public share link there's a script block with a live admin token for your "
        "image service.",
        "Where in the page source do I paste our own access token for the embed script?"),
    "digests received by someone at a different firm": (
        "SEC1",
        "A partner at a different firm, not affiliated with us, is getting our daily digest emails listing our "
        "client names.",
        "Our partner agency gets our daily digest because we invited them; how do we add another person?"),
    "a renewal refund back on the company card": (
        "FIN3",
        "Our office manager renewed the wrong workspace by mistake. Could the £1,950 go back on the company card?",
        "Our office manager renewed the workspace for £1,950. Which card is it on?"),
}

test_told_plainly_criterion_fires, test_told_plainly_near_miss_does_not_fire = criterion_case_tests(TOLD_PLAINLY)

# round 48: near misses that used to fire (each text must fire none of the listed criteria)
NOT_AN_INCIDENT: dict[str, tuple[str, str]] = {
    "a lost phone with the authenticator app": (
        "TEC3", "I lost my phone and it had my authenticator app on it, so I can't get past the two-factor step."),
    "'it takes a second to find the right one'": (
        "TEC5", "We have fifteen projects and they all look the same, so it takes a second to find the right one."),
    "'our client feedback loop is dead'": (
        "OUT1", "Comments fail to save, and right now our client feedback loop with TeamFlow is dead."),
    "a delivered summary that refers to another company's processes": (
        "SEC1", "The onboarding summary we received refers to a different company's processes."),
    "a written response to a complaint is not a feature request": (
        "SAT5", "I'd like a written response setting out how TeamFlow intends to address this."),
    "a piano teacher's lessons in the calendar": (
        "LEG5", "I use the Google Calendar link so my lessons in TeamFlow show up in the calendar on my phone."),
    "'is this a virus or a scam?' about an update screen": (
        "SEC3", "There's a full screen saying a new version is required. Is this a virus or a scam?"),
    "the customer's own website going down": (
        "OUT1", "Our own shop website (not yours!) has been going down a few times a week. Can its alert e-mails "
                "become tasks?"),
    "staff asking if the branded login page is a fake": (
        "SEC3", "Our branded login page shows your logo again and staff have started asking if it's a fake page."),
    "a phishing e-mail that only claimed to be from TeamFlow, not clicked": (
        "SEC3", "Our coordinator got an email that claimed to be from TeamFlow with a link to a look-alike domain. "
                "She didn't click it and there are no new sign-ins."),
    "link expiry asked for as a feature": (
        "SEC2", "Public links never expire. Is there a way to make links expire after a week? If not, please count "
                "this as a request."),
    "the customer's own database on its own server": (
        "OUT4", "Our nightly job into our own reporting database (Postgres on our server) failed with 'could not "
                "connect to database'."),
    "a litigation practice tracking its own subpoenas": (
        "LEG3", "We're a litigation practice. Every time a subpoena lands on one of our matters we track the return "
                "date."),
    "a freelancer who should lose access": (
        "SEC4", "We're offboarding a freelancer; what else should we do so he loses access through the mobile app?"),
    "a question about what a plan's uptime commitment is": (
        "ENT2", "Does the Pro plan come with an uptime commitment or service credits, or is that only on "
                "Enterprise?"),
    "liking the product's own LinkedIn post": (
        "SAT4", "Saw your LinkedIn post about the new timeline view, looks great! Where do I find it?"),
    "how long deleted projects stay in backups (de)": (
        "SEC4", "Wie lange werden gelöschte Projekte und Dateien bei Ihnen noch in Backups aufbewahrt?"),
    "a food bank that delivers to vulnerable families": (
        "SEC2", "We deliver to vulnerable families and I look after the delivery rota board."),
}


@pytest.mark.parametrize("name", list(NOT_AN_INCIDENT))
def test_not_an_incident_does_not_fire(name: str) -> None:
    criterion, text = NOT_AN_INCIDENT[name]
    assert criterion not in hit_ids(text)

# round 48: the immediate tier in six languages, third author
SIX_LANGUAGES: dict[str, tuple[str, str, str]] = {
    "our weekly summary received by a company we have nothing to do with (nl)": (
        "SEC1",
        "Iemand van een bedrijf waar wij niets mee te maken hebben had vanochtend jullie wekelijkse "
        "samenvattingsmail gekregen, met onze klantnamen erin.",
        "Hoe zet ik de wekelijkse samenvattingsmail uit voor onze stagiair?"),
    "health data in reminder subjects beyond what the LGPD allows (pt)": (
        "SEC5",
        "Os lembretes colocam o nome do paciente e o diagnóstico no assunto. Isso é tratamento de dado sensível "
        "fora do que a LGPD permite.",
        "Os lembretes colocam o nome da tarefa no assunto; dá para mudar o formato?"),
    "our project data ended up with another customer (de)": (
        "SEC1",
        "Unsere Projektdaten sind bei einem anderen Kunden gelandet: er hat Screenshots aus unserem Workspace "
        "bekommen.",
        "Wie teile ich unsere Projektdaten mit einem anderen Kunden, der auch TeamFlow nutzt?"),
    "a live session from a phone that is not ours (it)": (
        "SEC1",
        "Nelle sessioni attive compare una sessione aperta da un telefono che non è nostro, da Lagos.",
        "Nelle sessioni attive compare il telefono nuovo di mio padre; come lo rinomino?"),
    "a guest nobody here invited (es)": (
        "SEC1",
        "Un usuario invitado comenta en nuestras tareas. Nadie de aquí ha invitado a esa cuenta.",
        "¿Cómo invito a una cuenta de invitado para que comente en nuestras tareas?"),
    "a login page identical to yours on another domain (es)": (
        "SEC3",
        "Los comentarios enlazan a una página idéntica a vuestro login, pero en otro dominio, y dos personas han "
        "metido su contraseña.",
        "Nuestro portal de marca usa una página idéntica a vuestro login; ¿podemos cambiar los colores?"),
    "my templates sold identical on your marketplace (fr)": (
        "LEG5",
        "Mon pack de modèles est proposé sur votre marketplace à l'identique. Je n'ai jamais autorisé ça.",
        "Mon pack de modèles est-il proposé sur votre marketplace ? Comment le publier ?"),
    "about 400 tasks set to 01.01.1970 overnight (de)": (
        "SEC4",
        "Seit heute Morgen stehen bei rund 400 Aufgaben Start- und Enddatum auf 01.01.1970.",
        "Wie stelle ich bei rund 400 Aufgaben das Startdatum auf Montag?"),
    "a stranger who got in and wants bitcoin (pt)": (
        "SEC1",
        "Um homem diz que conseguiu entrar nos nossos quadros e que vai publicar tudo se a gente não pagar em "
        "bitcoin.",
        "Vocês aceitam pagamento da assinatura em bitcoin?"),
    "all our 600 staff cannot reach the workspace (nl)": (
        "OUT1",
        "Sinds 07:50 krijgen al onze ruim 600 medewerkers bij het openen van TeamFlow alleen de melding \"We can't "
        "reach your workspace right now\".",
        "Eén medewerker krijgt de melding \"We can't reach your workspace right now\"; de rest werkt gewoon."),
}

test_six_languages_criterion_fires, test_six_languages_near_miss_does_not_fire = criterion_case_tests(SIX_LANGUAGES)

NOT_AN_INCIDENT_ML: dict[str, tuple[str, str]] = {
    "four past outages, all resolved, in a formal complaint (pt)": (
        "OUT1", "A plataforma ficou indisponível em quatro ocasiões no trimestre. Todas já foram resolvidas, mas "
                "registro uma reclamação formal."),
    "an export that downloads as 0 KB (es)": (
        "SEC4", "Al exportar el proyecto a Excel, la descarga se queda en 0 KB."),
    "the same billing problem told to three of the vendor's agents": (
        "FIN1", "I've explained the same billing problem to three different people on your team: our VAT number is "
                "missing from every invoice."),
}


@pytest.mark.parametrize("name", list(NOT_AN_INCIDENT_ML))
def test_not_an_incident_ml_does_not_fire(name: str) -> None:
    criterion, text = NOT_AN_INCIDENT_ML[name]
    assert criterion not in hit_ids(text)
