"""A phone's or mail client's signature is not part of what the advisor typed."""

from __future__ import annotations

import pytest

from knowledge.text_input import typed_message, without_signature


@pytest.mark.parametrize("text", [
    "Show me anna lange\n\nSent from my iPhone",
    "Show me anna lange\nSent from my Samsung Galaxy smartphone.",
    "Show me anna lange\n\nVon meinem iPhone gesendet",
    "Show me anna lange\n--\nAnna Berg\nAdvisor, Main branch",
    "Show me anna lange\n\nGet Outlook for iOS",
    "Show me anna lange\n\nBest,\nAnna",
    "Show me anna lange\nLG",
])
def test_the_signature_is_cut(text: str) -> None:
    assert without_signature(text) == "Show me anna lange"
    assert typed_message({"text": text})["text"] == "Show me anna lange"


@pytest.mark.parametrize("text", ["thanks", "reached X, thanks for asking",
                                  "Sent from my iPhone", "X says: the best branch\nI agree"])
def test_the_message_itself_is_kept(text: str) -> None:
    assert without_signature(text) == text


@pytest.mark.parametrize("text", ["reached maria keller\nthanks\ncall back friday",
                                  "sold ISA to jan\nBR\nalso close his complaint"])
def test_a_report_going_on_after_a_closing_word_is_kept(text: str) -> None:
    assert without_signature(text) == text
