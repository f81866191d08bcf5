"""Risk phrase lexicons, one module per language (see ``mutual.safety.risk.lexicon``)."""
