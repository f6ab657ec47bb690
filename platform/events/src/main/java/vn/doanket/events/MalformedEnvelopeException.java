package vn.doanket.events;

/**
 * A message that can never be processed (not JSON, not an envelope, a payload that does not
 * fit its type). Consumers must not retry it: it goes to the dead-letter topic.
 */
public class MalformedEnvelopeException extends RuntimeException {

    public MalformedEnvelopeException(String message, Throwable cause) {
        super(message, cause);
    }
}
