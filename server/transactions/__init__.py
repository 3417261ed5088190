"""The ledger: income, expenses and transfers, and the balances they move."""
