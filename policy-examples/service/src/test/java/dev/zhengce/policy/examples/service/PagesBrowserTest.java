package dev.zhengce.policy.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.Attainment;
import dev.zhengce.policy.calc.Award;
import dev.zhengce.policy.calc.EnterpriseProfile;
import dev.zhengce.policy.calc.Match;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.model.ChineseAmount;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.PolicyJson;
import dev.zhengce.policy.model.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages walked in a real browser, as a person walks them: Debian's {@code chromium} and
 * {@code chromium-driver}, headless, against the service on a random port. Each step waits
 * explicitly for the page it leads to ({@link WebDriverWait}); nothing is timed. The amounts,
 * steps, counts and sentences read off the pages are compared with the SDK computing the same.
 * A screenshot of each page is kept under {@code target/pages/}.
 *
 * <p>Without a browser the test is skipped, except where {@code CI=true}: there it fails, so that
 * a CI without chromium does not pass by skipping.
 */
class PagesBrowserTest extends ServiceTest {
    static final Path SHOTS = Path.of("target", "pages");
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        Path chromium = firstExisting("ZHENGCE_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        Path driver = firstExisting("ZHENGCE_CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        if (chromium == null || driver == null) {
            String why = "no chromium and chromium-driver (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                fail(why + ": CI=true, where the pages must be walked in a browser");
            }
            assumeTrue(false, why + ": the browser test is skipped");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1400,1000",
                "--lang=zh-CN",
                "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, GUARD);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Path firstExisting(String variable, String... paths) {
        String given = System.getenv(variable);
        if (given != null && Files.isExecutable(Path.of(given))) {
            return Path.of(given);
        }
        for (String p : paths) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    private void open(String path, By ready) {
        browser.get("http://127.0.0.1:" + port + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(ready));
    }

    /** Keeps a screenshot of the window, the element shown at its top. */
    private static void shot(String name, String id) throws IOException {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
        shot(name);
    }

    private static void shot(String name) throws IOException {
        Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks and waits for the next page to replace this one, then for an element of it. */
    private static void clickAndWait(WebElement element, By ready) {
        element.click();
        wait.until(d -> gone(element));
        wait.until(ExpectedConditions.presenceOfElementLocated(ready));
    }

    /**
     * Whether an element has left the document. Chromium may answer a question about an element
     * of a page being replaced with "does not belong to the document" (an unknown error) instead
     * of a stale reference: that answer means the same.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    @Test
    void theCalculatorFilledByHandGivesTheSdksEstimatesAndLeadsToTheAwardStepByStep() throws IOException {
        EnterpriseProfile profile = PolicyJson.read(
                new String(PagesTest.sample("enterprise-profile.json"), StandardCharsets.UTF_8),
                EnterpriseProfile.class);
        open("/web/calculator", By.id("calculator"));
        type("id", profile.id());
        profile.year().ifPresent(y -> type("year", y.toString()));
        for (String status : profile.statuses()) {
            browser.findElement(By.cssSelector("label[for='status-" + status + "']"))
                    .click();
        }
        profile.facts().forEach((k, v) -> type("facts." + k, v.toPlainString()));
        profile.rates().forEach((k, v) -> type("rates." + k, v.toPlainString()));
        clickAndWait(browser.findElement(By.id("calculate")), By.id("matches"));
        List<Match> matches = PagesTest.POLICY.subsidies().match(profile);
        assertEquals(
                matches.size(),
                browser.findElements(By.cssSelector("#matches tbody tr")).size());
        for (Match m : matches) {
            WebElement row = browser.findElement(By.id("match-" + m.rule().id()));
            assertEquals(
                    m.verdict().name(), row.findElement(By.className("verdict")).getText());
            List<WebElement> amount = row.findElements(By.className("amount"));
            if (m.amount().isPresent()) {
                assertEquals(
                        Cny.format(m.amount().get()),
                        amount.get(0).getText(),
                        m.rule().id());
                assertEquals(
                        ChineseAmount.write(m.amount().get()),
                        row.findElement(By.className("capitals")).getText());
            } else {
                assertTrue(amount.isEmpty(), m.rule().id());
            }
        }
        shot("calculator", "results-title");

        // the intelligent-transformation estimate, opened: the same facts, its steps and 大写
        String rule = "intelligent-transformation-subsidy";
        clickAndWait(browser.findElement(By.cssSelector("#match-" + rule + " .award-link")), By.id("award"));
        Award award = PagesTest.POLICY
                .subsidies()
                .award(Application.builder()
                        .id(profile.id() + "-" + rule)
                        .applicant(profile.id())
                        .rule(rule)
                        .year(profile.year().get())
                        .cost("software-investment", profile.facts().get("software-investment"))
                        .cost("hardware-investment", profile.facts().get("hardware-investment"))
                        .build());
        WebElement shown = browser.findElement(By.id("award"));
        assertEquals(
                ChineseAmount.write(award.amount().get()),
                shown.findElement(By.className("capitals")).getText());
        assertEquals(
                award.steps().stream()
                        .map(s -> s.explain(Language.ZH).replaceAll("\\s+", " ").strip())
                        .toList(),
                shown.findElements(By.className("step")).stream()
                        .map(e -> e.getText().replaceAll("\\s+", " ").strip())
                        .toList());
        shot("award", "award");

        // a what-if rate beside the baseline
        type("whatIf.rate", "0.2");
        clickAndWait(browser.findElement(By.id("compute")), By.id("alternative"));
        Award alternative = PagesTest.POLICY
                .subsidies()
                .with(dev.zhengce.policy.calc.Overrides.parse(rule + ".rate=0.2"))
                .award(award.application());
        assertEquals(
                Cny.format(alternative.amount().get()),
                browser.findElement(By.cssSelector("#alternative .amount")).getText());
        assertEquals(
                Cny.format(award.amount().get()),
                browser.findElement(By.cssSelector("#baseline .amount")).getText());
        shot("award-what-if", "award");

        // bad input: the message beside the field, in the field's own paragraph
        type("costs.hardware-investment", "五百万");
        clickAndWait(browser.findElement(By.id("compute")), By.id("form-errors"));
        WebElement error = browser.findElement(By.id("error-costs.hardware-investment"));
        assertTrue(error.isDisplayed());
        assertTrue(error.getText().startsWith("= 五百万: a plain non-negative decimal"), error.getText());
        WebElement input = browser.findElement(By.id("costs.hardware-investment"));
        assertEquals("true", input.getAttribute("aria-invalid"));
        assertEquals(input.findElement(By.xpath("..")), error.findElement(By.xpath("..")), "beside its input");
        shot("award-bad-input", "form-errors");
    }

    @Test
    void theSampleUploadGivesTheSdksCountsAndTheChart() throws IOException {
        Observation[] observations = PolicyJson.read(
                new String(PagesTest.sample("observations.json"), StandardCharsets.UTF_8), Observation[].class);
        Scorecard card = PagesTest.POLICY.attainment().scorecard(Arrays.asList(observations), 2019);
        Path csv = Files.createTempFile(Path.of("target"), "observations-", ".csv");
        Files.write(csv, PagesTest.sample("observations.csv"));
        open("/web/scorecard", By.id("upload"));
        browser.findElement(By.id("observations")).sendKeys(csv.toAbsolutePath().toString());
        type("asOf", "2019");
        clickAndWait(browser.findElement(By.id("evaluate")), By.id("tally"));
        for (Attainment.Verdict v : Attainment.Verdict.values()) {
            assertEquals(
                    String.valueOf(card.overall().count(v)),
                    browser.findElement(By.cssSelector("#overall td[data-verdict='" + v.name() + "']"))
                            .getText(),
                    v.name());
        }
        for (Map.Entry<String, Scorecard.Tally> e : card.byPlan().entrySet()) {
            assertEquals(
                    String.valueOf(e.getValue().total()),
                    browser.findElement(By.cssSelector("tr[data-plan='" + e.getKey() + "'] td.total"))
                            .getText(),
                    e.getKey());
        }
        for (Map.Entry<Integer, Scorecard.Tally> e : card.byYear().entrySet()) {
            assertEquals(
                    String.valueOf(e.getValue().total()),
                    browser.findElement(By.cssSelector("tr[data-year='" + e.getKey() + "'] td.total"))
                            .getText(),
                    e.getKey().toString());
        }
        assertEquals(
                card.overdue(2019).size(),
                browser.findElements(By.cssSelector("#overdue li[data-target]")).size());
        WebElement chart = browser.findElement(By.id("chart"));
        Object width = ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", chart);
        assertTrue(((Number) width).intValue() > 0, "the chart is an image the browser can draw");
        shot("scorecard", "scorecard");
    }

    @Test
    void aTargetsNumberLandsOnItsSentenceHighlightedAndTheSwitchGivesEnglish() throws IOException {
        Target target = PagesTest.POLICY.catalog().target("high-tech-enterprises-2018");
        open("/web/notice", By.id("text"));
        WebElement figure = browser.findElement(By.cssSelector("a.figure[data-target='" + target.id() + "']"));
        figure.click();
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.querySelector(':target')") != null);
        WebElement landed =
                (WebElement) ((JavascriptExecutor) browser).executeScript("return document.querySelector(':target')");
        assertEquals(target.citation().sentence(), landed.getAttribute("textContent"));
        assertTrue(browser.getCurrentUrl().endsWith("#" + landed.getAttribute("id")), browser.getCurrentUrl());
        String highlight = landed.getCssValue("background-color");
        String plain = browser.findElement(By.cssSelector("#text .sentence")).getCssValue("background-color");
        assertFalse(highlight.equals(plain), "the sentence is highlighted: " + highlight);
        shot("notice");

        // the sentence leads back to the target citing it
        WebElement back = browser.findElement(By.cssSelector("#text a[href='#target-" + target.id() + "']"));
        back.click();
        wait.until(d -> d.getCurrentUrl().endsWith("#target-" + target.id()));

        WebElement english = browser.findElement(By.id("language"));
        clickAndWait(english, By.cssSelector("html[lang='en']"));
        assertTrue(browser.getCurrentUrl().contains("lang=en"), browser.getCurrentUrl());
        assertEquals(
                PagesTest.POLICY.catalog().notice().title().en(),
                browser.findElement(By.tagName("h1")).getText());
        String rule = PagesTest.POLICY.catalog().subsidies().get(0).id();
        assertEquals(
                PagesTest.POLICY.catalog().subsidy(rule).name().en(),
                browser.findElement(By.cssSelector("a[data-rule='" + rule + "']"))
                        .getText());
        // the language is kept when going on
        clickAndWait(browser.findElement(By.linkText("Policy calculator")), By.id("calculator"));
        assertTrue(browser.getCurrentUrl().contains("lang=en"), browser.getCurrentUrl());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        shot("calculator-en");
    }
}
