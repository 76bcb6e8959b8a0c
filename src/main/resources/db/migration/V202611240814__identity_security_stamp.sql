-- A number that changes whenever an account's access changes (roles, password, second factor, deactivation). A session
-- keeps the number of its login; a session whose number is no longer the account's is ended at its next request, on
-- every node, because the number is read from the database.
alter table account add column security_stamp integer not null default 0;
