package io.newsflow.app.it.security;

import io.newsflow.app.kafka.EmbeddedKafka;
import io.newsflow.app.kafka.LoopbackPorts;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * An embedded broker with three client listeners: PLAINTEXT for the test's own administration (its ANONYMOUS
 * principal is a super user), SSL (server certificate from {@link TestKeystores}), and SASL_PLAINTEXT with the PLAIN
 * and SCRAM-SHA-256 mechanisms. The standard KRaft authorizer is on, so SASL principals need ACLs.
 */
final class SecureBroker implements AutoCloseable {

    static final String ADMIN_USER = "admin";
    static final String PLAIN_USER = "newsflow";

    private final EmbeddedKafka kafka;
    private final int sslPort;
    private final int saslPort;
    private final String plainPassword;

    private SecureBroker(EmbeddedKafka kafka, int sslPort, int saslPort, String plainPassword) {
        this.kafka = kafka;
        this.sslPort = sslPort;
        this.saslPort = saslPort;
        this.plainPassword = plainPassword;
    }

    static SecureBroker start(Path dir, TestKeystores keys) {
        int[] ports = LoopbackPorts.take(4);
        int plain = ports[0];
        int ssl = ports[1];
        int sasl = ports[2];
        int controller = ports[3];
        String password = "pw-" + Long.toHexString(System.nanoTime());
        Map<String, String> overrides = new HashMap<>();
        overrides.put("listeners", "PLAINTEXT://127.0.0.1:" + plain + ",SSL://127.0.0.1:" + ssl
                + ",SASL_PLAINTEXT://127.0.0.1:" + sasl + ",CONTROLLER://127.0.0.1:" + controller);
        overrides.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + plain + ",SSL://127.0.0.1:" + ssl
                + ",SASL_PLAINTEXT://127.0.0.1:" + sasl);
        overrides.put("listener.security.protocol.map",
                "PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
        overrides.put("ssl.keystore.location", keys.keystore().toString());
        overrides.put("ssl.keystore.type", "PKCS12");
        overrides.put("ssl.keystore.password", keys.password());
        overrides.put("ssl.key.password", keys.password());
        overrides.put("sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-256");
        overrides.put("listener.name.sasl_plaintext.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required user_" + PLAIN_USER + "=\"" + password + "\";");
        overrides.put("listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        overrides.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        // the test's admin client and the controller connect without authentication, and the SSL clients carry no
        // client certificate, so all three are ANONYMOUS; the PLAIN user checks authentication only; the SCRAM users
        // get exactly the ACLs docs/operators.md lists
        overrides.put("super.users", "User:ANONYMOUS;User:" + PLAIN_USER);
        return new SecureBroker(EmbeddedKafka.start(dir, plain, controller, overrides), ssl, sasl, password);
    }

    /** The PLAINTEXT listener, for the test's administration. */
    String plaintext() {
        return kafka.bootstrapServers();
    }

    String ssl() {
        return "127.0.0.1:" + sslPort;
    }

    String sasl() {
        return "127.0.0.1:" + saslPort;
    }

    /** The PLAIN password of {@link #PLAIN_USER}. */
    String plainPassword() {
        return plainPassword;
    }

    @Override
    public void close() {
        kafka.close();
    }
}
