package io.newsflow.enrich.extract;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A scan of the page run once, when first asked, and remembered: most pages state their author and date before the
 * late fallbacks that need a full scan are reached. Confined to the one thread extracting the page.
 */
final class Once<T> implements Supplier<T> {

    private final Supplier<T> scan;
    private @Nullable T value;

    Once(Supplier<T> scan) {
        this.scan = scan;
    }

    @Override
    public T get() {
        if (value == null) {
            value = scan.get();
        }
        return value;
    }
}
