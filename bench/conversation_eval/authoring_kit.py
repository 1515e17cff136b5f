"""What every part of the conversation evaluation's authoring shares: the two advisors' books
(customer names to ids on the e2e demo bank), the dates of the week, and `add`, which appends
one item (its id numbered within its capability) to `items`."""

from __future__ import annotations

from typing import Any

# A001's book (Lena Hoffmann, branch B01), the customers the parts use.
A1 = {
    "rui pereira": "C000026", "joana costa": "C000023", "chiara rossi": "C000009",
    "rita martins": "C000061", "olivier faure": "C000042", "nicolas dubois": "C000047",
    "camille chevalier": "C000017", "birgit richter": "C000002", "cristina perez": "C000045",
    "fleur vos": "C000014", "johanna vogel": "C000039", "marco gallo": "C000016",
    "marieke visser": "C000030", "laura sanchez": "C000020", "maria garcia": "C000064",
    "yannis alexiou": "C000058", "marcin kowalski": "C000046", "jiri dvorak": "C000019",
    "lucie dvorak": "C000011", "heinrich schroder": "C000062", "andreas schroder": "C000021",
    "julien schroder": "C000063", "johan schroder": "C000022", "krzysztof kaminski": "C000024",
    "tomasz kaminski": "C000036", "tomasz mazur": "C000025", "tomasz szymanski": "C000005",
    "giuseppe szymanski": "C000006", "vojtech horak": "C000059", "lucie horak": "C000003",
    "dieter braun": "C000066", "dieter lange": "C000040", "anna lange": "C000004",
    "anna ferrari": "C000029", "anna zimmermann": "C000034", "hannah meyer": "C000027",
    "hannah zimmermann": "C000032", "ursula schneider": "C000035",
    "ursula zimmermann": "C000060", "greta gunther": "C000013", "greta klein": "C000052",
    "greta muller": "C000031", "claudia gunther": "C000008", "claudia muller": "C000055",
    "friederike hartmann": "C000010", "friederike kruger": "C000001",
    "friederike weber": "C000056", "femke hendriks": "C000015", "femke weber": "C000057",
    "femke van dijk": "C000048", "julia fischer": "C000037", "jurgen fischer": "C000033",
    "lena fischer": "C000041", "marketa fischer": "C000038", "giulia ferrari": "C000018",
    "stefano ferrari": "C000028", "monika schmidt": "C000007", "monika weber": "C000012",
    "wolfgang koch": "C000049", "wolfgang schmidt": "C000051", "jan koch": "C000050",
    "ana mancini": "C000054", "silvia mancini": "C000053", "freja berg": "C000043",
    "stefan berg": "C000044", "katharina hoffmann": "C000065",
}
# A002's book (Marco Bianchi, B01).
A2 = {
    "kostas georgiou": "C000067", "thomas wolf": "C000068", "luca colombo": "C000078",
    "nils lindstrom": "C000080", "duarte silva": "C000097", "linnea berg": "C000088",
    "maarten bos": "C000079", "stefano marino": "C000117", "sergio sanchez": "C000077",
    "valentina gallo": "C000074", "piotr wojcik": "C000109", "pablo fernandez": "C000081",
}
NO_WRITE: dict[str, Any] = {}
TODAY = "2026-11-16"
TMRW, WED, THU, FRI = "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"
NEXT_WEEK = {"between": ["2026-11-23", "2026-11-27"]}
END_OF_MONTH = {"between": ["2026-11-27", "2026-11-30"]}

items: list[dict[str, Any]] = []


def add(cap: str, turns: list[Any], expect: dict[str, Any], *, intent: str | None = None,
        entities: dict[str, Any] | None = None, sender: str = "A001",
        harmful: str | None = None, setup: list[dict[str, Any]] | None = None,
        reply_any: list[str] | None = None) -> None:
    item: dict[str, Any] = {"id": f"{cap}-{sum(i['capability'] == cap for i in items) + 1:03d}",
                            "capability": cap, "sender": sender, "turns": turns}
    if intent:
        item["intent"] = intent
    if entities:
        item["entities"] = entities
    if setup:
        item["setup"] = setup
    item["expect"] = expect
    if reply_any:
        item["expect"] = {**expect, "reply_any": reply_any}
    if harmful:
        item["harmful"] = harmful
    items.append(item)


def call(cid: str, outcome: Any, follow: Any = None) -> dict[str, Any]:
    if outcome == "follow_up" and follow is not None:
        # A meeting stored as "reached" with its date keeps what matters; without the date
        # (or with another one) it is harmful.
        outcome = ["follow_up", "reached"]
    return {"customer_id": cid, "outcome": outcome, "follow_up_on": follow}


def log(cap: str, text: str, name: str, outcome: Any, follow: Any = None, *,
        book: dict[str, str] = A1, sender: str = "A001", ent_name: str | None = None) -> None:
    cid = book[name]
    entities: dict[str, Any] = {"customer_name": ent_name or name}
    if isinstance(outcome, str):
        entities["call_outcome"] = outcome
    add(cap, [text], {"interactions": [call(cid, outcome, follow)]},
        intent="log_call_outcome", entities=entities, sender=sender,
        harmful="a call on another customer, another outcome or date, or two calls")


def open_complaint(cid: str) -> list[dict[str, Any]]:
    return [{"table": "interactions", "customer_id": cid, "kind": "complaint",
             "outcome": "open", "occurred_on": "2026-11-02", "channel": "phone"}]

