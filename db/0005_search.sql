-- Full-text search over statements, limits, deadlines and document text (FTS5, bm25 ranking).
-- `body` is the text shown in snippets (the fact's quote, a document's text); `extra` holds what a person may
-- search by but the quote does not spell out: speakers' and treaties' names, and figures written as digits
-- ("1,550" and "seven hundred" are also indexed as 1550 and 700).
CREATE VIRTUAL TABLE search USING fts5(body, extra, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE search_refs (
    rowid       INTEGER PRIMARY KEY, -- = search.rowid
    kind        TEXT NOT NULL CHECK (kind IN ('statement', 'limit', 'deadline', 'document')),
    ref_id      TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id),
    treaty      TEXT,                -- the fact's own treaty; NULL for statements and documents
    date        TEXT
) STRICT;
CREATE INDEX search_refs_by_kind ON search_refs(kind);

CREATE TABLE search_speakers (
    rowid INTEGER NOT NULL REFERENCES search_refs(rowid),
    actor TEXT NOT NULL REFERENCES actors(slug),
    PRIMARY KEY (actor, rowid)
) STRICT;
