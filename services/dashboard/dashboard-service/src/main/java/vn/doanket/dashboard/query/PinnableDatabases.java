package vn.doanket.dashboard.query;

import com.mongodb.client.MongoClient;

/**
 * A read-model database factory whose active database can switch (a rebuild's switch-over): a batch pins the
 * database that was active when it began. Implemented by the rebuild's {@code ReadModelDatabase}; declared here so
 * the query side does not depend on the rebuild package (which depends on it).
 */
public interface PinnableDatabases {

    /** The name of the database in use now. */
    String active();

    /** The client all the databases live in. */
    MongoClient client();
}
