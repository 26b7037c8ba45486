-- Typed findings (issue 10): a finding's subjects are references to records (kind, id, and the name
-- the register recorded), and its facts are named and typed (fact_name, fact_type, one row per value
-- in finding_fact_value) instead of positional, pre-formatted arguments. The texts name the facts
-- ({year}, {conference}), so reordering a text's words can never change what a stored finding means.
--
-- History written before this migration is carried over: each old argument becomes the fact that
-- its position meant for the finding's message key (v5_placeholder below, written from the texts of
-- rulebook 0.x), typed where the old text is exact (years, numbers, ISO dates, single ids) and kept
-- as TEXT where it was a list or a name already formatted; a dash (—, "not recorded") becomes
-- NOT_RECORDED, and a fact the old texts did not have becomes NOT_RECORDED too. The arguments of a
-- key the table does not know are kept as the TEXT facts "argument<n>". Old subjects keep their ids with
-- the kind RECORD (the old rows do not say which kind). Portable SQL for H2, PostgreSQL and MariaDB.

ALTER TABLE finding_subject ADD COLUMN record_kind VARCHAR(20) DEFAULT 'RECORD' NOT NULL;
ALTER TABLE finding_subject ADD COLUMN record_name VARCHAR(2000);
ALTER TABLE finding_subject ADD COLUMN record_role VARCHAR(40);
ALTER TABLE finding ADD COLUMN municipality_name VARCHAR(2000);

CREATE TABLE finding_fact (
  evaluation_id BIGINT NOT NULL,
  finding_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  fact_name VARCHAR(100) NOT NULL,
  fact_type VARCHAR(20) NOT NULL,
  vocabulary VARCHAR(40),
  PRIMARY KEY (evaluation_id, finding_seq, seq),
  FOREIGN KEY (evaluation_id) REFERENCES evaluation (evaluation_id) ON DELETE CASCADE
)${table_options};

CREATE TABLE finding_fact_value (
  evaluation_id BIGINT NOT NULL,
  finding_seq INTEGER NOT NULL,
  fact_seq INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  fact_value VARCHAR(4000) NOT NULL,
  record_kind VARCHAR(20),
  record_name VARCHAR(2000),
  record_role VARCHAR(40),
  PRIMARY KEY (evaluation_id, finding_seq, fact_seq, seq),
  FOREIGN KEY (evaluation_id) REFERENCES evaluation (evaluation_id) ON DELETE CASCADE
)${table_options};

-- What each old position meant: the fact's name and type, the kind of record an id points at, and
-- the position that held the record's name where the old texts carried it (a project's title).
CREATE TABLE v5_placeholder (
  message_key VARCHAR(255) NOT NULL,
  arg_seq INTEGER,
  fact_seq INTEGER NOT NULL,
  fact_name VARCHAR(100) NOT NULL,
  fact_type VARCHAR(20) NOT NULL,
  record_kind VARCHAR(20),
  name_seq INTEGER,
  PRIMARY KEY (message_key, fact_seq)
)${table_options};

