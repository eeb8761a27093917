package io.newsflow.ingest.discover;

import io.newsflow.ingest.SourceSpec;
import io.newsflow.ingest.discover.SourceReader.SourceContent;
import io.newsflow.schemas.avro.Discovery;
import io.newsflow.schemas.avro.DiscoveryMethod;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Lists the URLs of a plain-text list: one per line, blank lines and {@code #} comments ignored. */
public final class ListDiscoverer implements Discoverer {

    private final SourceReader reader;

    /** @param reader reads the list's bytes */
    public ListDiscoverer(SourceReader reader) {
        this.reader = reader;
    }

    @Override
    public List<DiscoveredUrl> discover(SourceSpec source) throws SourceException {
        return parse(reader.read(source));
    }

    /** The URLs in a list, decoded with the charset the server named, else UTF-8. */
    public static List<DiscoveredUrl> parse(SourceContent content) {
        return new String(content.bytes(), charset(content.charset())).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> new DiscoveredUrl(line, discovery(content.location())))
                .toList();
    }

    private static Discovery discovery(String source) {
        // A fresh record per URL (records are mutable); not a copy-builder, whose deep copy of the enum trips
        // Avro's class-trust check unless AvroSerde has been loaded first.
        return Discovery.newBuilder().setMethod(DiscoveryMethod.LIST).setSourceUrl(source).build();
    }

    private static Charset charset(@Nullable String name) {
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            // A wrong charset label on a URL list: UTF-8 (a superset of ASCII, which URLs are) still reads it.
            return StandardCharsets.UTF_8;
        }
    }
}
