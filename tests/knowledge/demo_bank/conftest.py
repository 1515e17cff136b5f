"""One generated demo bank (420 customers, seed 3) shared by every check in this folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from knowledge.demo_bank import DemoBankReport

from .bank_view import Bank, generate


@pytest.fixture(scope="package")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Session, DemoBankReport]]:
    path = tmp_path_factory.mktemp("demo") / "bank.db"
    engine, report = generate(f"sqlite:///{path}", 420, seed=3)
    with Session(engine) as session:
        yield session, report
    engine.dispose()


@pytest.fixture(scope="package")
def data(bank: tuple[Session, DemoBankReport]) -> Bank:
    return Bank(bank[0])
