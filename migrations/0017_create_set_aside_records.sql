-- Poisoned records (issue 11 item 6): a record whose evaluation or notice fails in a job is set aside here with its
-- error, and the job goes on with the others. One row per job and record; a failure again updates it.

CREATE TABLE set_aside_records (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job          text NOT NULL,
    record_kind  text NOT NULL,
    record_id    text COLLATE "C" NOT NULL,
    as_of        date,
    error_type   text NOT NULL,
    error        text NOT NULL,
    failures     integer NOT NULL DEFAULT 1,
    first_failed timestamptz NOT NULL DEFAULT now(),
    last_failed  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT set_aside_records_key UNIQUE (job, record_kind, record_id)
);

CREATE INDEX set_aside_records_last_failed_idx ON set_aside_records (last_failed DESC);
