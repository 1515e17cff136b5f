"""The action-test fixtures (a database the actions use, a dispatcher), shared here."""

from tests.actions.conftest import action_database, dispatcher  # noqa: F401
