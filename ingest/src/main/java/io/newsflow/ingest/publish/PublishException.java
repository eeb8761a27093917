package io.newsflow.ingest.publish;

/** A record the broker did not acknowledge; the pass that sent it fails with this. */
public final class PublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String topic;
    private final String key;

    /**
     * @param topic the topic the record was sent to
     * @param key its key
     * @param cause why the send failed
     */
    public PublishException(String topic, String key, Throwable cause) {
        super("send of " + key + " to " + topic + " failed: " + cause, cause);
        this.topic = topic;
        this.key = key;
    }

    /** The topic the record was sent to. */
    public String topic() {
        return topic;
    }

    /** The record's key. */
    public String key() {
        return key;
    }
}
