package io.newsflow.ingest.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches one URL: follows redirects by hand (so each hop gets the same headers and the final URL is known), asks
 * for gzip and decodes it, cuts the body at the size cap, and gives up at a deadline covering the whole fetch. Each
 * request connects to the address the SSRF guard checked for it ({@link PinnedRequest}).
 *
 * <p>Thread-safe; one instance serves all fetch threads.
 */
public final class HttpFetcher {

    private final PinnedRequest request;
    private final String userAgent;
    private final Duration requestTimeout;
    private final long maxBodyBytes;
    private final int maxCompressionRatio;
    private final int maxRedirects;
    private final Clock clock;
    private final AddressGuard guard;

    /**
     * @param client a client built by {@link #newClient}
     * @param userAgent User-Agent header for every request
     * @param requestTimeout deadline for the whole fetch, redirects and body included
     * @param maxBodyBytes size cap on the decoded body
     * @param maxCompressionRatio a body decoding to more than this many times its encoded size is cut there (a bomb)
     * @param maxRedirects redirects followed before failing
     * @param clock the source of fetch times
     * @param guard the SSRF guard every URL and redirect hop must pass
     */
    public HttpFetcher(
            CloseableHttpClient client,
            String userAgent,
            Duration requestTimeout,
            long maxBodyBytes,
            int maxCompressionRatio,
            int maxRedirects,
            Clock clock,
            AddressGuard guard) {
        this.request = new PinnedRequest(client);
        this.userAgent = userAgent;
        this.requestTimeout = requestTimeout;
        this.maxBodyBytes = maxBodyBytes;
        this.maxCompressionRatio = maxCompressionRatio;
        this.maxRedirects = maxRedirects;
        this.clock = clock;
        this.guard = guard;
    }

    /**
     * The HTTP client a fetcher needs (the caller owns and closes it): HTTP/1.1, no redirects followed, no
     * decompression, no retries or cookies, and no name resolution at all, since every request names the address
     * the guard checked; a request that would resolve a name fails instead of reaching an unchecked address.
     *
     * @param connectTimeout how long to wait for a TCP/TLS connection
     * @param maxConnections connections kept open in all, and per host
     */
    public static CloseableHttpClient newClient(Duration connectTimeout, int maxConnections) {
        return newClient(connectTimeout, maxConnections, PoolingHttpClientConnectionManagerBuilder.create());
    }

    /**
     * A client like {@link #newClient(Duration, int)} that trusts the certificates {@code tls} trusts instead of the
     * JDK's default trust store (a test's self-signed certificate, or an operator's private CA). Host names are still
     * verified against the certificate.
     */
    public static CloseableHttpClient newClient(Duration connectTimeout, int maxConnections, SSLContext tls) {
        return newClient(
                connectTimeout,
                maxConnections,
                PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(new DefaultClientTlsStrategy(tls)));
    }

