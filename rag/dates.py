"""Dates in article text: found by pattern, parsed by python-dateutil.

One module for every reader of dates: article metadata, `--since/--until`, and the answerer.
Patterns only locate a date-shaped span (so "in 2019 the firm..." is not a date); dateutil
turns the span into a calendar date whatever its order, abbreviations and punctuation.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as _parser

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b"  # 2024-03-12
    rf"|\b{_DAY}\s+{_MONTH},?\s+\d{{4}}\b"  # 12 March 2024, 13 Mar 2024
    rf"|\b{_MONTH}\s+{_DAY},?\s+\d{{4}}\b",  # March 12, 2024 / Mar. 12, 2024
    re.IGNORECASE,
)
_DEFAULT = datetime(2000, 1, 1)


def find_dates(text: str) -> list[tuple[int, int, date]]:
    """Every full date (day, month and year) in `text`, as (start, end, date)."""
    found = []
    for m in _DATE.finditer(text):
        try:
            day = _parser.parse(m.group(), default=_DEFAULT).date()
        except (ValueError, OverflowError):
            continue
        found.append((m.start(), m.end(), day))
    return found


def parse_day(text: str) -> date | None:
    """The first full date in `text`, or None."""
    dates = find_dates(text)
    return dates[0][2] if dates else None


def iso(value: object) -> str | None:
    """A date from front matter or metadata (a date, datetime or any written form) as ISO."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        day = parse_day(value)
        if day is None:
            try:
                day = _parser.isoparse(value.strip()).date()
            except ValueError:
                return None
        return day.isoformat()
    return None
