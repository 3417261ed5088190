"""The caller's own user: profile, account deletion, audit trail."""
