"""WOCAS benchmarks: clustering quality on a labelled set, and speed. Run: python -m bench.wocas"""
