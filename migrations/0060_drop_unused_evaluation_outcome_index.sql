-- The nightly sweep writes one evaluation per enterprise (a million rows a night at register scale), and every index
-- on the trail is maintained for each. evaluations_outcome_idx (outcome, as_of) serves no statement the product sends:
-- the city tallies and the screening-opinion list read the latest evaluation per record (through the identity key
-- and the history index) and filter outcomes after. Dropping it cuts one index write per evaluation (issue 17).
DROP INDEX IF EXISTS evaluations_outcome_idx;
