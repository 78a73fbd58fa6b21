--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alert_case_summary; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alert_case_summary (
    young_person_id text NOT NULL,
    authority_id text NOT NULL,
    summary text NOT NULL,
    version bigint NOT NULL
);


--
-- Name: alert_due; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alert_due (
    young_person_id text NOT NULL,
    authority_id text NOT NULL,
    next_change_at bigint NOT NULL
);


--
-- Name: alert_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alert_history (
    id text NOT NULL,
    alert_id text NOT NULL,
    at bigint NOT NULL,
    event text NOT NULL,
    from_state text NOT NULL,
    to_state text NOT NULL,
    tier text NOT NULL,
    staff_id text NOT NULL,
    note text NOT NULL
);


--
-- Name: alert_outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alert_outbox (
    id text NOT NULL,
    event_id text NOT NULL,
    channel text NOT NULL,
    recipient text NOT NULL,
    payload text NOT NULL,
    due_at bigint NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at bigint NOT NULL,
    delivered_at bigint,
    last_error text NOT NULL
);


--
-- Name: alert_staff_prefs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alert_staff_prefs (
    staff_id text NOT NULL,
    email_mode text NOT NULL
);


--
-- Name: alert_sweep_settings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alert_sweep_settings (
    authority_id text NOT NULL,
    settings_hash text NOT NULL
);


--
-- Name: alert_sweep_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alert_sweep_state (
    authority_id text NOT NULL,
    seq_cursor bigint NOT NULL,
    holder text NOT NULL,
    lease_until bigint NOT NULL,
    generation bigint NOT NULL
);


--
-- Name: alerts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alerts (
    id text NOT NULL,
    alert_key text NOT NULL,
    authority_id text NOT NULL,
    young_person_id text NOT NULL,
    rule_code text NOT NULL,
    subject text NOT NULL,
    tier text NOT NULL,
    audience text NOT NULL,
    state text NOT NULL,
    since text NOT NULL,
    due_date text NOT NULL,
    days_overdue integer NOT NULL,
    facts text NOT NULL,
    opened_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    ack_by text NOT NULL,
    ack_note text NOT NULL,
    ack_at bigint NOT NULL
);


--
-- Name: allocations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allocations (
    id text NOT NULL,
    young_person_id text NOT NULL,
    staff_id text NOT NULL,
    from_date text NOT NULL,
    until_date text,
    deleted integer NOT NULL
);


--
-- Name: applied_changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.applied_changes (
    change_id text NOT NULL,
    record_type text NOT NULL,
    record_id text NOT NULL,
    status text NOT NULL,
    server_seq bigint NOT NULL,
    hlc text NOT NULL,
    device_id text NOT NULL,
    received_at bigint NOT NULL
);


--
-- Name: authorities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.authorities (
    id text NOT NULL,
    name text NOT NULL
);


--
-- Name: conflicts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.conflicts (
    id text NOT NULL,
    record_type text NOT NULL,
    record_id text NOT NULL,
    field text NOT NULL,
    other_value text NOT NULL,
    other_hlc text NOT NULL,
    change_id text NOT NULL,
    created_at bigint NOT NULL,
    resolved integer NOT NULL
);


--
-- Name: counters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.counters (
    name text NOT NULL,
    value bigint NOT NULL
);


--
-- Name: device_windows; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_windows (
    device_id text NOT NULL,
    run_opened_at bigint,
    window_start bigint NOT NULL
);


--
-- Name: devices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.devices (
    id text NOT NULL,
    subject_kind text NOT NULL,
    subject_id text NOT NULL,
    created_at bigint NOT NULL,
    revoked_at bigint
);


--
-- Name: enrol_codes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.enrol_codes (
    code_hash text NOT NULL,
    young_person_id text NOT NULL,
    created_by text NOT NULL,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    used_at bigint
);


--
-- Name: final_pushes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.final_pushes (
    device_id text NOT NULL,
    opened_at bigint NOT NULL,
    changes bigint NOT NULL,
    refused bigint NOT NULL
);


--
-- Name: login_attempts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_attempts (
    throttle_key text NOT NULL,
    failures integer NOT NULL,
    last_failure bigint NOT NULL
);


--
-- Name: records; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records (
    record_type text NOT NULL,
    record_id text NOT NULL,
    owner_id text NOT NULL,
    authority_id text NOT NULL,
    body text NOT NULL,
    field_hlc text NOT NULL,
    hlc text NOT NULL,
    deleted integer NOT NULL,
    staff_only integer NOT NULL,
    conflict_count integer NOT NULL,
    server_seq bigint NOT NULL
);


