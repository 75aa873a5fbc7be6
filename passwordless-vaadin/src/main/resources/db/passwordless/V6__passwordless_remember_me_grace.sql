-- A browser can send two requests with one "stay signed in" cookie at once (a page's poll and a reload, tabs
-- restored together): the first rotates the token, the second arrives with the token it replaced before the browser
-- has the new cookie. The token a rotation replaced, and when, so that it is honoured for a short grace period
-- instead of being taken for a copied cookie.
alter table passwordless_remember_me add column previous_token_hash varchar(64);
alter table passwordless_remember_me add column rotated_at bigint;
