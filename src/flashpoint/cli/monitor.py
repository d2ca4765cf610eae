"""``flashpoint monitor``: the current escalation alerts as a table, for cron."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.table import Table

from flashpoint.monitor import (
    DEFAULT_ESCALATION,
    DEFAULT_THRESHOLDS,
    METHODS,
    Alert,
    EscalationPolicy,
    current_alerts,
)
from flashpoint.store.db import DEFAULT_DB, Store


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    base = DEFAULT_ESCALATION
    parser = commands.add_parser(
        "monitor",
        help="print the current escalation alerts",
        description=(
            "Print the alerts of the last --days days (up to --as-of, by default the last "
            "day in the database): dyads whose daily conflict stands --threshold standard "
            "deviations above their own trailing --window days (--method zscore), or whose "
            "excess over that baseline, added up day after day, reaches --threshold "
            "(--method cusum). Exit status 0 either way."
        ),
    )
    parser.add_argument("--db", type=Path, default=Path(DEFAULT_DB), help="database file")
    parser.add_argument("--days", type=int, default=7, help="how many recent days (7)")
    parser.add_argument("--as-of", type=date.fromisoformat, help="last day (YYYY-MM-DD)")
    parser.add_argument("--window", type=int, default=base.window, help="baseline days")
    parser.add_argument(
        "--min-history", type=int, default=base.min_history, help="baseline days needed"
    )
    parser.add_argument(
        "--method", choices=METHODS, default=base.method, help="escalation index (zscore)"
    )
    defaults = ", ".join(f"{m} {t:g}" for m, t in DEFAULT_THRESHOLDS.items())
    parser.add_argument("--threshold", type=float, help=f"alert level ({defaults})")
    parser.set_defaults(run=run)


def alerts_table(alerts: list[Alert]) -> Table:
    table = Table(title=f"{len(alerts)} escalation alert(s)")
    for name in ("day", "dyad", "index", "happenings", "conflict", "baseline"):
        table.add_column(name, justify="left" if name in ("day", "dyad") else "right")
    for a in alerts:
        table.add_row(
            a.day.isoformat(), a.dyad, f"{a.index:.1f}", str(a.happenings),
            f"{a.conflict:.1f}", f"{a.baseline:.2f}",
        )  # fmt: skip
    return table


def run(args: argparse.Namespace) -> int:
    policy = EscalationPolicy(
        window=args.window,
        min_history=args.min_history,
        threshold=args.threshold,
        method=args.method,
    )
    with Store(args.db, read_only=True) as store:
        found = current_alerts(store, days=args.days, as_of=args.as_of, policy=policy)
    Console(width=100).print(alerts_table(found))
    return 0