--
-- Name: staff; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.staff (
    id text NOT NULL,
    authority_id text NOT NULL,
    team_id text NOT NULL,
    email text NOT NULL,
    role text NOT NULL,
    active integer NOT NULL,
    password_hash text NOT NULL
);


--
-- Name: teams; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.teams (
    id text NOT NULL,
    authority_id text NOT NULL,
    name text NOT NULL
);


--
-- Name: token_families; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.token_families (
    session_id text NOT NULL,
    family_id text NOT NULL,
    rotated_at bigint
);


--
-- Name: tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tokens (
    token_hash text NOT NULL,
    session_id text NOT NULL,
    kind text NOT NULL,
    subject_kind text NOT NULL,
    subject_id text NOT NULL,
    device_id text NOT NULL,
    expires_at bigint NOT NULL,
    revoked_at bigint,
    final_push_used integer NOT NULL
);


--
-- Name: young_people; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.young_people (
    id text NOT NULL,
    authority_id text NOT NULL,
    case_ref text NOT NULL
);


--
-- Data for Name: alert_case_summary; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.alert_case_summary (young_person_id, authority_id, summary, version) FROM stdin;
\.


--
-- Data for Name: alert_due; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.alert_due (young_person_id, authority_id, next_change_at) FROM stdin;
\.


--
-- Data for Name: alert_history; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.alert_history (id, alert_id, at, event, from_state, to_state, tier, staff_id, note) FROM stdin;
\.


--
-- Data for Name: alert_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.alert_outbox (id, event_id, channel, recipient, payload, due_at, attempts, next_attempt_at, delivered_at, last_error) FROM stdin;
\.


--
-- Data for Name: alert_staff_prefs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.alert_staff_prefs (staff_id, email_mode) FROM stdin;
\.


--
-- Data for Name: alert_sweep_settings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.alert_sweep_settings (authority_id, settings_hash) FROM stdin;
\.


--
-- Data for Name: alert_sweep_state; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.alert_sweep_state (authority_id, seq_cursor, holder, lease_until, generation) FROM stdin;
\.


--
-- Data for Name: alerts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.alerts (id, alert_key, authority_id, young_person_id, rule_code, subject, tier, audience, state, since, due_date, days_overdue, facts, opened_at, updated_at, ack_by, ack_note, ack_at) FROM stdin;
\.


--
-- Data for Name: allocations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.allocations (id, young_person_id, staff_id, from_date, until_date, deleted) FROM stdin;
alloc-ypA-pa1	ypA	pa1	2025-11-22	\N	0
alloc-ypB-pa3	ypB	pa3	2025-11-22	\N	0
\.


--
-- Data for Name: applied_changes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.applied_changes (change_id, record_type, record_id, status, server_seq, hlc, device_id, received_at) FROM stdin;
serveradmin-9d2f18bcd0f3acd24a27b78d15abe387b96e977f	staff	pa1	applied	1	0001772445600000-00000-server	server	1772445600000
serveradmin-5284fc1504cc36eaff37a416ce7b2041a64f9b9e	staff	pa2	applied	2	0001772445600000-00000-server	server	1772445600000
serveradmin-561e335d28f0206066a08acac5fa6e0e9a9b2793	staff	pa3	applied	3	0001772445600000-00000-server	server	1772445600000
serveradmin-7391136f0b55e3b642b5c754a8388c81267e357e	staff	mgr1	applied	4	0001772445600000-00000-server	server	1772445600000
serveradmin-e792fbb336aba19e1488a6db1999e3ee0f6cc16f	staff	mgr2	applied	5	0001772445600000-00000-server	server	1772445600000
serveradmin-0af34d4498c48c95f2afe913391e9fa3c636b153	staff	admin	applied	6	0001772445600000-00000-server	server	1772445600000
serverseed-yp-ypA	young_person	ypA	applied	7	0001772445600000-00000-server	server	1772445600000
serverseed-alloc-ypA-pa12025-11-22	allocation	alloc-ypA-pa1	applied	8	0001772445600000-00000-server	server	1772445600000
serverseed-yp-ypB	young_person	ypB	applied	9	0001772445600000-00000-server	server	1772445600000
serverseed-alloc-ypB-pa32025-11-22	allocation	alloc-ypB-pa3	applied	10	0001772445600000-00000-server	server	1772445600000
staff:pa1fixture-1	contact_log	cl-1	applied	11	0001772445600000-00000-dev1	staff-729dd4d9-deb8-4d04-8891-032ff20b4610	1772445600000
\.


