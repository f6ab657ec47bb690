-- Test only (SchemaMigrationTest): a later migration, as a release after the first one would ship it.
CREATE INDEX domain_event_entry_time_stamp ON domain_event_entry (time_stamp);
