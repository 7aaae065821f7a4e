"""Judgement rules: read a summary against a case and return verdicts with evidence.

One module per judgement (``attribution``, ``hedging``, ``numbers``, ``loaded``, ``coverage``); word
lists live beside them as data. ``score_summary`` runs them all and builds a score record.
"""
