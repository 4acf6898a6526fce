-- Roundtable schema, step 3: attendance.
-- Each workshop day is split into blocks (morning, afternoon) that carry credit
-- hours; a mark says how one registered person attended one block.

CREATE TABLE attendance_blocks (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    workshop_id   INTEGER NOT NULL REFERENCES workshops (id),
    day           INTEGER NOT NULL CHECK (day BETWEEN 1 AND 14),
    label         TEXT NOT NULL CHECK (label <> ''),
    starts_at     TEXT NOT NULL CHECK (length(starts_at) = 5),
    ends_at       TEXT NOT NULL CHECK (length(ends_at) = 5 AND ends_at > starts_at),
    credit_hours  REAL NOT NULL CHECK (credit_hours >= 0 AND credit_hours <= 24),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (workshop_id, day, label)
);
CREATE INDEX attendance_blocks_workshop ON attendance_blocks (workshop_id, day, starts_at);

-- A mark needs an enrollment in the block's workshop (the composite key).
-- marked_at is the local time of day the person arrived (late) or left (left
-- early); empty for the other statuses.
CREATE TABLE attendance_marks (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    block_id     INTEGER NOT NULL REFERENCES attendance_blocks (id),
    workshop_id  INTEGER NOT NULL,
    person_id    INTEGER NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('present', 'late', 'left_early', 'excused', 'absent')),
    marked_at    TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (block_id, person_id),
    FOREIGN KEY (workshop_id, person_id) REFERENCES enrollments (workshop_id, person_id)
);
CREATE INDEX attendance_marks_person ON attendance_marks (workshop_id, person_id);

-- Credit rules per workshop: how late arrivals and early leavers are credited,
-- and the share of the hours a certificate needs.
ALTER TABLE workshops ADD COLUMN partial_credit TEXT NOT NULL DEFAULT 'prorated'
    CHECK (partial_credit IN ('full', 'prorated', 'none'));
ALTER TABLE workshops ADD COLUMN certificate_share REAL NOT NULL DEFAULT 0.75
    CHECK (certificate_share > 0 AND certificate_share <= 1);

CREATE TRIGGER attendance_marks_same_workshop
BEFORE INSERT ON attendance_marks
WHEN (SELECT workshop_id FROM attendance_blocks WHERE id = NEW.block_id) IS NOT NEW.workshop_id
BEGIN
    SELECT RAISE(ABORT, 'an attendance mark must belong to its block''s workshop');
END;
