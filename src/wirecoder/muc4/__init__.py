"""MUC-4, the terrorism templates of the Fourth Message Understanding Conference (1992), in one
package: the benchmark wirecoder's figures are measured on, and an export format.

- ``slots``: the template's 25 slots and the kind of fill each takes, written once;
- ``keys``: answer-key and response files read into typed templates;
- ``relevance``: which incidents MUC-4 records, and as what type;
- ``writer``: incidents as response templates (the ``muc4`` export format);
- ``score``: the MUC scoring rules.

It reads records and the lexicon's ``muc4`` section; ``wirecoder eval muc4``
(``evaluate.muc4``) runs the pipeline over a split and scores the writer's output.
"""
