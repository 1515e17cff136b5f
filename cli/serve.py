"""`advisor run`: set up what is missing, start the three servers, chat in the terminal."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable
from types import FrameType

import httpx
import typer
from rich.console import Console

from cli.common import fail
from cli.stack import Stack, StackError
from cli.supervise import Supervisor
from knowledge.access.staff import count_customers, staff_by_role
from knowledge.db import DatabaseUnavailable, unit_of_work
from knowledge.migrate import upgrade
from knowledge.settings import PROJECT_ROOT, get_settings

console = Console(stderr=True)


def register(app: typer.Typer) -> None:
    app.command("run")(run)


def prepare_database(demo_customers: int, seed: int) -> None:
    """Migrate; fill an empty database with the generated demo bank; precompute today's signals."""
    from knowledge.call_list.refresh import refresh_bank
    from knowledge.signals.cache import is_fresh

    settings = get_settings()
    upgrade(settings.database_url)
    with unit_of_work() as session:
        if not count_customers(session=session):
            from knowledge.demo_bank import generate_demo_bank

            console.print(f"Empty database: generating a demo bank of {demo_customers} customers…")
            generate_demo_bank(
                session=session, customers=demo_customers, seed=seed, as_of=settings.today()
            )
    with unit_of_work() as session:
        if not is_fresh(session=session, as_of=settings.today()):
            console.print("Precomputing today's call-list signals for the whole bank…")
            refresh_bank(session=session, as_of=settings.today())


def demo_identities() -> list[tuple[str, str, str]]:
    with unit_of_work() as session:
        return [
            (staff.id, staff.name, staff.role.value)
            for staff in staff_by_role(session=session, per_role=2)
        ]


def train() -> None:
    result = subprocess.run([str(PROJECT_ROOT / "scripts" / "train.sh")], cwd=PROJECT_ROOT)
    if result.returncode != 0:
        fail("training the Rasa model failed; see the output above")


def run(
    demo_customers: int = typer.Option(2000, help="Size of the demo bank for an empty database"),
    seed: int = typer.Option(7, help="Seed of the demo bank"),
    chat_as: str = typer.Option("", help="Staff id for the terminal chat (default: first advisor)"),
) -> None:
    """Start the action server, the Rasa server and the API; chat in the terminal if attached."""
    settings = get_settings()
    started = time.monotonic()
    try:
        prepare_database(demo_customers, seed)
    except DatabaseUnavailable as exc:
        fail(f"the customer database is not reachable ({exc}); check DATABASE_URL")
    train()
    stack = Stack(settings, theme_worker=True)
    supervisor = Supervisor(stack, report=lambda text: console.print(f"[yellow]{text}[/]"))

    def stop(signum: int, _frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        with console.status("Starting the action server, Rasa and the API…") as status:
            stack.start(on_wait=lambda names: status.update(f"Waiting for {names}…"))
        identities = demo_identities()
        console.print(
            f"[bold green]Ready[/] in {time.monotonic() - started:.0f} s — "
            f"REST webhook {stack.rest_webhook} (sender = staff id), "
            f"API http://{settings.api_host}:{settings.api_port}/docs"
        )
        console.print("Demo identities (use the id as the sender):")
        for staff_id, name, role in identities:
            console.print(f"  {staff_id:6} {name:28} {role}")
        # A part that dies is named and restarted; one that keeps dying stops the stack.
        if sys.stdin.isatty():
            advisor = chat_as or next((i for i, _, r in identities if r == "advisor"), "")
            supervisor.start()
            terminal_chat(stack.rest_webhook, advisor, stack.sender_headers)
        else:
            console.print("No terminal attached: serving until SIGINT or SIGTERM.")
            supervisor.watch()
    except StackError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        pass
    finally:
        supervisor.stop()
        console.print("Stopping…")
        stack.stop()
    if supervisor.failed:
        fail("a server kept stopping; everything is stopped now, see var/log/.")


def terminal_chat(
    webhook: str, staff_id: str, proof: Callable[[str], dict[str, str]] | None = None
) -> None:
    console.print(
        f"\nChatting as [bold]{staff_id}[/]. Try: 'who should I call today?', "
        "'tell me about <name>', 'what are customers saying?'. Ctrl-D or /quit ends.\n"
    )
    with httpx.Client(timeout=60.0) as client:
        while True:
            try:
                text = input("you> ").strip()
            except EOFError:
                return
            if text in {"/quit", "/exit"}:
                return
            if not text:
                continue
            try:
                # The REST channel's proof of identity, as the API's web chat sends it.
                headers = proof(staff_id) if proof else {}
                response = client.post(webhook, json={"sender": staff_id, "message": text},
                                       headers=headers)
                response.raise_for_status()
            except httpx.HTTPError as exc:
                console.print(f"[red]The bot did not answer ({exc.__class__.__name__}).[/]")
                continue
            for message in response.json():
                if "text" in message:
                    print(f"bot> {message['text']}")

