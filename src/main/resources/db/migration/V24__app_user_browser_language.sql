-- The language of the person's browser the last time they opened a page, if they have not chosen one on the profile
-- ("de"; "en" when the browser's languages are none Upward speaks). Emails and notifications follow it until they
-- choose (issue 25: until they do, the language comes from the browser's Accept-Language).
alter table app_user add column browser_language varchar(16) null;
