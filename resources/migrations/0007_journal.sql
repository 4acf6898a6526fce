-- Roundtable schema, step 7: the change journal.
-- Every action appends one entry (who, what, when) and one line per row it
-- inserted, changed or deleted. Entries are never changed or removed: merging
-- two copies of a file reads deletions and shared history from here, and the
-- History view shows it per workshop and per person.

CREATE TABLE journal (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,      -- the same entry in every copy of the file
    at           TEXT NOT NULL,             -- UTC, ISO 8601 with milliseconds
    author       TEXT NOT NULL,
    description  TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('action', 'undo', 'redo', 'import', 'merge', 'restore'))
);
CREATE INDEX journal_at ON journal (at);

-- detail is JSON: for an update the changed columns as {"column": [before, after]},
-- for a delete the row as it was, for an insert the row as written.
-- workshop_uuid and person_uuid say whose history the line belongs to ('' for none).
CREATE TABLE journal_rows (
    id             INTEGER PRIMARY KEY,
    journal_id     INTEGER NOT NULL REFERENCES journal (id),
    table_name     TEXT NOT NULL,
    row_uuid       TEXT NOT NULL,
    op             TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    workshop_uuid  TEXT NOT NULL DEFAULT '',
    person_uuid    TEXT NOT NULL DEFAULT '',
    detail         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX journal_rows_entry ON journal_rows (journal_id);
CREATE INDEX journal_rows_row ON journal_rows (row_uuid);
CREATE INDEX journal_rows_workshop ON journal_rows (workshop_uuid) WHERE workshop_uuid <> '';
CREATE INDEX journal_rows_person ON journal_rows (person_uuid) WHERE person_uuid <> '';

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN SELECT RAISE(ABORT, 'The change journal is append-only.'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN SELECT RAISE(ABORT, 'The change journal is append-only.'); END;
CREATE TRIGGER journal_rows_no_update BEFORE UPDATE ON journal_rows
BEGIN SELECT RAISE(ABORT, 'The change journal is append-only.'); END;
CREATE TRIGGER journal_rows_no_delete BEFORE DELETE ON journal_rows
BEGIN SELECT RAISE(ABORT, 'The change journal is append-only.'); END;
