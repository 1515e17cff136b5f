"""A generated demo bank: realistic, deterministic for (customers, seed, as_of), with planted
call-list situations and the customers that must stay quiet.

What is planted (each planted customer has exactly one situation; `DemoBankReport.planted`):
- coverage_overdue: funds + pension of 450k+ (top contribution), regular flows, last
  interaction (a reached call) 130–220 days before as_of.
- maturity: a 12-month term deposit maturing as_of+3 … as_of+20. Ordinary maturities lie
  more than 60 days ahead.
- large_withdrawal: 24 months of regular flows, then 2–8 days ago one withdrawal of ≥ 12×
  the median monthly outflow (complete calendar months): "Early closure of term deposit",
  the deposit holding closed that day.
- large_deposit: the same with one transfer_in of ≥ 12× the median monthly inflow.
- rate_event: holds the variable-rate mortgage (P-MORTV, the only variable-rate product in
  the catalogue) and home insurance, a third also a bond and a third a bond fund (+ pension);
  nobody else holds variable-rate products, bonds or bond funds. The bank has one
  MarketEvent (ECB cut, -25 bp, as_of-2). Deposits maturing soon (the maturity customers)
  are touched by a rate event too, by their nature.
- repeated_advisory: three advisory sessions 9–42 days ago, outcomes reached/follow_up/open.
- dormant: fund + pension of 600k+, no transaction after as_of-820 and no
  interaction after as_of-850; holdings open. (By construction also overdue for coverage.)
- open_complaint: a complaint with outcome open 20–40 days ago, follow_up_on ≤ as_of-5.
- birthday: birthday within as_of … as_of+6 (ordinary customers never have one that week).
- life_event: 4 card purchases 4–40 days ago naming baby products (baby, nappies, pram,
  maternity, formula); nobody else ever has such words in a transaction.
- next_best_offer: a fixed-rate mortgage and current account, no insurance, risk 2–4; every
  ordinary mortgage holder also holds home insurance, every fund holder a pension, every
  equity holder a fund; other categories are held independently (savings 40 %, credit card
  45 %), so category association rules (confidence ≥ 0.5, lift ≥ 1.3) only offer
  insurance to the planted mortgage holders.
Quiet customers: a reached call 1–3 days ago, only a current account and a credit card, no
birthday within 30 days, no complaint ever, no advisory session in 90 days, tier low or mid.
Ordinary customers' last contact lies 8 days to 0.8 × their tier's coverage window ago.
"""

from knowledge.demo_bank.generator import (
    REASON_CODES,
    DemoBankReport,
    Planted,
    Progress,
    bank_has_customers,
    generate_demo_bank,
    wipe_bank,
)

__all__ = [
    "REASON_CODES",
    "DemoBankReport",
    "Planted",
    "Progress",
    "bank_has_customers",
    "generate_demo_bank",
    "wipe_bank",
]
