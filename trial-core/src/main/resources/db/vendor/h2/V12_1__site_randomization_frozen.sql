-- A committed randomization and the arms it locked can never change.
create trigger site_randomization_frozen before update, delete on site_randomization
    for each row call "org.pragma.audit.jpa.AppendOnlyTrigger";

create trigger site_arm_frozen before update, delete on site_arm
    for each row call "org.pragma.audit.jpa.AppendOnlyTrigger";
