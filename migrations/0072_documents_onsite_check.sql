-- Issue 14 item 2: the recorded on-site inspection a correction decision rests on (date, inspector, outcome, facility,
-- pollutant, notes), kept with the draft so the issued text states the check actually made; null: a desk review.
ALTER TABLE documents ADD COLUMN onsite_check jsonb;
