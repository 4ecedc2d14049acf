-- Corrections of hourly readings (issue 11 item 4). A value sent again for the same series and hour is a conflict
-- unless it is marked as a correction; a correction replaces the value in monitoring_readings, and the value it
-- replaced is kept here, so what an evaluation made before the correction used can still be shown.

-- When the current value was stored: a reading that an evaluation at time T used is the one recorded before T and
-- not superseded before T (monitoring_readings, or a row below).
ALTER TABLE monitoring_readings ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT now();

CREATE TABLE monitoring_reading_revisions (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    series_id           integer NOT NULL,
    hour                timestamptz NOT NULL,
    -- The value that was replaced, and when it had been stored.
    concentration_mg_m3 double precision NOT NULL,
    recorded_at         timestamptz NOT NULL,
    superseded_at       timestamptz NOT NULL DEFAULT now(),
    -- The value that replaced it, and the file the correction came in.
    superseded_by       double precision NOT NULL,
    source              text
);

CREATE INDEX monitoring_reading_revisions_key_idx ON monitoring_reading_revisions (series_id, hour, superseded_at);
