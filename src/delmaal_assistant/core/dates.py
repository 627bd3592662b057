"""Danish dates: read as Danes write them ("01-03-2027", "1.3.27", "1/3-2027", "1. marts 2027", "om 3 måneder"),
written as dd-mm-yyyy, found in a text ("frem til 1. marts 2027"), and the default period of a delmål."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime


class DateError(ValueError):
    """A text is not a date. The message is Danish and meant for the user."""


_DMY = re.compile(r"^\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{4}|\d{2})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_NAMED = re.compile(r"^\s*(\d{1,2})\.?\s+([a-zæøå]+)\.?\s*(\d{4}|\d{2})?\s*$", re.IGNORECASE)


def _year(y: str) -> int:
    return 2000 + int(y) if len(y) == 2 else int(y)


def parse_date(text: str, today: date | None = None) -> date | None:
    """A date as Danes write it: "01-03-2027", "1.3.27", "1/3-2027", "1. marts 2027", "1. mar 27", "1. marts"
    (the next 1 March), ISO "2027-03-01", or relative "om 3 måneder". Empty → None; anything else → DateError
    with a Danish message."""
    if not text or not text.strip():
        return None
    raw = text.strip()
    today = today or date.today()
    try:
        if m := _DMY.match(raw):
            return date(_year(m.group(3)), int(m.group(2)), int(m.group(1)))
        if m := _ISO.match(raw):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if (m := _NAMED.match(raw)) and (month := _month_number(m.group(2))):
            day = int(m.group(1))
            if m.group(3):
                return date(_year(m.group(3)), month, day)
            found = date(today.year, month, day)
            return found if found >= today else date(today.year + 1, month, day)
    except ValueError:
        raise DateError(f"'{raw}' er ikke en gyldig dato (findes dagen?).") from None
    if re.search(r"\d", raw) and re.fullmatch(r"[\d\s./-]+", raw):
        raise DateError(f"'{raw}' er ikke en gyldig dato (findes dagen?). Skriv fx 01-03-2027 eller 1. marts 2027.")
    found = _dateparser(raw, today)
    if found is None:
        raise DateError(f"'{raw}' er ikke en dato. Skriv fx 01-03-2027, 1.3.27 eller 1. marts 2027.")
    return found


def _dateparser(text: str, today: date) -> date | None:
    """Relative and free forms ("om 3 måneder", "i morgen") via dateparser."""
    import dateparser  # start-up: dateparser takes ~0.3 s to import and is needed only for free-form dates

    got = dateparser.parse(text, languages=["da"], settings={
        "DATE_ORDER": "DMY", "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": datetime(today.year, today.month, today.day)})
    return got.date() if got else None


def _month_number(name: str) -> int | None:
    low = name.lower().rstrip(".")
    for i, full in enumerate(MONTHS_DA, start=1):
        if low == full or (len(low) >= 3 and full.startswith(low)):
            return i
    return None


#: the one way a date is written for people in this program: 01-03-2027 (the case systems' form)
DATE_FORMAT = "%d-%m-%Y"


def format_date(d: date | None, empty: str = "") -> str:
    """01-03-2027; `empty` for no date."""
    return d.strftime(DATE_FORMAT) if d else empty


def format_short_date(d: date) -> str:
    """01-03-27: where room is short (the 80-column chart's axis)."""
    return d.strftime("%d-%m-%y")


def format_long_date(d: date) -> str:
    """1. marts 2027: in running Danish text ("Dit delmål")."""
    return f"{d.day}. {MONTHS_DA[d.month - 1]} {d.year}"


def format_datetime(dt: datetime | None, empty: str = "") -> str:
    """01-03-2027 kl. 14:05, in local time."""
    if not dt:
        return empty
    local = dt.astimezone() if dt.tzinfo else dt
    return f"{local.strftime(DATE_FORMAT)} kl. {local:%H:%M}"


def file_stamp() -> str:
    """20270301-140512: a moment in a file name (backups, crash reports, moved-aside drafts); sorts by time."""
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    year, month = d.year + m // 12, m % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


#: the weekdays in Danish, Monday first (one list: the easy-read "Hvor tit" and the du-form rules read it)
DAYS_DA = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
             "november", "december")
_TEXT_DATE = re.compile(
    r"\b(\d{1,2})\.?\s+(" + "|".join(MONTHS_DA) + r")(?:\s+(\d{4}))?\b"
    r"|\b(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})\b",
    re.IGNORECASE,
)


def dates_in_text(text: str, today: date | None = None) -> list[date]:
    """Every date written in a text, in order ("1. marts 2027", "01-03-2027", "1/3-27"). A named date without a
    year takes the year of the next date that has one when that keeps the order ("fra 1. oktober til 31. december
    2026" → 1 October 2026); otherwise the next such day after `today`."""
    today = today or date.today()
    raw: list[tuple[int, int, int | None]] = []  # (day, month, year or None)
    for m in _TEXT_DATE.finditer(text or ""):
        if m.group(2):
            raw.append((int(m.group(1)), MONTHS_DA.index(m.group(2).lower()) + 1,
                        int(m.group(3)) if m.group(3) else None))
        else:
            raw.append((int(m.group(4)), int(m.group(5)), _year(m.group(6))))
    found: list[date] = []
    for i, (day, month, year) in enumerate(raw):
        try:
            if year is None:
                later = next(((d, mo, y) for d, mo, y in raw[i + 1:] if y is not None), None)
                if later and (month, day) <= (later[1], later[0]):
                    year = later[2]
                else:
                    year = today.year if date(today.year, month, day) >= today else today.year + 1
            found.append(date(year, month, day))
        except ValueError:
            continue
    return found


def last_date_in_text(text: str, today: date | None = None) -> date | None:
    """The last date written in a text ("1. marts 2027", "01-03-2027", "1/3-27", "1. marts" = the next one
    after `today`), e.g. the wording's deadline."""
    found = dates_in_text(text, today)
    return found[-1] if found else None


def suggested_dates(today: date, wording: str = "") -> tuple[date, date, date]:
    """Start today; end about 3 months later, or the date the wording names; evaluation on the end date. A period
    in the wording ("fra 1. oktober til 31. december 2026") gives both the start and the end date."""
    start, end = today, add_months(today, 3)
    named = dates_in_text(wording, today)
    if named and today < named[-1] <= add_months(today, 12):
        end = named[-1]
        if len(named) >= 2 and named[-2] < end <= add_months(named[-2], 12):
            start = named[-2]
    return start, end, end
