"""What a transaction write needs of the user's rules (issue 20), below the ledger that uses it:
engine.py decides (pure), conditions.py and patterns.py read and compile stored conditions
(RE2), repository.py stores rules, loader.py reads a user's ordered, compiled rules, drafts.py
applies them to a transaction being written (CreateTransaction, statement import)."""
