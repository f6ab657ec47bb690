package vn.doanket.axon.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest service that uses the platform's Axon module: one event-sourced {@link Counter}. */
@SpringBootApplication
public class CounterTestApplication {
}
