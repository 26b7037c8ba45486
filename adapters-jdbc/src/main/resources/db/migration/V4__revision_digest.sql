-- Every revision saved from now on carries the SHA-256 of its canonical form (the rows vanort
-- writes for it; see se.vanort.adapters.jdbc.RevisionDigest), which loading and 'vanort db verify'
-- compare with what the rows hold now. Revisions saved before have none and are reported as
-- unverified. The record count was stored from the start (V1).
ALTER TABLE register_revision ADD content_sha256 VARCHAR(64);
