package vn.doanket.audit.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest event-sourced service with the audit chain: one {@link Ledger} aggregate. */
@SpringBootApplication
public class LedgerTestApplication {
}
