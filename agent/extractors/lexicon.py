"""The detector vocabulary: the ``Rule`` shape, shared phrase fragments and the anchor gate.

A rule says: when one of its *anchor* words appears in a sentence of the new text, and the
sentence also shows its *need* (and not its *unless*), and the anchor is not negated or part of a
hypothetical or informational question, the criterion is found. Anchors are literal word stems;
all anchors of all rules compile into ONE trie-shaped regex, so a ticket is scanned once and only
the rules whose anchors occur are looked at. Everything matches the folded text (lower case, no
accents, straight quotes), see ``textparse.fold``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from . import pattern_cache
from .lexicon_elsewhere import (
    ANOTHER_FIRMS_BOARD as ANOTHER_FIRMS_BOARD,
)
from .lexicon_elsewhere import (
    AVOID_INCIDENTS as AVOID_INCIDENTS,
)
from .lexicon_elsewhere import (
    JOB_TITLE as JOB_TITLE,
)
from .lexicon_elsewhere import (
    JUST_PASTE as JUST_PASTE,
)
from .lexicon_elsewhere import (
    NEWS_ABOUT_OTHERS as NEWS_ABOUT_OTHERS,
)
from .lexicon_elsewhere import (
    NOT_ABOUT_TEAMFLOW as NOT_ABOUT_TEAMFLOW,
)
from .lexicon_elsewhere import (
    NOTHING_ODD as NOTHING_ODD,
)
from .lexicon_elsewhere import (
    OTHER_SERVICE_HACKED as OTHER_SERVICE_HACKED,
)
from .lexicon_elsewhere import (
    PHYSICAL_BREAK_IN as PHYSICAL_BREAK_IN,
)
from .lexicon_elsewhere import (
    RIGHTS_HOLDERS_WORK as RIGHTS_HOLDERS_WORK,
)
from .lexicon_scope import CANT as CANT
from .lexicon_scope import COMPETITORS as COMPETITORS
from .lexicon_scope import DATA_NOUN as DATA_NOUN
from .lexicon_scope import EACH_FIXED as EACH_FIXED
from .lexicon_scope import FILTER_MAY_HIDE as FILTER_MAY_HIDE
from .lexicon_scope import PARTNERS as PARTNERS
from .lexicon_scope import PROBLEM as PROBLEM
from .lexicon_scope import SCOPE_MANY as SCOPE_MANY
from .lexicon_scope import STRONG_DOWN as STRONG_DOWN
from .reopt import UNSPACED_SCRIPT, compile_fast
from .textparse import fold

Guard = Literal["info", "hypo", "none"]


@dataclass(frozen=True, eq=False)
class Rule:
    """One way a criterion shows in text. Several rules may serve one criterion."""

    cid: str
    anchors: tuple[str, ...]
    need: re.Pattern[str] | None = None  # must match in the sentence (or within ``near`` of the anchor)
    also: re.Pattern[str] | None = None  # a second pattern that must match in the sentence
    unless: re.Pattern[str] | None = None  # must not match in the sentence
    doc_need: re.Pattern[str] | None = None  # must match somewhere in the new text
    doc_unless: re.Pattern[str] | None = None  # must not match anywhere in the new text
    negatable: bool = True  # "not a security issue", "no data was lost" deny it
    guard: Guard = "info"  # info: questions about the company and hypotheticals don't count
    near: int = 0
    name: str = field(default="")


def rule(cid: str, anchors: Iterable[str], need: str | None = None, unless: str | None = None, *,
         also: str | None = None, doc_need: str | None = None, doc_unless: str | None = None,
         negatable: bool = True, guard: Guard = "info",
         near: int = 0, name: str = "") -> Rule:
    """Build a rule; anchors are folded, patterns compiled once here (at import time)."""
    return Rule(cid=cid, anchors=tuple(fold(a) for a in anchors),
                need=compile_fast(need) if need else None,
                also=compile_fast(also) if also else None,
                unless=compile_fast(unless) if unless else None,
                doc_need=compile_fast(doc_need) if doc_need else None,
                doc_unless=compile_fast(doc_unless) if doc_unless else None,
                negatable=negatable, guard=guard, near=near, name=name or cid)


def words(text: str) -> list[str]:
    """Anchor lists written as one string, separated by "|"."""
    return [w.strip() for w in text.split("|") if w.strip()]


# -- the gate: one trie regex over every anchor --------------------------------------------------

_STEM, _EXACT = "\x00stem", "\x00exact"
_TrieNode = dict[str, "_TrieNode"]


def _trie_pattern(anchors: Iterable[str]) -> str:
    root: _TrieNode = {}
    for anchor in anchors:
        exact = anchor.endswith("$")
        node = root
        for ch in anchor.rstrip("$"):
            node = node.setdefault(ch, {})
        node[_EXACT if exact else _STEM] = {}

    def build(node: _TrieNode) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if not ch.startswith("\x00")]
        if _STEM in node:
            alts.append("")
        elif _EXACT in node:
            alts.append(r"(?![a-z0-9])")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    # an anchor starts a word: no letter or digit right before it, checked after its first character so the
    # regex engine can jump between the first characters; kana and CJK anchors follow any character
    # ("Slack連携"), since those scripts put no space between words
    firsts = [re.escape(ch) + ("" if UNSPACED_SCRIPT.match(ch) else r"(?<![a-z0-9].)") + build(child)
              for ch, child in sorted(root.items()) if not ch.startswith("\x00")]
    return "(?:" + "|".join(firsts) + ")"


@dataclass(frozen=True)
class Gate:
    """All anchors as one regex, and for each matched anchor the rules it may wake."""

    pattern: re.Pattern[str]
    rules_for: dict[str, tuple[Rule, ...]]
    #: where, inside the matched text, the anchor that wakes each rule of ``rules_for`` sits (same order): a rule
    #: woken by "lawyers" inside "our lawyers" is judged (negation, evidence) on "lawyers"
    spans_for: dict[str, tuple[tuple[int, int], ...]]


def build_gate(rules: Sequence[Rule]) -> Gate:
    by_anchor: dict[str, list[Rule]] = {}
    for r in rules:
        for anchor in r.anchors:
            by_anchor.setdefault(anchor, []).append(r)
    plain: dict[str, list[str]] = {}  # "cards" and "cards$" are two spellings of one matched text
    for a in by_anchor:
        plain.setdefault(a.rstrip("$"), []).append(a)
    rules_for: dict[str, tuple[Rule, ...]] = {}
    spans_for: dict[str, tuple[tuple[int, int], ...]] = {}
    for text in plain:
        woken: list[Rule] = []
        spans: list[tuple[int, int]] = []
        # Every anchor that starts where a word of this one starts wakes too: the gate matches the
        # longest anchor and moves on, so "our lawyers" must also wake the rules of "lawyers".
        starts = [0] + [i + 1 for i, ch in enumerate(text[:-1]) if not ch.isalnum() and text[i + 1].isalnum()]
        for start in starts:
            for end in range(start + 1, len(text) + 1):
                for spelled in plain.get(text[start:end], ()):
                    if spelled.endswith("$") and end < len(text) and text[end].isalnum():
                        continue
                    for r in by_anchor[spelled]:
                        if r not in woken:
                            woken.append(r)
                            spans.append((start, end))
        rules_for[text] = tuple(woken)
        spans_for[text] = tuple(spans)
    return Gate(pattern_cache.compile(_trie_pattern(by_anchor)), rules_for, spans_for)


# -- shared fragments (folded text) --------------------------------------------------------------

#: The writer says it was a joke ("we've been hacked! jk", "we all had a laugh"): what it jokes about is not reported.
JOKING = (r"\bjk\b|just kidding|\bhaha\b|\blol\b|\blmao\b|nobody was hacked|no one was hacked|nobody got hacked|"
          # "Someone in the office joked we'd been hacked ... I assume it's nothing like that"
          r"\bjoked\b|\bjoking\b|\bjokes (?:that|about)\b|"
          # "O meu chefe diz, a brincar, que vai processar a equipa inteira"
          r"\ba brincar\b|en broma|pour rire|im scherz|per scherzo|als grap|bromeando|\bscherzhaft|"
          # a school play's project: '"Attacco hacker alla scuola!" (è una commedia ...)'
          r"\b(?:e una commedia|es una comedia|c'est une comedie|ist eine komodie|e uma comedia|is een komedie)\b|"
          r"recita di fine anno|obra de teatro|piece de theatre|theaterstuck|toneelstuk|school play|"
          r"\bj/k\b|only kidding|\bkidding\b|c'est une blague|es broma|nur ein scherz|"
          r"e brincadeira|sto scherzando|grapje|as a joke|for a joke|jokingly|en broma|pour rire|als witz|"
          r"de brincadeira|per scherzo|als grap|(?:had|have) a (?:good )?laugh|(?:we|everyone) (?:all )?laughed|"
          r"(?:was|it'?s) (?:just |only )?(?:a |the )?joke|c'etait pour rire|era (?:una )?broma|"
          r"war (?:nur )?ein (?:witz|scherz)|era (?:so |uma )?brincadeira|era (?:uno )?scherzo|was (?:maar )?een grap|"
          # "Onze CFO grapte al dat we 'gehackt zijn door de Amerikanen'"
          r"\bgrapte\b|\bgrapten\b|\bscherzte\b|\bwitzelte\b|\bbromeo\b|\bbrincou\b|ha scherzato|a plaisante|"
          r"\bplaisantait\b")
#: The customer's own connection failed and the service works around it ("our wifi router died; on 4G it's fine").
#: The customer's own website is down, not the product: "Our own shop website (not yours!)".
OWN_SITE_DOWN = r"(?:our|my) own (?:\w+ ){0,2}(?:website|web ?site|web ?shop|online shop)\b|\(not yours\b"
OWN_CONNECTION_DOWN = (r"(?:had a|there was a|because of (?:a|the|our)) power cut|the internet was (?:off|down|out)|"
                       # "het was gewoon onze eigen wifi-router in het clubhuis die gecrasht was"
                       r"(?:wifi|wi-fi|router|routeur|modem|internet)\b[^.!?]{0,40}\b(?:gecrasht|crashed|abgesturzt|"
                       r"a plante|se colgo|se cayo|travou|si e bloccato|was uitgevallen|died|went down)\b|"
                       # "our building lost internet for about 3 hours (ISP fibre cut, fixed now)"
                       r"(?:building|office|house|shop|store|school|clinic|site|we|i) lost (?:the |our |its |all )?"
                       r"(?:internet|wifi|wi-fi|connection|connectivity|network)|\b(?:fibre|fiber) cut\b|"
                       # "The storm ... knocked out power and internet at the winery ... (our ISP ... not your
                       # problem!)"
                       r"\bknocked out (?:the )?(?:power|internet|electricity)\b|"
                       r"\bphones had no signal\b|"
                       # "en el móvil con 4G iba perfecto. Al final era nuestro firewall nuevo"
                       r"con (?:4g|5g|datos)\b[^.!?]{0,20}(?:iba|va|funciona\w*|carga\w*) (?:perfecto|bien)|"
                       r"era nuestro (?:\w+ )?(?:firewall|router|cortafuegos|proxy)|"
                       r"war unser\w* (?:\w+ )?(?:firewall|router)|era o nosso (?:\w+ )?(?:firewall|"
                       r"router)|era il nostro (?:\w+ )?(?:firewall|router)|was onze (?:\w+ )?(?:firewall|router)|"
                       r"router\b[^.!?]{0,40}(?:keinen strom|kein strom|ausgefallen|kaputt|sin corriente|sans courant|"
                       r"sem energia|senza corrente|geen stroom|no power|lost power)|zu hause ging alles|"
                       r"en casa funcionaba|a la maison (?:ca|tout) marchait|em casa funcionava|a casa funzionava|"
                       r"thuis werkte (?:het|alles)|worked (?:fine )?at home|(?:office|our|the) firewall (?:was |got |"
                       r"has been )?(?:updated|changed|blocking)|works? (?:perfectly |fine |ok )?(?:on (?:our|my|the) "
                       r"phones? )?(?:over|on|with) (?:4g|5g|lte|mobile data)|(?:it|everything) works (?:fine |"
                       r"perfectly )?"
                       r"(?:from|at) home|"
                       r"nothing'?s wrong (?:with|on) your (?:side|end)|(?:vpn|firewall|proxy)\b[^.!?]{0,60}\b(?:was |"
                       r"is |"
                       r"were )?blocking|"
                       # "uiteindelijk bleek het onze eigen router te zijn": the cause was found at home
                       r"(?:bleek|turned out|resulto|s'est avere|stellte sich heraus|acabou sendo|si e rivelato)\b"
                       r"[^.!?]{0,40}\b(?:onze eigen|our own|nuestro propio|nuestra propia|notre propre|unser eigener|"
                       r"unser|nosso proprio|nossa propria|il nostro|la nostra) (?:\w+ )?(?:router|modem|wifi|wi-fi|"
                       r"wlan|"
                       r"internet|netwerk|network|red|reseau|netzwerk|rede|rete|box|firewall)|"

                       r"(?:our|my) (?:\w+ )?(?:wifi|wi-fi|router|internet|network|connection|broadband|modem) "
                       r"(?:\w+ ){0,3}(?:died|dead|is down|went down|failed|broke|is out|went out|was playing up|"
                       r"playing up|acting up)|(?:on|with|using|"
                       r"over) (?:4g|5g|four g|five g|lte|mobile data|(?:my|our) phone'?s? data|(?:a |my |the |"
                       r"our )?(?:phone'?s? )?"
                       r"hotspot),? "
                       r"(?:it'?s|it is|it works|works|it loads|loads|it opens|opens|everything'?s) (?:\w+ )?(?:fine|"
                       r"ok|"
                       r"okay|perfectly|normally|great)|"
                       r"works (?:fine )?on (?:4g|5g|lte|"
                       r"mobile data)|(?<!nicht )(?<!not )(?<!pas )(?<!no )(?<!niet )(?:an|by|por|par|door|da|wegen) "
                       r"(?:unserem|unser|notre|nuestro|nosso|nostro|onze|"
                       r"our) (?:\w+-)?(?:router|wlan|wifi|internet|netzwerk|reseau|red|rede|rete|netwerk)|(?:works|"
                       r"working|loads) "
                       r"fine (?:\w+ ){0,3}(?:at home|on (?:my |our )?phones?|over (?:4g|5g)|on (?:4g|5g))|(?:updated|"
                       r"changed) "
                       r"(?:the |our )?(?:office )?firewall|"
                       # "at the office nothing loads but on my phone on four G it works perfectly"
                       r"(?:at the office|at work|in the office)\b[^.!?]{0,80}\bbut (?:on|from|at) (?:my|our|the) "
                       r"(?:phone|mobile|cell|home)\b[^.!?]{0,30}(?:it'?s|it is|it works|works|it was|everything'?s) "
                       r"(?:fine|ok|okay|perfectly|normally|great)")
#: "It does come up in the end and then works": slow, not down.
EVENTUALLY_LOADS = (r"(?:does|it) load,? eventually|loads?,? eventually|al final carga|termina cargando|"
                    # "parece que se ha caído todo, pero si esperas acaba saliendo y se puede trabajar"
                    r"acaba (?:saliendo|cargando|abriendo)|si esperas (?:\w+ )?(?:sale|carga|abre)|"
                    # "Turns out they do load, it just takes 15-20 seconds per board"
                    r"(?:they|it) (?:do|does) load,? (?:it |they )?just take|finit par "
                    r"(?:charger|s'afficher)|eventually loads|does load in the end|ladt am ende|acaba carregando|"
                    r"alla fine carica|laadt uiteindelijk|(?:all )?succeed eventually|eventually succeed|"
                    r"no errors,? just (?:\w+ )?slow|(?:does|do|it|they) (?:\w+ )?(?:come|comes) up (?:in the end|"
                    r"eventually|after)|(?:does|do|it|they) (?:\w+ )?(?:open|opens|load|loads) (?:in the end|after "
                    r"(?:a|about|around|roughly) (?:\w+ )?(?:minute|while|bit))|"
                    # "Uiteindelijk lukt het wel": slow, but it gets there
                    r"uiteindelijk lukt het|lukt het uiteindelijk|al final funciona|finit par marcher|"
                    r"(?:funktioniert|klappt) (?:es )?am ende|acaba por funcionar|alla fine funziona|eventually works|"
                    r"does work in the end|gets there in the end|then (?:it|they) (?:does|do) (?:show|load|open)|"
                    r"then (?:it|they) (?:shows?|loads?|opens?) (?:up|fine|normally|with everything)")
#: "hacker" as a nickname or a trick: "noemt zichzelf de 'Excel-hacker' van de club".
HACK_NICKNAME = (r"(?:noemt|nennt|calls?|called|se llama|s'appelle|si chiama|chama) (?:zichzelf|sich|himself|herself|"
                 r"themselves|itself|ourselves|a si mismo|a si misma|lui-meme|elle-meme|se stesso|se stessa|a si mesmo|"
                 r"a si mesma)\b|"
                 r"\b(?:excel|spreadsheet|life|growth|kitchen|ikea|formula)[- ]?hack(?:er|ers|s)?\b|"
                 # an event's name: "de \"Hackerweek\": programmeerworkshops voor kinderen", a hackathon
                 r"\bhack(?:er)?[- ]?(?:week|weekend|space|camp|club|dojo|day|days|night|fest)\b|\bhackathon|"
                 # a trick wanted: "kleiner Hack gesucht", "Kennt ihr nen Hack, wie man ..."
                 r"\bhack gesucht\b|\bkennt ihr (?:\w+ )?hack\b|\b(?:nen|einen|a|un|une|een) (?:kleinen? |little |"
                 r"small |"
                 r"petit |pequeno )?hack,? (?:wie|to|for|pour|para|om|per)\b")
#: Colleagues open the same thing fine: "Mijn collega's kunnen hetzelfde bord gewoon openen" (one user's fault).
OTHERS_CAN_OPEN = (r"(?:my |mijn |meine |mes |mis |os meus |i miei )?(?:colleagues|coworkers|collega'?s|kollegen|"
                   r"kolleginnen|collegues|companeros|colegas|colleghi) (?:\w+ ){0,2}(?:can|kunnen|konnen|peuvent|"
                   r"arrivent a|pueden|conseguem|podem|possono|riescono a) (?:\w+ ){0,4}(?:open|openen|offnen|ouvrir|"
                   r"abrir|aprire)\b")
#: "I can open and edit everything else, it's just the PDF export": one feature failing, told as "down".
ONE_FEATURE_ONLY = (r"(?:i|we) can (?:still )?(?:open|use|access|see) (?:and edit )?everything else|everything else "
                    r"(?:works|is fine|is working|loads)|it'?s (?:just|only) the (?:\w+ ){0,3}(?:export|view|button|"
                    r"page|report|feature|upload|download|import)\b")
#: The receiver of something sent by mistake opened or downloaded it ("l'ha scaricata e aperta").
OPENED_BY_RECEIVER = (r"(?:opened|downloaded|scaricat\w*|(?:l'ha|li ha|l'hanno) (?:\w+ )?apert\w*|abrio|abrieron|"
                      r"descargo|descargaron|ouvert|telecharg\w*|geoffnet|heruntergeladen|geopend|gedownload|abriu|"
                      r"baixou)")
#: A filter switched on by the writer's own slip, and the scare taken back: "tinha carregado sem querer no filtro
#: 'Atribuídas a mim' ... Desculpem o susto".
FILTER_SLIP = (r"(?:sem querer|sin querer|par erreur|versehentlich|per sbaglio|per ongeluk|by accident|accidentally)\b"
               r"[^.!?]{0,30}(?:filtro|filter|filtre)|desculp(?:a|e)m? o susto|"
               # "dass oben der Filter auf 'nur meine Aufgaben' stand. Den hatte ich wohl aus Versehen angeklickt"
               r"(?:filter|filtro|filtre) (?:auf|op|en|sur|su|on) \W?[\w ]{1,30}\W? (?:stand|stond|estaba|etait|era)\b|"
               # "afinal era o filtro 'só as minhas tarefas' que alguém deixou ligado"
               r"\b(?:afinal|al final|en fait|alla fine|uiteindelijk|turns out|it turned out) (?:it )?(?:era|was|etait|"
               r"war) (?:o|el|le|il|het|the|der|un|uno|um|a) (?:\w+ )?(?:filtro|filter|filtre)\b")
#: The alarm called off in so many words: "false alarm", "Fehlalarm", "panic over".
FALSE_ALARM = (r"false alarm|panic over|falsa alarma|fausse alerte|fehlalarm|alarme falso|falso allarme|loos alarm|"
               r"vals alarm|valse alarm")
#: Nothing went missing after all: "No se perdió nada", "er is niets verloren", "nothing was deleted".
NOTHING_LOST = (r"no se (?:perdio|borro) nada|nada se (?:ha )?(?:perdio|perdido|borro)|rien n'a ete (?:perdu|supprime)|"
                r"nichts (?:ist|wurde|ging) (?:verloren|geloscht)|nada foi (?:perdido|apagado)|"
                r"non si e perso (?:niente|nulla)|niente e andato perso|er is niets (?:verloren|verwijderd)|"
                r"nothing was (?:deleted|lost)|"
                # "Es ist also alles da, nichts verloren, mein Fehler"
                r"\bes ist (?:also |doch )?alles (?:noch )?da\b|\bnichts verloren\b|\balles is er (?:nog|gewoon)\b")
#: Another customer who uses the product and has the same fault, said in passing ("che vi usa anche lui: stessa cosa
#: da loro").
SAME_AT_THEIRS = (r"(?:vi|ci) usa(?:no)? anche (?:lei|lui|loro)|stessa cosa (?:da|anche da) (?:lei|lui|loro)\b|"
                  r"lo mismo (?:les pasa|le pasa|en su (?:empresa|oficina))|dasselbe bei (?:ihnen|ihm|ihr)\b|"
                  # "la gouvernante d'un hôtel à Annecy, qui a son propre compte chez vous, et chez eux c'est pareil"
                  r"chez (?:eux|elle|lui) (?:c'est |aussi )?(?:pareil|la meme chose)|"
                  # "ma collègue de la mairie de Saint-Jorioz qui a le même montage chez vous"
                  r"le meme montage chez vous|la misma configuracion con ustedes|dieselbe einrichtung bei ihnen|"
                  r"a mesma configuracao com voces|la stessa configurazione da voi|dezelfde opzet bij jullie|"
                  r"qui (?:a|ont) (?:son|sa|leur) propre compte|"
                  r"con su propia cuenta|mit (?:seinem|ihrem) eigenen konto|com a sua propria conta|con il suo account|"
                  r"met (?:een|hun|zijn|haar) eigen account")
#: The incident was elsewhere, said outright: "(niente a che vedere con TeamFlow, i vostri dati erano tutti a
# posto)".
#: The "missing" work was archived by the writer's own team ("archived it by mistake", "per ongeluk gearchiveerd").
ARCHIVED_BY_MISTAKE = (r"archived (?:it |them )?by (?:mistake|accident)|aus versehen (?:auf )?\W?archivier|"
                       r"per ongeluk gearchiveerd|archive par erreur|archivado por error|arquivado por engano|"
                       r"archiviato per sbaglio")
#: The writer found the "lost" items again, or the filter that hid them ("found them again", "left on a filter").
FOUND_AGAIN = (r"found (?:them|it) again|(?:put|switched|turned|left) on a filter|"
               # "Bleek dat ik gisteren zelf het filter 'Alleen mijn taken' had aangezet"
               r"\bhet filter (?:[^.!?]{0,40} )?(?:had )?aangezet\b|"
               # "bleek dat ik in de werkruimte van de tennisclub zat ... Alles staat er gewoon nog"
               r"turned out (?:i|we) (?:was|were) in (?:the |another |a )?(?:wrong |"
               r"other |different )?workspace|"
               # "Turns out my colleague archived it on Friday thinking it was an old copy"
               r"turn(?:s|ed) out (?:that )?(?:my |a |our )?(?:colleague|teammate|co-?worker) (?:had )?archived|"
               # "then found it in Trash and restored it. Everything's back"
               r"found (?:it|them) in (?:the )?(?:trash|bin|archive)\b[^.!?]{0,30}\brestored|"
               # "Encontrei na lixeira, restaurei e está tudo lá"
               r"(?:encontrei|achei)(?: (?:o|os|a|as))? na lixeira\b[^.!?]{0,30}\brestaur|(?:lo|la|los|"
               r"las) encontre en "
               r"la papelera\b[^.!?]{0,30}\brestaur|(?:retrouve|trouve) dans la corbeille\b[^.!?]{0,30}\brestaur|"
               r"im papierkorb (?:wieder)?gefunden\b[^.!?]{0,40}\bwiederhergestellt|trovat[oaie] nel cestino\b"
               r"[^.!?]{0,30}\bripristinat|in de prullenbak (?:terug)?gevonden\b[^.!?]{0,30}\bteruggezet|"
               # "then I noticed the little 'Assigned to me' filter was switched on ... everything is there, phew"
               r"(?<!\bno )(?<!checked the )(?<!checked that the )filter (?:was|is) (?:switched |turned |still )?on\b"
               r"(?! \W?(?:all|everything|alle|todo|tout|tutto)\b)|"
               # "i had the 'only show my tasks' filter on from yesterday"
               r"(?:left|had|switched|turned) (?:the|a|my) (?:\W?[\w ]{1,30}\W? )?filter on")
#: The writer takes the alarm back further down ("false alarm, that's her", "never mind, found them"). The three
#: shared parts above also feed the narrower lists: `rules._FALSE_ALARM` (a fault taken back too) and
#: `topic._FOUND_AGAIN` (routing the question that follows).
RETRACTED = (FALSE_ALARM + "|" + NOTHING_LOST + "|" + ARCHIVED_BY_MISTAKE + "|" + FOUND_AGAIN + "|"
             r"scratch that|alles is er weer|(?:niks|niets) aan de hand|laat maar,? gevonden|"
             r"ignore my (?:\w+ ){0,2}(?:message|e-?mail|ticket) from (?:this morning|earlier|yesterday|"
             r"today)|"
             # '"we've been hacked!!" (we haven't)'; "Everyone's back in, all good, nothing wrong on your side"
             r"\(we haven'?t\)|nothing (?:is |was )?wrong on your (?:side|end)|everyone'?s back in\b|"
             # "So that was me, not a hacker"; "my password manager still had the old one saved"
             r"(?:that|it) was (?:just )?me,? not (?:a |an )?(?:hacker|intruder|attacker|someone else)|not a hacker\b|"
             r"password manager (?:still )?had the old|"
             # "Es war mein eigener Fehler", "era a minha filha ... ninguém mais entrou"
             r"es war mein eigener fehler|fue mi propio error|c'etait ma propre erreur|foi erro meu|era un mio errore|"
             r"het was mijn eigen fout|it was my own (?:fault|mistake)|panisch geschrieben|\bentwarnung\b|"
             r"era a minha filha|era o meu filho|era mi hij[oa]|era la mia figlia|era mio figlio|c'etait ma fille|"
             r"c'etait mon fils|war meine tochter|war mein sohn|it was my (?:daughter|son|wife|husband|kid)|"
             r"ninguem mais entrou|nadie mas entro|personne d'autre n'est entre|niemand sonst war drin|"
             # "Ich dachte gestern zuerst, jemand hätte sich in mein Konto gehackt ... Das war aber nicht so"
             r"das war aber nicht so|kein sicherheitsproblem|no es un problema de seguridad|"
             r"pas un probleme de securite|"
             r"nao e um problema de seguranca|non e un problema di sicurezza|geen beveiligingsprobleem|"
             r"not a security (?:problem|issue)|"
             # "please ignore the panicky email I sent an hour ago"
             r"ignore the panicky|ignore my (?:last|previous|earlier) (?:e-?mail|message)|ignore the (?:e-?mail|"
             r"message) "
             r"i sent|"
             # "per un attimo ho pensato che qualcuno ci avesse hackerato l'account 😅 ma no, è più banale"
             r"(?:ho pensato|pensavo|pense|pensaba|j'ai cru|j'ai pense|achei|pensei|dachte|"
             r"dacht) (?:\w+ ){0,6}(?:hacker\w*|"
             r"hacke\w*|pirat\w*|gehackt)\b[^.!?]{0,40}\b(?:ma no|pero no|mais non|mas nao|aber nein|maar nee|"
             r"maar niet|"
             r"aber nicht|ma non|mais pas)\b|"
             # "Blijkt dat mijn caps lock aan stond ... er is niks aan de hand en niemand anders is ingelogd"
             r"er is (?:niks|niets) aan de hand|niemand anders is (?:ingelogd|binnen)|(?:blijkt|bleek) dat mijn "
             r"(?:caps ?lock|wachtwoord|toetsenbord)|"
             # the cause was at home: "Afinal o problema era o router ... desde então está tudo a funcionar"
             r"o problema era o (?:nosso )?router|el problema era el router|le probleme venait (?:de la box|du "
             r"routeur)|das problem war (?:der|unser) router|il problema era il router|het probleem was de router|"
             r"the problem was (?:our|the) router|desde entao esta tudo a funcionar|"
             r"turned out (?:to be )?(?:a |her |his |my |just )?forgotten (?:pw|pwd|"
             r"password)|please ignore|pls ignore|you can close (?:this|the ticket|it)|"
             r"ignore my (?:last |previous )?(?:message|e-?mail|ticket)|\bnvm,? my (?:phone|laptop|battery)|"
             r"never ?mind,? my (?:phone|laptop)|"
             r"never ?mind,? (?:found|it was|that was|it'?s)|\bnvm,? found|"
             r"that'?s (?:her|him)\b|we'?re (?:all )?good now|all good now|afinal (?:nao|estava|era)\b|"
             # "No incident on our side, this is purely paperwork"
             r"no incident on our (?:side|end)|(?:purely|just|only) paperwork|"
             # "Es ist bisher nichts passiert, ist nur eine Vorsichtsfrage"
             r"(?:es ist|ist) (?:bisher |noch )?nichts passiert|vorsichtsfrage|just a precaution|"
             # ... but not a step taken after the alarm: "Il a changé son mot de passe à 7h par précaution"
             r"(?<!passe )(?<!password )(?<!contrasena )(?<!senha )(?<!passwort )(?<!wachtwoord )"
             r"(?<!\d )(?<!\dh )(?<!\d\d )par precaution|"
             r"por precaucion|nothing has happened (?:yet|so far)|no ha pasado nada|rien ne s'est passe|"
             r"non e successo (?:niente|nulla)|er is (?:nog )?niets gebeurd|"
             # "Erst dachte ich alles ist gelöscht ..., aber meine Kollegin meint archivierte Projekte kann man ..."
             r"(?:erst|zuerst) dachte ich\b[^.!?]{0,100}\baber\b|d'abord j'ai cru\b[^.!?]{0,100}\bmais\b|"
             r"primero pense\b[^.!?]{0,100}\bpero\b|"
             # "Nobody hacked anything, phew"; "(update: nope)"; "No se perdió nada"; "niet gehackt, niks kwijt"
             r"(?:laat maar|never ?mind|nvm|egal|laisse tomber|deja|lascia stare),? (?:gevonden|found|gefunden|trouve|"
             r"encontrad[oa]|trovat[oa]|achei)|niet gehackt|niks kwijt|nicht gehackt|nichts weg|pas pirate|"
             r"no (?:nos )?hackearon|nao fomos hackeados|non siamo stati hackerati|sorry voor de paniek|"
             r"desculp(?:a|e)(?:m)? (?:o|pelo) susto|perdon por el susto|desole pour la panique|sorry fur die panik|"
             r"scusate (?:per )?il panico|"
             r"(?:nobody|no one|no-one) hacked (?:anything|us|it|me)|\((?:update|edit): (?:nope|no|false alarm|"
             r"found it|never ?mind)|"
             # "Turns out I had clicked the 'Assigned to: Jordan' filter by accident ... nothing was deleted"
             r"sorry for the (?:panic|scare|false alarm)|(?:clicked|set|left|turned on|"
             r"switched on) (?:the |a )?['\"][^'\"]{1,30}['\"] filter|"
             # "Blijkt dat ik zelf per ongeluk het filter had aangezet. Alles staat er gewoon nog"
             r"(?:blijkt|bleek) dat ik (?:zelf )?|" + FILTER_SLIP + r"|"
             # "afinal fui eu que liguei sem querer o filtro"; "erst dachten wir, TeamFlow ist down - ist es aber nicht"
             r"afinal fui eu|al final fui yo|en fait c'etait moi|alla fine ero io|turn(?:s|ed) out it was me|"
             r"(?:erst|zuerst) dachten wir\b[^.!?]{0,100}\baber\b|"
             # "era attivo il filtro ... Tolto il filtro è tutto lì, non manca niente"; "Turns out one of our team leads
             # archived it by mistake ... no data loss and definitely not a security issue"
             r"era attivo il filtro|tolto il filtro|non manca (?:niente|nulla)|no falta nada|rien ne manque|"
             r"es fehlt nichts|nao falta nada|er ontbreekt niets|turns out (?:\w+ ){0,6}archived (?:it|them)|"
             r"no data (?:was )?lost\b|no data loss\b|"
             # "c'est moi, j'avais le filtre « Assignées à moi » activé. tout est là. désolée !!"
             r"(?:j'avais|avais|i had|tenia|hatte|tinha|avevo|ik had) (?:le |el |den |o |il |het |the )?(?:filtre|"
             r"filtro|"
             r"filter) (?:\W?[^.!?]{1,30}\W? )?(?:activee?|activ[oa]|activad[oa]|aktiv\w*|ativad[oa]|attiv[oa]|"
             r"attivat[oa]|aan|"
             r"on|applied|set)\b|"
             r"(?:tout est la|todo esta ahi|esta todo ahi|alles ist da|esta tudo (?:ai|la)|ta tudo la|c'e tutto|"
             r"alles is er(?: nog)?|it'?s all there)(?=[ .,!]*(?:desole|sorry|perdon|entschuldig|desculp|scusa))|"
             # "War aber meine eigene Schuld ... Jetzt ist alles wieder da"
             r"(?:war|was|c'etait|fue|foi|era|was) (?:aber |but |mais |pero |mas |ma |maar )?(?:meine eigene|my own|ma "
             r"propre|mi propia|minha propria|mia|mijn eigen) (?:schuld|fault|faute|culpa|colpa)|"
             r"(?:jetzt|nun) ist alles wieder da|alles ist wieder da|everything(?:'s| is) back now|"
             # "Filter raus, alles wieder da"
             r"\balles wieder da\b|wieder alles da|filter raus|alles weer terug|tout est de retour|tudo de volta|"
             r"todo de vuelta|tutto di nuovo li|"
             # "at first I thought I'd been hacked but no, nobody else is in my account"
             r"(?:i|we) (?:first |initially )?thought (?:[\w']+ ){0,4}(?:hack\w*|breach\w*|compromis\w*|down|gone|"
             r"deleted|lost|wiped) (?:\w+ ){0,3}but (?:no\b|nope|it'?s not|it isn'?t|it wasn'?t)|"
             # "My first thought was that someone had hacked our card, but no, it's the invoice itself"
             r"(?:for a (?:moment|second|minute) (?:i|we) (?:panicked|thought|feared|worried)|"
             r"first thought|thought at first|first i thought|at first (?:i|we) (?:\w+ )?(?:thought|assumed|"
             r"suspected|"
             r"feared))\b[^.!?]{0,100}\bbut (?:no|nope)\b|"
             # "Turns out I had the \"Assigned to me\" filter switched on"
             r"turn(?:ed|s) out (?:that )?(?:i|we)(?: had|'d) (?:\S+ ){0,6}filter|"
             # "I thought someone had hacked my account - it turned out a colleague had moved my tasks"
             r"(?:it )?turn(?:ed|s) out (?:that )?(?:it was |it'?s |to be )?(?:just |only )?(?:a |my |our |"
             r"the )?(?:business |office |tuesday |other )?(?:colleague|designer|developer|admin|technician|it guy|"
             r"editor|"
             r"photographer|son-in-law|daughter-in-law|grandson|"
             r"granddaughter|coach|teacher|volunteer|treasurer|secretary|receptionist|driver|cleaner|accountant|"
             r"co-?chair|chair|"
             r"bookkeeper|coworker|"
             r"co-worker|boss|manager|mistake|misunderstanding|glitch|filter|husband|wife|partner|spouse|son|daughter|"
             r"kids?|"
             r"child|children|family|brother|sister|mum|mom|dad|father|mother|intern|assistant|nephew|niece)\b|"
             r"so no security (?:problem|issue|"
             r"incident)|"
             # "I thought somebody hacked my account because of a new login mail, but it was my colleague"
             r"\bso it was (?:him|her|them)\b|\b(?:that|it) was (?:just |only )?(?:my|our) (?:\w+ )?(?:partner|"
             r"colleague|"
             r"coworker|husband|wife|son|daughter|boss|manager|assistant|accountant|bookkeeper|nephew|niece|brother|"
             r"sister|mum|mom|dad|coach|treasurer|secretary|chair|chairman|chairwoman|volunteer|receptionist|driver|"
             r"cleaner|intern)\b|"
             r"(?:i|we) (?:first |initially )?thought\b[^.!?]{0,80}\bbut (?:it was|it'?s|that was|"
             r"it turned out to be) (?:just |only )?"
             r"(?:my|our|me|us)\b|"
             # "At first I wondered whether someone was logging in as me, but the history only shows my own phone"
             r"at first (?:i|we) (?:thought|wondered|suspected|worried|feared|"
             r"assumed)\b[^.!?]{0,150}\bbut\b[^.!?]{0,80}"
             r"(?:only shows? (?:my|our)|just a bug|it'?s just|it was just|it was only|nobody else|no one else|no sign|"
             r"(?:was|were) (?:me|mine|us|ours|my own|our own))")
