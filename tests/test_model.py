"""The typed records' own behaviour."""

from datetime import date

import pytest

from wirecoder.model import Precision, When


@pytest.mark.parametrize("day, precision, last", [
    (date(2014, 3, 9), Precision.DAY, date(2014, 3, 9)),
    (date(2014, 3, 9), Precision.WEEK, date(2014, 3, 15)),
    (date(2016, 2, 1), Precision.MONTH, date(2016, 2, 29)),
    (date(2014, 12, 1), Precision.MONTH, date(2014, 12, 31)),
    (date(2014, 1, 1), Precision.YEAR, date(2014, 12, 31)),
])
def test_a_date_reaches_the_last_day_its_precision_covers(day, precision, last):
    assert When(date=day, precision=precision).last_day() == last
