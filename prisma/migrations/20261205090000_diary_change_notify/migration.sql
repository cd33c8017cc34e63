-- Every change to a school's data writes an audit event in its own transaction, so the audit log
-- is where the app processes learn that a cached diary week may be out of date. One notification
-- per statement, delivered at commit and only if it commits: the schools and pupils touched, or
-- just the schools when the list would not fit a notification's payload.
CREATE FUNCTION "audit_event_notify_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  payload text;
BEGIN
  SELECT json_agg(DISTINCT jsonb_build_object('s', "schoolId", 'p', "studentId"))::text INTO payload FROM new_rows;
  IF payload IS NULL THEN
    RETURN NULL;
  END IF;
  IF octet_length(payload) > 7000 THEN
    SELECT json_agg(DISTINCT jsonb_build_object('s', "schoolId", 'p', NULL))::text INTO payload FROM new_rows;
  END IF;
  PERFORM pg_notify('belem_change', payload);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "AuditEvent_notify_change"
  AFTER INSERT ON "AuditEvent"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_notify_change"();
