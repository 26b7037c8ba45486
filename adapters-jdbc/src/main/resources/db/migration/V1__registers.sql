-- Registers, revision by revision. Every table of a register's records carries the register's id
-- and the revision, and a sequence number (seq) that keeps the order of the register's lists.
-- There are no foreign keys: a revision is written once, in one transaction, by code that only
-- writes whole registers, and checking a key for each of several hundred thousand rows (with a
-- row lock on register_revision for each, on PostgreSQL) halved the speed of a save.
-- Portable SQL for H2, PostgreSQL and MariaDB; ${table_options} and ${timestamp} are the only
-- dialect differences (see se.vanort.adapters.jdbc.Dialect).

CREATE TABLE register_revision (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  saved_at ${timestamp} NOT NULL,
  record_count INTEGER NOT NULL,
  perspective_municipality VARCHAR(255) NOT NULL,
  as_of DATE NOT NULL,
  PRIMARY KEY (register_id, revision)
)${table_options};

CREATE VIEW latest_revision AS
  SELECT register_id, MAX(revision) AS revision FROM register_revision GROUP BY register_id;

CREATE TABLE municipality (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  municipality_id VARCHAR(255) NOT NULL,
  name VARCHAR(2000) NOT NULL,
  country VARCHAR(2) NOT NULL,
  until_date DATE,
  merged_into VARCHAR(255),
  PRIMARY KEY (register_id, revision, seq)
)${table_options};

CREATE TABLE agreement (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  agreement_id VARCHAR(255) NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE NOT NULL,
  conference_every_years INTEGER NOT NULL,
  conference_anchor_year INTEGER NOT NULL,
  meeting_every_years INTEGER NOT NULL,
  meeting_anchor_year INTEGER NOT NULL,
  revision_every_years INTEGER NOT NULL,
  PRIMARY KEY (register_id, revision, seq)
)${table_options};

CREATE TABLE agreement_party (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  agreement_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  municipality_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (register_id, revision, agreement_seq, seq)
)${table_options};

CREATE TABLE strategy (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  strategy_id VARCHAR(255) NOT NULL,
  municipality_id VARCHAR(255) NOT NULL,
  adopted_by VARCHAR(255) NOT NULL,
  PRIMARY KEY (register_id, revision, seq)
)${table_options};

CREATE TABLE relationship (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  relation_id VARCHAR(255) NOT NULL,
  municipality_id VARCHAR(255) NOT NULL,
  partner_id VARCHAR(255) NOT NULL,
  kind VARCHAR(40) NOT NULL,
  since_year INTEGER,
  until_date DATE,
  theme VARCHAR(2000),
  channel VARCHAR(2000),
  note VARCHAR(2000),
  PRIMARY KEY (register_id, revision, seq)
)${table_options};

CREATE TABLE body (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  body_id VARCHAR(255) NOT NULL,
  kind VARCHAR(40) NOT NULL,
  name VARCHAR(2000) NOT NULL,
  municipality_id VARCHAR(255),
  parent_id VARCHAR(255),
  PRIMARY KEY (register_id, revision, seq)
)${table_options};

-- has_contact tells an empty contact (recorded, with neither e-mail nor phone) from none.
CREATE TABLE person (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  person_id VARCHAR(255) NOT NULL,
  name VARCHAR(2000),
  municipality_id VARCHAR(255) NOT NULL,
  has_contact BOOLEAN NOT NULL,
  email VARCHAR(2000),
  phone VARCHAR(2000),
  PRIMARY KEY (register_id, revision, seq)
)${table_options};

CREATE TABLE person_position (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  person_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  body_id VARCHAR(255) NOT NULL,
  role VARCHAR(40) NOT NULL,
  from_date DATE,
  until_date DATE,
  PRIMARY KEY (register_id, revision, person_seq, seq)
)${table_options};

CREATE TABLE event (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  event_id VARCHAR(255) NOT NULL,
  kind VARCHAR(40) NOT NULL,
  title VARCHAR(2000),
  start_date DATE NOT NULL,
  end_date DATE,
  host_id VARCHAR(255),
  body_id VARCHAR(255),
  partner_id VARCHAR(255),
  linked_to VARCHAR(255),
  notice_issued_by VARCHAR(255),
  agenda_set_by VARCHAR(255),
  chair_id VARCHAR(255),
  secretary_id VARCHAR(255),
  PRIMARY KEY (register_id, revision, seq)
)${table_options};

CREATE TABLE event_agenda_item (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  event_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  agenda_item VARCHAR(40) NOT NULL,
  PRIMARY KEY (register_id, revision, event_seq, seq)
)${table_options};

