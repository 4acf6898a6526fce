-- Roundtable schema, step 4: the agenda.
-- Items per workshop day in order; each start is computed from the day's start,
-- the order and the durations, except items fixed to a time of day (lunch at
-- 12:00) that the others flow around. While the workshop runs, each item
-- records when it really started and ended, so a restart resumes where the
-- room is.

CREATE TABLE agenda_items (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    workshop_id     INTEGER NOT NULL REFERENCES workshops (id),
    day             INTEGER NOT NULL CHECK (day BETWEEN 1 AND 14),
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('presentation', 'small_group', 'large_group', 'information_sharing',
                        'assessment', 'action_planning', 'break', 'meal')),
    title           TEXT NOT NULL CHECK (title <> ''),
    presenter_id    INTEGER REFERENCES facilitators (id),
    module          TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    prompt          TEXT NOT NULL DEFAULT '',
    minutes         INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 720),
    fixed_start     TEXT NOT NULL DEFAULT '' CHECK (fixed_start = '' OR length(fixed_start) = 5),
    -- Live: UTC timestamps; empty until it happens.
    actual_start    TEXT NOT NULL DEFAULT '',
    actual_end      TEXT NOT NULL DEFAULT '',
    extra_minutes   INTEGER NOT NULL DEFAULT 0 CHECK (extra_minutes >= 0),
    paused_since    TEXT NOT NULL DEFAULT '',
    paused_seconds  INTEGER NOT NULL DEFAULT 0 CHECK (paused_seconds >= 0),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX agenda_items_workshop ON agenda_items (workshop_id, day, position);

-- Reusable agendas: the two shipped with Roundtable and any saved by the user.
CREATE TABLE agenda_templates (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL UNIQUE CHECK (name <> ''),
    description  TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE agenda_template_items (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    template_id  INTEGER NOT NULL REFERENCES agenda_templates (id),
    day          INTEGER NOT NULL CHECK (day BETWEEN 1 AND 14),
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL CHECK (title <> ''),
    module       TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    prompt       TEXT NOT NULL DEFAULT '',
    minutes      INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 720),
    fixed_start  TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX agenda_template_items_template ON agenda_template_items (template_id, day, position);
