-- Scheduled jobs run on one instance of a cluster at a time (issue #9): ShedLock's table, one row
-- per job, taken until lock_until by the instance named in locked_by (its host name). With time
-- zones, so that instances whose JVMs run in different zones compare the same instants.
CREATE TABLE platform_job_lock (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    locked_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);
