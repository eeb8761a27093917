package io.newsflow.enrich.step;

/** Why a step rejected a record: expected outcomes, routed to the dead-letter topic as data. */
public enum Reason {
    /** The page is an index, tag or other non-article page. */
    NOT_AN_ARTICLE,
    /** The page has no article text, or too little of it. */
    NO_BODY,
    /** The page has no headline. */
    NO_TITLE,
    /** The fetch did not return the page (non-2xx status recorded in the raw article). */
    NOT_FETCHED,
    /** The page is over {@code enrich.max.page.bytes}; it was not parsed. */
    TOO_LARGE
}
