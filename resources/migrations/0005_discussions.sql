-- Roundtable schema, step 5: group discussions.
-- A round puts the people in the room into breakout groups around a prompt;
-- each group's scribe notes and report-out items are kept, items are tagged,
-- and the large group votes on them with dots.

CREATE TABLE discussion_rounds (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    workshop_id       INTEGER NOT NULL REFERENCES workshops (id),
    number            INTEGER NOT NULL CHECK (number > 0),
    agenda_item_id    INTEGER REFERENCES agenda_items (id),
    prompt            TEXT NOT NULL DEFAULT '',
    mode              TEXT NOT NULL CHECK (mode IN ('teams', 'mixed', 'by_role', 'manual')),
    group_count       INTEGER NOT NULL CHECK (group_count BETWEEN 1 AND 200),
    seed              INTEGER NOT NULL DEFAULT 1,
    locked            INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    votes_per_person  INTEGER NOT NULL DEFAULT 3 CHECK (votes_per_person BETWEEN 1 AND 20),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (workshop_id, number)
);

CREATE TABLE discussion_groups (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    round_id      INTEGER NOT NULL REFERENCES discussion_rounds (id),
    number        INTEGER NOT NULL CHECK (number > 0),
    scribe_notes  TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (round_id, number)
);

CREATE TABLE discussion_members (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    round_id    INTEGER NOT NULL REFERENCES discussion_rounds (id),
    group_id    INTEGER NOT NULL REFERENCES discussion_groups (id),
    person_id   INTEGER NOT NULL REFERENCES people (id),
    pinned      INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (round_id, person_id)
);
CREATE INDEX discussion_members_group ON discussion_members (group_id);

-- A report-out point: from a group, or (group_id empty) from the large group.
CREATE TABLE discussion_items (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    round_id    INTEGER NOT NULL REFERENCES discussion_rounds (id),
    group_id    INTEGER REFERENCES discussion_groups (id),
    text        TEXT NOT NULL CHECK (text <> ''),
    tag         TEXT NOT NULL CHECK (tag IN ('insight', 'obstacle', 'question', 'parking_lot')),
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX discussion_items_round ON discussion_items (round_id);

-- Dots a person put on an item; at most the round's votes per person in all.
CREATE TABLE discussion_votes (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    item_id     INTEGER NOT NULL REFERENCES discussion_items (id),
    person_id   INTEGER NOT NULL REFERENCES people (id),
    dots        INTEGER NOT NULL CHECK (dots > 0),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (item_id, person_id)
);
