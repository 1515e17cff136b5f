"""Benchmarks. Each module runs with `.venv/bin/python -m bench.<name>`; `-m bench` runs all."""
