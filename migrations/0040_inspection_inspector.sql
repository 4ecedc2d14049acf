-- Issue 15: an inspection recorded in the web workspace names the inspector who signed in and recorded it, as every
-- issued document names its issuer. Null for inspections imported from files, which name no one.

ALTER TABLE inspections
    ADD COLUMN inspector text;
