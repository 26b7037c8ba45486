-- The evaluation log: every report appended with the register revision it was made from. Reports
-- are not tied to stored registers by a foreign key: a register checked from a file has none, and
-- deleting a register keeps the history of its checks.

CREATE TABLE evaluation (
  evaluation_id ${identity},
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER,
  rulebook_version VARCHAR(255) NOT NULL,
  period_from DATE NOT NULL,
  period_to DATE NOT NULL,
  as_of DATE NOT NULL,
  recorded_at ${timestamp} NOT NULL,
  PRIMARY KEY (evaluation_id)
)${table_options};

CREATE INDEX evaluation_by_register ON evaluation (register_id, evaluation_id);

CREATE TABLE finding (
  evaluation_id BIGINT NOT NULL,
  seq INTEGER NOT NULL,
  rule_id VARCHAR(255) NOT NULL,
  clause_id VARCHAR(255) NOT NULL,
  modality VARCHAR(20) NOT NULL,
  municipality_id VARCHAR(255),
  finding_year INTEGER,
  finding_date DATE,
  message_key VARCHAR(255) NOT NULL,
  PRIMARY KEY (evaluation_id, seq),
  FOREIGN KEY (evaluation_id) REFERENCES evaluation (evaluation_id) ON DELETE CASCADE
)${table_options};

CREATE INDEX finding_by_rule ON finding (rule_id, evaluation_id);

CREATE TABLE finding_subject (
  evaluation_id BIGINT NOT NULL,
  finding_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  subject VARCHAR(255) NOT NULL,
  PRIMARY KEY (evaluation_id, finding_seq, seq),
  FOREIGN KEY (evaluation_id) REFERENCES evaluation (evaluation_id) ON DELETE CASCADE
)${table_options};

CREATE TABLE finding_argument (
  evaluation_id BIGINT NOT NULL,
  finding_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  argument VARCHAR(4000) NOT NULL,
  PRIMARY KEY (evaluation_id, finding_seq, seq),
  FOREIGN KEY (evaluation_id) REFERENCES evaluation (evaluation_id) ON DELETE CASCADE
)${table_options};

CREATE TABLE clause_coverage (
  evaluation_id BIGINT NOT NULL,
  seq INTEGER NOT NULL,
  clause_id VARCHAR(255) NOT NULL,
  status VARCHAR(20) NOT NULL,
  reason VARCHAR(2000),
  tagged_activities INTEGER,
  PRIMARY KEY (evaluation_id, seq),
  FOREIGN KEY (evaluation_id) REFERENCES evaluation (evaluation_id) ON DELETE CASCADE
)${table_options};

CREATE TABLE clause_coverage_rule (
  evaluation_id BIGINT NOT NULL,
  coverage_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  rule_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (evaluation_id, coverage_seq, seq),
  FOREIGN KEY (evaluation_id) REFERENCES evaluation (evaluation_id) ON DELETE CASCADE
)${table_options};

CREATE TABLE permission (
  evaluation_id BIGINT NOT NULL,
  seq INTEGER NOT NULL,
  rule_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (evaluation_id, seq),
  FOREIGN KEY (evaluation_id) REFERENCES evaluation (evaluation_id) ON DELETE CASCADE
)${table_options};
