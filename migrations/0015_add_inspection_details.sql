-- Contract revision 2: an inspection may say what it looked at (a facility, a pollutant) and carry notes.
-- Optional, so existing rows stay as they are.

ALTER TABLE inspections
    ADD COLUMN facility_id text COLLATE "C",
    ADD COLUMN pollutant   text COLLATE "C",
    ADD COLUMN notes       text;
