-- Claims import without a file-wide merge statement (issue 14): a 2,000,000-line file numbered its
-- identical lines with one window function over the whole staged file, which H2 computes in memory
-- (OutOfMemoryError with a 512 MB heap). Lines now go to claim_line batch by batch; the staging
-- table keeps only each line's key, so a batch can count the identical lines earlier in its file
-- through an index.
drop table claim_line_stage;

create table claim_line_stage (
    import_id  bigint       not null,
    line_key   varchar(64)  not null
);
create index claim_line_stage_key on claim_line_stage (import_id, line_key);
