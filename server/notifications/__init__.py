"""Notifications: budget alerts raised by ledger writes, listed and marked read, mailed on request."""
