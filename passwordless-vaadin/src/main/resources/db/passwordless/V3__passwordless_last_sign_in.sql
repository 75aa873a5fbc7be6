-- When each user last signed in (by code or restored from "stay signed in"): an account
-- idle for longer than carriers wait before giving a number to someone else is not
-- entered without the person confirming it is theirs.
create table passwordless_last_sign_in (
	username varchar(128) primary key,
	signed_in_at bigint not null
);
