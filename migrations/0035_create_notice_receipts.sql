-- Issue 15: an enterprise acknowledges receipt (签收) of a notice or issued decision addressed to it, and the bureau
-- sees who signed for it and when. One receipt per notice: the first acknowledgement stands, a second click changes
-- nothing, so the recorded time is when the enterprise first confirmed it had the document.
CREATE TABLE notice_receipts (
    notice_id       bigint PRIMARY KEY REFERENCES notices (id),
    acknowledged_by text NOT NULL CHECK (length(acknowledged_by) BETWEEN 1 AND 256),
    acknowledged_at timestamptz NOT NULL
);
