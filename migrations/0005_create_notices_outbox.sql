-- The notice outbox. A notice is rendered and stored here first and delivered from here, so a crash between the
-- two loses nothing and a re-run or retried job adds nothing: the identity key is (subject, notice type, the hash
-- of the findings it covers, period), and fills insert with ON CONFLICT DO NOTHING.

-- Document numbers run per issuing authority (a city, '' for the province) and year, without gaps: a fill takes the
-- next value in the same transaction as the insert and rolls both back when the notice already exists.
CREATE TABLE notice_sequences (
    authority_city text NOT NULL,
    year           integer NOT NULL,
    last_value     integer NOT NULL,
    PRIMARY KEY (authority_city, year)
);

CREATE TABLE notices (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_kind     text NOT NULL CHECK (subject_kind IN ('enterprise', 'project', 'city')),
    subject_id       text COLLATE "C" NOT NULL,
    notice_type      text NOT NULL CHECK (notice_type IN ('rectification', 'screening-opinion', 'deadline-reminder', 'permit-renewal', 'inspection-list')),
    finding_set_hash text NOT NULL,
    period           text NOT NULL,
    language         text NOT NULL CHECK (language IN ('zh', 'en')),
    authority_city   text NOT NULL,
    year             integer NOT NULL,
    sequence         integer NOT NULL CHECK (sequence > 0),
    number           text NOT NULL,
    as_of            date NOT NULL,
    text             text NOT NULL,
    html             text NOT NULL,
    -- pending: never tried; failed: the last attempt failed and it will be tried again at next_attempt_at; sent: done.
    status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    sent_at          timestamptz,
    CONSTRAINT notices_identity_key UNIQUE (subject_kind, subject_id, notice_type, finding_set_hash, period),
    CONSTRAINT notices_number_key UNIQUE (authority_city, year, sequence)
);

-- The drain's queue: only what is still to be delivered.
CREATE INDEX notices_due_idx ON notices (next_attempt_at, id) WHERE status <> 'sent';
-- An enterprise (or project) reading its own notices.
CREATE INDEX notices_subject_idx ON notices (subject_kind, subject_id, created_at DESC);
