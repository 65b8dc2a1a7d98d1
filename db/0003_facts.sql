-- Facts found by the extractor. Each has its document and span: quote = substr of the document's text
-- from `start` to `end` (UTF-16 code units, end exclusive).
CREATE TABLE treaty_mentions (
    document_id TEXT NOT NULL REFERENCES documents(id),
    treaty      TEXT NOT NULL REFERENCES treaties(slug),
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    quote       TEXT NOT NULL,
    PRIMARY KEY (document_id, start)
) STRICT;
-- In the order a treaty page lists its mentions, so that the first 20 are read, not sorted.
CREATE INDEX treaty_mentions_by_treaty ON treaty_mentions(treaty, document_id, start);

CREATE TABLE limits (
    id                 TEXT PRIMARY KEY,
    document_id        TEXT NOT NULL REFERENCES documents(id),
    treaty             TEXT REFERENCES treaties(slug),
    value              REAL NOT NULL,
    unit               TEXT NOT NULL,
    counted            TEXT NOT NULL,
    binds              TEXT NOT NULL, -- JSON array of actor slugs
    each_party         INTEGER NOT NULL,
    deadline_date      TEXT,
    deadline_precision TEXT,
    start              INTEGER NOT NULL,
    "end"              INTEGER NOT NULL,
    quote              TEXT NOT NULL
) STRICT;
-- In the order a treaty's limits are listed (by document, then position), so a page is read, not sorted.
CREATE INDEX limits_by_treaty ON limits(treaty, document_id, start, "end", id);
CREATE INDEX limits_by_document ON limits(document_id);
-- A claim about a figure ("1,550 warheads") is checked against the limits on that unit, in listing order.
CREATE INDEX limits_by_unit ON limits(unit, document_id, start);

CREATE TABLE deadlines (
    id          TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    treaty      TEXT REFERENCES treaties(slug),
    date        TEXT NOT NULL,
    precision   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    action      TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    quote       TEXT NOT NULL
) STRICT;
-- In the order a treaty's deadlines are listed (by date), so a page is read, not sorted.
CREATE INDEX deadlines_by_treaty ON deadlines(treaty, date, id);
CREATE INDEX deadlines_by_document ON deadlines(document_id);

CREATE TABLE statements (
    id                TEXT PRIMARY KEY,
    document_id       TEXT NOT NULL REFERENCES documents(id),
    text              TEXT NOT NULL,
    date              TEXT NOT NULL, -- every stored document has a publication date to fall back on
    date_precision    TEXT,
    date_basis        TEXT,
    date_note         TEXT,
    place             TEXT,
    outlet_actor      TEXT REFERENCES actors(slug),
    outlet_name       TEXT,
    outlet_label      TEXT,
    outlet_date       TEXT,
    outlet_start      INTEGER,
    outlet_end        INTEGER,
    outlet_quote      TEXT,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    quote             TEXT NOT NULL,
    attribution_start INTEGER,
    attribution_end   INTEGER,
    attribution_quote TEXT
) STRICT;
CREATE INDEX statements_by_date ON statements(date, id);
CREATE INDEX statements_by_document ON statements(document_id);

CREATE TABLE statement_speakers (
    statement_id TEXT NOT NULL REFERENCES statements(id),
    ordinal      INTEGER NOT NULL,
    actor        TEXT NOT NULL REFERENCES actors(slug),
    mention      TEXT NOT NULL,
    resolution   TEXT NOT NULL,
    -- The statement's date, copied so that a speaker's page reads their statements in date order from an index
    -- and stops at the page size, instead of sorting all of them (2,503 for one speaker on 10,000 documents).
    date         TEXT NOT NULL,
    PRIMARY KEY (statement_id, ordinal)
) STRICT;
CREATE INDEX statement_speakers_by_actor ON statement_speakers(actor, date, statement_id);

-- A treaty's statements are those of the documents that mention it (a statement rarely names the treaty itself).
-- Written with each document's statements (each statement stored from it × each treaty its mentions name), so
-- that a treaty's statement page is read in date order from this key and stops at the page size, and its count
-- reads one range, instead of gathering and sorting the statements of every document that mentions the treaty
-- (3,432 for New START on 10,000 documents).
CREATE TABLE treaty_statements (
    treaty       TEXT NOT NULL REFERENCES treaties(slug),
    date         TEXT NOT NULL, -- the statement's date
    statement_id TEXT NOT NULL REFERENCES statements(id),
    PRIMARY KEY (treaty, date, statement_id)
) STRICT, WITHOUT ROWID;
