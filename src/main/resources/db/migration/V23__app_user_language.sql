-- The language a person chose on their profile (a BCP 47 tag such as "de"); null: the browser's language counts.
alter table app_user add column language varchar(16) null;
