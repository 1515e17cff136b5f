"""Who may see what: staff and their roles, sign-in (tokens, login guard), the audit log."""
