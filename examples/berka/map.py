"""Map the PKDD'99 Czech bank ("Berka") to the interchange format (docs/import-format.md).

    python -m examples.berka.map ../shared/data/berka OUT_DIR [--as-of 1994-03-31]
    advisor import OUT_DIR

A bank's IT can copy this file for its own extract: one function per interchange file, each
reading the source tables and writing rows with exactly the documented columns. Standard
library only, so it runs anywhere Python 3.11 does.

What the source has and what we had to decide (README.md explains each):
- No staff: one advisor per branch district (`account.district_id` is where the account is
  kept), one branch per region with a branch manager, one head office. Deterministic: the
  same source always gives the same advisors.
- No names: customers are called "Client <client_id>".
- A customer is the OWNER of an account opened on or before the as-of date; an authorised
  user (DISPONENT) of such an account is a customer too (same advisor and household) and is
  listed in holders.csv; the account and its money stay the owner's.
- Balances: the bank's own running balance after the account's last booking up to the as-of
  date (a day's bookings come in no order: the last is the one no other booking of that day
  starts from); a loan's balance is what the annuity schedule leaves outstanding, negative.
- Everything is in CZK; `CURRENCY=CZK` must be set for the bank that imports it.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

CURRENCY = "CZK"

# trans.operation / k_symbol -> interchange kind and an English description.
OPERATIONS = {
    "VKLAD": ("deposit", "cash deposit"),
    "PREVOD Z UCTU": ("transfer_in", "collection from another bank"),
    "VYBER": ("withdrawal", "cash withdrawal"),
    "VYBER KARTOU": ("card", "card withdrawal"),
    "PREVOD NA UCET": ("transfer_out", "remittance to another bank"),
}
# A k_symbol that says more than the operation wins (an interest credit has no operation).
SYMBOLS = {
    "UROK": ("interest", "interest credited"),
    "SLUZBY": ("fee", "statement fee"),
    "SANKC. UROK": ("fee", "penalty interest"),
    "POJISTNE": ("premium", "insurance payment"),
    "UVER": ("instalment", "loan instalment"),
    "SIPO": (None, "household payment"),  # kind from the operation: a bill, not a fee
    "LEASING": (None, "leasing"),
    "DUCHOD": (None, "pension"),
}
# loan.status is the loan's state at the END of the data (1998), not on the as-of date. For a
# loan still running on the as-of date we read A/C as performing and B/D ("instalments
# unpaid") as already in arrears, at least 90 days past due (the usual default threshold); a
# loan that ended by the as-of date is repaid (A/C) or in default (B/D).
def loan_state(status: str, ended: bool) -> tuple[str, int]:
    unpaid = status in ("B", "D")
    if ended:
        return ("default", 90) if unpaid else ("repaid", 0)
    return ("arrears", 90) if unpaid else ("performing", 0)


PRODUCTS = (
    # product_id, name, category, margin_class, rate_type
    ("BK-CUR", "Current account", "current_account", "low", "none"),
    ("BK-LOAN", "Loan", "consumer_loan", "medium", "fixed"),
    ("BK-CARD-junior", "Junior card", "credit_card", "low", "none"),
    ("BK-CARD-classic", "Classic card", "credit_card", "low", "none"),
    ("BK-CARD-gold", "Gold card", "credit_card", "medium", "none"),
)


def read(source: Path, table: str) -> Iterator[dict[str, str]]:
    """A Berka table: `;`-separated, quoted, header row; values stripped."""
    with (source / f"{table}.asc").open(newline="", encoding="latin-1") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            yield {k: (v or "").strip() for k, v in row.items()}


def berka_date(text: str) -> dt.date:
    """YYMMDD (19xx); a card's `issued` has a time after it."""
    text = text.split()[0]
    return dt.date(1900 + int(text[:2]), int(text[2:4]), int(text[4:6]))


def birth_date(birth_number: str) -> dt.date:
    """Women's birth numbers carry month + 50."""
    month = int(birth_number[2:4])
    return dt.date(1900 + int(birth_number[:2]), month - 50 if month > 50 else month,
                   int(birth_number[4:6]))


def add_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    return dt.date(day.year + year, month + 1, min(day.day, 28))


def months_between(start: dt.date, end: dt.date) -> int:
    return max(0, (end.year - start.year) * 12 + end.month - start.month
               - (1 if end.day < start.day else 0))


def annuity_rate(amount: float, payment: float, months: int) -> float:
    """The monthly rate at which `months` payments of `payment` repay `amount` (bisection)."""
    low, high = 0.0, 0.1
    if payment * months <= amount:
        return 0.0
    for _ in range(60):
        mid = (low + high) / 2
        value = payment * (1 - (1 + mid) ** -months) / mid
        low, high = (mid, high) if value > amount else (low, mid)
    return (low + high) / 2


def outstanding(amount: float, payment: float, rate: float, paid: int) -> float:
    if rate == 0:
        return max(0.0, amount - payment * paid)
    grown = (1 + rate) ** paid
    return max(0.0, amount * grown - payment * (grown - 1) / rate)


