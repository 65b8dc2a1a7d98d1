-- Reference data from seeds/catalog. Every value not taken from a document cites a public source.
CREATE TABLE citations (
    key   TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    url   TEXT NOT NULL
) STRICT;

-- Catalogued actors, and people first met as speakers in a document (catalogued = 0, no citation).
CREATE TABLE actors (
    slug       TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('person', 'state', 'organization', 'outlet', 'document')),
    name       TEXT NOT NULL,
    catalogued INTEGER NOT NULL,
    citation   TEXT REFERENCES citations(key)
) STRICT;

CREATE TABLE actor_aliases (
    alias_key TEXT NOT NULL, -- lower-cased, whitespace folded: what a request is matched against
    actor     TEXT NOT NULL REFERENCES actors(slug),
    alias     TEXT NOT NULL,
    PRIMARY KEY (alias_key, actor)
) STRICT;

CREATE TABLE actor_roles (
    actor     TEXT NOT NULL REFERENCES actors(slug),
    role      TEXT NOT NULL,
    of_actor  TEXT NOT NULL REFERENCES actors(slug),
    from_date TEXT NOT NULL,
    to_date   TEXT,
    citation  TEXT NOT NULL REFERENCES citations(key)
) STRICT;
CREATE INDEX actor_roles_by_actor ON actor_roles(actor);

-- Catalogued treaties, and treaties first met in a document by their form (catalogued = 0).
CREATE TABLE treaties (
    slug       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    full_name  TEXT,
    kind       TEXT,
    catalogued INTEGER NOT NULL
) STRICT;

CREATE TABLE treaty_aliases (
    alias_key TEXT NOT NULL,
    treaty    TEXT NOT NULL REFERENCES treaties(slug),
    alias     TEXT NOT NULL,
    PRIMARY KEY (alias_key, treaty)
) STRICT;

CREATE TABLE treaty_parties (
    treaty  TEXT NOT NULL REFERENCES treaties(slug),
    ordinal INTEGER NOT NULL,
    actor   TEXT NOT NULL REFERENCES actors(slug),
    PRIMARY KEY (treaty, ordinal)
) STRICT;

CREATE TABLE treaty_dates (
    treaty   TEXT NOT NULL REFERENCES treaties(slug),
    ordinal  INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    date     TEXT NOT NULL,
    place    TEXT,
    citation TEXT NOT NULL REFERENCES citations(key),
    PRIMARY KEY (treaty, ordinal)
) STRICT;
