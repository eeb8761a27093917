package io.newsflow.ingest.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one URL: follows redirects by hand (so each hop gets the same headers and the final URL is known), asks
 * for gzip and decodes it, cuts the body at the size cap, and gives up at a deadline covering the whole fetch.
 *
 * <p>Thread-safe; one instance serves all fetch threads.
 */
public final class HttpFetcher {

    private final HttpClient client;
    private final String userAgent;
    private final Duration requestTimeout;
    private final long maxBodyBytes;
    private final int maxCompressionRatio;
    private final int maxRedirects;
    private final Clock clock;
    private final AddressGuard guard;

    /**
     * @param client an HTTP client that does not follow redirects itself
     * @param userAgent User-Agent header for every request
     * @param requestTimeout deadline for the whole fetch, redirects and body included
     * @param maxBodyBytes size cap on the decoded body
     * @param maxCompressionRatio a body decoding to more than this many times its encoded size is cut there (a bomb)
     * @param maxRedirects redirects followed before failing
     * @param clock the source of fetch times
     * @param guard the SSRF guard every URL and redirect hop must pass
     */
    public HttpFetcher(
            HttpClient client,
            String userAgent,
            Duration requestTimeout,
            long maxBodyBytes,
            int maxCompressionRatio,
            int maxRedirects,
            Clock clock,
            AddressGuard guard) {
        if (client.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the client must not follow redirects; HttpFetcher does");
        }
        this.client = client;
        this.userAgent = userAgent;
        this.requestTimeout = requestTimeout;
        this.maxBodyBytes = maxBodyBytes;
        this.maxCompressionRatio = maxCompressionRatio;
        this.maxRedirects = maxRedirects;
        this.clock = clock;
        this.guard = guard;
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
                long waitStart = System.nanoTime();
                Optional<FetchOutcome> stop = checkHop(url, current, check);
                if (stop.isPresent()) {
                    return stop.get();
                }
                deadline += System.nanoTime() - waitStart; // waiting for the host's turn is not the server's time
                HttpResponse<CappedBytes> response;
                try {
                    response = send(current, deadline, validators);
                } finally {
                    check.afterRequest(current);
                }
                int status = response.statusCode();
                if (!isRedirect(status)) {
                    return outcome(url, current, response, hops);
                }
                if (redirects == maxRedirects) {
                    throw new RedirectException(url, current, redirects, "too many redirects");
                }
                if (redirects > 0) {
                    hops.add(current);
                }
                current = location(url, current, redirects, response);
            }
        } catch (TimeoutException | HttpTimeoutException e) {
            return new FetchOutcome.Timeout(url, requestTimeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // keep the flag so the pool's shutdownNow still ends the thread
            return new FetchOutcome.Failed(url, e);
        } catch (IOException | RedirectException | IllegalArgumentException e) {
            return new FetchOutcome.Failed(url, e);
        }
    }

    private Optional<FetchOutcome> checkHop(String url, String hop, HopCheck check) throws InterruptedException {
        Optional<String> refusal = guard.refusal(hop);
        if (refusal.isPresent()) {
            return Optional.of(new FetchOutcome.Refused(url, hop, refusal.get()));
        }
        return check.beforeRequest(url, hop);
    }

    private FetchOutcome outcome(String url, String current, HttpResponse<CappedBytes> response, List<String> hops)
            throws IOException {
        int status = response.statusCode();
        if (isSuccess(status)) {
            return page(url, current, response, hops);
        }
        if (status == 304) {
            return new FetchOutcome.NotModified(url, current);
        }
        return new FetchOutcome.HttpError(url, current, status, response.headers().firstValue("Retry-After").orElse(null));
    }

    private HttpResponse<CappedBytes> send(String url, long deadline, Validators validators)
            throws IOException, InterruptedException, TimeoutException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new TimeoutException("deadline of " + requestTimeout + " passed before requesting " + url);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", userAgent)
                .header("Accept-Encoding", "gzip")
                .GET();
        if (validators.etag() != null) {
            builder.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            builder.header("If-Modified-Since", validators.lastModified());
        }
        HttpRequest request = builder.build();
        CompletableFuture<HttpResponse<CappedBytes>> response = client.sendAsync(request, this::subscriber);
        try {
            return response.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            response.cancel(true); // aborts the exchange, so a slow body stops downloading
            throw e;
        } catch (ExecutionException e) {
            throw unwrap(url, e);
        }
    }

    private HttpResponse.BodySubscriber<CappedBytes> subscriber(HttpResponse.ResponseInfo info) {
        if (!isSuccess(info.statusCode())) {
            return BodySubscribers.replacing(CappedBytes.EMPTY);
        }
        String encoding = info.headers().firstValue("Content-Encoding").orElse(null);
        return new CappedBodySubscriber(BodyDecoder.rawCap(encoding, maxBodyBytes));
    }

    private FetchOutcome page(String url, String finalUrl, HttpResponse<CappedBytes> response, List<String> hops)
            throws IOException {
        var headers = response.headers();
        CappedBytes body = BodyDecoder.decode(
                headers.firstValue("Content-Encoding").orElse(null), response.body(), maxBodyBytes, maxCompressionRatio);
        String contentType = headers.firstValue("Content-Type").orElse(null);
        MediaType mediaType = MediaType.parse(contentType);
        String charset = mediaType.isHtml()
                ? CharsetSniffer.detect(body.bytes(), mediaType.charset())
                : mediaType.charset();
        Page page = new Page(url, finalUrl, response.statusCode(), contentType, charset,
                headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null),
                body.bytes(), body.truncated(), clock.instant().truncatedTo(ChronoUnit.MILLIS), hops);
        return page.truncated() ? new FetchOutcome.TooLarge(page) : new FetchOutcome.Fetched(page);
    }

    private static String location(String url, String current, int redirects, HttpResponse<?> response)
            throws RedirectException {
        String location = response.headers().firstValue("Location").orElse("").trim();
        if (location.isEmpty()) {
            throw new RedirectException(url, current, redirects, "redirect without a Location header");
        }
        return URI.create(current).resolve(location).toString();
    }

    private static IOException unwrap(String url, ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException("fetching " + url + " failed", cause);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status <= 299;
    }
}
