"""The action server: thin glue between Rasa and `knowledge`.

rasa_sdk imports every module of this package and instantiates every concrete `Action`
with no arguments, so nothing here may do work at import time.
"""
