"""The ``write`` edge: event records to files (and, later, the embedded store)."""

from flashpoint.store.writers import FORMATS, EventWriter, csv_row, event_writer

__all__ = ["FORMATS", "EventWriter", "csv_row", "event_writer"]
