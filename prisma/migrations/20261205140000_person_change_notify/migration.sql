-- A diary page also shows the reader's own things, which change without an audit event of a
-- school or a pupil: the unread messages (a message in one of their threads, a thread read), what
-- they last read in a diary, their roles and children, their name and language, their sessions.
-- These triggers tell the app processes on the same channel as the audit log
-- (migration *_diary_change_notify) which persons changed, as `[{"u": <user id>}]`, at commit and
-- only if it commits; the processes then stop answering those persons' repeated page requests
-- with "304 Not Modified" (lib/cache/page-versions.ts). Identical notifications of one
-- transaction are delivered once, so a row trigger costs one notification per person changed.

-- The person named by the row's column TG_ARGV[0] (and, when an update moves the row to another
-- person, that one too).
CREATE FUNCTION "row_notify_person_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  before_id text;
  after_id text;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    before_id := to_jsonb(OLD) ->> TG_ARGV[0];
  END IF;
  IF TG_OP <> 'DELETE' THEN
    after_id := to_jsonb(NEW) ->> TG_ARGV[0];
  END IF;
  IF after_id IS NOT NULL THEN
    PERFORM pg_notify('belem_change', json_build_array(json_build_object('u', after_id::int))::text);
  END IF;
  IF before_id IS NOT NULL AND before_id IS DISTINCT FROM after_id THEN
    PERFORM pg_notify('belem_change', json_build_array(json_build_object('u', before_id::int))::text);
  END IF;
  RETURN NULL;
END;
$$;

-- A message counts as unread for every member of its thread: all of them are told.
CREATE FUNCTION "message_notify_person_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  thread int;
  payload text;
BEGIN
  thread := CASE WHEN TG_OP = 'DELETE' THEN OLD."threadId" ELSE NEW."threadId" END;
  SELECT json_agg(json_build_object('u', m."userId") ORDER BY m."userId")::text INTO payload FROM "ThreadMember" m WHERE m."threadId" = thread;
  IF payload IS NULL THEN
    RETURN NULL;
  END IF;
  IF octet_length(payload) > 7000 THEN
    payload := '[{"u":null}]';
  END IF;
  PERFORM pg_notify('belem_change', payload);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "User_notify_person_change" AFTER UPDATE OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION "row_notify_person_change"('id');
CREATE TRIGGER "Session_notify_person_change" AFTER UPDATE OF "revokedAt" OR DELETE ON "Session"
  FOR EACH ROW EXECUTE FUNCTION "row_notify_person_change"('userId');
CREATE TRIGGER "UserRole_notify_person_change" AFTER INSERT OR UPDATE OR DELETE ON "UserRole"
  FOR EACH ROW EXECUTE FUNCTION "row_notify_person_change"('userId');
CREATE TRIGGER "ParentLink_notify_person_change" AFTER INSERT OR UPDATE OR DELETE ON "ParentLink"
  FOR EACH ROW EXECUTE FUNCTION "row_notify_person_change"('parentId');
CREATE TRIGGER "DiaryReadState_notify_person_change" AFTER INSERT OR UPDATE OR DELETE ON "DiaryReadState"
  FOR EACH ROW EXECUTE FUNCTION "row_notify_person_change"('readerId');
CREATE TRIGGER "ThreadMember_notify_person_change" AFTER INSERT OR UPDATE OR DELETE ON "ThreadMember"
  FOR EACH ROW EXECUTE FUNCTION "row_notify_person_change"('userId');
CREATE TRIGGER "Message_notify_person_change" AFTER INSERT OR UPDATE OR DELETE ON "Message"
  FOR EACH ROW EXECUTE FUNCTION "message_notify_person_change"();
