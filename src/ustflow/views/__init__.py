"""Answers: functions that read the store (through ``ustflow.api``) and call the analytics.

These are the Python API behind the CLI, the report and the dashboard: each returns a DataFrame (or
a dict of them) whose ``attrs`` carry the units, sources and the as-of date used.
"""
