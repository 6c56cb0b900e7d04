"""review: editors' decisions on findings (the ledger) and inline suppressions in articles."""
