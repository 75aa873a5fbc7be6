-- The sign-in's own state, shared by every instance of the app. Times are epoch milliseconds (the same in H2 and
-- PostgreSQL, no time zones). Keys are keyed hashes: no phone number or client address is stored as such.

-- per-number and per-address send histories (SendLimits' compare-and-set by version)
create table passwordless_send_history (
	history_key varchar(128) not null primary key,
	version bigint not null,
	sent_at varchar(4000) not null,
	expires_at bigint not null
);
create index passwordless_send_history_expires on passwordless_send_history (expires_at);

-- counters that may grow up to a limit (code checks per number and per address, per time window)
create table passwordless_counter (
	counter_key varchar(160) not null primary key,
	counter_value bigint not null,
	expires_at bigint not null
);
create index passwordless_counter_expires on passwordless_counter (expires_at);

-- "stay signed in": Spring Security's persistent remember-me records (series + token), the token kept as its
-- SHA-256 only, with the Cognito refresh token encrypted (AES-GCM) under passwordless.remember-me.key
create table passwordless_remember_me (
	series varchar(64) not null primary key,
	username varchar(128) not null,
	token_hash varchar(64) not null,
	last_used bigint not null,
	expires_at bigint not null,
	refresh_token varchar(8000) not null
);
create index passwordless_remember_me_username on passwordless_remember_me (username);
create index passwordless_remember_me_expires on passwordless_remember_me (expires_at);
