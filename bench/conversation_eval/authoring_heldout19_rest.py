"""heldout19's messages that are not plain call reports: what customers said and what is not
customer feedback (hearsay, the advisor's own view, conditions, questions), rate news from
head office and from people who may not record it, profiles, the manager's and head office's
theme work, chatter and other books' customers; and the check run before the file is written
(see authoring_heldout19.py for the date key and the judging rules)."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from bench.conversation_eval.authoring_heldout19 import S, calls, fb
from bench.conversation_eval.authoring_heldout_kit import MEETING, NONE, NOT_INTERESTED, call

TODAY = dt.date(2026, 11, 16)


def feedback() -> None:
    c = "feedback"
    S.add(c, ["Chiara Rossi says the app keeps logging her out"],
          {"feedback": [fb("C000009", "logging")]})
    S.add(c, ["Jan Koch complained his card was blocked abroad for 3 days, we refunded "
              "30 eur in fees"], {"feedback": [fb("C000050", "blocked", comp=30)]})
    S.add(c, ["Femke Hendriks: \"the branch staff were super helpful\""],
          {"feedback": [fb("C000015", "helpful")]})
    S.add(c, ["talked to Tomasz Szymański, he said the instant transfer took 2 days"],
          {"interactions": [call("C000005", "reached", optional=True)],
           "feedback": [fb("C000005", "transfer")]})
    S.add(c, ["got some feedback from Nicolas Dubois", "he says the statements are impossible "
              "to read"], {"feedback": [fb("C000047", "statements")]})
    S.add(c, ["Greta Weber si lamenta che l'app è lentissima"],
          {"feedback": [fb("C000127", "app")]}, sender="A002")
    S.add(c, ["Kostas Weber dice que la hipoteca tardó muchísimo en aprobarse, le dimos 50€ "
              "de compensación"], {"feedback": [fb("C000128", "hipoteca", comp=50)]},
          sender="A002")
    S.add(c, ["Petra Weber: 'nessuno mi ha richiamata dopo la domanda di prestito'"],
          {"feedback": [fb("C000084", "prestito")]}, sender="A002")
    S.add(c, ["Dieter Krüger säger att inloggningen med fingeravtryck slutat fungera"],
          {"feedback": [fb("C000149", "fingeravtryck")]}, sender="A003")
    S.add(c, ["Elena Fernández klaagt over de marketingmails, wil ze niet meer krijgen"],
          {"feedback": [fb("C000141", "marketing")]}, sender="A003")
    S.add(c, ["Jan Lange skarżył się, że przelew natychmiastowy szedł 2 dni"],
          {"feedback": [fb("C000313", "przelew")]}, sender="A005")
    S.add(c, ["Katharina Braun meinte, die Beratung war top, endlich hört mal jemand zu"],
          {"feedback": [fb("C000310", "beratung")]}, sender="A005")
    S.add(c, ["Birgit Wagner se plaint que sa carte a été bloquée au Portugal, on lui a "
              "remboursé 15 €"], {"feedback": [fb("C000384", "carte", comp=15)]},
          sender="A006")
    S.add(c, ["Eva Wagner trouve le site internet pas clair du tout"],
          {"feedback": [fb("C000385", "site")]}, sender="A006")


def not_feedback() -> None:
    c = "not_feedback"
    S.add(c, ["heard from Jonas that customers in munich hate the new app"], NONE)
    S.add(c, ["honestly I think our card fees are too high"], NONE)
    S.add(c, ["if Fleur complains about the fee again I'll offer her a refund"], NONE)
    S.add(c, ["did Monika Weber ever complain about anything?"], NONE)
    S.add(c, ["secondo me l'app nuova è un disastro"], NONE, sender="A002")
    S.add(c, ["mi ha detto un collega che i clienti si lamentano dei bonifici istantanei"],
          NONE, sender="A002")
    S.add(c, ["ska fråga Klaus Klein vad han tycker om appen"], NONE, sender="A003")
    S.add(c, ["heeft Astrid Karlsson ooit een klacht ingediend?"], NONE, sender="A003")
    S.add(c, ["ich finde die neuen Formulare ehrlich gesagt furchtbar"], NONE, sender="A005")
    S.add(c, ["gdyby klient narzekał na opłaty za kartę, co mam zaproponować?"], NONE,
          sender="A005")
    S.add(c, ["perso je trouve que la banque en ligne est nulle"], NONE, sender="A006")
    S.add(c, ["ma voisine dit que les conseillers de l'agence sont très sympas"], NONE,
          sender="A006")


def market() -> None:
    c = "market_event"
    S.add(c, ["reminder all: ECB cut of 25bp last Saturday 14/11 - please call your variable "
              "mortgage clients"],
          {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-14"}]}, sender="H001")
    S.add(c, ["heads-up: ECB just announced a further 25 bp cut, effective today"],
          {"market_events": [{"delta_bp": -25, "occurred_on": "2026-11-16"}]}, sender="H001")
    S.add(c, ["if the ECB cuts again in december we'll need a deposit campaign"], NONE,
          sender="H001")
    S.add(c, ["hearing the ECB might do 50bp next month, nothing confirmed yet"], NONE,
          sender="H001")
    S.add(c, ["ECB cut rates by 25 again today!!"], NONE)
    S.add(c, ["la BCE ha abbassato i tassi di 50 punti base oggi"], NONE, sender="A002")
    S.add(c, ["EZB hat heute die Zinsen um 0,25 % gesenkt"], NONE, sender="A005")
    S.add(c, ["la BCE a baissé ses taux samedi, je note pour mes clients"], NONE,
          sender="A006")


def profiles() -> None:
    c = "profile"
    S.add(c, ["profile Fleur Vos"], {"reply_any": ["pharmacist", "Oberursel"]})
    S.add(c, ["what's Nicolas Dubois got with us?"],
          {"reply_any": ["current account", "credit card", "pensioner"]})
    S.add(c, ["scheda di Chiara Bruno"], {"reply_any": ["professor", "Hanau"]}, sender="A002")
    S.add(c, ["perfil de Pablo Fernández"], {"reply_any": ["lawyer", "Hanau"]}, sender="A002")
    S.add(c, ["info om Oskar Johansson tack"], {"reply_any": ["social worker", "Frankfurt"]},
          sender="A003")
    S.add(c, ["profiel van Ilse de Boer"], {"reply_any": ["accountant", "Offenbach"]},
          sender="A003")
    S.add(c, ["pokaż klienta Iñigo García"], {"reply_any": ["tax adviser", "Fürstenfeldbruck"]},
          sender="A005")
    S.add(c, ["Kundenprofil Birgit Hoffmann bitte"], {"reply_any": ["nurse", "Dachau"]},
          sender="A005")
    S.add(c, ["fiche de Lucía Navarro"], {"reply_any": ["tax adviser", "München"]},
          sender="A006")
    S.add(c, ["fiche Olivier Mercier stp"], {"reply_any": ["chef", "Starnberg"]}, sender="A006")
    S.add(c, ["show me Stefano Marino (Marco's customer)"], {"reply_any": ["dentist",
                                                                          "Darmstadt"]},
          sender="M001")


def themes() -> None:
    c = "theme"
    S.add(c, ["card blocked theme: Marco is business owner"],
          {"themes": [{"label_has": "card", "business_owner_id": "A002"}]}, sender="M001")
    S.add(c, ["set the instant transfer theme to in progress pls"],
          {"themes": [{"label_has": "instant", "status": "in_progress"}]}, sender="M001")
    S.add(c, ["solution owner for the loan application one: Sofia"],
          {"themes": [{"label_has": "loan", "solution_owner_id": "A003"}]}, sender="M001")
    S.add(c, ["what are customers complaining about most right now?"],
          {"reply_any": ["card", "transfer", "loan", "fingerprint"]}, sender="M001")
    S.add(c, ["marketing emails theme, business owner Lena", "sorry, meant Sofia not Lena"],
          {"themes": [{"label_has": "marketing", "business_owner_id": "A003"}]},
          sender="M001")
    S.add(c, ["metti il tema impronta digitale in lavorazione, ci penso io"], NONE,
          sender="A002")
    S.add(c, ["fingerprint login theme -> business owner Katrin Brandt"],
          {"themes": [{"label_has": "fingerprint", "business_owner_id": "M001"}]},
          sender="H001")
    S.add(c, ["which themes still have nobody on them?"],
          {"reply_any": ["marketing", "fingerprint", "instant", "card", "loan"]},
          sender="H001")


def chatter() -> None:
    c = "chatter"
    S.add(c, ["morning all ☕"], NONE)
    S.add(c, ["thx!"], NONE)
    S.add(c, ["what can you do for me?"], NONE)
    S.add(c, ["buongiorno, che lunedì pesante oggi"], NONE, sender="A002")
    S.add(c, ["tack för hjälpen"], NONE, sender="A003")
    S.add(c, ["pff wat een drukte vandaag"], NONE, sender="A003")
    S.add(c, ["dzięki, miłego dnia"], NONE, sender="A005")
    S.add(c, ["merci, bonne soirée"], NONE, sender="A006")


def other_books() -> None:
    c = "other_book"
    S.add(c, ["Fleur Vos reached"], NONE, sender="A002")
    S.add(c, ["scheda di Zofia Dąbrowski"], NONE, sender="A002")
    S.add(c, ["Rita Martins svarar inte"], NONE, sender="A003")
    S.add(c, ["Diego Ruiz – spotkanie w piątek"], NONE, sender="A005")
    S.add(c, ["Chiara Bruno rdv demain 10h"], NONE, sender="A006")
    S.add(c, ["Carmen Sánchez no answer"], NONE)
    S.add(c, ["show me Marco's call list"], NONE)
    # look-alikes: the same name in the sender's own book and in another
    S.add(c, ["Julia Fischer reached"], calls(call("C000037", "reached")))
    S.add(c, ["Marco Gallo joint, tout va bien"], calls(call("C000359", "reached")),
          sender="A006")
    S.add(c, ["Georgia Vlachos nådd, inget nytt"], calls(call("C000187", "reached")),
          sender="A003")
    S.add(c, ["Antoine Fontaine Termin am 1.12."], calls(call("C000299", MEETING, "2026-12-01")),
          sender="A005")
    S.add(c, ["Lukas Richter non risponde"], calls(call("C000085", "no_answer")), sender="A002")
    S.add(c, ["Wolfgang Fischer nie jest zainteresowany"],
          calls(call("C000296", NOT_INTERESTED)), sender="A005")


def rest() -> None:
    feedback()
    not_feedback()
    market()
    profiles()
    themes()
    chatter()
    other_books()


def _dates(value: Any) -> list[str]:
    if isinstance(value, dict):
        return list(value["between"])
    if isinstance(value, list):
        return [v for v in value if v is not None]
    return [] if value is None else [value]


def check(items: list[dict[str, Any]]) -> None:
    """Every customer id exists and is in the sender's view; dates from today on; ids unique."""
    from sqlalchemy import select

    from knowledge.db import make_engine, session_factory
    from knowledge.demo_bank import generate_demo_bank
    from knowledge.migrate import upgrade
    from knowledge.models.bank import Customer, Staff

    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bank.db'}"
        upgrade(url)
        engine = make_engine(url)
        with session_factory(engine).begin() as session:
            generate_demo_bank(session=session, customers=400, seed=11, as_of=TODAY)
            owner = dict(session.execute(select(Customer.id, Customer.advisor_id)).all())
            branch = dict(session.execute(select(Staff.id, Staff.branch_id)).all())
        engine.dispose()
    assert len({i["id"] for i in items}) == len(items)
    for item in items:
        sender, expect = item["sender"], item["expect"]
        ids = [s["customer_id"] for s in expect.get("interactions", [])]
        ids += [s["customer_id"] for s in expect.get("feedback", []) if s["customer_id"]]
        ids += list(expect.get("complaints_closed", []))
        ids += [r["customer_id"] for r in item.get("setup", [])]
        for cid in ids:
            assert cid in owner, (item["id"], cid)
            if sender.startswith("A"):
                assert owner[cid] == sender, (item["id"], cid, owner[cid])
            elif sender.startswith("M"):
                assert branch[owner[cid]] == branch[sender], (item["id"], cid)
        for spec in expect.get("interactions", []):
            for day in _dates(spec.get("follow_up_on")):
                assert dt.date.fromisoformat(day) >= TODAY, (item["id"], day)
