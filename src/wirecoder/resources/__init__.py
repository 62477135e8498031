"""The bottom layer beside ``model``: what wirecoder's rules know of the language and the world,
loaded from data files in this package and never written at run time.

- ``words.lexicon()``: every word list, once, typed and validated (``lexicon/*.json``);
- ``groups``: armed-group names and their canonical forms (from the ``actors`` lexicon);
- ``taxonomy``: the event types and their GTD, ACLED and CAMEO codes, the one definition of which
  types are violent and which are attacks (``attack_types()``), and the priority that names a merged
  incident (``type_priority()``), all from ``taxonomy.json``;
- ``gazetteer``: the bundled place database (``gazetteer.sqlite``, built by
  ``scripts/build_gazetteer.py``) and ``names``, how place names are compared.
"""
