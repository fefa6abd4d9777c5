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
-- Attachment files: read under need to know (migration 0007); added only through
-- notadesk_hold_blob(bytes), which computes their hash on the server.
GRANT SELECT ON blobs, blob_links, blob_holders TO {role};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON blobs, blob_links, blob_holders FROM {role};
GRANT SELECT, INSERT, DELETE ON trusted_keys TO {role};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role};
GRANT SELECT, INSERT, UPDATE ON draft_fts TO {role};
