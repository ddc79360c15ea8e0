"""Drop-in customer-feedback widget with the federal post-transaction questions (filled in by a later issue)."""
