"""`advisor feedback import`, `advisor themes update|build|list|export`."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from cli import themes as themes_cli
from knowledge import db, settings
from tests.knowledge.themes.wocas_bank import APP, CARD, PHONE, build_people, shared_embedder


@pytest.fixture
def app(database_url: str, session: Session, monkeypatch: pytest.MonkeyPatch
        ) -> Iterator[typer.Typer]:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("AS_OF_DATE", "2026-11-23")
    monkeypatch.setenv("WOCAS_MIN_THEME_SIZE", "3")
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()
    build_people(session)
    monkeypatch.setattr(themes_cli, "_embedder", shared_embedder)
    app = typer.Typer()
    themes_cli.register(app)
    yield app
    settings.get_settings.cache_clear()
    db.engine_for.cache_clear()


def _feedback_csv(tmp_path: Path) -> Path:
    path = tmp_path / "feedback.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["feedback_id", "customer_id", "received_on", "channel", "text",
                         "compensation"])
        for i, text in enumerate(APP + PHONE + CARD + ["Mein Konto wurde gesperrt"]):
            writer.writerow([f"F{i:02}", "C001" if i < 5 else "", "2026-11-01", "email", text,
                             "10" if i == 0 else ""])
    return path


def test_import_update_list_export(app: typer.Typer, tmp_path: Path) -> None:
    runner = CliRunner()
    path = _feedback_csv(tmp_path)
    imported = runner.invoke(app, ["feedback", "import", str(path)])
    assert imported.exit_code == 0, imported.output
    assert "16 new, 0 updated, 0 unchanged" in imported.stdout
    again = runner.invoke(app, ["feedback", "import", str(path)])
    assert "0 new, 0 updated, 16 unchanged" in again.stdout

    built = runner.invoke(app, ["themes", "build"])
    assert built.exit_code == 0, built.output
    assert "16 statements → 3 themes" in built.stdout

    listed = json.loads(runner.invoke(app, ["themes", "list", "--json"]).stdout)
    assert sorted(t["size"] for t in listed["themes"]) in ([5, 5, 5], [5, 5, 6])

    exported = runner.invoke(app, ["themes", "export", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert len(rows) == 16 and set(rows[0]) == {"feedback_id", "theme_id", "theme_label"}
    themed = [r for r in rows if r["theme_id"]]
    assert len({r["theme_id"] for r in themed}) == 3
    assert all(r["theme_label"] == "" for r in rows if not r["theme_id"])


def test_bad_csv_is_refused_whole(app: typer.Typer, tmp_path: Path) -> None:
    path = tmp_path / "feedback.csv"
    path.write_text("feedback_id,customer_id,received_on,channel,text,compensation\n"
                    "F1,C001,2026-11-01,email,fine,\nF2,C404,2026-11-01,email,bad customer,\n")
    result = CliRunner().invoke(app, ["feedback", "import", str(path)])
    assert result.exit_code == 1
    assert "line 3" in result.output and "nothing was imported" in result.output
    listed = CliRunner().invoke(app, ["themes", "export"])
    assert listed.stdout.strip().splitlines() == ["feedback_id,theme_id,theme_label"]


def test_update_without_a_model_fails_clearly_and_keeps_feedback(
    app: typer.Typer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from knowledge.themes.embedding import SentenceTransformerEmbedder

    runner = CliRunner()
    runner.invoke(app, ["feedback", "import", str(_feedback_csv(tmp_path))])
    monkeypatch.setattr(themes_cli, "_embedder",
                        lambda: SentenceTransformerEmbedder(str(tmp_path / "no-such-model")))
    failed = runner.invoke(app, ["themes", "update"])
    assert failed.exit_code == 1 and "Feedback stays pending" in failed.output
    monkeypatch.setattr(themes_cli, "_embedder", shared_embedder)
    drained = runner.invoke(app, ["themes", "update"])
    assert drained.exit_code == 0 and "embedded 16" in drained.stdout
    assert "embedded 0" in runner.invoke(app, ["themes", "update"]).stdout


def test_list_and_export_show_both_levels(app: typer.Typer, tmp_path: Path) -> None:
    runner = CliRunner()
    runner.invoke(app, ["feedback", "import", str(_feedback_csv(tmp_path))])
    assert runner.invoke(app, ["themes", "build"]).exit_code == 0
    listed = json.loads(runner.invoke(app, ["themes", "list", "--json"]).stdout)
    themes = {t["id"]: t for t in listed["themes"]}
    assert listed["areas"] and sorted(i for a in listed["areas"] for i in a["problem_ids"]) == \
        sorted(themes)
    for area in listed["areas"]:
        assert area["size"] == sum(themes[i]["size"] for i in area["problem_ids"])
        assert all(themes[i]["area_id"] == area["id"] for i in area["problem_ids"])
    text = runner.invoke(app, ["themes", "list"]).stdout
    first = listed["areas"][0]
    assert f"area #{first['id']} {first['label']}: {first['problem_count']} problems" in text

    plain = runner.invoke(app, ["themes", "export"]).stdout
    assert plain.splitlines()[0] == "feedback_id,theme_id,theme_label"  # unchanged by default
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["themes", "export",
                                                                "--areas"]).stdout)))
    assert list(rows[0]) == ["feedback_id", "theme_id", "theme_label", "area_id", "area_label"]
    for row in rows:
        if row["theme_id"]:
            assert int(row["area_id"]) == themes[int(row["theme_id"])]["area_id"]
            assert row["area_label"] == themes[int(row["theme_id"])]["area_label"]
        else:
            assert row["area_id"] == "" and row["area_label"] == ""
