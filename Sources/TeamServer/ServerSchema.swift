/// The team server's schema: tables, group roles, row-level security and the functions that
/// share and destroy. Every statement may run again (`server init` is idempotent).
///
/// Access is the database's business, not the client's: each worker logs in as their own
/// PostgreSQL role, and the policies below decide which rows that role can see or add.
enum ServerSchema {
    /// Bumped when the schema changes; a client refuses a server with another.
    static let version = 1

    /// The group roles every worker's login role is a member of.
    static let groupRoles = ["keukentafel_worker", "keukentafel_supervisor", "keukentafel_trainee"]

    /// The statements of `server init`, in order, each with what it made (for the report).
    static let statements: [(what: String, sql: String)] = [
        (
            "the schema keukentafel",
            "CREATE SCHEMA IF NOT EXISTS keukentafel"
        ),
        (
            "the group roles keukentafel_worker, keukentafel_supervisor, keukentafel_trainee",
            """
            DO $$
            DECLARE r text;
            BEGIN
              FOREACH r IN ARRAY ARRAY['keukentafel_worker', 'keukentafel_supervisor', 'keukentafel_trainee'] LOOP
                -- Roles belong to the whole cluster: another database's init may make them at the same moment.
                BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', r); END IF;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                END;
              END LOOP;
            END $$
            """
        ),
        (
            "the tables (meta, member, family, family_share, event, destroyed, access_log)",
            """
            CREATE TABLE IF NOT EXISTS keukentafel.meta (key text PRIMARY KEY, value text NOT NULL);
            -- Who may log in as what: the login role, its kind, its team and the name events carry.
            CREATE TABLE IF NOT EXISTS keukentafel.member (
                role_name name PRIMARY KEY,
                kind text NOT NULL CHECK (kind IN ('worker', 'supervisor', 'trainee')),
                team text NOT NULL,
                display_name text NOT NULL
            );
            CREATE TABLE IF NOT EXISTS keukentafel.family (
                family_id uuid PRIMARY KEY,
                owner name NOT NULL DEFAULT current_user,
                practice boolean NOT NULL,
                created timestamptz NOT NULL DEFAULT now()
            );
            CREATE TABLE IF NOT EXISTS keukentafel.family_share (
                family_id uuid NOT NULL REFERENCES keukentafel.family ON DELETE CASCADE,
                grantee name NOT NULL,
                granted_by name NOT NULL DEFAULT current_user,
                granted timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (family_id, grantee)
            );
            -- The events exactly as the laptops hold them. `xid` is the pushing transaction:
            -- a pull takes what committed since its last snapshot, whatever the commit order.
            CREATE TABLE IF NOT EXISTS keukentafel.event (
                seq bigserial PRIMARY KEY,
                id uuid NOT NULL UNIQUE,
                family_id uuid NOT NULL REFERENCES keukentafel.family,
                session_id uuid,
                time double precision NOT NULL,
                author text NOT NULL,
                type text NOT NULL,
                schema_version integer NOT NULL,
                payload text NOT NULL,
                pushed_by name NOT NULL DEFAULT current_user,
                pushed_from uuid,
                xid xid8 NOT NULL DEFAULT pg_current_xact_id()
            );
            CREATE INDEX IF NOT EXISTS event_by_family ON keukentafel.event (family_id, seq);
            CREATE INDEX IF NOT EXISTS event_by_xid ON keukentafel.event (xid);
            -- Ids only: which families were destroyed, by whom, when (laptops drop them at their next sync).
            CREATE TABLE IF NOT EXISTS keukentafel.destroyed (
                family_id uuid PRIMARY KEY, by_role name NOT NULL, at timestamptz NOT NULL DEFAULT now()
            );
            -- Who shared, destroyed or pulled which family (NEN 7513); never content.
            CREATE TABLE IF NOT EXISTS keukentafel.access_log (
                seq bigserial PRIMARY KEY,
                at timestamptz NOT NULL DEFAULT now(),
                db_user name NOT NULL DEFAULT current_user,
                family_id uuid NOT NULL,
                action text NOT NULL
            )
            """
        ),
        (
            "the append-only triggers on event and access_log",
            """
            CREATE OR REPLACE FUNCTION keukentafel.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_TABLE_NAME = 'event' AND TG_OP = 'DELETE' AND current_setting('keukentafel.destroying', true) = 'on' THEN
                RETURN OLD;
              END IF;
              RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
            END $$;
            DROP TRIGGER IF EXISTS event_append_only ON keukentafel.event;
            CREATE TRIGGER event_append_only BEFORE UPDATE OR DELETE ON keukentafel.event
                FOR EACH ROW EXECUTE FUNCTION keukentafel.refuse_change();
            DROP TRIGGER IF EXISTS access_log_append_only ON keukentafel.access_log;
            CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON keukentafel.access_log
                FOR EACH ROW EXECUTE FUNCTION keukentafel.refuse_change()
            """
        ),
        (
            "the access functions (my_kind, can_see, visible_families)",
            """
            -- SECURITY DEFINER: the policies ask these, and they read tables the caller cannot.
            -- Inside them current_user is the definer, so the caller is session_user.
            CREATE OR REPLACE FUNCTION keukentafel.my_kind() RETURNS text
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = keukentafel, pg_temp AS $$
              SELECT kind FROM member WHERE role_name = session_user
            $$;
            -- A worker sees the families they own and those shared with them; a supervisor also
            -- every family of their team's members; a trainee only practice families.
            CREATE OR REPLACE FUNCTION keukentafel.can_see(f uuid) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = keukentafel, pg_temp AS $$
              SELECT EXISTS (
                SELECT 1 FROM family fa JOIN member me ON me.role_name = session_user
                WHERE fa.family_id = f
                  AND (fa.practice OR me.kind <> 'trainee')
                  AND (fa.owner = session_user
                       OR EXISTS (SELECT 1 FROM family_share s WHERE s.family_id = f AND s.grantee = session_user)
                       OR (me.kind = 'supervisor' AND EXISTS (
                             SELECT 1 FROM member o WHERE o.role_name = fa.owner AND o.team = me.team))))
            $$;
            -- The same rule for a whole statement: the read policies ask it once (as an InitPlan)
            -- instead of once per row.
            CREATE OR REPLACE FUNCTION keukentafel.visible_families() RETURNS uuid[]
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = keukentafel, pg_temp AS $$
              SELECT coalesce(array_agg(fa.family_id), '{}') FROM family fa JOIN member me ON me.role_name = session_user
              WHERE (fa.practice OR me.kind <> 'trainee')
                AND (fa.owner = session_user
                     OR EXISTS (SELECT 1 FROM family_share s WHERE s.family_id = fa.family_id AND s.grantee = session_user)
                     OR (me.kind = 'supervisor' AND EXISTS (
                           SELECT 1 FROM member o WHERE o.role_name = fa.owner AND o.team = me.team)))
            $$
            """
        ),
        (
            "row-level security on every table",
            """
            ALTER TABLE keukentafel.family ENABLE ROW LEVEL SECURITY;
            ALTER TABLE keukentafel.family_share ENABLE ROW LEVEL SECURITY;
            ALTER TABLE keukentafel.event ENABLE ROW LEVEL SECURITY;
            ALTER TABLE keukentafel.destroyed ENABLE ROW LEVEL SECURITY;
            ALTER TABLE keukentafel.access_log ENABLE ROW LEVEL SECURITY;
            ALTER TABLE keukentafel.member ENABLE ROW LEVEL SECURITY;
            ALTER TABLE keukentafel.meta ENABLE ROW LEVEL SECURITY;

            DROP POLICY IF EXISTS family_read ON keukentafel.family;
            CREATE POLICY family_read ON keukentafel.family FOR SELECT USING (
                family_id = ANY ((SELECT keukentafel.visible_families())::uuid[]));
            DROP POLICY IF EXISTS family_add ON keukentafel.family;
            CREATE POLICY family_add ON keukentafel.family FOR INSERT WITH CHECK (
                owner = current_user
                AND keukentafel.my_kind() IS NOT NULL
                AND (practice OR keukentafel.my_kind() <> 'trainee')
                AND NOT EXISTS (SELECT 1 FROM keukentafel.destroyed d WHERE d.family_id = family.family_id));

            DROP POLICY IF EXISTS share_read ON keukentafel.family_share;
            CREATE POLICY share_read ON keukentafel.family_share FOR SELECT USING (keukentafel.can_see(family_id));

            DROP POLICY IF EXISTS event_read ON keukentafel.event;
            CREATE POLICY event_read ON keukentafel.event FOR SELECT USING (
                family_id = ANY ((SELECT keukentafel.visible_families())::uuid[]));
            DROP POLICY IF EXISTS event_add ON keukentafel.event;
            CREATE POLICY event_add ON keukentafel.event FOR INSERT WITH CHECK (
                pushed_by = current_user AND family_id = ANY ((SELECT keukentafel.visible_families())::uuid[]));

            DROP POLICY IF EXISTS destroyed_read ON keukentafel.destroyed;
            CREATE POLICY destroyed_read ON keukentafel.destroyed FOR SELECT USING (keukentafel.my_kind() IS NOT NULL);

            DROP POLICY IF EXISTS log_add ON keukentafel.access_log;
            CREATE POLICY log_add ON keukentafel.access_log FOR INSERT WITH CHECK (db_user = current_user);
            DROP POLICY IF EXISTS log_read ON keukentafel.access_log;
            CREATE POLICY log_read ON keukentafel.access_log FOR SELECT USING (
                db_user = current_user OR keukentafel.my_kind() = 'supervisor');

            DROP POLICY IF EXISTS member_read ON keukentafel.member;
            CREATE POLICY member_read ON keukentafel.member FOR SELECT USING (keukentafel.my_kind() IS NOT NULL);
            DROP POLICY IF EXISTS meta_read ON keukentafel.meta;
            CREATE POLICY meta_read ON keukentafel.meta FOR SELECT USING (true)
            """
        ),
        (
            "the functions claim_family, share_with, destroy_family and add_member",
            """
            -- Before a push: makes the family the caller's when the server does not have it yet,
            -- and says whether the caller may add to it (without aborting the push's transaction).
            CREATE OR REPLACE FUNCTION keukentafel.claim_family(f uuid, is_practice boolean) RETURNS text
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = keukentafel, pg_temp AS $$
            DECLARE k text := my_kind();
            BEGIN
              IF k IS NULL THEN RETURN 'not-a-member'; END IF;
              IF EXISTS (SELECT 1 FROM destroyed WHERE family_id = f) THEN RETURN 'destroyed'; END IF;
              IF k = 'trainee' AND NOT is_practice THEN RETURN 'trainee'; END IF;
              INSERT INTO family (family_id, owner, practice) VALUES (f, session_user, is_practice) ON CONFLICT DO NOTHING;
              IF FOUND THEN RETURN 'created'; END IF;
              IF can_see(f) THEN RETURN 'ok'; END IF;
              RETURN 'not-shared';
            END $$;

            -- The owner (or a supervisor of the owner's team) shares a family with a colleague.
            CREATE OR REPLACE FUNCTION keukentafel.share_with(f uuid, grantee_role name) RETURNS text
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = keukentafel, pg_temp AS $$
            DECLARE fa family; me member; other member;
            BEGIN
              SELECT * INTO fa FROM family WHERE family_id = f;
              SELECT * INTO me FROM member WHERE role_name = session_user;
              SELECT * INTO other FROM member WHERE role_name = grantee_role;
              IF fa.family_id IS NULL OR NOT can_see(f) THEN RETURN 'absent'; END IF;
              IF other.role_name IS NULL THEN RETURN 'no-such-worker'; END IF;
              IF NOT (fa.owner = session_user OR (me.kind = 'supervisor'
                      AND EXISTS (SELECT 1 FROM member o WHERE o.role_name = fa.owner AND o.team = me.team))) THEN
                RETURN 'not-owner';
              END IF;
              IF other.kind = 'trainee' AND NOT fa.practice THEN RETURN 'trainee'; END IF;
              INSERT INTO family_share (family_id, grantee, granted_by) VALUES (f, grantee_role, session_user) ON CONFLICT DO NOTHING;
              INSERT INTO access_log (db_user, family_id, action) VALUES (session_user, f, 'share-with ' || grantee_role);
              RETURN 'shared';
            END $$;

            -- Removes every row of a family (right to destruction); keeps only its id in destroyed
            -- and the access log. Its owner or a supervisor of the owner's team may.
            CREATE OR REPLACE FUNCTION keukentafel.destroy_family(f uuid) RETURNS text
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = keukentafel, pg_temp AS $$
            DECLARE fa family; me member;
            BEGIN
              IF EXISTS (SELECT 1 FROM destroyed WHERE family_id = f) THEN RETURN 'destroyed'; END IF;
              SELECT * INTO fa FROM family WHERE family_id = f;
              SELECT * INTO me FROM member WHERE role_name = session_user;
              IF fa.family_id IS NULL OR NOT can_see(f) THEN RETURN 'absent'; END IF;
              IF NOT (fa.owner = session_user OR (me.kind = 'supervisor'
                      AND EXISTS (SELECT 1 FROM member o WHERE o.role_name = fa.owner AND o.team = me.team))) THEN
                RETURN 'not-owner';
              END IF;
              PERFORM set_config('keukentafel.destroying', 'on', true);
              DELETE FROM event WHERE family_id = f;
              PERFORM set_config('keukentafel.destroying', 'off', true);
              DELETE FROM family WHERE family_id = f;
              INSERT INTO destroyed (family_id, by_role) VALUES (f, session_user);
              INSERT INTO access_log (db_user, family_id, action) VALUES (session_user, f, 'destroy');
              RETURN 'destroyed';
            END $$;

            -- The administrator adds (or changes) a worker: a login role with a SCRAM password.
            CREATE OR REPLACE FUNCTION keukentafel.add_member(r name, k text, t text, display text, pw text) RETURNS text
            LANGUAGE plpgsql SET search_path = keukentafel, pg_temp AS $$
            DECLARE made text := 'changed';
            BEGIN
              IF k NOT IN ('worker', 'supervisor', 'trainee') THEN RAISE EXCEPTION 'kind must be worker, supervisor or trainee'; END IF;
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
                EXECUTE format('CREATE ROLE %I LOGIN', r);
                made := 'added';
              END IF;
              IF pw IS NOT NULL THEN
                SET LOCAL password_encryption = 'scram-sha-256';
                EXECUTE format('ALTER ROLE %I PASSWORD %L', r, pw);
              END IF;
              EXECUTE format('REVOKE keukentafel_worker, keukentafel_supervisor, keukentafel_trainee FROM %I', r);
              EXECUTE format('GRANT %I TO %I', 'keukentafel_' || k, r);
              INSERT INTO member VALUES (r, k, t, display)
                ON CONFLICT (role_name) DO UPDATE SET kind = excluded.kind, team = excluded.team, display_name = excluded.display_name;
              RETURN made;
            END $$
            """
        ),
        (
            "the grants to the group roles",
            """
            REVOKE ALL ON ALL TABLES IN SCHEMA keukentafel FROM PUBLIC;
            REVOKE ALL ON ALL FUNCTIONS IN SCHEMA keukentafel FROM PUBLIC;
            GRANT USAGE ON SCHEMA keukentafel TO keukentafel_worker, keukentafel_supervisor, keukentafel_trainee;
            GRANT SELECT, INSERT ON keukentafel.family, keukentafel.event, keukentafel.access_log
                TO keukentafel_worker, keukentafel_supervisor, keukentafel_trainee;
            GRANT SELECT ON keukentafel.family_share, keukentafel.destroyed, keukentafel.member, keukentafel.meta
                TO keukentafel_worker, keukentafel_supervisor, keukentafel_trainee;
            GRANT USAGE ON SEQUENCE keukentafel.event_seq_seq, keukentafel.access_log_seq_seq
                TO keukentafel_worker, keukentafel_supervisor, keukentafel_trainee;
            GRANT EXECUTE ON FUNCTION keukentafel.my_kind(), keukentafel.can_see(uuid), keukentafel.visible_families(), keukentafel.share_with(uuid, name),
                keukentafel.claim_family(uuid, boolean),
                keukentafel.destroy_family(uuid), keukentafel.refuse_change()
                TO keukentafel_worker, keukentafel_supervisor, keukentafel_trainee
            """
        ),
        (
            "the schema version",
            "INSERT INTO keukentafel.meta VALUES ('schema', '\(version)') ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
    ]
}
