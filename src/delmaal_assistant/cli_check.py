"""`delmaal check`: placeholder until the checker lands (next commits)."""
from __future__ import annotations

import argparse


def add_check_parser(sub) -> None:
    c = sub.add_parser("check", help="tjek formuleringen af et eller flere delmål")
    c.add_argument("inputs", nargs="*")
    c.set_defaults(func=lambda a: 0)
