-- The trail's large jsonb values (findings, record snapshots) are compressed when stored out of line (TOAST). lz4
-- costs a fraction of the CPU of the default pglz at a similar size, and the nightly sweep writes one of each per
-- enterprise. Only where the server was built with lz4 (PostgreSQL 14+, as Debian's is); elsewhere pglz stays.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        ALTER TABLE evaluations ALTER COLUMN findings SET COMPRESSION lz4;
        ALTER TABLE evaluations ALTER COLUMN errors SET COMPRESSION lz4;
        ALTER TABLE record_snapshots ALTER COLUMN record SET COMPRESSION lz4;
    END IF;
END
$$;
