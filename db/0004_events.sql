-- Events (meetings, summits) where the text gives who and when.
CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    kind        TEXT NOT NULL,
    date        TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    date_basis  TEXT NOT NULL,
    date_note   TEXT,
    place       TEXT,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    quote       TEXT NOT NULL
) STRICT;
CREATE INDEX events_by_document ON events(document_id);

CREATE TABLE event_participants (
    event_id   TEXT NOT NULL REFERENCES events(id),
    ordinal    INTEGER NOT NULL,
    actor      TEXT NOT NULL REFERENCES actors(slug),
    mention    TEXT NOT NULL,
    resolution TEXT NOT NULL,
    PRIMARY KEY (event_id, ordinal)
) STRICT;
CREATE INDEX event_participants_by_actor ON event_participants(actor);
