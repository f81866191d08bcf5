"""Risk detection: text in, a level (none, concern, elevated, imminent), a score and reasons.

Pure Python and NumPy, no Django: ``classify(text)`` is all most callers need. The parts:
``normalize`` (one shape for text), ``lexicon`` + ``lexicons/`` (phrases per language),
``rules`` (phrases in context), ``features`` + ``model`` (a small trained model, shipped as
``model.npz``), ``detector`` (the two combined), ``jsonl`` (the command line's format) and
``train`` (developers only, needs scikit-learn). ``docs/safety.md`` explains the design.
"""

from mutual.safety.risk.detector import Assessment, classify
from mutual.safety.risk.lexicon import LEVELS, Level

__all__ = ["LEVELS", "Assessment", "Level", "classify"]
