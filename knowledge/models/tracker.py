"""The one table of ours in Rasa's tracker store: `tracker_redactions`.

`advisor forget` bumps its one row's `generation` when it redacts Rasa's stored events in
place; Rasa processes on channels/tracker_store.py (which reads it by name, from another
interpreter) drop the conversations they keep in memory when it changes. Revision
0016_tracker_redactions creates it in the app's database (a tracker store that shares it);
`knowledge.migrate.prepare_tracker_store` creates it from this model in a tracker store of
its own (TRACKER_STORE_URL), which the app's migrations do not otherwise touch."""

from __future__ import annotations

from sqlalchemy import BigInteger, Integer
from sqlalchemy.orm import Mapped, mapped_column

from knowledge.models.bank import Base


class TrackerRedaction(Base):
    __tablename__ = "tracker_redactions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    generation: Mapped[int] = mapped_column(BigInteger)
