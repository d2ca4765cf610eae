"""Reading the tab-separated resource tables the product ships (and users extend).

A table is UTF-8, tab-separated, with one header line; blank lines and lines
starting with ``#`` are ignored.  Multi-valued cells are ``|``-separated.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from flashpoint.errors import ResourceError


def data_path(name: str) -> Path:
    """The path of a table shipped in ``flashpoint/data``."""
    return Path(str(resources.files("flashpoint") / "data" / name))


def read_table(path: Path, required: tuple[str, ...]) -> Iterator[dict[str, str]]:
    """Yield each row of the table at ``path`` as a dict keyed by its header.

    Raises ResourceError naming the file and line when the table is missing,
    lacks a ``required`` column, or has a row with the wrong number of cells.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"cannot read resource table {path}: {exc}") from exc
    header: list[str] | None = None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in required if c not in header]
            if missing:
                raise ResourceError(
                    f"{path}:{number}: header lacks column(s) {', '.join(missing)}; "
                    f"expected at least: {', '.join(required)}"
                )
            continue
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        if len(cells) != len(header):
            raise ResourceError(
                f"{path}:{number}: {len(cells)} cells for {len(header)} columns "
                "(is a value holding a tab?)"
            )
        yield {key: value.strip() for key, value in zip(header, cells, strict=True)}
    if header is None:
        raise ResourceError(f"{path}: the table is empty (no header line)")


def split_multi(cell: str) -> list[str]:
    """The values of a ``|``-separated cell, without empties."""
    return [part.strip() for part in cell.split("|") if part.strip()]
