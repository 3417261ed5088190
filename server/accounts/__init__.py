"""Money accounts."""
