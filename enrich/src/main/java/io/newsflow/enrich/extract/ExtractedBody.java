package io.newsflow.enrich.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body as {@link BodyAssembler} found it, with the evidence {@link PageClassifier} needs.
 *
 * @param blocks the body blocks in reading order
 * @param agencyNote the trailing agency note removed from the last paragraph
 * @param bylineNames names from byline paragraphs found inside the body container
 * @param signature the name signing the text on a line of its own under it ({@link ClosingSignature}); dropped from
 *     the blocks with the other trailing labels
 * @param captions image captions and credits found inside the body container, in order
 * @param headings how many headings the container held
 * @param linkedHeadings how many of them were mostly links (teaser headlines)
 * @param containerFound whether any element scored as a body container
 * @param sameSiteTeasers how many of the linked headings link to the page's own site
 * @param counts images, videos, timestamps and live markers inside the body container (never page-wide)
 */
record ExtractedBody(
        List<BodyBlock> blocks,
        @Nullable String agencyNote,
        List<String> bylineNames,
        List<String> signature,
        List<String> captions,
        int headings,
        int linkedHeadings,
        boolean containerFound,
        int sameSiteTeasers,
        PageCounts counts) {

    static final PageCounts NO_COUNTS = new PageCounts(0, 0, 0, 0, 0);

    static final ExtractedBody NONE =
            new ExtractedBody(List.of(), null, List.of(), List.of(), List.of(), 0, 0, false, 0, NO_COUNTS);

    ExtractedBody {
        blocks = List.copyOf(blocks);
        bylineNames = List.copyOf(bylineNames);
        signature = List.copyOf(signature);
        captions = List.copyOf(captions);
    }
}
