"""List lines in "Dit delmål" (issue 24, i44L): a verbless staff note about the resident's day that holds nothing
uncertain is said as a line of a list under its section's heading («– Fodbad i 10 minutter»), never as a sentence
with a full stop. One home for how such a line is written in the text and how every output shows it: the plain text
keeps the dash, Word makes it a bullet paragraph, speech reads the item alone with a pause (never the dash). A line
staff typed with «- » or «• » in an approved text is a list line too."""

from __future__ import annotations

import re

#: how the text marks a list line (an en dash and a space); `item` also takes «- » and «• » typed by staff
LIST_MARK = "– "
_MARKED = re.compile(r"^\s*[–\-•]\s+(?=\S)")


def is_list_line(line: str) -> bool:
    """The line is a list item («– Fodbad i 10 minutter»)."""
    return bool(_MARKED.match(line))


def item(line: str) -> str:
    """A list line's words without its mark (the line as it is when it is none)."""
    return _MARKED.sub("", line, count=1) if is_list_line(line) else line


def list_count(text: str) -> int:
    """How many lines of `text` are list lines."""
    return sum(1 for line in text.splitlines() if is_list_line(line))


def spoken(text: str) -> str:
    """A section's text as it is read aloud: each list item an utterance of its own that ends with a full stop (a
    pause), its dash not read; other lines as they are."""
    out = []
    for line in text.splitlines():
        if is_list_line(line):
            words = item(line).rstrip()
            out.append(words if re.search(r"[.!?]$", words) else words + ".")
        else:
            out.append(line)
    return "\n".join(out)