--
-- Data for Name: authorities; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.authorities (id, name) FROM stdin;
a1	Authority
\.


--
-- Data for Name: conflicts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.conflicts (id, record_type, record_id, field, other_value, other_hlc, change_id, created_at, resolved) FROM stdin;
\.


--
-- Data for Name: counters; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.counters (name, value) FROM stdin;
server_seq	11
\.


--
-- Data for Name: device_windows; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_windows (device_id, run_opened_at, window_start) FROM stdin;
staff-729dd4d9-deb8-4d04-8891-032ff20b4610	1772445600000	0
\.


--
-- Data for Name: devices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.devices (id, subject_kind, subject_id, created_at, revoked_at) FROM stdin;
staff-729dd4d9-deb8-4d04-8891-032ff20b4610	staff	pa1	1772445600000	\N
\.


--
-- Data for Name: enrol_codes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.enrol_codes (code_hash, young_person_id, created_by, created_at, expires_at, used_at) FROM stdin;
\.


--
-- Data for Name: final_pushes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.final_pushes (device_id, opened_at, changes, refused) FROM stdin;
\.


--
-- Data for Name: login_attempts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.login_attempts (throttle_key, failures, last_failure) FROM stdin;
\.


--
-- Data for Name: records; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records (record_type, record_id, owner_id, authority_id, body, field_hlc, hlc, deleted, staff_only, conflict_count, server_seq) FROM stdin;
staff	pa1		a1	{"active":true,"authorityId":"a1","displayName":"Staff pa1","email":"pa1@example.org","id":"pa1","role":"pa","teamId":"t1"}	{}	0001772445600000-00000-server	0	0	0	1
staff	pa2		a1	{"active":true,"authorityId":"a1","displayName":"Staff pa2","email":"pa2@example.org","id":"pa2","role":"pa","teamId":"t1"}	{}	0001772445600000-00000-server	0	0	0	2
staff	pa3		a1	{"active":true,"authorityId":"a1","displayName":"Staff pa3","email":"pa3@example.org","id":"pa3","role":"pa","teamId":"t2"}	{}	0001772445600000-00000-server	0	0	0	3
staff	mgr1		a1	{"active":true,"authorityId":"a1","displayName":"Staff mgr1","email":"mgr1@example.org","id":"mgr1","role":"manager","teamId":"t1"}	{}	0001772445600000-00000-server	0	0	0	4
staff	mgr2		a1	{"active":true,"authorityId":"a1","displayName":"Staff mgr2","email":"mgr2@example.org","id":"mgr2","role":"manager","teamId":"t2"}	{}	0001772445600000-00000-server	0	0	0	5
staff	admin		a1	{"active":true,"authorityId":"a1","displayName":"Staff admin","email":"admin@example.org","id":"admin","role":"admin","teamId":"t1"}	{}	0001772445600000-00000-server	0	0	0	6
young_person	ypA	ypA	a1	{"authorityId":"a1","dateOfBirth":"2007-03-01","displayName":"YP ypA","id":"ypA"}	{}	0001772445600000-00000-server	0	0	0	7
allocation	alloc-ypA-pa1	ypA	a1	{"from":"2025-11-22","id":"alloc-ypA-pa1","staffId":"pa1","youngPersonId":"ypA"}	{}	0001772445600000-00000-server	0	0	0	8
young_person	ypB	ypB	a1	{"authorityId":"a1","dateOfBirth":"2007-03-01","displayName":"YP ypB","id":"ypB"}	{}	0001772445600000-00000-server	0	0	0	9
allocation	alloc-ypB-pa3	ypB	a1	{"from":"2025-11-22","id":"alloc-ypB-pa3","staffId":"pa3","youngPersonId":"ypB"}	{}	0001772445600000-00000-server	0	0	0	10
contact_log	cl-1	ypA	a1	{"at":"2026-01-10T10:00:00.000Z","id":"cl-1","kind":"visit","notes":"Seen at home","staffId":"pa1","successful":true,"youngPersonId":"ypA"}	{}	0001772445600000-00000-dev1	0	0	0	11
\.


