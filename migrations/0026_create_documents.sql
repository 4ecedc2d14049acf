-- Issue 14 item 3: decisions (责令改正违法行为决定书, 不予批准决定书) are drafts until an officer issues them. A draft
-- holds what is needed to render it again with its number: the record as judged, the findings and the as-of date.
-- Issuing takes the next number of the authority, kind and year (notice_sequences), records who issued it, as what
-- role and when, and the exact text, and hands the issued text to the outbox (notice_id) for delivery. Drafts are
-- never in the outbox, so a draft cannot be delivered.
CREATE TABLE documents (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_kind     text NOT NULL CHECK (subject_kind IN ('enterprise', 'project')),
    subject_id       text COLLATE "C" NOT NULL,
    document_type    text NOT NULL CHECK (document_type IN ('correction-decision', 'rejection-decision')),
    finding_set_hash text NOT NULL,
    period           text NOT NULL,
    language         text NOT NULL CHECK (language IN ('zh', 'en')),
    authority_city   text NOT NULL,
    as_of            date NOT NULL,
    record_json      jsonb NOT NULL,
    findings_json    jsonb NOT NULL,
    outcome          text,
    draft_text       text NOT NULL,
    draft_html       text NOT NULL,
    status           text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued')),
    year             integer,
    sequence         integer CHECK (sequence > 0),
    number           text,
    issued_by        text,
    issued_role      text,
    issued_at        timestamptz,
    text             text,
    html             text,
    notice_id        bigint REFERENCES notices (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT documents_identity_key UNIQUE (subject_kind, subject_id, document_type, finding_set_hash, period),
    CONSTRAINT documents_issued_complete CHECK (status = 'draft' OR (number IS NOT NULL AND sequence IS NOT NULL
        AND issued_by IS NOT NULL AND issued_role IS NOT NULL AND issued_at IS NOT NULL AND text IS NOT NULL
        AND html IS NOT NULL AND notice_id IS NOT NULL))
);

CREATE INDEX documents_subject_idx ON documents (subject_kind, subject_id, created_at DESC);
