"""Offline sync: the per-user change log written with every change (changelog.py), read as a
feed by SyncService (service.py -> domain.py -> repository.py)."""
