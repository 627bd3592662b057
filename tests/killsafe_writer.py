"""Helper for test_killsafe.py: rewrite one file in a loop, alternating two big versions, until killed.

    python killsafe_writer.py draft FOLDER     # via DraftStore.save
    python killsafe_writer.py raw FILE         # via storage.atomic_write_text
    python killsafe_writer.py delmaal FILE     # via storage.save_delmaal (with .bak)

Prints "ready" once the first version is completely written, then keeps going until SIGKILLed.
"""

from __future__ import annotations

import sys
from pathlib import Path


def versions_raw() -> tuple[str, str]:
    a = "VERSION A\n" + ("aæ" * 700_000) + "\nEND A\n"
    b = "VERSION B\n" + ("bø\n" * 900_000) + "END B\n"
    return a, b


def versions_draft():
    from delmaal_assistant.core.files.drafts import ConversationEntry, Draft

    base = Draft(id="kill-test")
    a = base.model_copy(deep=True)
    a.delmaal.title = "A"
    a.delmaal.wording = "At borgeren vasker tøj. " * 40_000
    a.conversation = [ConversationEntry(role="user", text=f"svar {i} " + "a" * 200) for i in range(2000)]
    b = base.model_copy(deep=True)
    b.delmaal.title = "B"
    b.delmaal.wording = "At borgeren går en tur hver dag. " * 60_000
    b.conversation = [ConversationEntry(role="assistant", text=f"spørgsmål {i}") for i in range(500)]
    return a, b


def versions_delmaal():
    a, b = versions_draft()
    return a.delmaal, b.delmaal


def main() -> None:
    mode, target = sys.argv[1], Path(sys.argv[2])
    if mode == "raw":
        from delmaal_assistant.core.files.storage import atomic_write_text

        a, b = versions_raw()

        def write(v):
            atomic_write_text(target, v)
    elif mode == "delmaal":
        from delmaal_assistant.core.files.storage import save_delmaal

        a, b = versions_delmaal()

        def write(v):
            save_delmaal(target, v)
    else:
        from delmaal_assistant.core.files.drafts import DraftStore

        store = DraftStore(target)
        a, b = versions_draft()

        def write(v):
            store.save(v)

    write(a)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    n = 0
    while True:
        n += 1
        write(b if n % 2 else a)


if __name__ == "__main__":
    main()
