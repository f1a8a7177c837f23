-- Claims import without a file-wide merge statement (issue 14): a 2,000,000-line file numbered its
-- identical lines with one window function over the whole staged file, which H2 computes in memory
-- (OutOfMemoryError with a 512 MB heap). Lines now go to claim_line batch by batch, numbered as they
-- are read (LineOccurrences), so the staging table is gone.
drop table claim_line_stage;
