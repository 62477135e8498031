"""Stage 3: the field extractors.

Each field has its own folder (``events``, ``actors``, ``counts``, ``places``, ``dates``,
``attribution``, ``hedges``) with a small pure function from parsed text to typed records and its
lexicon as a data file noting its source. ``article.extract_events`` runs them over one parsed
article and ties their outputs to event triggers.
"""
