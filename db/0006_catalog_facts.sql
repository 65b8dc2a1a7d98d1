-- Primary-source facts from the catalog (issue 12): depositaries, party counts, limits written in a treaty's text,
-- and what each state did. Every value cites a catalog source; `checked` = 1 only where the value was seen in the
-- text of that source (0: not checked, and served as such).
ALTER TABLE citations ADD COLUMN kind TEXT NOT NULL DEFAULT 'reference' CHECK (kind IN ('reference', 'treaty-text'));
ALTER TABLE treaty_dates ADD COLUMN checked INTEGER NOT NULL DEFAULT 0;

CREATE TABLE treaty_depositaries (
    treaty  TEXT NOT NULL REFERENCES treaties(slug),
    ordinal INTEGER NOT NULL,
    actor   TEXT NOT NULL REFERENCES actors(slug),
    PRIMARY KEY (treaty, ordinal)
) STRICT;

-- A multilateral treaty's number of parties as its source counts them on a day (not derived from state_actions,
-- which list only some states).
CREATE TABLE treaty_party_counts (
    treaty   TEXT PRIMARY KEY REFERENCES treaties(slug),
    count    INTEGER NOT NULL,
    as_of    TEXT NOT NULL,
    citation TEXT NOT NULL REFERENCES citations(key),
    checked  INTEGER NOT NULL
) STRICT;

-- What the shared limit model says beyond a figure: a range's lower end, the measure, a deadline given relative to
-- an event of the treaty, and how long the limit applies. Defaults keep facts stored before as they were.
ALTER TABLE limits ADD COLUMN measure TEXT NOT NULL DEFAULT 'count';
ALTER TABLE limits ADD COLUMN min REAL;
ALTER TABLE limits ADD COLUMN relative_to TEXT;
ALTER TABLE limits ADD COLUMN relative_offset TEXT;
ALTER TABLE limits ADD COLUMN duration_offset TEXT;
ALTER TABLE limits ADD COLUMN duration_from TEXT;
ALTER TABLE limits ADD COLUMN duration_until TEXT;
ALTER TABLE deadlines ADD COLUMN relative_to TEXT;
ALTER TABLE deadlines ADD COLUMN relative_offset TEXT;

-- Limits written in a treaty's text (treaty-limits.json), beside the limits documents report: they have an article
-- and a citation instead of a span. A deadline relative to an event (entry into force + P7Y) is resolved to
-- deadline_date at ingest when the catalog dates that event; so is a duration's end (duration_until).
CREATE TABLE treaty_text_limits (
    id                 TEXT PRIMARY KEY,
    treaty             TEXT NOT NULL REFERENCES treaties(slug),
    ordinal            INTEGER NOT NULL, -- the order of treaty-limits.json
    key                TEXT NOT NULL,
    article            TEXT NOT NULL,
    paragraph          TEXT,
    measure            TEXT NOT NULL CHECK (measure IN ('count', 'percent', 'mass', 'distance')),
    value              REAL NOT NULL,
    min                REAL,
    unit               TEXT NOT NULL,
    counted            TEXT NOT NULL,
    binds              TEXT NOT NULL, -- JSON array of actor slugs
    each_party         INTEGER NOT NULL,
    deadline_date      TEXT,
    deadline_basis     TEXT,          -- 'stated' or 'relative'
    deadline_note      TEXT,
    relative_to        TEXT,
    relative_offset    TEXT,
    duration_offset    TEXT,
    duration_from      TEXT,
    duration_until     TEXT,
    citation           TEXT NOT NULL REFERENCES citations(key),
    checked            INTEGER NOT NULL,
    UNIQUE (treaty, ordinal),
    UNIQUE (treaty, key)
) STRICT;

-- What each state did about a treaty (state-actions.json). For a withdrawal, `date` is the notice and `effective`
-- when it took effect.
CREATE TABLE state_actions (
    id        TEXT PRIMARY KEY,
    treaty    TEXT NOT NULL REFERENCES treaties(slug),
    state     TEXT NOT NULL REFERENCES actors(slug),
    ordinal   INTEGER NOT NULL, -- the order of state-actions.json
    kind      TEXT NOT NULL CHECK (kind IN ('signed', 'ratified', 'acceded', 'succeeded', 'withdrew', 'suspended',
                                            'resumed', 'ratification-withdrawn')),
    date      TEXT NOT NULL,
    effective TEXT,
    citation  TEXT NOT NULL REFERENCES citations(key),
    checked   INTEGER NOT NULL,
    note      TEXT
) STRICT;
CREATE INDEX state_actions_by_treaty ON state_actions(treaty, state, date, ordinal);
CREATE INDEX state_actions_by_state ON state_actions(state, treaty, date, ordinal);
