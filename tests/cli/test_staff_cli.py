"""`advisor staff set-password`: from a prompt or stdin; clear errors; the login then works."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from cli.main import app
from knowledge import db, settings
from knowledge.access import auth
from knowledge.models.bank import Branch, Role, Staff

runner = CliRunner()


@pytest.fixture
def staffed(database_url: str, engine: Engine, monkeypatch: pytest.MonkeyPatch
            ) -> Iterator[Engine]:
    monkeypatch.setenv("DATABASE_URL", database_url)
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    with Session(engine) as session:
        session.add(Branch(id="B1", name="Main Street", city="Munich"))
        session.add(Staff(id="A001", name="Ada Advisor", branch_id="B1", role=Role.advisor))
        session.commit()
    yield engine
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()


def can_log_in(engine: Engine, password: str) -> bool:
    with Session(engine) as session:
        return auth.authenticate(session=session, staff_id="A001", password=password) is not None


def test_password_from_stdin(staffed: Engine) -> None:
    result = runner.invoke(app, ["staff", "set-password", "A001", "--password-stdin"],
                           input="a long enough secret\n")
    assert result.exit_code == 0, result.output
    assert "Password set for A001 (Ada Advisor)" in result.output
    assert "a long enough secret" not in result.output
    assert can_log_in(staffed, "a long enough secret")


def test_password_from_the_prompt_asked_twice(staffed: Engine) -> None:
    result = runner.invoke(app, ["staff", "set-password", "A001"],
                           input="another long secret\nanother long secret\n")
    assert result.exit_code == 0, result.output
    assert can_log_in(staffed, "another long secret")


@pytest.mark.parametrize(("args", "stdin", "code", "message"), [
    (["A001", "--password-stdin"], "short\n", 2, "at least 12 characters"),
    (["A001", "--password-stdin"], "", 2, "no password on standard input"),
    (["Z999", "--password-stdin"], "a long enough secret\n", 3, "No member of staff"),
])
def test_refusals_say_what_to_do_and_change_nothing(staffed: Engine, args: list[str],
                                                    stdin: str, code: int,
                                                    message: str) -> None:
    result = runner.invoke(app, ["staff", "set-password", *args], input=stdin)
    assert result.exit_code == code
    assert message in result.output
    with Session(staffed) as session:
        assert session.get(Staff, "A001").password_hash is None  # type: ignore[union-attr]
