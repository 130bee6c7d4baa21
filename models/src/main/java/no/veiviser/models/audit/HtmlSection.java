package no.veiviser.models.audit;

/** One section of the HTML audit report: an anchor id, a heading and a body. */
public interface HtmlSection {
    String id();

    String title();

    /** Appends the section's body (everything under its heading). */
    void body(HtmlContext context, StringBuilder out);
}