--
-- Data for Name: staff; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.staff (id, authority_id, team_id, email, role, active, password_hash) FROM stdin;
pa1	a1	t1	pa1@example.org	pa	1	$argon2id$v=19$m=65536,t=2,p=1$+dmHv3Q91V2pwtiOEd0AOg$Z0+BsH+cywe+GduIxNVyw19aGjPEWc/RISCKq0M0Ngg
pa2	a1	t1	pa2@example.org	pa	1	$argon2id$v=19$m=65536,t=2,p=1$37cyrWtJsdELT9ss3xxNOw$oYvuiV4THO5j2Dpjw2jDLZX9T7sFiP8812DXwA3lJZI
pa3	a1	t2	pa3@example.org	pa	1	$argon2id$v=19$m=65536,t=2,p=1$SnvLmE0w+Q1khRywyyDn4w$gk8rTRbLgNbsOwanAwUVEMvujfSRWOn+GMKSjwCSY7I
mgr1	a1	t1	mgr1@example.org	manager	1	$argon2id$v=19$m=65536,t=2,p=1$84UoKdVvs7u7oJTtBtzmXA$zdDb7ujPKw+y8LP0INvMN9N8uXPP9b/kypIgn2ZGSSM
mgr2	a1	t2	mgr2@example.org	manager	1	$argon2id$v=19$m=65536,t=2,p=1$l9kaLF40udnOm+iJnhGE6Q$nqnzc4G+T+in4WVFT4cEHtXOctbEjn4cSEfNRC/ZGG8
admin	a1	t1	admin@example.org	admin	1	$argon2id$v=19$m=65536,t=2,p=1$L9FV3Il+gcXnVZaDO1EAWQ$bZcdOmX/sBZkBWmRO4yIEKvakwplCkq+E/qMec9c3DY
\.


--
-- Data for Name: teams; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.teams (id, authority_id, name) FROM stdin;
t1	a1	Team 1
t2	a1	Team 2
\.


--
-- Data for Name: token_families; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.token_families (session_id, family_id, rotated_at) FROM stdin;
9a0e1764-1ac1-4969-bc5b-5b249444062f	9a0e1764-1ac1-4969-bc5b-5b249444062f	\N
\.


--
-- Data for Name: tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tokens (token_hash, session_id, kind, subject_kind, subject_id, device_id, expires_at, revoked_at, final_push_used) FROM stdin;
9fe3e9bddf8b37ddd9bfb204db838cb5c24d15f3838e665806a69071613a78de	9a0e1764-1ac1-4969-bc5b-5b249444062f	access	staff	pa1	staff-729dd4d9-deb8-4d04-8891-032ff20b4610	1772449200000	\N	0
39cbb91e32a3b0414a0e30b3c9434992ac13f2dbd49e356af12fa7cbac6d971f	9a0e1764-1ac1-4969-bc5b-5b249444062f	refresh	staff	pa1	staff-729dd4d9-deb8-4d04-8891-032ff20b4610	1775037600000	\N	0
\.


--
-- Data for Name: young_people; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.young_people (id, authority_id, case_ref) FROM stdin;
ypA	a1	
ypB	a1	
\.


--
-- Name: alert_case_summary alert_case_summary_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert_case_summary
    ADD CONSTRAINT alert_case_summary_pkey PRIMARY KEY (young_person_id);


--
-- Name: alert_due alert_due_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert_due
    ADD CONSTRAINT alert_due_pkey PRIMARY KEY (young_person_id);


--
-- Name: alert_history alert_history_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert_history
    ADD CONSTRAINT alert_history_pkey PRIMARY KEY (id);


--
-- Name: alert_outbox alert_outbox_event_id_channel_recipient_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert_outbox
    ADD CONSTRAINT alert_outbox_event_id_channel_recipient_key UNIQUE (event_id, channel, recipient);


--
-- Name: alert_outbox alert_outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert_outbox
    ADD CONSTRAINT alert_outbox_pkey PRIMARY KEY (id);


--
-- Name: alert_staff_prefs alert_staff_prefs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert_staff_prefs
    ADD CONSTRAINT alert_staff_prefs_pkey PRIMARY KEY (staff_id);


--
-- Name: alert_sweep_settings alert_sweep_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert_sweep_settings
    ADD CONSTRAINT alert_sweep_settings_pkey PRIMARY KEY (authority_id);


--
-- Name: alert_sweep_state alert_sweep_state_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert_sweep_state
    ADD CONSTRAINT alert_sweep_state_pkey PRIMARY KEY (authority_id);


