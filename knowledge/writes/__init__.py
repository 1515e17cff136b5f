"""Chat writes: `pending` (confirm, describe, take back; below the rooms) and `dispatch`
(store or undo a write in the room that owns its kind; above them)."""