    private static CloseableHttpClient newClient(Duration connectTimeout, int maxConnections,
            PoolingHttpClientConnectionManagerBuilder connectionManager) {
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)).build();
        return HttpClients.custom()
                .setConnectionManager(connectionManager
                        .setDefaultConnectionConfig(connections)
                        .setMaxConnTotal(maxConnections)
                        .setMaxConnPerRoute(maxConnections)
                        .setDnsResolver(new RefusingResolver())
                        .build())
                .disableRedirectHandling()
                .disableContentCompression()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    /** Fetches {@code url} unconditionally, with no check but the SSRF guard; never throws. */
    public FetchOutcome fetch(String url) {
        return fetch(url, Validators.NONE, HopCheck.NONE);
    }

    /**
     * Fetches {@code url}: every hop must pass the SSRF guard and then {@code check} (robots.txt, politeness).
     * Every failure is an outcome, never an exception.
     *
     * @param validators sent as If-None-Match / If-Modified-Since, so an unchanged page answers 304
     */
    public FetchOutcome fetch(String url, Validators validators, HopCheck check) {
        long deadline = System.nanoTime() + requestTimeout.toNanos();
        String current = url;
        List<String> hops = new ArrayList<>();
        try {
            for (int redirects = 0; ; redirects++) {
                AddressGuard.Checked checked = guard.check(current);
                if (checked.address() == null) {
                    return new FetchOutcome.Refused(url, current, String.valueOf(checked.refusal()));
                }
                long waitStart = System.nanoTime();
                Optional<FetchOutcome> stop = check.beforeRequest(url, current);
                if (stop.isPresent()) {
                    return stop.get();
                }
                deadline += System.nanoTime() - waitStart; // waiting for the host's turn is not the server's time
                PinnedRequest.Reply reply;
                try {
                    reply = send(current, checked.address(), deadline, validators);
                } finally {
                    check.afterRequest(current);
                }
                if (!isRedirect(reply.status())) {
                    return outcome(url, current, reply, hops);
                }
                if (redirects == maxRedirects) {
                    throw new RedirectException(url, current, redirects, "too many redirects");
                }
                if (redirects > 0) {
                    hops.add(current);
                }
                current = location(url, current, redirects, reply);
            }
        } catch (TimeoutException e) {
            return new FetchOutcome.Timeout(url, requestTimeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // keep the flag so the pool's shutdownNow still ends the thread
            return new FetchOutcome.Failed(url, e);
        } catch (IOException | RedirectException | IllegalArgumentException e) {
            return new FetchOutcome.Failed(url, e);
        }
    }

    private FetchOutcome outcome(String url, String current, PinnedRequest.Reply reply, List<String> hops)
            throws IOException {
        int status = reply.status();
        if (isSuccess(status)) {
            return page(url, current, reply, hops);
        }
        if (status == 304) {
            return new FetchOutcome.NotModified(url, current);
        }
        return new FetchOutcome.HttpError(url, current, status, reply.header("Retry-After"));
    }

    private PinnedRequest.Reply send(String url, InetAddress address, long deadline, Validators validators)
            throws IOException, TimeoutException {
        if (deadline - System.nanoTime() <= 0) {
            throw new TimeoutException("deadline of " + requestTimeout + " passed before requesting " + url);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", userAgent);
        headers.put("Accept-Encoding", "gzip");
        if (validators.etag() != null) {
            headers.put("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            headers.put("If-Modified-Since", validators.lastModified());
        }
        return request.send(url, address, headers, encoding -> BodyDecoder.rawCap(encoding, maxBodyBytes), deadline);
    }

    private FetchOutcome page(String url, String finalUrl, PinnedRequest.Reply reply, List<String> hops)
            throws IOException {
        CappedBytes body = BodyDecoder.decode(reply.header("Content-Encoding"), reply.body(), maxBodyBytes,
                maxCompressionRatio);
        String contentType = reply.header("Content-Type");
        MediaType mediaType = MediaType.parse(contentType);
        String charset = mediaType.isHtml()
                ? CharsetSniffer.detect(body.bytes(), mediaType.charset())
                : mediaType.charset();
        Page page = new Page(url, finalUrl, reply.status(), contentType, charset, reply.header("ETag"),
                reply.header("Last-Modified"), body.bytes(), body.truncated(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), hops);
        return page.truncated() ? new FetchOutcome.TooLarge(page) : new FetchOutcome.Fetched(page);
    }

    private static String location(String url, String current, int redirects, PinnedRequest.Reply reply)
            throws RedirectException {
        String location = reply.header("Location");
        if (location == null || location.isBlank()) {
            throw new RedirectException(url, current, redirects, "redirect without a Location header");
        }
        return URI.create(current).resolve(location.trim()).toString();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status <= 299;
    }

    /** Resolves nothing: ingest connects only to addresses its SSRF guard checked. */
    private static final class RefusingResolver implements org.apache.hc.client5.http.DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            throw new UnknownHostException("not resolved again after the SSRF check: " + host);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            throw new UnknownHostException("not resolved again after the SSRF check: " + host);
        }
    }
}
