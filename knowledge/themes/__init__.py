"""WOCAS — "what our customers are saying": feedback → embeddings → themes with cost and owners.

Modules: `embedding` (the pluggable embedder), `words` (the statements' words as a second
vector, `word_space`: kept with each build), `clustering` (themes from vectors), `labels`
(keywords and quotes), `service` (build / update / place), `cost`, `trends`, `ownership`,
`queries` (what the chat, CLI and API read). Heavy libraries load lazily, never at import.
"""
