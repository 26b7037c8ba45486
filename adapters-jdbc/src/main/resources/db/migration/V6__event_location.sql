-- Where an event was held, as the minutes name it (a town or a venue); absent for events stored
-- before. Left out of a revision's digest when NULL, so revisions stored before keep theirs.
ALTER TABLE event ADD COLUMN location VARCHAR(2000);