INSERT INTO v5_placeholder (message_key, arg_seq, fact_seq, fact_name, fact_type, record_kind, name_seq) VALUES
  ('va.conference-every-second-year', 0, 0, 'year', 'YEAR', NULL, NULL),
  ('va.conference-every-second-year', 1, 1, 'agreement', 'REF', 'AGREEMENT', NULL),
  ('va.conference-every-second-year', 2, 2, 'years', 'TEXT', NULL, NULL),
  ('va.conference-every-second-year', 3, 3, 'every', 'NUMBER', NULL, NULL),
  ('va.conference-every-second-year', 4, 4, 'anchor', 'YEAR', NULL, NULL),
  ('va.conference-every-second-year', 5, 5, 'recorded', 'TEXT', NULL, NULL),
  ('va.contact-register-kept', 0, 0, 'secretary', 'TEXT', NULL, NULL),
  ('va.contact-register-kept', 1, 1, 'municipality', 'REF', 'MUNICIPALITY', NULL),
  ('va.contact-register-kept', 2, 2, 'date', 'DATE', NULL, NULL),
  ('va.coordinator-is-next-host-secretary', 0, 0, 'meeting', 'REF', 'EVENT', NULL),
  ('va.coordinator-is-next-host-secretary', 1, 1, 'date', 'DATE', NULL, NULL),
  ('va.coordinator-is-next-host-secretary', 2, 2, 'nextMeeting', 'REF', 'EVENT', NULL),
  ('va.coordinator-is-next-host-secretary', 3, 3, 'host', 'REF', 'MUNICIPALITY', NULL),
  ('va.coordinator-is-next-host-secretary', 4, 4, 'chair', 'REF', 'PERSON', NULL),
  ('va.coordinator-is-next-host-secretary', 5, 5, 'chairMunicipality', 'REF', 'MUNICIPALITY', NULL),
  ('va.coordinator-is-next-host-secretary.unrecorded', 0, 0, 'meeting', 'REF', 'EVENT', NULL),
  ('va.coordinator-is-next-host-secretary.unrecorded', 1, 1, 'date', 'DATE', NULL, NULL),
  ('va.coordinator-is-next-host-secretary.unrecorded', 2, 2, 'nextMeeting', 'REF', 'EVENT', NULL),
  ('va.coordinator-is-next-host-secretary.unrecorded', 3, 3, 'host', 'REF', 'MUNICIPALITY', NULL),
  ('va.coordinator-is-next-host-secretary.unrecorded', 4, 4, 'chair', 'REF', 'PERSON', NULL),
  ('va.coordinator-is-next-host-secretary.unrecorded', 5, 5, 'chairMunicipality', 'REF', 'MUNICIPALITY', NULL),
  ('va.decisions-followed-up', 0, 0, 'decision', 'REF', 'DECISION', NULL),
  ('va.decisions-followed-up', 1, 1, 'decisionDate', 'DATE', NULL, NULL),
  ('va.decisions-followed-up', 2, 2, 'meeting', 'REF', 'EVENT', NULL),
  ('va.decisions-followed-up', 3, 3, 'nextMeeting', 'REF', 'EVENT', NULL),
  ('va.decisions-followed-up', 4, 4, 'nextDate', 'DATE', NULL, NULL),
  ('va.decisions-followed-up', 5, 5, 'followUps', 'TEXT', NULL, NULL),
  ('va.delegation-has-leadership.administrative', 0, 0, 'event', 'REF', 'EVENT', NULL),
  ('va.delegation-has-leadership.administrative', 1, 1, 'date', 'DATE', NULL, NULL),
  ('va.delegation-has-leadership.administrative', 2, 2, 'municipality', 'REF', 'MUNICIPALITY', NULL),
  ('va.delegation-has-leadership.administrative', 3, 3, 'members', 'TEXT', NULL, NULL),
  ('va.delegation-has-leadership.political', 0, 0, 'event', 'REF', 'EVENT', NULL),
  ('va.delegation-has-leadership.political', 1, 1, 'date', 'DATE', NULL, NULL),
  ('va.delegation-has-leadership.political', 2, 2, 'municipality', 'REF', 'MUNICIPALITY', NULL),
  ('va.delegation-has-leadership.political', 3, 3, 'members', 'TEXT', NULL, NULL),
  ('va.development-exchange', 0, 0, 'event', 'REF', 'EVENT', NULL),
  ('va.development-exchange', 1, 1, 'date', 'DATE', NULL, NULL),
  ('va.development-exchange', 2, 2, 'host', 'REF', 'MUNICIPALITY', NULL),
  ('va.development-exchange', 3, 3, 'agenda', 'TEXT', NULL, NULL),
  ('va.host-runs-meeting.agenda', 0, 0, 'meeting', 'REF', 'EVENT', NULL),
  ('va.host-runs-meeting.agenda', 1, 1, 'date', 'DATE', NULL, NULL),
  ('va.host-runs-meeting.agenda', 2, 2, 'host', 'REF', 'MUNICIPALITY', NULL),
  ('va.host-runs-meeting.agenda', 3, 3, 'by', 'REF', 'MUNICIPALITY', NULL),
  ('va.host-runs-meeting.chair', 0, 0, 'meeting', 'REF', 'EVENT', NULL),
  ('va.host-runs-meeting.chair', 1, 1, 'date', 'DATE', NULL, NULL),
  ('va.host-runs-meeting.chair', 2, 2, 'host', 'REF', 'MUNICIPALITY', NULL),
  ('va.host-runs-meeting.chair', 3, 3, 'person', 'REF', 'PERSON', NULL),
  ('va.host-runs-meeting.chair', 4, 4, 'personMunicipality', 'REF', 'MUNICIPALITY', NULL),
  ('va.host-runs-meeting.host', 0, 0, 'meeting', 'REF', 'EVENT', NULL),
  ('va.host-runs-meeting.host', 1, 1, 'date', 'DATE', NULL, NULL),
  ('va.host-runs-meeting.host', 2, 2, 'host', 'REF', 'MUNICIPALITY', NULL),
  ('va.host-runs-meeting.notice', 0, 0, 'meeting', 'REF', 'EVENT', NULL),
  ('va.host-runs-meeting.notice', 1, 1, 'date', 'DATE', NULL, NULL),
  ('va.host-runs-meeting.notice', 2, 2, 'host', 'REF', 'MUNICIPALITY', NULL),
  ('va.host-runs-meeting.notice', 3, 3, 'by', 'REF', 'MUNICIPALITY', NULL),
  ('va.host-runs-meeting.secretary', 0, 0, 'meeting', 'REF', 'EVENT', NULL),
  ('va.host-runs-meeting.secretary', 1, 1, 'date', 'DATE', NULL, NULL),
  ('va.host-runs-meeting.secretary', 2, 2, 'host', 'REF', 'MUNICIPALITY', NULL),
  ('va.host-runs-meeting.secretary', 3, 3, 'person', 'REF', 'PERSON', NULL),
  ('va.host-runs-meeting.secretary', 4, 4, 'personMunicipality', 'REF', 'MUNICIPALITY', NULL),
  ('va.meeting-evaluates-activity-plan', 0, 0, 'event', 'REF', 'EVENT', NULL),
  ('va.meeting-evaluates-activity-plan', 1, 1, 'date', 'DATE', NULL, NULL),
  ('va.meeting-evaluates-activity-plan', 2, 2, 'host', 'REF', 'MUNICIPALITY', NULL),
  ('va.meeting-evaluates-activity-plan', 3, 3, 'agenda', 'TEXT', NULL, NULL),
  ('va.meeting-every-second-year', 0, 0, 'year', 'YEAR', NULL, NULL),
  ('va.meeting-every-second-year', 1, 1, 'agreement', 'REF', 'AGREEMENT', NULL),
  ('va.meeting-every-second-year', 2, 2, 'years', 'TEXT', NULL, NULL),
  ('va.meeting-every-second-year', 3, 3, 'every', 'NUMBER', NULL, NULL),
  ('va.meeting-every-second-year', 4, 4, 'anchor', 'YEAR', NULL, NULL),
  ('va.meeting-every-second-year', 5, 5, 'recorded', 'TEXT', NULL, NULL),
  ('va.norden-meeting-at-conference', 0, 0, 'event', 'REF', 'EVENT', NULL),
  ('va.norden-meeting-at-conference', 1, 1, 'date', 'DATE', NULL, NULL),
  ('va.norden-meeting-at-conference', 2, 2, 'host', 'REF', 'MUNICIPALITY', NULL),
  ('va.norden-meeting-at-conference', 3, 3, 'agenda', 'TEXT', NULL, NULL),
  ('va.revision-at-conference', 0, 0, 'year', 'YEAR', NULL, NULL),
  ('va.revision-at-conference', 1, 1, 'agreement', 'REF', 'AGREEMENT', NULL),
  ('va.revision-at-conference', 2, 2, 'since', 'YEAR', NULL, NULL),
  ('va.revision-at-conference', 3, 3, 'every', 'NUMBER', NULL, NULL),
  ('va.revision-at-conference', 4, 4, 'conferences', 'TEXT', NULL, NULL),
  ('va.revision-at-conference.conference', 0, 0, 'year', 'YEAR', NULL, NULL),
  ('va.revision-at-conference.conference', 1, 1, 'agreement', 'REF', 'AGREEMENT', NULL),
  ('va.revision-at-conference.conference', 2, 2, 'since', 'YEAR', NULL, NULL),
  ('va.revision-at-conference.conference', 3, 3, 'every', 'NUMBER', NULL, NULL),
  ('va.revision-at-conference.conference', 4, 4, 'conferences', 'TEXT', NULL, NULL),
  ('va.revision-at-conference.decision', 0, 0, 'year', 'YEAR', NULL, NULL),
  ('va.revision-at-conference.decision', 1, 1, 'agreement', 'REF', 'AGREEMENT', NULL),
  ('va.revision-at-conference.decision', 2, 2, 'since', 'YEAR', NULL, NULL),
  ('va.revision-at-conference.decision', 3, 3, 'every', 'NUMBER', NULL, NULL),
  ('va.revision-at-conference.decision', 4, 4, 'conferences', 'TEXT', NULL, NULL),
  ('va.revision-at-conference.decision', 5, 5, 'decision', 'REF', 'DECISION', NULL),
  ('va.revision-at-conference.decision', 6, 6, 'decisionDate', 'DATE', NULL, NULL),
  ('va.secretaries-meet-yearly', 0, 0, 'year', 'YEAR', NULL, NULL),
  ('va.secretaries-meet-yearly', 1, 1, 'agreement', 'REF', 'AGREEMENT', NULL),
  ('va.secretaries-meet-yearly', 2, 2, 'municipality', 'REF', 'MUNICIPALITY', 3),
  ('va.secretaries-meet-yearly', 4, 4, 'meetings', 'TEXT', NULL, NULL),
  ('va.secretaries-meet-yearly', NULL, 100, 'participants', 'NOT_RECORDED', NULL, NULL),
  ('va.secretary-appointed', 0, 0, 'municipality', 'REF', 'MUNICIPALITY', NULL),
  ('va.secretary-appointed', 1, 1, 'from', 'DATE', NULL, NULL),
  ('va.secretary-appointed', 2, 2, 'to', 'DATE', NULL, NULL),
  ('va.secretary-appointed', 3, 3, 'agreement', 'REF', 'AGREEMENT', NULL),
  ('va.secretary-appointed', 4, 4, 'before', 'TEXT', NULL, NULL),
  ('va.secretary-appointed', 5, 5, 'after', 'TEXT', NULL, NULL),
  ('va.youth-camp-with-conference', 0, 0, 'year', 'YEAR', NULL, NULL),
  ('va.youth-camp-with-conference', 1, 1, 'agreement', 'REF', 'AGREEMENT', NULL),
  ('va.youth-camp-with-conference', 2, 2, 'conferences', 'TEXT', NULL, NULL),
  ('va.youth-camp-with-conference', 3, 3, 'camps', 'TEXT', NULL, NULL),
  ('va.youth-camp-with-conference.unlinked', 0, 0, 'year', 'YEAR', NULL, NULL),
  ('va.youth-camp-with-conference.unlinked', 1, 1, 'agreement', 'REF', 'AGREEMENT', NULL),
  ('va.youth-camp-with-conference.unlinked', 2, 2, 'conferences', 'TEXT', NULL, NULL),
  ('va.youth-camp-with-conference.unlinked', 3, 3, 'camps', 'TEXT', NULL, NULL),
  ('vis.chair-represents', 0, 0, 'event', 'REF', 'EVENT', 2),
  ('vis.chair-represents', 1, 1, 'date', 'DATE', NULL, NULL),
  ('vis.committee-owns-project', 0, 0, 'project', 'REF', 'PROJECT', 1),
  ('vis.committee-owns-project', 2, 2, 'committee', 'TEXT', NULL, NULL),
  ('vis.committee-owns-project', 3, 3, 'deciders', 'TEXT', NULL, NULL),
  ('vis.committee-owns-project.undecided', 0, 0, 'project', 'REF', 'PROJECT', 1),
  ('vis.committee-owns-project.undecided', 2, 2, 'committee', 'TEXT', NULL, NULL),
  ('vis.coordinator-in-regional-network', 0, 0, 'year', 'YEAR', NULL, NULL),
  ('vis.coordinator-in-regional-network', 1, 1, 'meetings', 'NUMBER', NULL, NULL),
  ('vis.cross-committee-cooperation', 0, 0, 'period', 'TEXT', NULL, NULL),
  ('vis.cross-committee-cooperation', 1, 1, 'projects', 'NUMBER', NULL, NULL),
  ('vis.delegation-elected-with-official', 0, 0, 'event', 'REF', 'EVENT', 2),
  ('vis.delegation-elected-with-official', 1, 1, 'date', 'DATE', NULL, NULL),
  ('vis.delegation-elected-with-official.official', 0, 0, 'event', 'REF', 'EVENT', 2),
  ('vis.delegation-elected-with-official.official', 1, 1, 'date', 'DATE', NULL, NULL),
  ('vis.delegation-elected-with-official.same-person', 0, 0, 'event', 'REF', 'EVENT', 2),
  ('vis.delegation-elected-with-official.same-person', 1, 1, 'date', 'DATE', NULL, NULL),
  ('vis.executive-board-coordinates', 0, 0, 'date', 'DATE', NULL, NULL),
  ('vis.executive-board-coordinates', 1, 1, 'boards', 'TEXT', NULL, NULL),
  ('vis.executive-board-coordinates.board', 0, 0, 'date', 'DATE', NULL, NULL),
  ('vis.executive-board-coordinates.board', 1, 1, 'municipality', 'TEXT', NULL, NULL),
  ('vis.external-funding-investigated', 0, 0, 'activity', 'REF', 'RECORD', 1),
  ('vis.external-funding-investigated', 2, 2, 'deadline', 'DATE', NULL, NULL),
  ('vis.external-funding-investigated', 3, 3, 'recorded', 'DATE', NULL, NULL),
  ('vis.external-funding-investigated.late', 0, 0, 'activity', 'REF', 'RECORD', 1),
  ('vis.external-funding-investigated.late', 2, 2, 'deadline', 'DATE', NULL, NULL),
  ('vis.external-funding-investigated.late', 3, 3, 'recorded', 'DATE', NULL, NULL),
  ('vis.international-in-every-administration', 0, 0, 'administration', 'TEXT', NULL, NULL),
  ('vis.international-in-every-administration', 1, 1, 'period', 'TEXT', NULL, NULL),
  ('vis.international-work-reported', 0, 0, 'committee', 'TEXT', NULL, NULL),
  ('vis.international-work-reported', 1, 1, 'year', 'YEAR', NULL, NULL),
  ('vis.international-work-reported', 2, 2, 'deadline', 'DATE', NULL, NULL),
  ('vis.international-work-reported.late', 0, 0, 'committee', 'TEXT', NULL, NULL),
  ('vis.international-work-reported.late', 1, 1, 'year', 'YEAR', NULL, NULL),
  ('vis.international-work-reported.late', 2, 2, 'deadline', 'DATE', NULL, NULL),
  ('vis.international-work-reported.not-included', 0, 0, 'committee', 'TEXT', NULL, NULL),
  ('vis.international-work-reported.not-included', 1, 1, 'year', 'YEAR', NULL, NULL),
  ('vis.international-work-reported.not-included', 2, 2, 'deadline', 'DATE', NULL, NULL),
  ('vis.joniskis-broad-exchange', 0, 0, 'partners', 'TEXT', NULL, NULL),
  ('vis.joniskis-broad-exchange', 1, 1, 'areaCount', 'NUMBER', NULL, NULL),
  ('vis.joniskis-broad-exchange', 2, 2, 'areas', 'TEXT', NULL, NULL),
  ('vis.joniskis-broad-exchange', 3, 3, 'period', 'TEXT', NULL, NULL),
  ('vis.joniskis-broad-exchange.none', 0, 0, 'partners', 'TEXT', NULL, NULL),
  ('vis.joniskis-broad-exchange.none', 1, 1, 'areaCount', 'NUMBER', NULL, NULL),
  ('vis.joniskis-broad-exchange.none', 2, 2, 'areas', 'TEXT', NULL, NULL),
  ('vis.joniskis-broad-exchange.none', 3, 3, 'period', 'TEXT', NULL, NULL),
  ('vis.mixed-levels', 0, 0, 'project', 'REF', 'PROJECT', 1),
  ('vis.mixed-levels', 2, 2, 'elected', 'NUMBER', NULL, NULL),
  ('vis.mixed-levels', 3, 3, 'officials', 'NUMBER', NULL, NULL),
  ('vis.mukono-external-funding', 0, 0, 'project', 'REF', 'PROJECT', 1),
  ('vis.mukono-external-funding', 2, 2, 'partners', 'TEXT', NULL, NULL),
  ('vis.mukono-external-funding', NULL, 100, 'financing', 'NOT_RECORDED', NULL, NULL),
  ('vis.mukono-external-funding.child-rights', 0, 0, 'project', 'REF', 'PROJECT', 1),
  ('vis.mukono-external-funding.child-rights', 2, 2, 'partners', 'TEXT', NULL, NULL),
  ('vis.mukono-external-funding.child-rights', NULL, 100, 'financing', 'NOT_RECORDED', NULL, NULL),
  ('vis.mukono-external-funding.no-financing', 0, 0, 'project', 'REF', 'PROJECT', 1),
  ('vis.mukono-external-funding.no-financing', 2, 2, 'partners', 'TEXT', NULL, NULL),
  ('vis.mukono-external-funding.no-financing', NULL, 100, 'financing', 'NOT_RECORDED', NULL, NULL),
  ('vis.network-constituted', 0, 0, 'date', 'DATE', NULL, NULL),
  ('vis.network-constituted.administrations', 0, 0, 'network', 'TEXT', NULL, NULL),
  ('vis.network-constituted.administrations', 1, 1, 'date', 'DATE', NULL, NULL),
  ('vis.network-constituted.administrations', 2, 2, 'administrations', 'TEXT', NULL, NULL),
  ('vis.network-constituted.chair', 0, 0, 'network', 'TEXT', NULL, NULL),
  ('vis.network-constituted.chair', 1, 1, 'date', 'DATE', NULL, NULL),
  ('vis.network-constituted.chair', 2, 2, 'administrations', 'TEXT', NULL, NULL),
  ('vis.network-constituted.council', 0, 0, 'network', 'TEXT', NULL, NULL),
  ('vis.network-constituted.council', 1, 1, 'date', 'DATE', NULL, NULL),
  ('vis.network-constituted.council', 2, 2, 'administrations', 'TEXT', NULL, NULL),
  ('vis.network-consulted-first', 0, 0, 'project', 'REF', 'PROJECT', 1),
  ('vis.network-consulted-first', 2, 2, 'date', 'DATE', NULL, NULL),
  ('vis.network-meets-twice-yearly', 0, 0, 'year', 'YEAR', NULL, NULL),
  ('vis.network-meets-twice-yearly', 1, 1, 'held', 'NUMBER', NULL, NULL),
  ('vis.network-meets-twice-yearly', 2, 2, 'nth', 'NUMBER', NULL, NULL),
  ('vis.new-twin-town-by-council', 0, 0, 'decision', 'REF', 'DECISION', NULL),
  ('vis.new-twin-town-by-council', 1, 1, 'date', 'DATE', NULL, NULL),
  ('vis.new-twin-town-by-council', 2, 2, 'decider', 'TEXT', NULL, NULL),
  ('vis.new-twin-town-by-council.undecided', 0, 0, 'relation', 'REF', 'RELATION', NULL),
  ('vis.new-twin-town-by-council.undecided', 1, 1, 'partner', 'TEXT', NULL, NULL),
  ('vis.new-twin-town-by-council.undecided', 2, 2, 'year', 'YEAR', NULL, NULL),
  ('vis.nordic-meeting-every-second-year', 0, 0, 'year', 'YEAR', NULL, NULL),
  ('vis.nordic-meeting-every-second-year', 1, 1, 'conferences', 'TEXT', NULL, NULL),
  ('vis.nordic-meeting-every-second-year.delegation', 0, 0, 'year', 'YEAR', NULL, NULL),
  ('vis.nordic-meeting-every-second-year.delegation', 1, 1, 'conferences', 'TEXT', NULL, NULL),
  ('vis.partnership-decided-by-board', 0, 0, 'decision', 'REF', 'DECISION', NULL),
  ('vis.partnership-decided-by-board', 1, 1, 'date', 'DATE', NULL, NULL),
  ('vis.partnership-decided-by-board', 2, 2, 'decider', 'TEXT', NULL, NULL),
  ('vis.prefer-partnership', 0, 0, 'decision', 'REF', 'DECISION', NULL),
  ('vis.prefer-partnership', 1, 1, 'date', 'DATE', NULL, NULL),
  ('vis.prefer-partnership', 2, 2, 'decider', 'TEXT', NULL, NULL),
  ('vis.prefer-partnership.relation', 0, 0, 'relation', 'REF', 'RELATION', NULL),
  ('vis.prefer-partnership.relation', 1, 1, 'partner', 'TEXT', NULL, NULL),
  ('vis.prefer-partnership.twin-town', 0, 0, 'relation', 'REF', 'RELATION', NULL),
  ('vis.prefer-partnership.twin-town', 1, 1, 'partner', 'TEXT', NULL, NULL),
  ('vis.prefer-partnership.twin-town', 2, 2, 'year', 'YEAR', NULL, NULL),
  ('vis.projects-published', 0, 0, 'activity', 'REF', 'RECORD', 1),
  ('vis.projects-published', 2, 2, 'deadline', 'DATE', NULL, NULL),
  ('vis.projects-published', 3, 3, 'recorded', 'DATE', NULL, NULL),
  ('vis.projects-published.late', 0, 0, 'activity', 'REF', 'RECORD', 1),
  ('vis.projects-published.late', 2, 2, 'deadline', 'DATE', NULL, NULL),
  ('vis.projects-published.late', 3, 3, 'recorded', 'DATE', NULL, NULL),
  ('vis.school-exchange-decision', 0, 0, 'project', 'REF', 'PROJECT', 1),
  ('vis.school-exchange-decision', 2, 2, 'owner', 'TEXT', NULL, NULL),
  ('vis.school-exchange-decision.over-budget', 0, 0, 'project', 'REF', 'PROJECT', 1),
  ('vis.school-exchange-decision.over-budget', 2, 2, 'owner', 'TEXT', NULL, NULL),
  ('vis.seek-peer-municipalities', 0, 0, 'project', 'REF', 'PROJECT', 1),
  ('vis.seek-peer-municipalities', 2, 2, 'date', 'DATE', NULL, NULL),
  ('vis.seek-peer-municipalities.not-sought', 0, 0, 'project', 'REF', 'PROJECT', 1),
  ('vis.seek-peer-municipalities.not-sought', 2, 2, 'date', 'DATE', NULL, NULL),
  ('vis.steering-group-by-board', 0, 0, 'decision', 'REF', 'DECISION', NULL),
  ('vis.steering-group-by-board', 1, 1, 'date', 'DATE', NULL, NULL),
  ('vis.steering-group-by-board', 2, 2, 'decider', 'TEXT', NULL, NULL),
  ('vis.strategy-revised-each-term', 0, 0, 'term', 'TEXT', NULL, NULL),
  ('vis.strategy-revised-each-term', 1, 1, 'from', 'DATE', NULL, NULL),
  ('vis.strategy-revised-each-term', 2, 2, 'to', 'DATE', NULL, NULL),
  ('vis.strategy-revised-each-term', 3, 3, 'strategy', 'REF', 'STRATEGY', NULL);

