"""The PKDD'99 Czech bank ("Berka") mapped to the interchange format (see README.md)."""
