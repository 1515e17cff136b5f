"""Finding a customer in the asker's book: by id, by name (typos, accents, partial), by choice.

Import the submodules directly (`knowledge.customers.resolver`, `.index`; the profile's
lookup is `knowledge.profile.lookup`); nothing heavy (spaCy) is loaded until the first name
lookup.
"""