INSERT INTO finding_fact (evaluation_id, finding_seq, seq, fact_name, fact_type, vocabulary)
SELECT a.evaluation_id, a.finding_seq, p.fact_seq, p.fact_name,
    CASE WHEN a.argument = '—' THEN 'NOT_RECORDED' ELSE p.fact_type END, NULL
  FROM finding_argument a
  JOIN finding f ON f.evaluation_id = a.evaluation_id AND f.seq = a.finding_seq
  JOIN v5_placeholder p ON p.message_key = f.message_key AND p.arg_seq = a.seq;

INSERT INTO finding_fact_value (evaluation_id, finding_seq, fact_seq, seq, fact_value, record_kind, record_name)
SELECT a.evaluation_id, a.finding_seq, p.fact_seq, 0, a.argument, p.record_kind, n.argument
  FROM finding_argument a
  JOIN finding f ON f.evaluation_id = a.evaluation_id AND f.seq = a.finding_seq
  JOIN v5_placeholder p ON p.message_key = f.message_key AND p.arg_seq = a.seq
  LEFT JOIN finding_argument n ON n.evaluation_id = a.evaluation_id AND n.finding_seq = a.finding_seq
    AND n.seq = p.name_seq
  WHERE a.argument <> '—';

-- The facts the new texts name that the old rows never had.
INSERT INTO finding_fact (evaluation_id, finding_seq, seq, fact_name, fact_type, vocabulary)
SELECT f.evaluation_id, f.seq, p.fact_seq, p.fact_name, 'NOT_RECORDED', NULL
  FROM finding f
  JOIN v5_placeholder p ON p.message_key = f.message_key AND p.arg_seq IS NULL;

-- The arguments of a key this version does not know: kept, as text, by position. (Of a known key,
-- the positions not mapped held a record's name, now carried by its reference, or repeated another.)
INSERT INTO finding_fact (evaluation_id, finding_seq, seq, fact_name, fact_type, vocabulary)
SELECT a.evaluation_id, a.finding_seq, 1000 + a.seq, CONCAT('argument', a.seq), 'TEXT', NULL
  FROM finding_argument a
  JOIN finding f ON f.evaluation_id = a.evaluation_id AND f.seq = a.finding_seq
  WHERE NOT EXISTS (SELECT 1 FROM v5_placeholder p WHERE p.message_key = f.message_key);

INSERT INTO finding_fact_value (evaluation_id, finding_seq, fact_seq, seq, fact_value, record_kind, record_name)
SELECT a.evaluation_id, a.finding_seq, 1000 + a.seq, 0, a.argument, NULL, NULL
  FROM finding_argument a
  JOIN finding f ON f.evaluation_id = a.evaluation_id AND f.seq = a.finding_seq
  WHERE NOT EXISTS (SELECT 1 FROM v5_placeholder p WHERE p.message_key = f.message_key);

DROP TABLE v5_placeholder;
DROP TABLE finding_argument;
