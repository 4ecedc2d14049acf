-- Issue 14 item 1: a signed instrument's party and contact elements the register does not hold (legal representative,
-- address, builder, project code, telephone, ...) are filled by the officer on the draft before it is issued; each
-- value is kept with who filled it, as what role and when: {"legalRepresentative": {"value", "by", "role", "at"}}.
-- Issuing renders from the stored record with these laid over it, and is refused while a required element is blank.
ALTER TABLE documents ADD COLUMN filled_elements jsonb NOT NULL DEFAULT '{}'::jsonb;
