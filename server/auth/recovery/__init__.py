"""Account recovery: e-mail verification, change of address and password reset (issue 16)."""
