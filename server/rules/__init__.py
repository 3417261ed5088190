"""RuleService (issue 20): domain.py validates and stores rules, retroactive.py previews and
applies one rule to existing transactions through the ledger, service.py adapts it. The engine
the ledger itself runs on every write lives below it, in server/rule_engine/."""
