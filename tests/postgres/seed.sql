-- The warehouse the PostgreSQL tests read (tests/postgres/server.sh loads it once per run).
CREATE DATABASE reclint;
\connect reclint

CREATE SCHEMA recsys;
CREATE TABLE recsys.job_feed_baseline (user_id bigint, item_id bigint, score real);
INSERT INTO recsys.job_feed_baseline VALUES (1, 10, 0.5), (2, 20, 0.25);
CREATE TABLE recsys.job_feed_graph_v2 (user_id bigint, item_id bigint, score real);
CREATE TABLE recsys.job_feed_popular (user_id bigint, item_id bigint, score real);
INSERT INTO recsys.job_feed_popular VALUES (1, 11, 1.0);
CREATE VIEW recsys.job_feed_recent AS SELECT user_id, item_id FROM recsys.job_feed_baseline;
-- No SELECT for reclint_reader: unreadable, which is not the same as empty.
CREATE TABLE recsys.restricted (user_id bigint, item_id bigint, score real);
INSERT INTO recsys.restricted VALUES (1, 1, 1);

CREATE SCHEMA warehouse;
CREATE TABLE warehouse.users (user_id bigint, created_at timestamptz);
INSERT INTO warehouse.users VALUES (1, now());

-- Identifiers that must be quoted: a quote, a semicolon, a space, mixed case and a dot.
CREATE SCHEMA "Odd";
CREATE TABLE "Odd"."quo""te" (user_id bigint, item_id bigint, score real);
INSERT INTO "Odd"."quo""te" VALUES (1, 1, 1);
CREATE TABLE "Odd"."semi;colon" (user_id bigint, item_id bigint, score real);
CREATE TABLE "Odd"."with space" ("user id" bigint, item_id bigint, score real);
INSERT INTO "Odd"."with space" VALUES (1, 1, 1);
CREATE TABLE "Odd"."MixedCase" ("UserId" bigint);
CREATE TABLE "Odd"."dot.ted" (user_id bigint);
INSERT INTO "Odd"."dot.ted" VALUES (1);
CREATE TABLE "Odd"."it's" (user_id bigint);

-- A view that runs for a minute when read: statement_timeout must stop it.
CREATE SCHEMA slow;
CREATE VIEW slow.sleepy AS SELECT 1::bigint AS user_id FROM pg_sleep(60);

CREATE ROLE reclint_reader LOGIN;
GRANT USAGE ON SCHEMA recsys, warehouse, "Odd", slow TO reclint_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA recsys, warehouse, "Odd", slow TO reclint_reader;
REVOKE SELECT ON recsys.restricted FROM reclint_reader;

CREATE ROLE reclint_password LOGIN PASSWORD 'hunter2-Secret';
GRANT USAGE ON SCHEMA recsys TO reclint_password;
GRANT SELECT ON ALL TABLES IN SCHEMA recsys TO reclint_password;

-- A reader whose every statement goes to the server's log: the test that counts reclint's queries.
CREATE ROLE reclint_counted LOGIN;
GRANT USAGE ON SCHEMA recsys, warehouse, "Odd" TO reclint_counted;
GRANT SELECT ON ALL TABLES IN SCHEMA recsys, warehouse, "Odd" TO reclint_counted;
ALTER ROLE reclint_counted SET log_statement = 'all';
