-- Hourly continuous-monitoring readings, the bulk of the data: partitioned by month so a year's exceedance query
-- reads twelve partitions and old months can be detached. Months are China local months (Asia/Shanghai), the
-- calendar the limits and reports speak of, so a local-month query touches exactly one partition.

-- A series is one pollutant at one facility of one enterprise. Readings refer to it by a small integer, so the
-- bulk table and its key stay narrow (12-byte key instead of three strings and a timestamp per row).
CREATE TABLE monitoring_series (
    id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enterprise_id text COLLATE "C" NOT NULL,
    facility_id   text COLLATE "C" NOT NULL,
    pollutant     text COLLATE "C" NOT NULL,
    CONSTRAINT monitoring_series_key UNIQUE (enterprise_id, facility_id, pollutant)
);

CREATE TABLE monitoring_readings (
    -- No foreign key: the importer takes series ids from monitoring_series in the same statement, and a
    -- per-row referential check would double the cost of loading ten million readings.
    series_id           integer NOT NULL,
    hour                timestamptz NOT NULL,
    concentration_mg_m3 double precision NOT NULL,
    PRIMARY KEY (series_id, hour)
) PARTITION BY RANGE (hour);

-- Rows outside every monthly partition land here rather than failing the import.
CREATE TABLE monitoring_readings_default PARTITION OF monitoring_readings DEFAULT;

-- Creates the monthly partitions covering [from_hour, to_hour]; existing ones are left alone. Called by the
-- importer before it inserts a batch. Rows already in the default partition for a new month are moved into it,
-- because PostgreSQL refuses to attach a partition whose range the default partition still holds.
CREATE FUNCTION ensure_monitoring_partitions(from_hour timestamptz, to_hour timestamptz)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    month_start timestamp := date_trunc('month', from_hour AT TIME ZONE 'Asia/Shanghai');
    last_month  timestamp := date_trunc('month', to_hour AT TIME ZONE 'Asia/Shanghai');
    lower_bound timestamptz;
    upper_bound timestamptz;
    part_name   text;
    created     integer := 0;
BEGIN
    IF from_hour IS NULL OR to_hour IS NULL THEN
        RETURN 0;
    END IF;
    -- Two imports may reach the same new month at once; one creates it, the other then finds it.
    PERFORM pg_advisory_xact_lock(hashtext('monitoring_readings partitions'));
    WHILE month_start <= last_month LOOP
        part_name := format('monitoring_readings_%s', to_char(month_start, 'YYYY_MM'));
        IF to_regclass(part_name) IS NULL THEN
            lower_bound := month_start AT TIME ZONE 'Asia/Shanghai';
            upper_bound := (month_start + interval '1 month') AT TIME ZONE 'Asia/Shanghai';
            EXECUTE format('CREATE TABLE %I (LIKE monitoring_readings INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', part_name);
            EXECUTE format(
                'WITH moved AS (DELETE FROM monitoring_readings_default WHERE hour >= %L AND hour < %L RETURNING *) INSERT INTO %I SELECT * FROM moved',
                lower_bound, upper_bound, part_name);
            EXECUTE format('ALTER TABLE monitoring_readings ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
                part_name, lower_bound, upper_bound);
            created := created + 1;
        END IF;
        month_start := month_start + interval '1 month';
    END LOOP;
    RETURN created;
END;
$fn$;
