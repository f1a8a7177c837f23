-- Bearer tokens for the REST API. Only a SHA-256 of each token is stored, never the token itself.
create table api_token (
    token_hash varchar(64) not null primary key,
    username   varchar(40) not null,
    issued_at  timestamp   not null,
    expires_at timestamp   not null
);
create index api_token_username on api_token (username);
