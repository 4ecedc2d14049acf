-- Delivery leases (issue 10 item 6). A drainer claims a batch of due notices in one short transaction by setting
-- claimed_until and claimed_by, sends them with no transaction open, and marks each sent or failed in another. A
-- drainer that dies leaves its lease to expire; the notices are then claimable again (delivery is at least once, and
-- the webhook's Idempotency-Key lets the receiver drop a resend). Marking checks claimed_by, so a notice is marked
-- once even when an expired lease was taken over.
ALTER TABLE notices
    ADD COLUMN claimed_until timestamptz,
    ADD COLUMN claimed_by    text;
