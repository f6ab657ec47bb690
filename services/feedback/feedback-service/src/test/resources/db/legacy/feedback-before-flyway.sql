--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

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
-- Name: association_value_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.association_value_entry (
    id bigint NOT NULL,
    association_key character varying(255),
    association_value character varying(255),
    saga_id character varying(255),
    saga_type character varying(255)
);


--
-- Name: association_value_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.association_value_entry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: association_value_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.association_value_entry_id_seq OWNED BY public.association_value_entry.id;


--
-- Name: audit_chain; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_chain (
    aggregate_id character varying(255) NOT NULL,
    seq bigint NOT NULL,
    event_id character varying(255) NOT NULL,
    mac bytea NOT NULL,
    payload_mac bytea NOT NULL,
    chained_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: dead_letter_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dead_letter_entry (
    deadletteridentifier character varying(255) NOT NULL,
    processinggroup character varying(255) NOT NULL,
    sequenceidentifier character varying(255) NOT NULL,
    sequenceindex bigint NOT NULL,
    messagetype character varying(255) NOT NULL,
    eventidentifier character varying(255) NOT NULL,
    "timestamp" character varying(255) NOT NULL,
    payloadtype character varying(255) NOT NULL,
    payloadrevision character varying(255),
    payload bytea NOT NULL,
    metadata bytea,
    type character varying(255),
    aggregateidentifier character varying(255),
    sequencenumber bigint,
    tokentype character varying(255),
    token bytea,
    enqueuedat character varying(255) NOT NULL,
    lasttouched character varying(255),
    processingstarted character varying(255),
    causetype character varying(255),
    causemessage character varying(1023),
    diagnostics bytea
);


--
-- Name: domain_event_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.domain_event_entry (
    global_index bigint NOT NULL,
    aggregate_identifier character varying(255) NOT NULL,
    sequence_number bigint NOT NULL,
    type character varying(255),
    event_identifier character varying(255) NOT NULL,
    meta_data bytea,
    payload bytea NOT NULL,
    payload_revision character varying(255),
    payload_type character varying(255) NOT NULL,
    time_stamp character varying(255) NOT NULL
);


--
-- Name: domain_event_entry_global_index_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.domain_event_entry_global_index_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: domain_event_entry_global_index_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.domain_event_entry_global_index_seq OWNED BY public.domain_event_entry.global_index;


--
-- Name: personal_data_reveal; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.personal_data_reveal (
    id bigint NOT NULL,
    user_id character varying(200) NOT NULL,
    roles character varying(500) NOT NULL,
    kind character varying(50) NOT NULL,
    subject character varying(200),
    field character varying(200),
    revealed_at timestamp with time zone NOT NULL,
    request_id character varying(200)
);


--
-- Name: personal_data_reveal_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.personal_data_reveal_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: personal_data_reveal_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.personal_data_reveal_id_seq OWNED BY public.personal_data_reveal.id;


--
-- Name: petition_deadline; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petition_deadline (
    petition_id character varying(64) NOT NULL,
    deadline date NOT NULL,
    level character varying(20) NOT NULL,
    unit_code character varying(64) NOT NULL
);


--
-- Name: petition_registry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petition_registry (
    petition_id character varying(64) NOT NULL,
    unit_code character varying(64) NOT NULL,
    registered_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: petitioner; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petitioner (
    petition_id character varying(64) NOT NULL,
    full_name text,
    phone text,
    id_number text,
    address text,
    email text
);


--
-- Name: saga_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.saga_entry (
    saga_id character varying(255) NOT NULL,
    revision character varying(255),
    saga_type character varying(255),
    serialized_saga bytea
);


--
-- Name: snapshot_event_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.snapshot_event_entry (
    aggregate_identifier character varying(255) NOT NULL,
    sequence_number bigint NOT NULL,
    type character varying(255) NOT NULL,
    event_identifier character varying(255) NOT NULL,
    meta_data bytea,
    payload bytea NOT NULL,
    payload_revision character varying(255),
    payload_type character varying(255) NOT NULL,
    time_stamp character varying(255) NOT NULL
);


--
-- Name: token_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.token_entry (
    processor_name character varying(255) NOT NULL,
    segment integer NOT NULL,
    token bytea,
    token_type character varying(255),
    time_stamp character varying(255),
    owner character varying(255)
);


--
-- Name: association_value_entry id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.association_value_entry ALTER COLUMN id SET DEFAULT nextval('public.association_value_entry_id_seq'::regclass);


--
-- Name: domain_event_entry global_index; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domain_event_entry ALTER COLUMN global_index SET DEFAULT nextval('public.domain_event_entry_global_index_seq'::regclass);


--
-- Name: personal_data_reveal id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.personal_data_reveal ALTER COLUMN id SET DEFAULT nextval('public.personal_data_reveal_id_seq'::regclass);


--
-- Name: association_value_entry association_value_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.association_value_entry
    ADD CONSTRAINT association_value_entry_pkey PRIMARY KEY (id);


--
-- Name: audit_chain audit_chain_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_chain
    ADD CONSTRAINT audit_chain_pkey PRIMARY KEY (aggregate_id, seq);


--
-- Name: domain_event_entry domain_event_entry_aggregate_identifier_sequence_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domain_event_entry
    ADD CONSTRAINT domain_event_entry_aggregate_identifier_sequence_number_key UNIQUE (aggregate_identifier, sequence_number);


--
-- Name: domain_event_entry domain_event_entry_event_identifier_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domain_event_entry
    ADD CONSTRAINT domain_event_entry_event_identifier_key UNIQUE (event_identifier);


--
-- Name: domain_event_entry domain_event_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domain_event_entry
    ADD CONSTRAINT domain_event_entry_pkey PRIMARY KEY (global_index);


--
-- Name: personal_data_reveal personal_data_reveal_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.personal_data_reveal
    ADD CONSTRAINT personal_data_reveal_pkey PRIMARY KEY (id);


--
-- Name: petition_deadline petition_deadline_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_deadline
    ADD CONSTRAINT petition_deadline_pkey PRIMARY KEY (petition_id);


--
-- Name: petition_registry petition_registry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_registry
    ADD CONSTRAINT petition_registry_pkey PRIMARY KEY (petition_id);


--
-- Name: petitioner petitioner_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitioner
    ADD CONSTRAINT petitioner_pkey PRIMARY KEY (petition_id);


--
-- Name: dead_letter_entry pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dead_letter_entry
    ADD CONSTRAINT pk PRIMARY KEY (deadletteridentifier);


--
-- Name: saga_entry saga_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.saga_entry
    ADD CONSTRAINT saga_entry_pkey PRIMARY KEY (saga_id);


--
-- Name: dead_letter_entry sequenceindex_index; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dead_letter_entry
    ADD CONSTRAINT sequenceindex_index UNIQUE (processinggroup, sequenceidentifier, sequenceindex);


--
-- Name: snapshot_event_entry snapshot_event_entry_event_identifier_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.snapshot_event_entry
    ADD CONSTRAINT snapshot_event_entry_event_identifier_key UNIQUE (event_identifier);


--
-- Name: snapshot_event_entry snapshot_event_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.snapshot_event_entry
    ADD CONSTRAINT snapshot_event_entry_pkey PRIMARY KEY (aggregate_identifier, sequence_number);


--
-- Name: token_entry token_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.token_entry
    ADD CONSTRAINT token_entry_pkey PRIMARY KEY (processor_name, segment);


--
-- Name: petition_registry_commune; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX petition_registry_commune ON public.petition_registry USING btree (split_part((unit_code)::text, '-'::text, 1));


--
-- Name: processinggroup_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX processinggroup_index ON public.dead_letter_entry USING btree (processinggroup);


--
-- Name: sequenceidentifier_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sequenceidentifier_index ON public.dead_letter_entry USING btree (processinggroup, sequenceidentifier);


--
-- Name: petitioner petitioner_petition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitioner
    ADD CONSTRAINT petitioner_petition_id_fkey FOREIGN KEY (petition_id) REFERENCES public.petition_registry(petition_id);


--
-- PostgreSQL database dump complete
--


