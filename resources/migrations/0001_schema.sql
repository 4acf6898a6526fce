-- Roundtable schema, step 1: the workshop file's tables.
-- Every row a person creates has an integer key, a UUID (for merging files from
-- two laptops), and created/updated times in UTC. Deletes are explicit in core
-- (no ON DELETE CASCADE), so that every removed row is recorded for undo.

CREATE TABLE settings (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    key         TEXT NOT NULL UNIQUE,
    value       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE practice_groups (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    number      INTEGER NOT NULL UNIQUE CHECK (number > 0),
    name        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE programs (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL CHECK (title <> ''),
    provider    TEXT NOT NULL DEFAULT '',
    summary     TEXT NOT NULL DEFAULT '',
    audience    TEXT NOT NULL DEFAULT '',
    half_days   INTEGER NOT NULL DEFAULT 1 CHECK (half_days BETWEEN 1 AND 28),
    capacity    INTEGER CHECK (capacity IS NULL OR capacity > 0),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE program_practice_groups (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    program_id         INTEGER NOT NULL REFERENCES programs (id),
    practice_group_id  INTEGER NOT NULL REFERENCES practice_groups (id),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (program_id, practice_group_id)
);

CREATE TABLE venues (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL CHECK (name <> ''),
    address     TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE facilitators (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL CHECK (name <> ''),
    credentials   TEXT NOT NULL DEFAULT '',
    organisation  TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE workshops (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    program_id         INTEGER REFERENCES programs (id),
    title              TEXT NOT NULL CHECK (title <> ''),
    venue_id           INTEGER REFERENCES venues (id),
    start_date         TEXT NOT NULL,
    half_days          INTEGER NOT NULL CHECK (half_days BETWEEN 1 AND 28),
    capacity           INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
    host_organisation  TEXT NOT NULL DEFAULT '',
    host_state         TEXT NOT NULL DEFAULT '',
    affiliated         INTEGER NOT NULL DEFAULT 1 CHECK (affiliated IN (0, 1)),
    status             TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'live', 'closed')),
    notes              TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX workshops_start ON workshops (start_date);

CREATE TABLE workshop_facilitators (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    workshop_id     INTEGER NOT NULL REFERENCES workshops (id),
    facilitator_id  INTEGER NOT NULL REFERENCES facilitators (id),
    position        INTEGER NOT NULL DEFAULT 0,
    is_lead         INTEGER NOT NULL DEFAULT 0 CHECK (is_lead IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (workshop_id, facilitator_id)
);

CREATE TABLE people (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    first_name    TEXT NOT NULL DEFAULT '',
    last_name     TEXT NOT NULL CHECK (last_name <> ''),
    role          TEXT NOT NULL DEFAULT 'other' CHECK (role IN ('city_manager', 'assistant_city_manager',
                      'police_chief', 'fire_chief', 'public_safety_director', 'other')),
    role_other    TEXT NOT NULL DEFAULT '',
    jurisdiction  TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX people_name ON people (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX people_email ON people (email COLLATE NOCASE);

CREATE TABLE enrollments (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    workshop_id    INTEGER NOT NULL REFERENCES workshops (id),
    person_id      INTEGER NOT NULL REFERENCES people (id),
    status         TEXT NOT NULL CHECK (status IN ('registered', 'waitlisted', 'cancelled')),
    status_since   TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (workshop_id, person_id)
);
CREATE INDEX enrollments_person ON enrollments (person_id);
-- Counts by status per workshop (the workshop list) come from this index alone.
CREATE INDEX enrollments_workshop_status ON enrollments (workshop_id, status);

CREATE TABLE teams (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    workshop_id   INTEGER NOT NULL REFERENCES workshops (id),
    jurisdiction  TEXT NOT NULL CHECK (jurisdiction <> ''),
    state         TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX teams_workshop ON teams (workshop_id);

-- A member must be enrolled in the team's workshop (the composite key), and
-- belongs to at most one team there.
CREATE TABLE team_members (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    team_id      INTEGER NOT NULL REFERENCES teams (id),
    workshop_id  INTEGER NOT NULL,
    person_id    INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (workshop_id, person_id),
    FOREIGN KEY (workshop_id, person_id) REFERENCES enrollments (workshop_id, person_id)
);
CREATE INDEX team_members_team ON team_members (team_id);

CREATE TRIGGER team_members_same_workshop
BEFORE INSERT ON team_members
WHEN (SELECT workshop_id FROM teams WHERE id = NEW.team_id) IS NOT NEW.workshop_id
BEGIN
    SELECT RAISE(ABORT, 'a team member must belong to the team''s workshop');
END;

CREATE TRIGGER team_members_same_workshop_on_update
BEFORE UPDATE OF team_id, workshop_id ON team_members
WHEN (SELECT workshop_id FROM teams WHERE id = NEW.team_id) IS NOT NEW.workshop_id
BEGIN
    SELECT RAISE(ABORT, 'a team member must belong to the team''s workshop');
END;
