"""Schedules: recurring transactions the server posts exactly once (issue 19)."""
