/**
 * Pre-rendering: the parts of the page rendered once instead of on every request, and the
 * result part, the page and the htmx swap written from a skeleton per shape. Nothing here
 * refers to the web room's controllers and views ({@code ArchitectureTest}); they reach
 * it through {@link dev.ucdhcp.web.prerender.Form} and records.
 *
 * <h2>Rules for whoever edits a template that takes part</h2>
 *
 * The templates are {@code fragments/result.html}, {@code fragments/config.html},
 * {@code fragments/sites.html}, {@code fragments/field.html},
 * {@code fragments/vendors.html}, and the pages that write parts rendered ahead,
 * {@code index.html}, {@code fragments/errors.html} and {@code fragments/banner.html};
 * each says so at its top.
 * <ol>
 * <li>A skeleton is the template rendered once with numbered marks in place of every
 * non-empty text of the view, then filled with each result's own texts, escaped as
 * {@code th:text} escapes them. So a template may <em>print</em> a text (in
 * {@code th:text}, {@code th:attr}, {@code th:href}, {@code th:value}, joined with other
 * text) and may test whether it is <em>empty</em>, and nothing else: no comparison with a
 * value ({@code == 'kea'}), no length, prefix, case or {@code #strings} function, no
 * {@code @{...}} link built from it (that encodes it), no {@code th:utext} of it.</li>
 * <li>Every choice the markup makes is a flag (a {@code boolean} of the view), an enum,
 * or a list and its size: what a text's value would decide is decided in Java and handed
 * to the template as a flag ({@code fitsCisco}, {@code applies}, {@code explainOpen}).
 * Numbers the page prints are texts of the view ({@code option43Length}).</li>
 * <li>A view holds only records, lists, texts, booleans and enums
 * ({@link dev.ucdhcp.web.prerender.ViewTexts} refuses anything else, and the page then
 * renders that result with the template every time).</li>
 * <li>Markup written with {@code th:utext} comes from the view already escaped by
 * {@link dev.ucdhcp.web.prerender.HtmlText} ({@code configHtml}): escaping commutes with
 * filling.</li>
 * <li>A part rendered ahead (a field, its error line, the sites part, the server tabs)
 * reads only the view it is given, never the request or another model variable: it is
 * rendered once, outside any request.</li>
 * <li>The page around a result ({@code index.html} with {@code layout.html}) and the htmx
 * swap ({@code fragments/result :: swap} with {@code fragments/errors.html} and
 * {@code fragments/banner.html}) are skeletons too ({@code PageSkeletons}): their texts
 * are {@code pageTitle} and {@code advancedSummary}, their parts the result markup and
 * the parts rendered ahead. Around those they may read from {@code form} only what
 * {@link dev.ucdhcp.web.prerender.Form#pageChoices} lists; a new choice goes there first.
 * They read no request: the skeleton is rendered outside one.</li>
 * </ol>
 * A new shape is kept only when two different fillings both read byte for byte as the
 * template renders them ({@link dev.ucdhcp.web.prerender.Skeleton#checked}); a template
 * that breaks a rule is then rendered every time, slower but right, and a warning is
 * logged. {@code SkeletonDifferentialTest} renders thousands of seeded random inputs both
 * ways and fails on the first byte that differs.
 */
package dev.ucdhcp.web.prerender;
