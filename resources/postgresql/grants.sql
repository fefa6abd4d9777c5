-- The rights of an application role in notadesk's team database.
-- Applied by `notadesk admin grant ROLE` (run as the owner of the schema); the tests apply
-- this very file. {role} is replaced by the quoted role name.
--
-- The logs are append-only: SELECT and INSERT only. Triggers refuse UPDATE, DELETE and
-- TRUNCATE on them for every role as well (migration 0004).
GRANT USAGE ON SCHEMA public TO {role};
GRANT SELECT ON alembic_version TO {role};
GRANT SELECT, INSERT ON revisions, copy_register, audit_log, comments, comment_states, route_events TO {role};
REVOKE UPDATE, DELETE, TRUNCATE ON revisions, copy_register, audit_log, comments, comment_states, route_events FROM {role};
GRANT SELECT, INSERT, UPDATE ON drafts, settings, reference_counters TO {role};
GRANT SELECT, INSERT ON blobs TO {role};
GRANT SELECT, INSERT, DELETE ON trusted_keys TO {role};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role};
GRANT SELECT, INSERT, UPDATE ON draft_fts TO {role};
