-- PROMIS T-scores as the trials report them: the T-score and its standard error computed from the
-- instrument's item calibration, and the calibration version they were computed with. The raw sum stays
-- in total.
alter table instrument_response add t_score numeric(4, 1);
alter table instrument_response add t_score_se numeric(4, 1);
alter table instrument_response add t_score_calibration varchar(40);