CREATE TABLE delegation (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  event_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  municipality_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (register_id, revision, event_seq, seq)
)${table_options};

CREATE TABLE delegation_member (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  event_seq INTEGER NOT NULL,
  delegation_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  person_id VARCHAR(255) NOT NULL,
  capacity VARCHAR(2000),
  PRIMARY KEY (register_id, revision, event_seq, delegation_seq, seq)
)${table_options};

CREATE TABLE event_participant (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  event_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  person_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (register_id, revision, event_seq, seq)
)${table_options};

CREATE TABLE event_tag (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  event_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  clause_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (register_id, revision, event_seq, seq)
)${table_options};

-- Exactly one of body_id (a decision of a municipality's body) and meeting_id (a decision taken
-- at a twin-town meeting) is set in a valid register.
CREATE TABLE decision (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  decision_id VARCHAR(255) NOT NULL,
  body_id VARCHAR(255),
  meeting_id VARCHAR(255),
  decided_on DATE NOT NULL,
  paragraph INTEGER,
  matter VARCHAR(40) NOT NULL,
  summary VARCHAR(2000),
  PRIMARY KEY (register_id, revision, seq)
)${table_options};

CREATE TABLE decision_subject (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  decision_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  record_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (register_id, revision, decision_seq, seq)
)${table_options};

CREATE TABLE follow_up (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  decision_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  followed_up_on DATE NOT NULL,
  event_id VARCHAR(255),
  note VARCHAR(2000),
  PRIMARY KEY (register_id, revision, decision_seq, seq)
)${table_options};

-- A project's optional parts are flattened: budget_amount is set when it has a budget,
-- funding_investigated_on when funding was investigated, publication_url when it was published,
-- steering_group_appointed_by when it has a steering group.
CREATE TABLE project (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  project_id VARCHAR(255) NOT NULL,
  kind VARCHAR(40) NOT NULL,
  title VARCHAR(2000) NOT NULL,
  owner_id VARCHAR(255) NOT NULL,
  partner_id VARCHAR(255),
  relation_id VARCHAR(255),
  theme VARCHAR(2000),
  period_from DATE NOT NULL,
  period_to DATE NOT NULL,
  grounded_in_child_rights BOOLEAN NOT NULL,
  budget_amount BIGINT,
  budget_within_own BOOLEAN,
  funding_investigated_on DATE,
  funding_outcome VARCHAR(2000),
  publication_url VARCHAR(2000),
  publication_date DATE,
  steering_group_appointed_by VARCHAR(255),
  peer_municipalities_sought BOOLEAN,
  PRIMARY KEY (register_id, revision, seq)
)${table_options};

CREATE TABLE project_participating_body (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  project_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  body_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (register_id, revision, project_seq, seq)
)${table_options};

CREATE TABLE project_operational_area (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  project_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  area VARCHAR(2000) NOT NULL,
  PRIMARY KEY (register_id, revision, project_seq, seq)
)${table_options};

CREATE TABLE project_financing (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  project_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  funding_source VARCHAR(40) NOT NULL,
  PRIMARY KEY (register_id, revision, project_seq, seq)
)${table_options};

CREATE TABLE funding_investigation_source (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  project_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  funding_source VARCHAR(40) NOT NULL,
  PRIMARY KEY (register_id, revision, project_seq, seq)
)${table_options};

CREATE TABLE project_participant (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  project_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  person_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (register_id, revision, project_seq, seq)
)${table_options};

CREATE TABLE steering_group_member (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  project_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  person_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (register_id, revision, project_seq, seq)
)${table_options};

CREATE TABLE consultation (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  project_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  network_id VARCHAR(255) NOT NULL,
  consulted_on DATE NOT NULL,
  subject VARCHAR(2000),
  PRIMARY KEY (register_id, revision, project_seq, seq)
)${table_options};

CREATE TABLE project_tag (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  project_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  clause_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (register_id, revision, project_seq, seq)
)${table_options};

CREATE TABLE council_report (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  committee_id VARCHAR(255) NOT NULL,
  report_year INTEGER NOT NULL,
  reported_on DATE,
  international_work_included BOOLEAN NOT NULL,
  PRIMARY KEY (register_id, revision, seq)
)${table_options};

CREATE TABLE leadership_rule (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  role VARCHAR(40) NOT NULL,
  leadership VARCHAR(40) NOT NULL,
  PRIMARY KEY (register_id, revision, seq)
)${table_options};

CREATE TABLE leadership_rule_body_kind (
  register_id VARCHAR(255) NOT NULL,
  revision INTEGER NOT NULL,
  rule_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  body_kind VARCHAR(40) NOT NULL,
  PRIMARY KEY (register_id, revision, rule_seq, seq)
)${table_options};
