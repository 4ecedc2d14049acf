-- One nightly sweep per as-of date and rule-set version (issue 17): a second sweep for a date already queued or done
-- is refused when it is queued, instead of costing a whole pass over the register that stores nothing new.
-- batches is null while the fan-out is still queueing its batches; a fan-out that died then is taken over later.
CREATE TABLE sweep_runs (
    as_of         date NOT NULL,
    rule_set_hash text COLLATE "C" NOT NULL,
    claimed_at    timestamptz NOT NULL DEFAULT now(),
    batches       integer,
    queued_at     timestamptz,
    PRIMARY KEY (as_of, rule_set_hash)
);
