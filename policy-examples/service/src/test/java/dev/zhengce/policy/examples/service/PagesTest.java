package dev.zhengce.policy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Attainment;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.EnterpriseProfile;
import dev.zhengce.policy.calc.Inconsistency;
import dev.zhengce.policy.calc.Match;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.model.Ambiguity;
import dev.zhengce.policy.model.ChineseAmount;
import dev.zhengce.policy.model.Citation;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.InvalidInputException;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.PolicyJson;
import dev.zhengce.policy.model.Reading;
import dev.zhengce.policy.model.Readings;
import dev.zhengce.policy.model.Target;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The pages under {@code /web/} over real HTTP, without a browser: status, content and the
 * message beside the field on bad input. Every amount, step, verdict count and sentence is
 * checked against the SDK computing the same thing here.
 */
class PagesTest extends ServiceTest {
    static final String SAMPLES = "/dev/zhengce/policy/examples/samples/";
    static final Policy POLICY = Policy.mengzhou();

    /** A visitor: a client of its own, with its cookies (the session, once signed in). */
    final class Visitor {
        final HttpClient client = HttpClient.newBuilder()
                .connectTimeout(GUARD)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();

        Reply get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).timeout(GUARD).GET().build());
        }

        Reply form(String path, Map<String, String> fields) throws IOException, InterruptedException {
            StringJoiner body = new StringJoiner("&");
            fields.forEach((k, v) -> body.add(encode(k) + "=" + encode(v)));
            return send(HttpRequest.newBuilder(uri(path))
                    .timeout(GUARD)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build());
        }

        Reply upload(String path, Map<String, String> fields, String fileName, byte[] file)
                throws IOException, InterruptedException {
            String boundary = "----zhengce" + UUID.randomUUID();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            fields.forEach((k, v) -> write(
                    b,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n"));
            write(
                    b,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"observations\"; filename=\""
                            + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            b.writeBytes(file);
            write(b, "\r\n--" + boundary + "--\r\n");
            return send(HttpRequest.newBuilder(uri(path))
                    .timeout(GUARD)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray()))
                    .build());
        }

        /** Signs in with the form, as a person does: the form's CSRF token, the account. */
        void signIn(String credentials) throws IOException, InterruptedException {
            Reply login = get("/web/login");
            assertEquals(200, login.status, login.body);
            int colon = credentials.indexOf(':');
            Reply done = form(
                    "/web/login",
                    Map.of(
                            "_csrf",
                            Html.input(login.body, "_csrf"),
                            "username",
                            credentials.substring(0, colon),
                            "password",
                            credentials.substring(colon + 1)));
            assertEquals(302, done.status, done.body);
            assertTrue(
                    done.header("Location").endsWith("/web/award"),
                    "signed in, to the award page: " + done.header("Location"));
        }

        private Reply send(HttpRequest request) throws IOException, InterruptedException {
            return new Reply(client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void write(ByteArrayOutputStream b, String s) {
        b.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sample(String name) {
        try (InputStream in = PagesTest.class.getResourceAsStream(SAMPLES + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EnterpriseProfile sampleProfile() {
        return PolicyJson.read(
                new String(sample("enterprise-profile.json"), StandardCharsets.UTF_8), EnterpriseProfile.class);
    }

    /** The calculator's query for a profile: its fields named as the API names them. */
    static String query(EnterpriseProfile p) {
        StringJoiner q = new StringJoiner("&", "?", "");
        q.add("id=" + encode(p.id()));
        p.statuses().forEach(s -> q.add("statuses=" + encode(s)));
        p.year().ifPresent(y -> q.add("year=" + y));
        p.facts().forEach((k, v) -> q.add(encode("facts." + k) + "=" + v.toPlainString()));
        p.rates().forEach((k, v) -> q.add(encode("rates." + k) + "=" + v.toPlainString()));
        p.amounts().forEach((k, v) -> q.add(encode("amounts." + k) + "=" + v.toPlainString()));
        p.honours().forEach(h -> q.add("honours=" + encode(h)));
        return q.toString();
    }

    /** The page's content: HTML in UTF-8, no stack trace. */
    static void assertPage(Reply reply, int status) {
        assertEquals(status, reply.status, reply.body);
        assertTrue(reply.contentType.startsWith("text/html"), reply.contentType);
        assertFalse(reply.body.contains("Exception") || reply.body.contains("\tat "), reply.body);
        assertFalse(reply.body.contains("springframework"), reply.body);
    }

    @Test
    void theCalculatorListsEveryRuleWithTheSdksVerdictAndEstimate() throws Exception {
        EnterpriseProfile profile = sampleProfile();
        Reply page = new Visitor().get("/web/calculator" + query(profile));
        assertPage(page, 200);
        List<Match> matches = POLICY.subsidies().match(profile);
        assertEquals(
                matches.size(),
                Html.all(page.body, "data-verdict", "QUALIFIES").size()
                        + Html.all(page.body, "data-verdict", "MAY_QUALIFY").size()
                        + Html.all(page.body, "data-verdict", "DOES_NOT_QUALIFY")
                                .size());
        for (Match m : matches) {
            String row = Html.byId(page.body, "match-" + m.rule().id());
            assertNotNull(row, m.rule().id());
            assertTrue(row.contains("data-verdict=\"" + m.verdict().name() + "\""), row);
            String amount = Html.first(row, "class", "amount");
            if (m.amount().isPresent()) {
                assertEquals(
                        Cny.format(m.amount().get()),
                        Html.text(amount),
                        m.rule().id());
                assertEquals(ChineseAmount.write(m.amount().get()), Html.text(Html.first(row, "class", "capitals")));
            } else {
                assertEquals(null, amount, row);
            }
            for (String u : m.unmet()) {
                assertTrue(Html.text(row).contains(u), u + " in " + row);
            }
            for (String u : m.missing()) {
                assertTrue(Html.text(row).contains(u), u + " in " + row);
            }
            assertTrue(Html.text(row).contains(m.rule().citation().sentence()), row);
        }
    }

    @Test
    void aNumberThatIsNotOneIsRefusedBesideItsField() throws Exception {
        Reply page = new Visitor().get("/web/calculator?id=x&facts.software-investment=3%2C000%2C000x");
        assertPage(page, 400);
        String error = Html.byId(page.body, "error-facts.software-investment");
        assertNotNull(error, page.body);
        assertTrue(Html.text(error).startsWith("= 3,000,000x: a plain non-negative decimal"), error);
        assertFalse(page.body.contains("id=\"matches\""), "no results on bad input");
    }

    @Test
    void theSdksRefusalIsShownBesideTheFieldItsPathNames() throws Exception {
        InvalidInputException sdk = assertThrows(
                InvalidInputException.class,
                () -> EnterpriseProfile.builder().id("x").year(1990).build());
        Reply page = new Visitor().get("/web/calculator?id=x&year=1990");
        assertPage(page, 400);
        assertEquals("year", sdk.field());
        String error = Html.byId(page.body, "error-" + sdk.field());
        assertNotNull(error, page.body);
        assertTrue(Html.text(error).endsWith(sdk.rule()), error + " / " + sdk.rule());
        // the award's: the path costs.hardware-investment beside that input
        InvalidInputException missing = assertThrows(
                InvalidInputException.class,
                () -> POLICY.subsidies()
                        .award(Application.builder()
                                .id("a")
                                .rule("intelligent-transformation-subsidy")
                                .year(2018)
                                .cost("software-investment", "3000000")
                                .build()));
        Reply award = new Visitor()
                .get("/web/award?rule=intelligent-transformation-subsidy&id=a&year=2018"
                        + "&costs.software-investment=3000000&costs.hardware-investment=");
        assertPage(award, 400);
        assertEquals("costs.hardware-investment", missing.field());
        assertEquals(missing.rule(), Html.text(Html.byId(award.body, "error-" + missing.field())));
    }

    @Test
    void anAwardShowsTheSdksStepsAndTheAmountInCapitalsAndTheWhatIfBesideIt() throws Exception {
        Application application = Application.builder()
                .id("W-1")
                .applicant("mengzhou-bearing")
                .rule("intelligent-transformation-subsidy")
                .year(2018)
                .cost("software-investment", "3000000")
                .cost("hardware-investment", "5000000")
                .build();
        Award award = POLICY.subsidies().award(application);
        Award alternative = POLICY.subsidies()
                .with(dev.zhengce.policy.calc.Overrides.parse("intelligent-transformation-subsidy.rate=0.2"))
                .award(application);
        Reply page = new Visitor()
                .get("/web/award?rule=intelligent-transformation-subsidy&id=W-1"
                        + "&applicant=mengzhou-bearing&year=2018&costs.software-investment=3000000"
                        + "&costs.hardware-investment=5000000&whatIf.rate=0.2");
        assertPage(page, 200);
        String baseline = Html.byId(page.body, "baseline");
        String what = Html.byId(page.body, "alternative");
        for (Object[] pair : new Object[][] {{award, baseline}, {alternative, what}}) {
            Award a = (Award) pair[0];
            String shown = (String) pair[1];
            assertEquals(Cny.format(a.amount().get()), Html.text(Html.first(shown, "class", "amount")));
            assertEquals(ChineseAmount.write(a.amount().get()), Html.text(Html.first(shown, "class", "capitals")));
            List<String> steps =
                    Html.all(shown, "class", "step").stream().map(Html::text).toList();
            assertEquals(
                    a.steps().stream()
                            .map(s -> s.explain(Language.ZH)
                                    .replaceAll("\\s+", " ")
                                    .strip())
                            .toList(),
                    steps);
        }
        assertTrue(Html.text(Html.byId(page.body, "delta"))
                .endsWith(Cny.format(
                        alternative.amount().get().subtract(award.amount().get()))));
        // recording needs a signed-in writer: the page offers to sign in, not to record
        assertTrue(page.body.contains("id=\"sign-in-to-record\""));
        assertFalse(page.body.contains("id=\"record\""));
    }

    @Test
    void recordingNeedsTheWriterSignedInWithTheFormAndItsToken() throws Exception {
        String recipient = "pages-" + UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("rule", "intelligent-transformation-subsidy");
        fields.put("id", "R-" + recipient);
        fields.put("applicant", recipient);
        fields.put("year", "2018");
        fields.put("costs.software-investment", "3000000");
        fields.put("costs.hardware-investment", "5000000");
        // nobody signed in: to the sign-in page, nothing recorded
        Visitor anonymous = new Visitor();
        Reply refused = anonymous.form(PageSecurity.RECORD, fields);
        assertTrue(refused.status == 302 || refused.status == 403, refused.status + " " + refused.body);
        // the reader: signed in, but may not record (403, a page)
        Visitor reader = new Visitor();
        reader.signIn(reader());
        Reply award = reader.get("/web/award" + query(fields));
        assertPage(award, 200);
        assertFalse(award.body.contains("id=\"record\""), "a reader is not offered to record");
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", Html.input(award.body, "_csrf"));
        Reply denied = reader.form(PageSecurity.RECORD, withToken);
        assertPage(denied, 403);
        // the writer, without the token: refused; with it: recorded, as the writer
        Visitor writer = new Visitor();
        writer.signIn(writer());
        Reply form = writer.get("/web/award" + query(fields));
        assertTrue(form.body.contains("id=\"record\""), form.body);
        assertEquals(403, writer.form(PageSecurity.RECORD, fields).status);
        assertEquals(
                0, get("/ledger/" + recipient, writer()).json().path("records").size());
        Map<String, String> recordForm = new LinkedHashMap<>(fields);
        recordForm.put("_csrf", Html.input(form.body, "_csrf"));
        Reply recorded = writer.form(PageSecurity.RECORD, recordForm);
        assertPage(recorded, 200);
        assertNotNull(Html.byId(recorded.body, "recorded"), recorded.body);
        JsonNode records = get("/ledger/" + recipient, writer()).json().path("records");
        assertEquals(1, records.size(), records.toString());
        assertEquals(
                writer().substring(0, writer().indexOf(':')),
                records.get(0).path("recordedBy").asText());
        BigDecimal amount = POLICY.subsidies()
                .award(Application.builder()
                        .id("R-" + recipient)
                        .applicant(recipient)
                        .rule("intelligent-transformation-subsidy")
                        .year(2018)
                        .cost("software-investment", "3000000")
                        .cost("hardware-investment", "5000000")
                        .build())
                .amount()
                .get();
        assertEquals(amount.toPlainString(), records.get(0).path("amount").asText());
        assertEquals(Cny.format(amount), Html.text(Html.first(Html.byId(recorded.body, "award"), "class", "amount")));
        // the same reference again: the ledger's repeat, the same award, nothing recorded twice
        Reply again = writer.form(PageSecurity.RECORD, recordForm);
        assertPage(again, 200);
        assertEquals(Cny.format(amount), Html.text(Html.first(Html.byId(again.body, "award"), "class", "amount")));
        assertEquals(
                1, get("/ledger/" + recipient, writer()).json().path("records").size());
    }

    static String query(Map<String, String> fields) {
        StringJoiner q = new StringJoiner("&", "?", "");
        fields.forEach((k, v) -> q.add(encode(k) + "=" + encode(v)));
        return q.toString();
    }

    @Test
    void theScorecardOfTheSampleUploadCountsAsTheSdk() throws Exception {
        Observation[] observations =
                PolicyJson.read(new String(sample("observations.json"), StandardCharsets.UTF_8), Observation[].class);
        Scorecard card = POLICY.attainment().scorecard(Arrays.asList(observations), 2019);
        Visitor visitor = new Visitor();
        Reply form = visitor.get("/web/scorecard");
        assertPage(form, 200);
        for (String file : List.of("observations.csv", "observations.xlsx")) {
            Reply page = visitor.upload(
                    "/web/scorecard",
                    Map.of("_csrf", Html.input(form.body, "_csrf"), "asOf", "2019"),
                    file,
                    sample(file));
            assertPage(page, 200);
            String overall = Html.byId(page.body, "overall");
            for (Attainment.Verdict v : Attainment.Verdict.values()) {
                assertEquals(
                        String.valueOf(card.overall().count(v)),
                        Html.text(Html.first(overall, "data-verdict", v.name())),
                        file + " " + v);
            }
            card.byPlan().forEach((plan, tally) -> {
                String row = Html.first(page.body, "data-plan", plan);
                assertEquals(String.valueOf(tally.total()), Html.text(Html.first(row, "class", "num total")), plan);
            });
            card.byLeadDepartment().forEach((d, tally) -> {
                String row = Html.first(page.body, "data-department", d);
                assertEquals(String.valueOf(tally.total()), Html.text(Html.first(row, "class", "num total")), d);
            });
            String overdue = Html.byId(page.body, "overdue");
            assertEquals(card.overdue(2019).size(), count(overdue, "data-target"), overdue);
            for (Attainment a : card.overdue(2019)) {
                assertNotNull(
                        Html.first(overdue, "data-target", a.target().id()),
                        a.target().id());
            }
            assertTrue(page.body.contains("src=\"data:image/png;base64,"), "the chart");
        }
        // the kept upload, as of another year, in English
        Scorecard earlier = POLICY.attainment().scorecard(Arrays.asList(observations), 2018);
        Reply again = visitor.get("/web/scorecard?asOf=2018&lang=en");
        assertPage(again, 200);
        assertEquals(
                String.valueOf(earlier.overall().count(Attainment.Verdict.MET)),
                Html.text(Html.first(Html.byId(again.body, "overall"), "data-verdict", "MET")));
    }

    /** Counts the elements with an attribute, whatever its value. */
    private static int count(String html, String attribute) {
        int n = 0;
        String needle = " " + attribute + "=\"";
        for (int at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void anotherReadingOfTheNoticeIsChosenBesideTheKeptUpload() throws Exception {
        Observation[] observations =
                PolicyJson.read(new String(sample("observations.json"), StandardCharsets.UTF_8), Observation[].class);
        Visitor visitor = new Visitor();
        Reply form = visitor.get("/web/scorecard");
        visitor.upload(
                "/web/scorecard",
                Map.of("_csrf", Html.input(form.body, "_csrf"), "asOf", "2019"),
                "observations.csv",
                sample("observations.csv"));
        for (Ambiguity a : POLICY.catalog().ambiguities()) {
            for (Reading r : a.alternatives()) {
                Scorecard card = Policy.of(POLICY.catalog().under(Readings.parse(a.id() + "=" + r.id())))
                        .attainment()
                        .scorecard(Arrays.asList(observations), 2019);
                Reply page = visitor.get("/web/scorecard?asOf=2019&" + encode("reading." + a.id()) + "=" + r.id());
                assertPage(page, 200);
                String overall = Html.byId(page.body, "overall");
                for (Attainment.Verdict v : Attainment.Verdict.values()) {
                    assertEquals(
                            String.valueOf(card.overall().count(v)),
                            Html.text(Html.first(overall, "data-verdict", v.name())),
                            a.id() + "=" + r.id() + " " + v);
                }
                String select = Html.byId(page.body, "reading." + a.id()).replaceAll("\\s+", " ");
                assertTrue(
                        select.contains("<option value=\"" + r.id() + "\" selected=\"selected\">"),
                        "the reading shown as chosen: " + r.id() + " " + select);
            }
        }
        Reply unknown = visitor.get("/web/scorecard?asOf=2019&reading.cultivated-count=sometimes");
        assertPage(unknown, 400);
        assertNotNull(Html.byId(unknown.body, "error-reading.cultivated-count"), unknown.body);
    }

    @Test
    void aBadRowOfTheUploadIsNamedBesideTheFileInput() throws Exception {
        Visitor visitor = new Visitor();
        Reply form = visitor.get("/web/scorecard");
        byte[] bad = "target,year,value\nhigh-tech-enterprises-2018,2018,lots\n".getBytes(StandardCharsets.UTF_8);
        Reply page = visitor.upload(
                "/web/scorecard", Map.of("_csrf", Html.input(form.body, "_csrf"), "asOf", "2019"), "bad.csv", bad);
        assertPage(page, 400);
        String error = Html.text(Html.byId(page.body, "error-observations"));
        assertTrue(error.startsWith("bad.csv: line 2"), error);
        assertTrue(error.contains("value"), error);
        // without the form's token the upload is refused
        assertEquals(
                403,
                new Visitor()
                        .upload(
                                "/web/scorecard",
                                Map.of("asOf", "2019"),
                                "observations.csv",
                                sample("observations.csv"))
                        .status);
    }

    @Test
    void theNoticeAnchorsEveryCitedSentenceAndLinksBack() throws Exception {
        Reply page = new Visitor().get("/web/notice");
        assertPage(page, 200);
        for (Target target : POLICY.catalog().targets()) {
            String link = Html.first(page.body, "data-target", target.id());
            assertNotNull(link, target.id());
            String anchor = link.replaceAll("(?s).*href=\"#([^\"]+)\".*", "$1");
            String sentence = Html.byId(page.body, anchor);
            assertNotNull(sentence, anchor);
            assertEquals(target.citation().sentence(), Html.exactText(sentence), target.id());
            assertTrue(page.body.contains("<a href=\"#target-" + target.id() + "\">"), "links back to " + target.id());
        }
        // the contradictions, each with both sentences
        String contradictions = Html.byId(page.body, "contradictions");
        assertEquals(POLICY.inconsistencies().size(), count(contradictions, "data-kind"));
        for (Inconsistency i : POLICY.inconsistencies()) {
            assertTrue(
                    Html.text(contradictions).contains(i.text().zh()), i.text().zh());
            for (Citation c : i.citations()) {
                assertTrue(Html.text(contradictions).contains(c.sentence()), c.sentence());
            }
        }
    }

    @Test
    void englishByTheSwitchKeptInLinks() throws Exception {
        Reply page = new Visitor().get("/web/calculator?lang=en");
        assertPage(page, 200);
        assertTrue(page.body.contains("<html lang=\"en\""), page.body.substring(0, 200));
        assertTrue(page.body.contains(
                POLICY.catalog().subsidy("robot-subsidy").name().en()));
        assertTrue(page.body.contains("href=\"/web/notice?lang=en\""), "links keep the language");
        String zh = new Visitor().get("/web/calculator").body;
        assertTrue(zh.contains("<html lang=\"zh\""));
        assertTrue(zh.contains(POLICY.catalog().subsidy("robot-subsidy").name().zh()));
    }
}
