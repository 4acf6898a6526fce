-- Roundtable schema, step 6: what a workshop leaves behind.
-- Assessment questionnaires (editable templates) and each participant's
-- answers before and after; a team's workload worksheet; a team's action plan
-- with dated status updates for the follow-up months later.

CREATE TABLE assessment_templates (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL UNIQUE CHECK (name <> ''),
    description  TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

-- A statement answered on a scale of 1 (strongly disagree) to 5 (strongly
-- agree). The section groups statements for charts; pillar links a statement
-- to one of the six pillars of 21st Century Policing (1 to 6).
CREATE TABLE assessment_questions (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    template_id  INTEGER NOT NULL REFERENCES assessment_templates (id),
    position     INTEGER NOT NULL DEFAULT 0,
    section      TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL CHECK (text <> ''),
    pillar       INTEGER CHECK (pillar BETWEEN 1 AND 6),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX assessment_questions_template ON assessment_questions (template_id);

-- One participant's answer to one statement, before (start of day one) or
-- after (end of the last day). A row holds a score, a comment or both.
CREATE TABLE assessment_answers (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    workshop_id  INTEGER NOT NULL REFERENCES workshops (id),
    person_id    INTEGER NOT NULL REFERENCES people (id),
    question_id  INTEGER NOT NULL REFERENCES assessment_questions (id),
    phase        TEXT NOT NULL CHECK (phase IN ('before', 'after')),
    score        INTEGER CHECK (score BETWEEN 1 AND 5),
    comment      TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (score IS NOT NULL OR comment <> ''),
    UNIQUE (workshop_id, person_id, question_id, phase)
);
CREATE INDEX assessment_answers_question ON assessment_answers (question_id);

-- A team's department workload figures; an empty value is not yet known.
CREATE TABLE workload_worksheets (
    id                     INTEGER PRIMARY KEY,
    uuid                   TEXT NOT NULL UNIQUE,
    team_id                INTEGER NOT NULL UNIQUE REFERENCES teams (id),
    population             REAL CHECK (population >= 0),
    sworn_officers         REAL CHECK (sworn_officers >= 0),
    patrol_officers        REAL CHECK (patrol_officers >= 0),
    calls_per_year         REAL CHECK (calls_per_year >= 0),
    minutes_per_call       REAL CHECK (minutes_per_call >= 0),
    officers_per_call      REAL CHECK (officers_per_call >= 0),
    net_hours_per_officer  REAL CHECK (net_hours_per_officer >= 0),
    notes                  TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);

-- One item of a team's short-range action plan. origin says where it came
-- from ("Parking lot, round 2") and origin_uuid names that row, without a
-- reference that would stop the row being deleted.
CREATE TABLE action_items (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    team_id            INTEGER NOT NULL REFERENCES teams (id),
    position           INTEGER NOT NULL DEFAULT 0,
    goal               TEXT NOT NULL CHECK (goal <> ''),
    actions            TEXT NOT NULL DEFAULT '',
    owner_person_id    INTEGER REFERENCES people (id),
    due_date           TEXT,
    status             TEXT NOT NULL DEFAULT 'not_started'
                       CHECK (status IN ('not_started', 'in_progress', 'done', 'blocked')),
    measure            TEXT NOT NULL DEFAULT '',
    pillar             INTEGER CHECK (pillar BETWEEN 1 AND 6),
    practice_group_id  INTEGER REFERENCES practice_groups (id),
    notes              TEXT NOT NULL DEFAULT '',
    origin             TEXT NOT NULL DEFAULT '',
    origin_uuid        TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX action_items_team ON action_items (team_id);
CREATE INDEX action_items_due ON action_items (due_date);

-- A dated status update on an item, from the follow-up calls.
CREATE TABLE action_updates (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    action_item_id  INTEGER NOT NULL REFERENCES action_items (id),
    on_date         TEXT NOT NULL,
    status          TEXT NOT NULL
                    CHECK (status IN ('not_started', 'in_progress', 'done', 'blocked')),
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX action_updates_item ON action_updates (action_item_id);
