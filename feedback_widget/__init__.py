"""Drop-in customer-feedback widget with the federal post-transaction questions (built out later)."""
