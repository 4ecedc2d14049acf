-- Inspection outcomes, the labels of the risk model. One inspection per enterprise and day; no foreign key to
-- enterprises, because inspection files may arrive before the enterprise records they refer to.

CREATE TABLE inspections (
    enterprise_id   text COLLATE "C" NOT NULL,
    date            date NOT NULL,
    violation_found boolean NOT NULL,
    imported_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (enterprise_id, date)
);

CREATE INDEX inspections_date_idx ON inspections (date);
