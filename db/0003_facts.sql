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
CREATE INDEX treaty_mentions_by_treaty ON treaty_mentions(treaty, document_id);

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
CREATE INDEX limits_by_treaty ON limits(treaty, id);
CREATE INDEX limits_by_document ON limits(document_id);

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
CREATE INDEX deadlines_by_treaty ON deadlines(treaty, id);
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
