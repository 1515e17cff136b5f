"""Several calls told in one message, clause by clause (knowledge.call_reports.several)."""

from __future__ import annotations


def test_a_list_of_calls_in_any_language_is_told_clause_by_clause() -> None:
    from knowledge.call_reports.several import told_calls

    assert len(told_calls("ingrid dahl erreicht, pedro alves nicht erreicht, li wei kein "
                          "interesse")) == 3
    assert len(told_calls("the card was blocked, nobody at the hotline answered")) <= 1
