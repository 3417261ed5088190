"""Income and expense categories: system defaults plus each user's own."""
