-- The audit trail. A decision must be reproducible years later: which rule-set version said what, as of which
-- date, on which record. Rule-set content and record snapshots are stored once per content hash; an evaluation
-- points at both.

CREATE TABLE rule_set_versions (
    hash      text PRIMARY KEY,
    -- {"files": {"catalog/limits.json": "<file text>", ...}}: the exact bytes the version hash was computed from.
    content   jsonb NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE record_snapshots (
    hash        text PRIMARY KEY,
    record_kind text NOT NULL CHECK (record_kind IN ('enterprise', 'project')),
    record_id   text NOT NULL,
    record      jsonb NOT NULL,
    stored_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE evaluations (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_kind   text NOT NULL CHECK (record_kind IN ('enterprise', 'project')),
    record_id     text COLLATE "C" NOT NULL,
    as_of         date NOT NULL,
    rule_set_hash text NOT NULL REFERENCES rule_set_versions (hash),
    record_hash   text NOT NULL REFERENCES record_snapshots (hash),
    outcome       text NOT NULL,
    findings      jsonb NOT NULL DEFAULT '[]',
    errors        jsonb NOT NULL DEFAULT '[]',
    evaluated_at  timestamptz NOT NULL DEFAULT now(),
    -- Re-running the same evaluation (same record content, rule set and date) stores nothing new, so a
    -- scheduled sweep can run again after a crash without duplicating the trail.
    CONSTRAINT evaluations_identity_key UNIQUE (record_kind, record_id, as_of, rule_set_hash, record_hash)
);

CREATE INDEX evaluations_history_idx ON evaluations (record_kind, record_id, evaluated_at DESC);
CREATE INDEX evaluations_outcome_idx ON evaluations (outcome, as_of);
