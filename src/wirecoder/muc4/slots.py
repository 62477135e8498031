"""The MUC-4 template: its 25 slots and the kind of fill each takes (TASKDOC template-doc-part1
sections 4 to 7), written once for the key reader, the writer and the scorer."""

from __future__ import annotations

SLOT_NAMES: dict[int, str] = dict(enumerate((
    "MESSAGE: ID",
    "MESSAGE: TEMPLATE",
    "INCIDENT: DATE",
    "INCIDENT: LOCATION",
    "INCIDENT: TYPE",
    "INCIDENT: STAGE OF EXECUTION",
    "INCIDENT: INSTRUMENT ID",
    "INCIDENT: INSTRUMENT TYPE",
    "PERP: INCIDENT CATEGORY",
    "PERP: INDIVIDUAL ID",
    "PERP: ORGANIZATION ID",
    "PERP: ORGANIZATION CONFIDENCE",
    "PHYS TGT: ID",
    "PHYS TGT: TYPE",
    "PHYS TGT: NUMBER",
    "PHYS TGT: FOREIGN NATION",
    "PHYS TGT: EFFECT OF INCIDENT",
    "PHYS TGT: TOTAL NUMBER",
    "HUM TGT: NAME",
    "HUM TGT: DESCRIPTION",
    "HUM TGT: TYPE",
    "HUM TGT: NUMBER",
    "HUM TGT: FOREIGN NATION",
    "HUM TGT: EFFECT OF INCIDENT",
    "HUM TGT: TOTAL NUMBER",
)))

# the kind of fill each slot takes (TASKDOC part1 section 6.0)
STRING_SLOTS = frozenset({6, 9, 10, 12, 18, 19})
# set fills (or numbers) that point at a string filler of another slot
CROSS_REF_SLOTS = frozenset({7, 11, 13, 14, 15, 16, 19, 20, 21, 22, 23})  # 19: a title points at its name
NUMBER_SLOTS = frozenset({14, 17, 21, 24})  # 14 and 21 are also cross-referenced
DATE_SLOT = 2
LOCATION_SLOT = 3
SCORED_SLOTS = tuple(range(2, 25))
# slots one of which must agree for a response template to map to a key template (MUC-4)
CONTENT_SLOTS = (9, 10, 12, 18, 19)
# slots the template skeletons of TASKDOC mark inapplicable, by incident type
INAPPLICABLE: dict[str, frozenset[int]] = {
    "ARSON": frozenset({6, 7}),
    "KIDNAPPING": frozenset({6, 7, 12, 13, 14, 15, 16, 17}),
}

# dates are written "12 JAN 90"
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")

# the set-list hierarchies of TASKDOC: a fill and its parent earn partial credit
INSTRUMENT_PARENT = {
    "MACHINE GUN": "GUN", "MORTAR": "GUN", "HANDGUN": "GUN", "RIFLE": "GUN",
    "BOMB": "EXPLOSIVE", "GRENADE": "EXPLOSIVE", "MOLOTOV COCKTAIL": "EXPLOSIVE",
    "VEHICLE BOMB": "BOMB", "DYNAMITE": "BOMB", "MINE": "BOMB", "AERIAL BOMB": "BOMB",
    "MISSILE": "PROJECTILE", "ROCKET": "PROJECTILE",
}
CONFIDENCE_PARENT = {"SUSPECTED OR ACCUSED BY AUTHORITIES": "SUSPECTED OR ACCUSED"}
