-- Roundtable schema, step 8: stations.
-- Several stations (windows, laptops, command-line runs) can share one
-- database on a server. Each journal entry says which station made it, so a
-- station can tell another's change to a record from its own.
ALTER TABLE journal ADD COLUMN station TEXT NOT NULL DEFAULT '';
CREATE INDEX journal_station ON journal (station);
