"""Rules of the Service Outages group's edge criterion (OUT5): CDN, hosting, DNS and certificates, and the
gateway errors a hosting provider returns. A customer's own domain or white-label portal is the Enterprise rule.
"""

from __future__ import annotations

from .lexicon import OWN_CONNECTION_DOWN, STRONG_DOWN, Rule, rule, words
from .patterns_outage import RESOLVED

OUTAGES_EDGE: tuple[Rule, ...] = (
    rule("OUT5", words("cdn|cloudflare|cloudfront|akamai|fastly|aws$|amazon web services|azure$|gcp$|"
                       "google cloud|hosting|hosting provider|host provider|hebergeur|hebergement|hospedagem|"
                       "alojamiento|proveedor de hosting|anbieter"),
         need=STRONG_DOWN + r"|error|issue|problem|fail|not (?:loading|resolving|working)|\b5\d\ds?\b|timeout|"
              r"blocked|ray id|incident|caid|panne$|pannes$|fehler|\berro|errore|storing",
         unless=r"(?:our|my) (?:own )?(?:aws|azure|hosting|cdn|cloudflare|gcp)|integration with aws|aws "
                r"(?:integration|account id|marketplace)|how (?:do|can)|(?:do|does) (?:you|teamflow) (?:use|host)|"
                # paying elsewhere: "wir haben heute damit bei zwei anderen Anbietern bezahlt"
                r"bezahl|gezahlt|\bpaid\b|pagad|\bpaye|pagat|betaald|\bkarten?\b|\bcards?\b|tarjetas?|"
                r"where (?:do you|is) (?:host|data)|hosted (?:in|on) (?:aws|azure|gcp)\?|"
                # the writer's own shop is down at the provider: "our own web shop is down ... because of the AWS"
                r"(?:our|my) own (?:web ?shop|website|site|store|server|app|systems?)\b|" + RESOLVED,
         doc_unless=r"teamflow (?:is |itself is )?(?:working|works|running|runs) (?:fine|normally|ok|okay|well)|"
                    r"teamflow (?:is )?(?:not|un)affected|"
                    # "Com a gente está tudo normal, nenhum problema na conta, é só curiosidade"
                    r"(?:esta|esta) tudo normal|(?:esta|va) todo normal|tout (?:est|va) normal|alles (?:ist )?normal|"
                    r"tutto (?:e )?normale|alles (?:is )?normaal|(?:e|es|c'est|ist|is) (?:so |solo |juste |nur |"
                    r"puur )?(?:curiosidade|curiosidad|curiosite|neugier|curiosita|nieuwsgierigheid)|just curious",
         guard="hypo", name="OUT5-provider"),
    rule("OUT5", words("502$|503$|504$|bad gateway|service unavailable|gateway timeout|gateway time-out|"
                       "err connection|err name not resolved|err ssl|nxdomain|dns probe"),
         unless=r"\bapi\b|payment|checkout|processor|billing|adyen|stripe|paypal|braintree|card|\bvat\b|\btotal\b|"
                r"\bcartes?\b|tarjetas?|\bkarten?\b|cartoes|cartao|\bkaarten\b|renouvellement|renewal|renovacion|"
                r"verlangerung|rinnovo|verlenging|renovacao|"
                # an app's own error code, not a gateway: "Código PP-503"
                r"\b(?!http)[a-z]{2,4}-5\d\d\b|"
                # a phone number's area code: "+1 503 555 0142"
                r"\+\d{1,3} ?\(?5\d\d\)?[ .-]?\d{3}|\(5\d\d\) ?\d{3}|\b5\d\d[ .-]\d{3}[ .-]\d{4}\b|"
                r"pagamento|\bpago\b|paiement|zahlung|betaling|processador|procesador|processeur|\bpsp\b|"
                r"invoice|\bqty\b|[£€$]\s?\d|\bpx-\d|not (?:been )?charged|mention(?:s|ed)? (?:\w+ )?\d{3}|"
                r"(?:on|for) (?:\d{3}s|5xx)\b|" + RESOLVED,
         doc_unless=r"payment (?:processor|gateway|provider)|pasarela|passerelle|zahlungs|gateway de pagamento|"
                    r"gateway di pagamento|betaalprovider|prestataire de paiement|" + OWN_CONNECTION_DOWN + r"|"
                    # "So pretty sure this is on us, not an outage on your side"
                    r"(?:this|it) is on us\b|not an outage on your (?:side|end)|(?:zscaler|proxy|firewall|vpn) "
                    r"(?:\w+ )?(?:policy )?(?:update|change)",
         guard="hypo", negatable=False, name="OUT5-edge"),
    rule("OUT5", words("ssl|tls$|certificate|cert$|dns$|certificado|certificat|zertifikat|certificato|certificaat|"
                       "connection is not private|connexion n'est pas privee|connexion n'est pas securisee|"
                       "conexion no es privada|verbindung ist nicht privat|verbindung ist nicht sicher|"
                       "conexao nao e particular|connessione non e privata|verbinding is niet prive"),
         need=r"expired|invalid|error|fail|not (?:resolving|valid|trusted|secure|private|right)|klopt niet|niet klopt|"
              r"niet prive|niet veilig|pas privee?|nicht privat|nao e particular|non e privata|no es privada|"
              r"klopt er (?:iets )?niet|"
              r"stimmt nicht|n'est pas valide|no es valido|nao e valido|non e valido|falsch|incorrect|untrusted|"
              r"warning|"
              r"mismatch|err |nxdomain|can'?t be reached|could not be resolved|insecure|caducad|expirad|vencid|"
              r"invalid|expire|abgelaufen|ungultig|scadut|non valido|verlopen|ongeldig",
         unless=r"custom domain|white[- ]?label|dominio personalizado|domaine personnalise|dominio personalizzato|"
                r"dominio proprio|eigenen? domain|eigen domein|nossa marca|nuestra marca|notre marque|unserer? marke|"
                r"marque blanche|marca blanca|marca branca|portal personalizado|(?:our|my) (?:own |branded |"
                r"custom )?(?:domain|subdomain|"
                r"certificate|cert|dns|server|site|website)|(?:our|my) (?:own )?\w+ (?:website|site|domain)|branded|"
                r"rebranded|vanity|sso certificate|"
                r"saml certificate|portal|client[- ]?(?:certificate|zertifikat\w*|cert)|reverse proxy|(?:our|unser\w*|"
                r"notre|nuestro|nosso|nostro|onze) (?:own |eigenes? |propre |propio |proprio |eigen |"
                r"reverse )?(?:proxy|"
                r"zertifikat\w*|certificat\w*)|(?:we|wir) "
                r"(?:renewed|erneuert)|renewed it|(?:onze|unsere?|notre|nuestr[oa]|noss[oa]|"
                r"nostr[oa]) (?:\w+ )?(?:eigen |"
                r"eigene |propre |propi[oa] |propri[oa] )?(?:website|site|domein|domain|dominio|domaine|webseite|sitio|"
                r"sito|webshop|winkel)|" + RESOLVED,
         doc_unless=r"custom domain|white[- ]?label|dominio personalizado|domaine personnalise|dominio personalizzato|"
                    r"ホワイトラベル|自社ドメイン|独自ドメイン|"
                    r"dominio proprio|eigenen? domain|eigen domein|nossa marca|nuestra marca|notre marque|"
                    r"unserer? marke|nostro marchio|ons merk|marque blanche|marca blanca|marca branca|"
                    # "Onze eigen TeamFlow-omgeving op projecten.lindewaard.nl", "o nosso endereço próprio"
                    r"(?:onze|ons|unsere?|notre|nuestr[oa]|noss[oa]|nostr[oa]) eigen\w* (?:teamflow[- ])?(?:omgeving|"
                    r"umgebung|adres|adresse)|(?:omgeving|umgebung|environnement|entorno|ambiente) (?:\w+ )?(?:op|auf|"
                    r"sur|en|em|su) [a-z0-9-]+\.[a-z0-9.-]+\.(?:nl|de|be|at|ch|fr|es|pt|it|eu|com|org|net)\b|"
                    r"endereco proprio|indirizzo proprio|direccion propia|eigene adresse|eigen adres|"
                    # "notre adresse TeamFlow personnalisée", "quello con il nostro logo e i nostri colori"
                    r"adresse (?:\w+ )?personnalisee|(?:con|avec|mit|com|met|with) (?:il |le |la |o |a |ons |onze )?"
                    r"(?:nostro|notre|nuestro|unserem|nosso|ons|our) logo|(?:nostri|nos|nuestros|unsere|nossas|onze) "
                    r"(?:colori|couleurs|colores|farben|cores|kleuren)|"
                    r"with our (?:own )?"
                    r"logo|our (?:own )?logo and (?:our )?colou?rs|"
                    r"(?<![a-z]\.)(?<!main app at )(?:app\.)?teamflow\.com\b[^.!?]{0,20}"
                    r"(?:works|is) fine|"
                    r"(?:our|my) (?:own |branded |custom )?(?:sub)?domain|branded|vanity|"
                    # "unser gebrandetes TeamFlow-Portal ... Über app.teamflow.com kommen wir ganz normal rein"
                    r"gebrandet\w*|unserer (?:eigenen )?domain|(?:uber|via|auf) (?:app\.)?teamflow\.com\b[^.!?]{0,40}"
                    r"\b(?:normal|problemlos|funktioniert)|"
                    # a denial, now that a browser warning's own "niet privé" no longer counts as one
                    r"\bno (?:ssl|tls|certificate|cert) (?:error|warning|problem|issue)s?|(?:ssl|certificate|cert) "
                    r"(?:is|was) (?:fine|valid|ok)|not (?:an? )?(?:ssl|certificate|cert) (?:error|problem|issue)",
         guard="hypo", negatable=False, name="OUT5-cert"),
    rule("OUT5", words("static assets|assets|stylesheets|css$|javascript files|js files|scripts|fonts"),
         need=r"(?:not|fail|failing|won'?t|don'?t|doesn'?t|aren'?t|isn'?t|broken|error|404|403|timeout|blocked)",
         doc_need=r"\bcdn\b|cloudflare|cloudfront|akamai|fastly|edge (?:server|network|location)|static (?:assets|"
                  r"files)",
         unless=RESOLVED, guard="hypo", name="OUT5-assets"),
    # the browser's own words name the fault, even when the writer only guesses its cause with a question mark:
    # "requests to static.teamflow.com failing with NET::ERR_CERT_DATE_INVALID, looks like a certificate expired?"
    rule("OUT5", words("err cert|err_cert|cert date invalid|cert authority invalid|ssl error|ssl protocol error"),
         need=r"static\.|cdn|\bfail|requests?|assets|images|styles|attachments",
         doc_need=r"(?:offices|locations|sites|isps|networks|customers|clients)\b|everyone|for all",
         unless=RESOLVED + r"|(?:our|my) (?:own |custom |branded )?(?:sub)?domain|vanity|white[- ]?label",
         guard="none", negatable=False, name="OUT5-cert-error-text"),
)
