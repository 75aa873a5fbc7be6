-- When a user last signed out everywhere (or a copy of their remember-me cookie was used): every session of
-- theirs signed in before then ends at its next request, on every instance. Keyed by the Cognito user name
-- (the internal one, not the phone number).
create table passwordless_signed_out (
	username varchar(128) primary key,
	signed_out_at bigint not null
);
