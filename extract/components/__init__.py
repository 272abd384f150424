"""spaCy components of the athar pipeline; importing this package registers their factories."""
from . import amounts, dates, events, gazetteer, ner, normalizer, persons, relations  # noqa: F401
