"""Customer statements for the demo bank's WOCAS feedback: recurring themes, varied wording.

Each theme has a weight (how often it comes up), a chance of compensation and a range for
it, and several phrasings so that theme detection has real work to do.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FeedbackTheme:
    key: str
    weight: int
    compensation_share: float
    compensation_range: tuple[int, int]
    phrasings: tuple[str, ...]


THEMES: tuple[FeedbackTheme, ...] = (
    FeedbackTheme("app_login", 14, 0.0, (0, 0), (
        "I can't log in to the mobile app since the last update.",
        "The app keeps logging me out and asks for the code again and again.",
        "Login to the banking app fails with an unknown error every morning.",
        "After the update my fingerprint login no longer works in the app.",
        "The app says my device is not registered although I set it up last week.",
        "Could not sign in to online banking for three days, very annoying.",
    )),
    FeedbackTheme("account_fees", 10, 0.3, (10, 60), (
        "Why was I charged a maintenance fee? Nobody told me about it.",
        "The new account fees are too high for what I get.",
        "I was charged twice for the same account fee this quarter.",
        "Fees on my current account went up without any explanation.",
        "I don't understand the fee on my statement, please explain.",
    )),
    FeedbackTheme("waiting_times", 9, 0.0, (0, 0), (
        "I waited 40 minutes on the hotline before anyone answered.",
        "The queue in the branch was far too long on Saturday.",
        "Nobody picks up the phone at the branch, I tried all week.",
        "Waiting times for an appointment with my advisor are weeks now.",
        "Spent half an hour on hold just to ask a simple question.",
    )),
    FeedbackTheme("card_blocked_abroad", 8, 0.45, (25, 150), (
        "My card was blocked while I was on holiday in Spain, I had no money for two days.",
        "Card declined abroad even though I told the bank I was travelling.",
        "Debit card stopped working in Italy, had to borrow cash from friends.",
        "The card got blocked at a hotel in Lisbon, very embarrassing.",
        "Blocked card on a business trip, the hotline could not unblock it.",
    )),
    FeedbackTheme("transfer_delay", 7, 0.25, (15, 80), (
        "My transfer took three days to arrive, the landlord charged me a late fee.",
        "Instant transfer was not instant at all, it took until the next day.",
        "A transfer to my daughter abroad has been pending for a week.",
        "Salary arrived late because of a delay at the bank.",
    )),
    FeedbackTheme("advisor_praise", 7, 0.0, (0, 0), (
        "My advisor explained the pension options really clearly, thank you.",
        "Very happy with the advice I got on my mortgage.",
        "Friendly and competent staff at the branch, great service.",
        "The advisor took time to understand my situation, excellent.",
    )),
    FeedbackTheme("website_navigation", 6, 0.0, (0, 0), (
        "The website navigation is inconvenient, I can never find my statements.",
        "Hard to find the form for changing my address on the website.",
        "The online banking menu is confusing since the redesign.",
        "It takes too many clicks to download a tax certificate.",
    )),
    FeedbackTheme("mortgage_rates", 6, 0.0, (0, 0), (
        "Your mortgage rates are higher than at other banks.",
        "I expected a better rate for my mortgage renewal.",
        "The variable rate on my mortgage went up too quickly.",
        "Other banks offered me a lower rate for refinancing.",
    )),
    FeedbackTheme("savings_interest", 5, 0.0, (0, 0), (
        "The interest on my savings account is far too low.",
        "Why do I get almost nothing on my savings when rates went up?",
        "Term deposit rates are not competitive any more.",
    )),
    FeedbackTheme("statement_errors", 5, 0.35, (10, 50), (
        "There is a payment on my statement that I never made.",
        "My statement shows a wrong balance for last month.",
        "A card payment was booked twice on my account.",
    )),
    FeedbackTheme("branch_closure", 4, 0.0, (0, 0), (
        "Please don't close our local branch, older customers need it.",
        "The branch opening hours were cut, I can't make it after work.",
        "The cash machine at the branch is out of order again.",
    )),
    FeedbackTheme("unwanted_calls", 4, 0.0, (0, 0), (
        "I keep getting sales calls about insurance I don't want.",
        "Too many marketing emails from the bank.",
        "Please stop calling me about investment products.",
    )),
    FeedbackTheme("card_delivery", 4, 0.2, (10, 30), (
        "My new card has not arrived after three weeks.",
        "The replacement card was sent to my old address.",
        "Still waiting for the PIN letter for my new card.",
    )),
    FeedbackTheme("loan_process", 3, 0.0, (0, 0), (
        "The loan application took far too long and needed too many documents.",
        "Nobody told me the status of my consumer loan application.",
        "The car loan approval process was slow and unclear.",
    )),
    FeedbackTheme("contactless_limit", 3, 0.0, (0, 0), (
        "Contactless payments keep asking for my PIN, it is annoying.",
        "Apple Pay does not work with my card.",
        "Google Pay stopped working after I got a new card.",
    )),
)

# Small variations so identical phrasings do not repeat verbatim too often.
OPENINGS: tuple[str, ...] = ("", "", "", "Honestly, ", "Just so you know: ", "Again: ",
                             "Feedback: ")
CLOSINGS: tuple[str, ...] = ("", "", "", " Please fix this.", " Not happy.",
                             " This needs to improve.", " Thanks for listening.")

FEEDBACK_CHANNELS: tuple[str, ...] = ("branch", "phone", "email", "chat", "app_review",
                                      "survey")
