package dev.zhengce.policy.examples.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** Reading the pages' HTML in tests without a browser: an element by its id or attribute, its text. */
final class Html {
    private Html() {}

    /** Returns the element with an id, from its start tag to its end tag, or {@code null}. */
    static String byId(String html, String id) {
        return element(html, html.indexOf(" id=\"" + id + "\""));
    }

    /** Returns every element whose start tag has an attribute with a value, such as {@code data-rule="x"}. */
    static List<String> all(String html, String attribute, String value) {
        List<String> list = new ArrayList<>();
        String needle = " " + attribute + "=\"" + value + "\"";
        for (int at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + 1)) {
            list.add(element(html, at));
        }
        return list;
    }

    /** Returns the element with an attribute, the first. */
    static String first(String html, String attribute, String value) {
        List<String> all = all(html, attribute, value);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Returns the element one of whose start tag's attributes is at {@code at}. */
    private static String element(String html, int at) {
        if (at < 0) {
            return null;
        }
        int start = html.lastIndexOf('<', at);
        Matcher name = Pattern.compile("<([a-zA-Z0-9]+)").matcher(html).region(start, html.length());
        if (!name.lookingAt()) {
            return null;
        }
        String tag = name.group(1);
        Pattern tags = Pattern.compile("<(/?)" + tag + "(?=[\\s>/])");
        Matcher m = tags.matcher(html);
        int depth = 0;
        int from = start;
        while (m.find(from)) {
            depth += m.group(1).isEmpty() ? 1 : -1;
            from = m.end();
            if (depth == 0) {
                return html.substring(start, html.indexOf('>', m.end()) + 1);
            }
        }
        return html.substring(start);
    }

    /** Returns the text of HTML: tags removed, entities read, white space collapsed. */
    static String text(String html) {
        if (html == null) {
            return null;
        }
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]*>", " "))
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** Returns the text of an element without white space changed: tags removed, entities read. */
    static String exactText(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]*>", ""));
    }

    /** Returns the value of a hidden input of a form, such as the CSRF token. */
    static String input(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
                .matcher(html);
        return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
    }
}