def closing_balance(bookings: list[tuple[dict[str, str], Decimal]]) -> Decimal:
    """The bank's printed balance after the last booking of the last day with bookings."""
    if not bookings:
        return Decimal(0)
    last_day = max(t["date"] for t, _a in bookings)
    day = [(t, a) for t, a in bookings if t["date"] == last_day]
    starts = {Decimal(t["balance"]) - a for t, a in day}
    ends = [t for t, _a in day if Decimal(t["balance"]) not in starts] or [t for t, _a in day]
    return Decimal(max(ends, key=lambda t: int(t["trans_id"]))["balance"])


def money(value: Decimal | float) -> str:
    return f"{Decimal(str(value)).quantize(Decimal('0.01'))}"


def write(out: Path, name: str, header: list[str], rows: Iterable[dict[str, object]]) -> int:
    count = 0
    with (out / f"{name}.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
            count += 1
    return count


def map_bank(source: Path, out: Path, as_of: dt.date | None = None) -> dict[str, int]:
    """Write the interchange files for `source` into `out`; rows written per file."""
    out.mkdir(parents=True, exist_ok=True)
    trans = list(read(source, "trans_partial" if (source / "trans_partial.asc").exists()
                      else "trans"))
    if as_of is None:
        as_of = max(berka_date(t["date"]) for t in trans)
    districts = {d["A1"]: d for d in read(source, "district")}
    accounts = {a["account_id"]: a for a in read(source, "account")
                if berka_date(a["date"]) <= as_of}
    clients = {c["client_id"]: c for c in read(source, "client")}
    disps = [d for d in read(source, "disp") if d["account_id"] in accounts]
    owner = {d["account_id"]: d["client_id"] for d in disps if d["type"] == "OWNER"}

    # Advisors: one per branch district in use, one branch per region.
    def advisor_of(district_id: str) -> str:
        return f"BK-A{int(district_id):02d}"

    def branch_of(district_id: str) -> str:
        region = districts[district_id]["A3"]
        return "BK-" + "".join(part[:3].upper() for part in region.split())

    used = sorted({a["district_id"] for a in accounts.values()}, key=int)
    staff: list[dict[str, object]] = []
    for region_branch in sorted({branch_of(d) for d in used}):
        region = next(districts[d]["A3"] for d in used if branch_of(d) == region_branch)
        staff.append({"advisor_id": f"{region_branch}-M", "name": f"Manager {region}",
                      "branch": region_branch, "role": "branch_manager",
                      "branch_name": f"Region {region}", "branch_city": region})
    for d in used:
        staff.append({"advisor_id": advisor_of(d), "name": f"Advisor {districts[d]['A2']}",
                      "branch": branch_of(d), "role": "advisor",
                      "branch_name": f"Region {districts[d]['A3']}",
                      "branch_city": districts[d]["A3"]})
    staff.append({"advisor_id": "BK-H001", "name": "Head office", "branch": None,
                  "role": "head_office"})
    counts = {"advisors": write(out, "advisors", [
        "advisor_id", "name", "branch", "role", "email", "slack_user_id", "teams_user_id",
        "branch_name", "branch_city"], staff)}

    # Customers: owners of the accounts in scope; a client owning several keeps the first.
    first_account: dict[str, dict[str, str]] = {}
    for account_id, client_id in sorted(owner.items(), key=lambda kv: int(kv[0])):
        first_account.setdefault(client_id, accounts[account_id])
    customers = []
    for client_id in sorted(first_account, key=int):
        account, client = first_account[client_id], clients[client_id]
        customers.append({
            "customer_id": f"BK-C{client_id}", "name": f"Client {client_id}",
            "birth_date": birth_date(client["birth_number"]).isoformat(),
            "advisor_id": advisor_of(account["district_id"]),
            "customer_since": berka_date(account["date"]).isoformat(),
            "occupation": None, "risk_profile": None,
            "household_id": f"BK-HH{account['account_id']}",
            "city": districts[client["district_id"]]["A2"],
        })
    # Authorised users (DISPONENT) not owning an account of their own in scope.
    authorised = sorted((d for d in disps if d["type"] == "DISPONENT"),
                        key=lambda d: int(d["disp_id"]))
    for d in authorised:
        if d["client_id"] in first_account:
            continue
        account, client = accounts[d["account_id"]], clients[d["client_id"]]
        first_account[d["client_id"]] = account
        customers.append({
            "customer_id": f"BK-C{d['client_id']}", "name": f"Client {d['client_id']}",
            "birth_date": birth_date(client["birth_number"]).isoformat(),
            "advisor_id": advisor_of(account["district_id"]),
            "customer_since": berka_date(account["date"]).isoformat(),
            "occupation": None, "risk_profile": None,
            "household_id": f"BK-HH{account['account_id']}",
            "city": districts[client["district_id"]]["A2"],
        })
    counts["customers"] = write(out, "customers", [
        "customer_id", "name", "birth_date", "advisor_id", "customer_since", "occupation",
        "risk_profile", "household_id", "city"], customers)
    counts["products"] = write(out, "products", [
        "product_id", "name", "category", "margin_class", "rate_type"],
        ({"product_id": p, "name": n, "category": c, "margin_class": m, "rate_type": r}
         for p, n, c, m, r in PRODUCTS))

    # Holdings: accounts, loans, cards. Transactions first, for the balances.
    signed: dict[str, list[tuple[dict[str, str], Decimal]]] = defaultdict(list)
    for t in trans:
        if t["account_id"] in owner and berka_date(t["date"]) <= as_of:
            amount = Decimal(t["amount"])
            signed[t["account_id"]].append((t, amount if t["type"] == "PRIJEM" else -amount))
    holdings: list[dict[str, object]] = []
    for account_id in sorted(owner, key=int):
        holdings.append({
            "holding_id": f"BK-ACC{account_id}", "customer_id": f"BK-C{owner[account_id]}",
            "product_id": "BK-CUR", "opened_on": berka_date(accounts[account_id]["date"]),
            "balance": money(closing_balance(signed[account_id])),
            "currency": CURRENCY})
    for loan in read(source, "loan"):
        granted = berka_date(loan["date"])
        if loan["account_id"] not in owner or granted > as_of:
            continue
        amount, payment, months = float(loan["amount"]), float(loan["payments"]), int(
            loan["duration"])
        rate = annuity_rate(amount, payment, months)
        paid = min(months, months_between(granted, as_of))
        maturity = add_months(granted, months)
        status, past_due = loan_state(loan["status"], ended=maturity <= as_of)
        # Berka's amount already includes the interest (payments x duration = amount), so
        # the rate is usually 0 here and the column stays empty.
        left = outstanding(amount, payment, rate, paid)
        holdings.append({
            "holding_id": f"BK-LOAN{loan['loan_id']}",
            "customer_id": f"BK-C{owner[loan['account_id']]}", "product_id": "BK-LOAN",
            "opened_on": granted, "balance": money(-left), "currency": CURRENCY,
            "closed_on": maturity if status == "repaid" else None,
            "maturity_on": maturity,
            "interest_rate": f"{rate * 1200:.4f}" if rate > 0 else None,
            "loan_status": status, "days_past_due": past_due,
            # Berka says "unpaid", not how much: at least one instalment, at most what is left.
            "arrears": money(min(payment, left) if past_due else 0),
        })
    card_disp = {d["disp_id"]: d for d in disps}
    for card in read(source, "card"):
        disp = card_disp.get(card["disp_id"])
        issued = berka_date(card["issued"])
        if disp is None or issued > as_of:
            continue
        holdings.append({
            "holding_id": f"BK-CARD{card['card_id']}", "customer_id": f"BK-C{disp['client_id']}"
            if disp["type"] == "OWNER" else f"BK-C{owner[disp['account_id']]}",
            "product_id": f"BK-CARD-{card['type']}", "opened_on": issued, "balance": "0.00",
            "currency": CURRENCY})
    counts["holdings"] = write(out, "holdings", [
        "holding_id", "customer_id", "product_id", "opened_on", "closed_on", "balance",
        "currency", "maturity_on", "interest_rate", "loan_status", "days_past_due", "arrears"],
        holdings)

    counts["holders"] = write(out, "holders", ["holder_id", "holding_id", "customer_id", "role"],
                              ({"holder_id": f"BK-D{d['disp_id']}",
                                "holding_id": f"BK-ACC{d['account_id']}",
                                "customer_id": f"BK-C{d['client_id']}", "role": "authorised"}
                               for d in authorised))

    def transactions() -> Iterator[dict[str, object]]:
        for account_id in sorted(signed, key=int):
            for t, amount in signed[account_id]:
                kind, text = OPERATIONS.get(t["operation"], (None, None))
                symbol_kind, symbol_text = SYMBOLS.get(t["k_symbol"], (None, None))
                kind = symbol_kind or kind or ("deposit" if amount > 0 else "withdrawal")
                yield {"transaction_id": f"BK-T{t['trans_id']}",
                       "holding_id": f"BK-ACC{account_id}",
                       "booked_on": berka_date(t["date"]), "amount": money(amount),
                       "currency": CURRENCY, "kind": kind,
                       "description": symbol_text or text}

    counts["transactions"] = write(out, "transactions", [
        "transaction_id", "holding_id", "booked_on", "amount", "currency", "kind",
        "description"], transactions())
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="folder with the Berka .asc files")
    parser.add_argument("out", type=Path, help="folder for the interchange CSV files")
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=None,
                        help="snapshot date (default: the last transaction's date)")
    args = parser.parse_args(argv)
    if not (args.source / "account.asc").exists():
        parser.error(f"{args.source} has no account.asc: point it at the Berka folder")
    counts = map_bank(args.source, args.out, args.as_of)
    print(", ".join(f"{name}: {n:,}" for name, n in counts.items()))


if __name__ == "__main__":
    main()
