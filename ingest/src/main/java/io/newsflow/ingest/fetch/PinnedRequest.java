package io.newsflow.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP GET sent to the address the SSRF guard checked, never to a fresh DNS answer: the connection goes to
 * {@code address} while the Host header, TLS SNI and certificate check use the URL's host name. The body of a 2xx
 * response is read up to a cap and within the fetch's deadline (a body that drips stops at the deadline); an
 * unfinished exchange is aborted, so its connection is dropped rather than drained.
 */
final class PinnedRequest {

    private final CloseableHttpClient client;

    /** @param client a client that neither follows redirects nor decompresses, and refuses to resolve names */
    PinnedRequest(CloseableHttpClient client) {
        this.client = client;
    }

    /**
     * Sends the request and reads the answer.
     *
     * @param headers request headers
     * @param rawCap bytes of a 2xx body read at most, as a function of its Content-Encoding
     * @param deadline {@link System#nanoTime()} by which the whole answer must be in
     * @throws TimeoutException when the connection, the headers or the body miss the deadline
     */
    Reply send(String url, InetAddress address, Map<String, String> headers, RawCap rawCap, long deadline)
            throws IOException, TimeoutException {
        URI uri = URI.create(url);
        HttpGet get = new HttpGet(uri);
        Timeout remaining = Timeout.of(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        get.setConfig(RequestConfig.custom().setRedirectsEnabled(false).setContentCompressionEnabled(false)
                .setResponseTimeout(remaining).setConnectionRequestTimeout(remaining).build());
        headers.forEach(get::setHeader);
        HttpHost target = new HttpHost(uri.getScheme(), address, uri.getHost(), port(uri));
        boolean complete = false;
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(target, get, null);
            Map<String, String> answered = headers(response);
            int status = response.getCode();
            HttpEntity entity = response.getEntity();
            CappedBytes body = status >= 200 && status <= 299 && entity != null
                    ? read(entity.getContent(), rawCap.of(answered.get("content-encoding")), deadline)
                    : CappedBytes.EMPTY;
            complete = !body.truncated() && (entity == null || status >= 200 && status <= 299);
            return new Reply(status, answered, body);
        } catch (SocketTimeoutException e) { // ConnectTimeoutException is one too
            throw timeout(url, e);
        } finally {
            if (!complete) {
                // Drops the connection (and releases its lease) instead of reading the rest of a huge, dripping or
                // unread error body; closing the response afterwards would only read from the closed socket.
                get.cancel();
            } else if (response != null) {
                response.close(); // the body was read to its end: the connection goes back to the pool
            }
        }
    }

    private static CappedBytes read(InputStream in, long cap, long deadline) throws IOException, TimeoutException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            if (System.nanoTime() - deadline > 0) {
                throw new TimeoutException("body not complete by the fetch deadline");
            }
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, cap + 1 - out.size()));
            if (read < 0) {
                return new CappedBytes(out.toByteArray(), false);
            }
            out.write(buffer, 0, read);
            if (out.size() > cap) {
                return new CappedBytes(Arrays.copyOf(out.toByteArray(), (int) cap), true);
            }
        }
    }

    private static Map<String, String> headers(ClassicHttpResponse response) {
        Map<String, String> first = new TreeMap<>();
        for (Header header : response.getHeaders()) {
            first.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
        }
        return first;
    }

    private static TimeoutException timeout(String url, Exception cause) {
        TimeoutException timeout = new TimeoutException("no answer from " + url + " in time: " + cause.getMessage());
        timeout.initCause(cause);
        return timeout;
    }

    static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The raw bytes to read for a body with a given Content-Encoding. */
    @FunctionalInterface
    interface RawCap {
        long of(@Nullable String contentEncoding);
    }

    /**
     * An answer.
     *
     * @param status the HTTP status
     * @param headers the first value of each header, by lower-case name
     * @param body the raw (still encoded) body of a 2xx answer, empty otherwise
     */
    record Reply(int status, Map<String, String> headers, CappedBytes body) {

        /** The first value of header {@code name} (any case), null when absent. */
        @Nullable String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
