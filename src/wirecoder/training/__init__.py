"""Training the learned stages of wirecoder from the annotated corpora in ``../shared/data``.

``judge_data`` turns the rule-based extractor's candidate events into labelled examples by
distant supervision (each corpus's gold types or the project's own labels decide), ``gate_data``
labels whole articles for the article gate, and ``train`` fits the spaCy textcats on them.
Nothing here reads an evaluation split (WikiEvents, MUC-4 TST1/TST2, UCDP, PLOVER, the
GeoWebNews labels).
"""
