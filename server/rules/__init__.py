"""User rules (issue 20): conditions on a transaction's payee, description, amount or account
that set its category, payee, tags or notes. engine.py decides (pure), loader.py reads a user's
ordered rules, drafts.py applies them to a transaction being written, retroactive.py previews
and applies one rule to existing transactions, service.py adapts RuleService."""
