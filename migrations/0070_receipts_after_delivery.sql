-- Issue 14 item 7: a receipt (签收) is recordable only for a notice the outbox delivered (status 'sent'), and not
-- dated before it was sent. ComplianceEngine.Data.Receipts.NoticeReceipts refuses it by name first; this trigger keeps
-- the rule for any other writer.
CREATE FUNCTION notice_receipts_after_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n record;
BEGIN
    SELECT status, sent_at INTO n FROM notices WHERE id = NEW.notice_id;
    IF n.status IS DISTINCT FROM 'sent' OR n.sent_at > NEW.acknowledged_at THEN
        RAISE EXCEPTION 'notice % has not been delivered (status %, sent at %): no receipt before delivery', NEW.notice_id, n.status, n.sent_at
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER notice_receipts_after_delivery BEFORE INSERT OR UPDATE ON notice_receipts
    FOR EACH ROW EXECUTE FUNCTION notice_receipts_after_delivery();
