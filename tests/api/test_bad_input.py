"""Bad input over the whole app: malformed JSON, huge bodies, uploads, failures — never a
stack trace, never half a write."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from api.errors import INTERNAL_ERROR_TEXT
from knowledge import settings
from knowledge.models.bank import Feedback, Interaction
from tests.api.login import bearer

HEADER = "feedback_id,customer_id,received_on,channel,text,compensation\n"


def count(engine: Engine, model: type) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_malformed_json_is_a_422_sentence_and_stores_nothing(bank_api: TestClient,
                                                            engine: Engine) -> None:
    before = count(engine, Interaction)
    response = bank_api.post(
        "/interactions", content=b'{"customer_id": "C000001", "note": ',
        headers={**bearer("A001"), "Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("The request body is not valid JSON")
    assert count(engine, Interaction) == before


def test_invalid_fields_name_the_field(bank_api: TestClient) -> None:
    response = bank_api.post("/interactions", json={"customer_id": "C000001",
                                                    "outcome": "bribed"},
                             headers=bearer("A001"))
    assert response.status_code == 422
    assert response.json()["detail"].startswith("Invalid request — outcome:")
    assert response.json()["errors"][0]["loc"] == ["body", "outcome"]
    assert "input" not in response.json()["errors"][0]  # the body is not echoed back


def test_a_body_over_the_limit_is_413_and_stores_nothing(bank_api: TestClient,
                                                         engine: Engine) -> None:
    before = count(engine, Feedback)
    huge = {"text": "x" * 1_100_000}
    response = bank_api.post("/feedback", json=huge, headers=bearer("A001"))
    assert response.status_code == 413
    assert "at most 1000000 bytes" in response.json()["detail"]
    assert count(engine, Feedback) == before


def test_a_streamed_body_without_length_is_counted_and_refused(bank_api: TestClient,
                                                               engine: Engine) -> None:
    before = count(engine, Feedback)

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(40):  # 40 × 64 KiB = 2.5 MiB
            yield b"x" * 65536
        yield b'"}'

    response = bank_api.post("/feedback", content=chunks(),
                             headers={**bearer("A001"), "Content-Type": "application/json"})
    assert "content-length" not in response.request.headers  # chunked: no size declared
    assert response.status_code == 413
    assert "at most 1000000 bytes" in response.json()["detail"]
    assert count(engine, Feedback) == before


def test_a_real_server_answers_413_before_the_body_is_sent(bank_api: TestClient) -> None:
    """Over a socket: the 413 arrives after the headers alone, long before 50 MB."""
    import socket
    import threading
    import time

    import uvicorn

    from api.main import create_app

    server = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=0,
                                           log_level="error", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
            conn.sendall(b"POST /feedback HTTP/1.1\r\nHost: x\r\n"
                         b"Content-Type: application/json\r\n"
                         b"Content-Length: 52428800\r\n\r\n" + b'{"text": "')
            answer = conn.recv(65536).decode()
        assert answer.startswith("HTTP/1.1 413")
        assert "at most 1000000 bytes" in answer
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_unexpected_failures_are_a_plain_500_that_logs_no_customer_data(
    bank_api: TestClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(**_kwargs: object) -> object:
        raise RuntimeError("Anna Müller C000001 has 1,234,567.89 EUR")

    monkeypatch.setattr("api.routes.events.recent_events", broken)
    with caplog.at_level(logging.ERROR, logger="api"):
        response = bank_api.get("/events", headers=bearer("A001"))
    assert response.status_code == 500
    assert response.json() == {"detail": INTERNAL_ERROR_TEXT}
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "RuntimeError" in logged and "/events" in logged
    assert "Anna" not in logged and "C000001" not in logged and "1,234" not in logged


def _csv(*rows: str) -> bytes:
    return (HEADER + "".join(r + "\n" for r in rows)).encode()


def test_feedback_import_for_head_office(bank_api: TestClient, engine: Engine) -> None:
    before = count(engine, Feedback)
    upload = {"file": ("feedback.csv", _csv(
        "S-1,C000001,2026-11-20,survey,The app logs me out all the time,",
        "S-2,,2026-11-21,web,Branch opening hours are too short,10.00",
    ), "text/csv")}
    advisor = bank_api.post("/feedback/import", files=upload, headers=bearer("A001"))
    assert advisor.status_code == 403
    done = bank_api.post("/feedback/import", files=upload, headers=bearer("H001"))
    assert done.status_code == 200, done.text
    assert done.json() == {"inserted": 2, "updated": 0, "unchanged": 0, "rows": 2}
    assert count(engine, Feedback) == before + 2
    again = bank_api.post("/feedback/import", files=upload, headers=bearer("H001"))
    assert again.json()["unchanged"] == 2 and count(engine, Feedback) == before + 2


def test_feedback_import_with_a_bad_row_stores_nothing(bank_api: TestClient,
                                                       engine: Engine) -> None:
    before = count(engine, Feedback)
    good = [f"G-{n},C000001,2026-11-20,survey,Statement number {n},"
            for n in range(3000)]  # more than one batch before the bad row
    upload = {"file": ("feedback.csv", _csv(*good, "B-1,C000001,20.11.2026,survey,Bad date,"),
                       "text/csv")}
    response = bank_api.post("/feedback/import", files=upload, headers=bearer("H001"))
    assert response.status_code == 422
    assert "nothing was imported" in response.json()["detail"]
    assert count(engine, Feedback) == before


def test_feedback_import_refuses_non_utf8(bank_api: TestClient, engine: Engine) -> None:
    before = count(engine, Feedback)
    upload = {"file": ("feedback.csv", HEADER.encode() + "S-9,,2026-11-20,web,Grüße,\n"
                       .encode("latin-1"), "text/csv")}
    response = bank_api.post("/feedback/import", files=upload, headers=bearer("H001"))
    assert response.status_code == 422
    assert count(engine, Feedback) == before


@pytest.fixture
def small_upload_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("API_MAX_BODY_BYTES", "2048")
    monkeypatch.setenv("API_MAX_UPLOAD_BYTES", "8192")
    settings.get_settings.cache_clear()


def test_uploads_have_their_own_larger_limit(bank_api: TestClient, engine: Engine,
                                             small_upload_limit: None) -> None:
    from api.main import create_app

    client = TestClient(create_app(), raise_server_exceptions=False)
    token = bearer("H001")
    rows = [f"L-{n},,2026-11-20,web,Statement {n:04d} about the app,"
            for n in range(100)]  # ~4.5 KB: over the JSON limit, under the upload limit
    fits = client.post("/feedback/import", headers=token,
                       files={"file": ("feedback.csv", _csv(*rows), "text/csv")})
    assert fits.status_code == 200, fits.text
    too_big = client.post("/feedback/import", headers=token,
                          files={"file": ("feedback.csv", _csv(*rows * 3), "text/csv")})
    assert too_big.status_code == 413
    json_too_big = client.post("/feedback", headers=token, json={"text": "y" * 3000})
    assert json_too_big.status_code == 413


def test_an_upload_without_a_valid_token_is_refused_before_it_is_read(
    bank_api: TestClient
) -> None:
    read = 0

    def chunks() -> Iterator[bytes]:
        nonlocal read
        for _ in range(100):
            read += 1
            yield b"x" * 65536

    for headers in ({}, {"Authorization": "Bearer forged.token.here"}):
        response = bank_api.post("/feedback/import", content=chunks(),
                                 headers={**headers, "Content-Type": "multipart/form-data; "
                                                                     "boundary=x"})
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(("method", "path", "body"), [
    ("post", "/interactions", {"customer_id": "C000001", "outcome": "reached", "date": 0}),
    ("post", "/feedback", {"text": "the app is slow", "received_on": 0}),
    ("post", "/feedback", {"text": "the app is slow", "received_on": "0"}),
    ("get", "/advisors/A001/call-list?date=0", None),
])
def test_a_number_is_not_taken_for_a_date(bank_api: TestClient, engine: Engine, method: str,
                                          path: str, body: dict[str, object] | None) -> None:
    """Pydantic reads 0 as 1970-01-01 (seconds since the epoch); dates are YYYY-MM-DD."""
    before = count(engine, Interaction), count(engine, Feedback)
    response = getattr(bank_api, method)(path, headers=bearer("A001"),
                                         **({"json": body} if body is not None else {}))
    assert response.status_code == 422, response.text
    assert "YYYY-MM-DD" in response.json()["detail"]
    assert (count(engine, Interaction), count(engine, Feedback)) == before
