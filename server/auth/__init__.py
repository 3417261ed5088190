"""Identity: passwords, tokens, sessions."""
