-- The catalogue's second round (issue 9): a party's membership period, a person's municipality
-- left to the register to resolve, the day by which a strategy's year is reported back, an event's
-- project, funding investigation and publication, and the obligation a finding reports as missed.
-- Portable SQL as in V1; ${modify_column} and ${nullable_id} are the one dialect difference here,
-- making a column nullable (ALTER COLUMN ... DROP NOT NULL on H2 and PostgreSQL, MODIFY COLUMN ...
-- VARCHAR(255) NULL on MariaDB).

-- Absent from and until: a member for the whole of the agreement's period.
ALTER TABLE agreement_party ADD COLUMN from_date DATE;
ALTER TABLE agreement_party ADD COLUMN until_date DATE;

-- Absent: the person serves the municipality of their bodies, or else the perspective's.
ALTER TABLE person ${modify_column} municipality_id ${nullable_id};

-- The day of the following year by which a year's international work is reported back to the
-- council; strategies stored before this migration get the domain's default, 30 June.
ALTER TABLE strategy ADD COLUMN report_back_month INTEGER DEFAULT 6 NOT NULL;
ALTER TABLE strategy ADD COLUMN report_back_day INTEGER DEFAULT 30 NOT NULL;

-- Flattened as on project: funding_investigated_on is set when funding was investigated,
-- publication_url when the event was published.
ALTER TABLE event ADD COLUMN project_id VARCHAR(255);
ALTER TABLE event ADD COLUMN funding_investigated_on DATE;
ALTER TABLE event ADD COLUMN funding_outcome VARCHAR(2000);
ALTER TABLE event ADD COLUMN publication_url VARCHAR(2000);
ALTER TABLE event ADD COLUMN publication_date DATE;

CREATE TABLE event_funding_investigation_source (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  event_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  funding_source VARCHAR(40) NOT NULL,
  PRIMARY KEY (register_id, revision, event_seq, seq)
)${table_options};

-- The uid of the obligation a finding reports as missed (conference-2025-VA2021), as in the
-- calendar of what is due; absent for a finding on a record.
ALTER TABLE finding ADD COLUMN obligation_uid VARCHAR(255);

-- The years of a check's period in which no agreement was in force, listed in the coverage so that
-- no finding there is never taken for compliance.
CREATE TABLE uncovered_year (
  evaluation_id BIGINT NOT NULL,
  seq INTEGER NOT NULL,
  uncovered_year INTEGER NOT NULL,
  PRIMARY KEY (evaluation_id, seq),
  FOREIGN KEY (evaluation_id) REFERENCES evaluation (evaluation_id) ON DELETE CASCADE
)${table_options};
