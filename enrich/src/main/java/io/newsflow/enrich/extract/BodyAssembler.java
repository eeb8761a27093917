package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Builds the article body: the blocks inside the best-scoring container and the siblings merged with it, without the
 * headline, link lists, byline and "read more" lines; the visible lead prepended when it sits outside the container;
 * and a trailing agency note split off.
 */
final class BodyAssembler {

    private BodyAssembler() {}

    static ExtractedBody assemble(List<CandidateBlock> candidates, @Nullable String description, List<String> leads) {
        return assemble(candidates, description, leads, false);
    }

    /** As {@link #assemble(List, String, List)}; {@code modules} as in {@link ContentScorer#body(List, boolean)}. */
    static ExtractedBody assemble(
            List<CandidateBlock> candidates, @Nullable String description, List<String> leads, boolean modules) {
        Optional<ContentScorer.Body> body = ContentScorer.body(candidates, modules);
        if (body.isEmpty()) {
            return ExtractedBody.NONE;
        }
        return assemble(candidates, body.get().roots(), description, leads);
    }

    /**
     * The body held by {@code roots} (the best container and its merged siblings, or the page's main text cluster),
     * in document order.
     */
    static ExtractedBody assemble(
            List<CandidateBlock> candidates, List<Element> roots, @Nullable String description, List<String> leads) {
        Sorter sorter = new Sorter();
        String headline = candidates.stream()
                .filter(CandidateBlock::title)
                .map(CandidateBlock::text)
                .findFirst()
                .orElse(null);
        for (int i = 0; i < candidates.size(); i++) {
            CandidateBlock block = candidates.get(i);
            boolean isHeadline = block.title() && block.text().equals(headline);
            if (!isHeadline && isInside(block, roots) && !labelsLinks(candidates, i)) {
                sorter.accept(block);
            }
        }
        List<BodyBlock> blocks = sorter.blocks;
        RepeatedCopy.drop(blocks);
        prependLeads(blocks, LeadFinder.leads(candidates, roots.get(0), description, leads));
        String note = splitAgencyNote(blocks);
        List<BodyBlock> withLabels = List.copyOf(blocks);
        FurnitureRules.dropTrailingLabels(blocks);
        List<String> signature = ClosingSignature.after(blocks, withLabels.subList(blocks.size(), withLabels.size()));
        note = note != null ? note : splitAgencyNote(blocks);
        return new ExtractedBody(blocks, note, sorter.bylineNames, signature, sorter.captions, sorter.headings,
                sorter.linkedHeadings, true, sorter.sameSiteTeasers, BodyEvidence.count(roots));
    }

    private static boolean isInside(CandidateBlock block, List<Element> roots) {
        for (Element root : roots) {
            if (block.isInside(root)) {
                return true;
            }
        }
        return false;
    }

    /** Sorts the container's blocks into body text, captions and bylines, counting (linked) headings. */
    private static final class Sorter {
        private final List<BodyBlock> blocks = new ArrayList<>();
        private final List<String> bylineNames = new ArrayList<>();
        private final List<String> captions = new ArrayList<>();
        private int headings;
        private int linkedHeadings;
        private int sameSiteTeasers;

        void accept(CandidateBlock block) {
            if (block.caption()) {
                captions.add(block.text());
                return;
            }
            boolean heading = block.kind() == BlockKind.HEADING;
            headings += heading ? 1 : 0;
            if (block.linkDensity() > DomRules.MAX_LINK_DENSITY) {
                linkedHeadings += heading ? 1 : 0;
                sameSiteTeasers += heading && block.sameSiteLink() ? 1 : 0;
            } else if (isByline(block)) {
                bylineNames.addAll(BylineParser.names(block.text()));
            } else if (!FurnitureRules.isFurniture(block.text())) {
                // a CMS that writes its UTF-8 text out twice garbles every apostrophe and accent of the body too
                blocks.add(new BodyBlock(block.kind(), Utf8Mojibake.repaired(block.text())));
            }
        }
    }

    /**
     * Whether a paragraph, or a heading, is a byline: older content systems set the byline as a small heading under
     * the headline ("<h5><em>Von Leonora Holling</em></h5>"). A heading that opens with "With" or "Mit" introduces
     * a feature ("With Live Translation, ..."), not a credit.
     */
    private static boolean isByline(CandidateBlock block) {
        return switch (block.kind()) {
            case PARAGRAPH -> BylineParser.isByline(block.text());
            case HEADING -> BylineParser.isByline(block.text()) && !BylineParser.opensWithAmbiguousLabel(block.text());
            default -> false;
        };
    }

    private static boolean labelsLinks(List<CandidateBlock> candidates, int index) {
        return candidates.get(index).kind() == BlockKind.HEADING && index + 1 < candidates.size()
                && candidates.get(index + 1).linkDensity() > DomRules.MAX_LINK_DENSITY;
    }

    private static void prependLeads(List<BodyBlock> blocks, List<String> leads) {
        int at = 0;
        for (String lead : leads) {
            boolean present = blocks.stream().anyMatch(block -> LeadFinder.sharesOpening(block.text(), lead));
            if (!present) {
                blocks.add(at++, new BodyBlock(BlockKind.PARAGRAPH, lead));
            }
        }
    }

    private static @Nullable String splitAgencyNote(List<BodyBlock> blocks) {
        if (blocks.isEmpty() || blocks.get(blocks.size() - 1).kind() != BlockKind.PARAGRAPH) {
            return null;
        }
        int last = blocks.size() - 1;
        Optional<AgencyNote> note = AgencyNote.find(blocks.get(last).text());
        if (note.isEmpty()) {
            return null;
        }
        if (note.get().remainder().isEmpty()) {
            blocks.remove(last);
        } else {
            blocks.set(last, new BodyBlock(BlockKind.PARAGRAPH, note.get().remainder()));
        }
        return note.get().note();
    }
}