--
-- Name: alerts alerts_alert_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alerts
    ADD CONSTRAINT alerts_alert_key_key UNIQUE (alert_key);


--
-- Name: alerts alerts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alerts
    ADD CONSTRAINT alerts_pkey PRIMARY KEY (id);


--
-- Name: allocations allocations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allocations
    ADD CONSTRAINT allocations_pkey PRIMARY KEY (id);


--
-- Name: applied_changes applied_changes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.applied_changes
    ADD CONSTRAINT applied_changes_pkey PRIMARY KEY (change_id);


--
-- Name: authorities authorities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authorities
    ADD CONSTRAINT authorities_pkey PRIMARY KEY (id);


--
-- Name: conflicts conflicts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.conflicts
    ADD CONSTRAINT conflicts_pkey PRIMARY KEY (id);


--
-- Name: counters counters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.counters
    ADD CONSTRAINT counters_pkey PRIMARY KEY (name);


--
-- Name: device_windows device_windows_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_windows
    ADD CONSTRAINT device_windows_pkey PRIMARY KEY (device_id);


--
-- Name: devices devices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.devices
    ADD CONSTRAINT devices_pkey PRIMARY KEY (id);


--
-- Name: enrol_codes enrol_codes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.enrol_codes
    ADD CONSTRAINT enrol_codes_pkey PRIMARY KEY (code_hash);


--
-- Name: final_pushes final_pushes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.final_pushes
    ADD CONSTRAINT final_pushes_pkey PRIMARY KEY (device_id);


--
-- Name: login_attempts login_attempts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_attempts
    ADD CONSTRAINT login_attempts_pkey PRIMARY KEY (throttle_key);


--
-- Name: records records_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records
    ADD CONSTRAINT records_pkey PRIMARY KEY (record_type, record_id);


--
-- Name: records records_server_seq_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records
    ADD CONSTRAINT records_server_seq_key UNIQUE (server_seq);


--
-- Name: staff staff_email_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff
    ADD CONSTRAINT staff_email_key UNIQUE (email);


--
-- Name: staff staff_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff
    ADD CONSTRAINT staff_pkey PRIMARY KEY (id);


--
-- Name: teams teams_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.teams
    ADD CONSTRAINT teams_pkey PRIMARY KEY (id);


--
-- Name: token_families token_families_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.token_families
    ADD CONSTRAINT token_families_pkey PRIMARY KEY (session_id);


--
-- Name: tokens tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tokens
    ADD CONSTRAINT tokens_pkey PRIMARY KEY (token_hash);


--
-- Name: young_people young_people_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.young_people
    ADD CONSTRAINT young_people_pkey PRIMARY KEY (id);


--
-- Name: alert_case_summary_authority; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alert_case_summary_authority ON public.alert_case_summary USING btree (authority_id);


--
-- Name: alert_due_next; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alert_due_next ON public.alert_due USING btree (authority_id, next_change_at);


--
-- Name: alert_history_alert; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alert_history_alert ON public.alert_history USING btree (alert_id, at);


--
-- Name: alert_outbox_pending; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alert_outbox_pending ON public.alert_outbox USING btree (delivered_at, next_attempt_at);


--
-- Name: alerts_authority_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alerts_authority_state ON public.alerts USING btree (authority_id, state);


--
-- Name: alerts_young_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alerts_young_person ON public.alerts USING btree (young_person_id);


--
-- Name: allocations_staff; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allocations_staff ON public.allocations USING btree (staff_id);


--
-- Name: allocations_young_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allocations_young_person ON public.allocations USING btree (young_person_id);


--
-- Name: conflicts_record; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX conflicts_record ON public.conflicts USING btree (record_type, record_id);


--
-- Name: records_authority_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_authority_seq ON public.records USING btree (authority_id, owner_id, server_seq);


--
-- Name: records_owner_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX records_owner_seq ON public.records USING btree (owner_id, server_seq);


--
-- Name: token_families_family; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX token_families_family ON public.token_families USING btree (family_id);


--
-- Name: tokens_device; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tokens_device ON public.tokens USING btree (device_id);


--
-- Name: tokens_session; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tokens_session ON public.tokens USING btree (session_id);


--
-- Name: young_people_case_ref; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX young_people_case_ref ON public.young_people USING btree (authority_id, case_ref);


--
-- PostgreSQL database dump complete
--


