-- What this snapshot was built from. Written once by ingest; the API only reads.
CREATE TABLE snapshot_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Source documents, stored exactly as read: fact offsets are UTF-16 offsets into `text`.
CREATE TABLE documents (
    id        TEXT PRIMARY KEY,
    title     TEXT NOT NULL,
    publisher TEXT,
    url       TEXT,
    published TEXT,          -- ISO date, or NULL when neither the text nor its side file gives one
    sha256    TEXT NOT NULL, -- of the file's bytes
    text      TEXT NOT NULL
) STRICT;
