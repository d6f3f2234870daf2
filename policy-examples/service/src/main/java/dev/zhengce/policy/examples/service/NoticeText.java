package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Condition;
import dev.zhengce.policy.model.SourceText;
import dev.zhengce.policy.model.Subsidy;
import dev.zhengce.policy.model.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.util.HtmlUtils;

/**
 * The notice's full text as the notice page shows it, every sentence anchored: each cited
 * sentence is an element of its own ({@code id="c120-178"}, its first and past-last character),
 * exactly the cited characters, so that a link to it lands on it and {@code :target} highlights
 * it; after it, links back to the rules and targets that cite it; the text between cited
 * sentences is cut into sentences at 。 and line ends, each anchored too ({@code id="t530"}).
 * Citations never cross (one may hold another); a held one is an element inside the holder.
 * Built once from the catalog and its text; immutable.
 */
public final class NoticeText {
    /** One cited place of the text, and what cites it. */
    private static final class Place {
        final int start;
        final int end;
        final List<String[]> citedBy = new ArrayList<>();

        Place(int start, int end) {
            this.start = start;
            this.end = end;
        }

        String anchor() {
            return "c" + start + "-" + end;
        }
    }

    private final String text;
    private final List<Place> places;
    private final Map<Citation, Place> byCitation = new LinkedHashMap<>();

    private NoticeText(String text, List<Place> places) {
        this.text = text;
        this.places = places;
    }

    /**
     * Reads where the catalog's citations are in its text, and which rules and targets cite each.
     *
     * @param catalog the catalog
     * @param source  its text
     * @return the anchored text
     */
    static NoticeText of(Catalog catalog, SourceText source) {
        Map<String, Place> found = new LinkedHashMap<>();
        NoticeText notice = new NoticeText(source.text(), new ArrayList<>());
        for (Citation c : catalog.citations()) {
            int at = source.locate(c);
            if (at >= 0) {
                Place p = found.computeIfAbsent(
                        at + "-" + (at + c.sentence().length()),
                        k -> new Place(at, at + c.sentence().length()));
                notice.byCitation.put(c, p);
            }
        }
        for (Subsidy rule : catalog.subsidies()) {
            notice.citedBy(rule.citation(), "rule-" + rule.id(), rule.id());
            for (Condition condition : rule.conditions()) {
                notice.citedBy(condition.citation(), "rule-" + rule.id(), rule.id());
            }
        }
        for (Target target : catalog.targets()) {
            notice.citedBy(target.citation(), "target-" + target.id(), target.id());
        }
        notice.places.addAll(found.values());
        notice.places.sort(Comparator.<Place>comparingInt(p -> p.start).thenComparing(p -> -p.end));
        return notice;
    }

    private void citedBy(Citation citation, String anchor, String id) {
        Place p = byCitation.get(citation);
        if (p != null && p.citedBy.stream().noneMatch(c -> c[0].equals(anchor))) {
            p.citedBy.add(new String[] {anchor, id});
        }
    }

    /**
     * Returns the anchor of a citation's sentence in the text, for a link {@code #anchor}.
     *
     * @param citation the citation
     * @return the anchor, or empty if the sentence is not in the text
     */
    public Optional<String> anchor(Citation citation) {
        return Optional.ofNullable(byCitation.get(citation)).map(Place::anchor);
    }

    /**
     * Returns the text as HTML, every character of the text escaped; links are fragments of the page.
     *
     * @return the HTML
     */
    public String html() {
        StringBuilder b = new StringBuilder(text.length() * 3);
        int[] next = {0};
        int at = render(b, 0, text.length(), next, true);
        plain(b, at, text.length());
        return b.toString();
    }

    /** Renders the places from {@code next[0]} that lie within [from, to); returns where it stopped. */
    private int render(StringBuilder b, int from, int to, int[] next, boolean top) {
        int at = from;
        while (next[0] < places.size() && places.get(next[0]).start < to && places.get(next[0]).end <= to) {
            Place p = places.get(next[0]++);
            if (top) {
                plain(b, at, p.start);
            } else {
                b.append(HtmlUtils.htmlEscape(text.substring(at, p.start)));
            }
            b.append("<span class=\"cited\" id=\"").append(p.anchor()).append("\">");
            int inner = render(b, p.start, p.end, next, false);
            b.append(HtmlUtils.htmlEscape(text.substring(inner, p.end))).append("</span>");
            if (top) {
                backLinks(b, p);
            }
            at = p.end;
        }
        return at;
    }

    /** Links back to the rules and targets citing a place and the places it holds. */
    private void backLinks(StringBuilder b, Place outer) {
        List<String[]> links = new ArrayList<>();
        for (Place p : places) {
            if (p.start >= outer.start && p.end <= outer.end) {
                for (String[] c : p.citedBy) {
                    if (links.stream().noneMatch(l -> l[0].equals(c[0]))) {
                        links.add(c);
                    }
                }
            }
        }
        if (links.isEmpty()) {
            return;
        }
        b.append("<sup class=\"cited-by\">");
        for (String[] l : links) {
            b.append("<a href=\"#")
                    .append(HtmlUtils.htmlEscape(l[0]))
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(l[1]))
                    .append("</a>");
        }
        b.append("</sup>");
    }

    /** Text no citation covers, cut into anchored sentences at 。 and line ends. */
    private void plain(StringBuilder b, int from, int to) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                sentence(b, start, i);
                b.append('\n');
                start = i + 1;
            } else if (c == '。' || c == '；' || c == '？' || c == '！') {
                sentence(b, start, i + 1);
                start = i + 1;
            }
        }
        sentence(b, start, to);
    }

    private void sentence(StringBuilder b, int from, int to) {
        if (from >= to) {
            return;
        }
        String s = text.substring(from, to);
        if (s.isBlank()) {
            b.append(HtmlUtils.htmlEscape(s));
            return;
        }
        b.append("<span class=\"sentence\" id=\"t")
                .append(from)
                .append("\">")
                .append(HtmlUtils.htmlEscape(s))
                .append("</span>");
    }
}
