-- "Your account" lists each browser that stays signed in: what it said it is (its User-Agent, shortened) and when
-- it was first signed in. Records made before this have neither.
alter table passwordless_remember_me add column user_agent varchar(400);
alter table passwordless_remember_me add column created_at bigint;
