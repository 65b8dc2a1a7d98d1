-- A deadline given relative to an event whose date is not known ("within 90 days of the notice", "five years after
-- entry into force" of a treaty the catalog does not date) is kept with relative_to/relative_offset and no date,
-- rather than dropped; it is resolved (date filled) where the event's date is known. SQLite cannot drop NOT NULL
-- from a column, so the table is rebuilt with date and precision nullable, rows and indexes kept.
CREATE TABLE deadlines_new (
    id              TEXT PRIMARY KEY,
    document_id     TEXT NOT NULL REFERENCES documents(id),
    treaty          TEXT REFERENCES treaties(slug),
    date            TEXT,
    precision       TEXT,
    kind            TEXT NOT NULL,
    action          TEXT NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    quote           TEXT NOT NULL,
    relative_to     TEXT,
    relative_offset TEXT,
    -- Every deadline has a date, or says what it is relative to.
    CHECK (date IS NOT NULL OR (relative_to IS NOT NULL AND relative_offset IS NOT NULL)),
    CHECK ((date IS NULL) = (precision IS NULL))
) STRICT;
INSERT INTO deadlines_new (id, document_id, treaty, date, precision, kind, action, start, "end", quote, relative_to,
    relative_offset)
SELECT id, document_id, treaty, date, precision, kind, action, start, "end", quote, relative_to, relative_offset
FROM deadlines;
DROP TABLE deadlines;
ALTER TABLE deadlines_new RENAME TO deadlines;
-- As in 0003: a treaty's deadlines listed by date (undated relative ones first), a document's by position.
CREATE INDEX deadlines_by_treaty ON deadlines(treaty, date, id);
CREATE INDEX deadlines_by_document ON deadlines(document_id);
