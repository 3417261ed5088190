"""Budgets: spending limits per expense category and period."""
