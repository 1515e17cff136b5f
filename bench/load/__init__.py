"""Load: N simulated advisors against the full stack in its production profile.

    .venv/bin/python -m bench.load [--advisors 50] [--seconds 60] [--think 3]
                                   [--rasa-instances 1] [--sanic-workers <cores>]

PostgreSQL bank, PostgreSQL tracker store, Redis lock store (`make services`), action
server, API and Rasa server(s) on loopback. Heavy: run under `flock /tmp/heavy.lock`.
"""
