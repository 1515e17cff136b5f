"""Tables of the theme pipeline. Vectors are float32 bytes; ids of themes are stable integers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from knowledge.models.bank import Base


class ThemeStatus:
    open = "open"
    in_progress = "in_progress"
    resolved = "resolved"
    ALL = ("open", "in_progress", "resolved")


class FeedbackEmbedding(Base):
    """One vector per feedback item, tagged with the model that made it (a new model re-embeds)."""

    __tablename__ = "feedback_embeddings"

    feedback_id: Mapped[str] = mapped_column(
        ForeignKey("feedback.id", ondelete="CASCADE"), primary_key=True
    )
    model: Mapped[str] = mapped_column(String(300))
    dimensions: Mapped[int] = mapped_column(Integer)
    vector: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class ThemeArea(Base):
    """An area: the upper level of themes ("cards", "the app"), a group of related themes.

    It has no owners or status of its own: those belong to its concrete problems (themes) and
    roll up (knowledge.themes.areas). Its id survives rebuilds like a theme's.
    """

    __tablename__ = "theme_areas"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    label: Mapped[str] = mapped_column(String(200))
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    kind: Mapped[str] = mapped_column(String(16), default="problem", server_default="problem")
    size: Mapped[int] = mapped_column(Integer, default=0)
    centroid: Mapped[bytes | None] = mapped_column(LargeBinary)
    model: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class Theme(Base):
    """A theme: a group of similar statements with a label, owners and a status.

    `emerging` themes are provisional groups of new items that fit no theme yet; they become
    real themes once they reach the minimum size.
    """

    __tablename__ = "themes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    label: Mapped[str] = mapped_column(String(200))
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    quotes: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default=ThemeStatus.open, index=True)
    business_owner_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    solution_owner_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    centroid: Mapped[bytes | None] = mapped_column(LargeBinary)
    # The centre in the build's joined space (sentence vector and words, ThemeLexicon), where
    # new statements are placed; None for themes built before the words (placed by centroid).
    placement: Mapped[bytes | None] = mapped_column(LargeBinary)
    model: Mapped[str | None] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer, default=0)
    emerging: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    # "problem" (complaints, suggestions, questions) or "praise": never mixed in one theme.
    kind: Mapped[str] = mapped_column(String(16), default="problem", server_default="problem")
    area_id: Mapped[int | None] = mapped_column(
        ForeignKey("theme_areas.id", ondelete="SET NULL", name="fk_themes_area_id"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class ThemeMember(Base):
    """Which theme a feedback item belongs to (none = unassigned), and how far from its centre."""

    __tablename__ = "theme_members"

    feedback_id: Mapped[str] = mapped_column(
        ForeignKey("feedback.id", ondelete="CASCADE"), primary_key=True
    )
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("themes.id", ondelete="SET NULL"), index=True
    )
    distance: Mapped[float | None] = mapped_column(Float)


class ThemeChange(Base):
    """History: who changed which field of a theme, from what to what, when."""

    __tablename__ = "theme_history"
    __table_args__ = (Index("ix_theme_history_theme_at", "theme_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("themes.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    staff_id: Mapped[str | None] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[str | None] = mapped_column(String(200))
    new_value: Mapped[str | None] = mapped_column(String(200))


class Notification(Base):
    """A message to a member of staff; the channels work delivers it and sets `delivered_at`."""

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_pending", "delivered_at", "recipient_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    recipient_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    channel: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    delivered_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class ThemeLexicon(Base):
    """The words model of the latest build for one embedding model (knowledge/themes/words.py):
    plain arrays, no pickle — the vocabulary as JSON, idf (float64) and the SVD components
    (float32, dimensions × terms) as little-endian bytes. A statement placed between builds
    gets its words' vector from it, in the space the themes were clustered in."""

    __tablename__ = "theme_lexicons"

    model: Mapped[str] = mapped_column(String(300), primary_key=True)
    weight: Mapped[float] = mapped_column(Float)
    dimensions: Mapped[int] = mapped_column(Integer)
    vocabulary: Mapped[list[str]] = mapped_column(JSON, default=list)
    idf: Mapped[bytes] = mapped_column(LargeBinary)
    components: Mapped[bytes] = mapped_column(LargeBinary)
    statements: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
